// One file through GNU as's model: statements run in order, each emitting bytes into the current
// section; what cannot be known yet (forward labels, relocations) becomes a fixup settled at the end.
// Macros, .rept/.irp bodies and .include are text, re-lexed where they are used, as GNU does.

import type { Diagnostic, Severity, SourceRange } from '../diagnostics.js';
import { diagnostic } from '../diagnostics.js';
import { lex } from './lexer.js';
import { parseStatement, parseExpression } from './parser.js';
import { buildStatement, buildExpr, tokenRange, fileLine, smallInt, type Locator } from './ast-builder.js';
import type { Expr, Statement } from './ast.js';
import { StatementStream, headName, headIndex, type RawStatement } from './statements.js';
import { SectionBuffer, SectionTooLarge, defaultSectionAttributes } from './sections.js';
import { SymbolTable, type SymbolEntry } from './symbols.js';
import { AsmError, Pending, abs, addValues, subValues, constantOp, isAbs, formatHex, type Value, type Warner } from './values.js';
import { SHT, type LineEntry, type ObjectFile, type RiscvAttributes } from './object.js';
import { runDirective, isConditional, handleConditional, nopFill, type CondFrame } from './directives.js';
import { assembleInstruction } from './instructions.js';
import { defineMacro, expandMacro, type MacroDef } from './macros.js';
import { expandRepeat } from './repeat.js';
import { finishObject, type Fixup, type BranchRecord } from './fixups.js';
import { lo12, hi20 } from '../isa/fields.js';
import { DEFAULT_ARCH, normalizeArch, parseArchString, applyArchOption } from '../isa/arch.js';
import { AnalysisCollector, type AnalysisStatement, type AnalysisStatementKind } from './analysis.js';
import { ParseCache } from './parse-cache.js';

export interface FileAssemblerOptions {
  readFile?: (path: string) => string | undefined;
  includePaths?: readonly string[];
  /** Sequence numbers of conditional branches that must use the long form (from an earlier pass). */
  longBranches: ReadonlySet<number>;
  /** ISA string as for -march (default rv32im). */
  march?: string;
  /** Collect statements, definitions, references and includes for an editor (FileAssembler.analysis). */
  analysis?: boolean;
  /** Parsed statements of earlier assemblies of this text, reused where a statement is unchanged. */
  parseCache?: ParseCache;
}

export interface Chunk {
  file: string;
  text: string;
  /** Added to token lines to get lines of `file`. */
  lineOffset: number;
  /** Lines repeat every `period` lines (copies of a .rept body in one chunk). */
  period?: number;
  /** Macro or .rept invocation sites, innermost first. */
  expandedFrom: SourceRange[];
}

const MAX_EXPANSION_DEPTH = 100;
const MAX_EXPANSIONS = 200_000;
const MAX_ERRORS = 200;
const MAX_PAREN_DEPTH = 64;
const MAX_EXPANDED_BYTES = 16 << 20;
const MAX_STATEMENT_TOKENS = 20_000;

/** Directives whose handlers read their argument text themselves. */
const RAW_DIRECTIVES = new Set(['.float', '.single', '.double', '.dc.s', '.dc.d', '.section', '.pushsection', '.type', '.attribute', '.option', '.file', '.loc', '.loc_mark_labels', '.addrsig', '.addrsig_sym', '.ident', '.gnu_attribute', '.variant_cc']);
const MAX_INCLUDE_DEPTH = 64;
let passCount = 0;

export class FileAssembler implements Warner {
  readonly diagnostics: Diagnostic[] = [];
  readonly sections: SectionBuffer[] = [];
  readonly symbols = new SymbolTable();
  readonly macros = new Map<string, MacroDef>();
  readonly fixups: Fixup[] = [];
  readonly branches: BranchRecord[] = [];
  readonly attributes: RiscvAttributes = {};
  readonly idents: string[] = [];
  readonly conditions: CondFrame[] = [];
  cur: SectionBuffer;
  curIndex = 0;
  previousIndex = 0;
  readonly sectionStack: Array<{ cur: number; prev: number }> = [];
  branchSeq = 0;
  macroCounter = 0;
  /** `.end` seen: stop reading. */
  ended = false;
  /** `.exitm` seen: leave the innermost macro expansion. */
  exitMacro = false;
  depth = 0;
  readonly includeStack: string[] = [];
  /** Where the statement being run sits, for diagnostics and line entries. */
  stmtRange: SourceRange;
  expandedFrom: SourceRange[] = [];
  relaxOption = true;
  /** The ISA in force (normalized), which names `$x<isa>` mapping symbols. */
  arch = DEFAULT_ARCH;
  private defaultArch = DEFAULT_ARCH;
  private readonly optionStack: Array<{ relax: boolean; arch: string }> = [];
  /** Mapping symbols ($x, $d) as GNU as places them in code sections. */
  /** Code alignment made while not relaxing; GNU fills it with nops only if relaxation is off at the end. */
  readonly normalPadding: Array<{ section: number; offset: number; size: number }> = [];
  /** Table extensions beyond I and M the file used (Zicsr, Zifencei …). */
  readonly usedExtensions = new Set<string>();
  /** `.lcomm` and local `.comm` symbols, placed after the rest of .bss at the end. */
  readonly localCommons: Array<{ symbol: SymbolEntry; size: number; align: number }> = [];
  /** Absolute addresses used as pc-relative targets (`j 0x10000`), by their internal symbol name. */
  readonly absoluteTargets = new Map<string, number>();
  readonly mappingSymbols: Array<{ section: number; offset: number; name: string }> = [];
  private readonly mapState = new Map<number, { state: 'insn' | 'data'; archSymbol?: string }>();
  /** Editor data, when asked for; only statements written in a file (not expanded text) are recorded. */
  readonly analysis: AnalysisCollector | undefined;
  /** Tells this pass from every other, for the parse cache. */
  private readonly passId = ++passCount;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly options: FileAssemblerOptions,
  ) {
    // GNU as always has .text, .data and .bss, in that order; .text starts 4-byte aligned.
    this.cur = this.addSection('.text', 4);
    this.addSection('.data', 1);
    this.addSection('.bss', 1);
    this.stmtRange = { file, start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };
    this.analysis = options.analysis ? new AnalysisCollector() : undefined;
    if (options.march) {
      const arch = normalizeArch(options.march);
      if (arch) this.arch = this.defaultArch = arch;
      else this.error('asm/march', `invalid ISA string '${options.march}' (expected e.g. rv32im or rv32im_zicsr)`, this.stmtRange);
    }
  }

  private addSection(name: string, align: number): SectionBuffer {
    const a = defaultSectionAttributes(name);
    const s = new SectionBuffer(name, a.type, a.flags, a.entsize, align);
    this.sections.push(s);
    this.sectionIndex.set(name, this.sections.length - 1);
    return s;
  }

  run(): ObjectFile {
    this.fileLines.set(this.file, this.text.split('\n'));
    this.includeStack.push(this.file);
    this.processChunk({ file: this.file, text: this.text, lineOffset: 0, expandedFrom: [] });
    for (const c of this.conditions) this.error('asm/conditional', `missing .endif for the ${c.directive} here`, c.range);
    if (this.sectionStack.length) this.warn('asm/section-stack', `.pushsection without .popsection at the end of the file`);
    this.placeLocalCommons();
    this.padCodeSections();
    this.attributes.arch ??= this.defaultArch;
    this.declareUsedExtensions();
    return finishObject(this);
  }

  private archExtensions?: { arch: string; set: ReadonlySet<string> | undefined };

  /** An instruction of a table extension was used: remember it if the ISA in force lacks it. */
  noteExtension(ext: string): void {
    if (this.archExtensions?.arch !== this.arch) this.archExtensions = { arch: this.arch, set: parseArchString(this.arch) };
    if (!this.archExtensions.set?.has(ext)) this.usedExtensions.add(ext);
  }

  /**
   * GNU as refuses CSR instructions and fence.i unless -march names Zicsr/Zifencei; Tessera takes
   * them and says so in the ISA attribute and mapping symbols, so disassemblers decode them.
   */
  private declareUsedExtensions(): void {
    const arch = this.attributes.arch!;
    const set = parseArchString(arch);
    const missing = [...this.usedExtensions].filter((e) => e !== 'Priv' && !set?.has(e));
    if (missing.length === 0) return;
    const upgraded = applyArchOption(arch, missing.map((e) => `+${e.toLowerCase()}`).join(','));
    if (!upgraded) return;
    this.attributes.arch = upgraded;
    for (const m of this.mappingSymbols) if (m.name === `$x${arch}`) m.name = `$x${upgraded}`;
  }

  private placeLocalCommons(): void {
    if (this.localCommons.length === 0) return;
    const index = this.findSection('.bss');
    const bss = this.sections[index]!;
    for (const c of this.localCommons) {
      bss.raiseAlignment(c.align);
      bss.fill((c.align - (bss.size % c.align)) % c.align);
      c.symbol.def = { kind: 'label', section: index, offset: bss.size };
      bss.fill(c.size);
    }
  }

  /**
   * GNU as pads the end of every code section to its alignment: with zeros when relaxing (ld keeps
   * them), measured on its own layout that still holds the relaxed nops; with nops otherwise.
   */
  private padCodeSections(): void {
    // GNU as decides how to fill non-relaxed code alignment when it writes the file.
    if (this.relaxOption) for (const p of this.normalPadding) this.sections[p.section]!.zero(p.offset, p.size);
    for (const [i, s] of this.sections.entries()) {
      if (!s.isCode || s.isNobits) continue;
      // The closing alignment is code: after trailing data it gets a `$x`.
      if (this.mapState.get(i)?.state === 'data') {
        this.curIndex = i;
        this.cur = s;
        this.markCode(true);
      }
      const pad = (s.obj.align - ((s.size + s.slack) % s.obj.align)) % s.obj.align;
      if (pad === 0) continue;
      s.emit(this.relaxOption ? new Uint8Array(pad) : nopFill(pad));
    }
  }

  // ---- diagnostics ----

  /** Lines of every file read (the main file and its includes), to keep ranges inside them. */
  private readonly fileLines = new Map<string, string[]>();

  /**
   * A range inside the file's text: expansions re-lex substituted text, whose columns can run past
   * the body line they came from.
   */
  private clamp(range: SourceRange): SourceRange {
    const lines = this.fileLines.get(range.file);
    if (!lines) return range;
    const fit = (p: { line: number; col: number }): { line: number; col: number } => {
      const line = Math.min(Math.max(1, p.line), lines.length);
      const col = Math.min(Math.max(1, p.col), (lines[line - 1]?.length ?? 0) + 1);
      return { line, col };
    };
    const start = fit(range.start);
    let end = fit(range.end);
    if (end.line < start.line || (end.line === start.line && end.col < start.col)) end = start;
    return start.line === range.start.line && start.col === range.start.col && end.line === range.end.line && end.col === range.end.col ? range : { file: range.file, start, end };
  }

  private errorCount = 0;

  report(severity: Severity, code: string, message: string, range: SourceRange = this.stmtRange, related?: Diagnostic['related']): void {
    if (this.errorCount >= MAX_ERRORS) return;
    if (severity === 'error' && ++this.errorCount === MAX_ERRORS) {
      // Past this many, more errors only bury the first ones (and a runaway expansion makes millions).
      this.diagnostics.push(diagnostic('error', 'asm/too-many-errors', `too many errors (${MAX_ERRORS}); assembly stopped`, this.clamp(range)));
      this.ended = true;
      return;
    }
    range = this.clamp(range);
    const rel = [...(related ?? [])].map((r) => ({ ...r, range: this.clamp(r.range) }));
    // Deep recursion would list hundreds of identical sites: keep the innermost and outermost.
    const from = this.expandedFrom;
    const shown = from.length > 4 ? [...from.slice(0, 2), ...from.slice(-2)] : from;
    for (const site of shown) rel.push({ message: site === from[from.length - 1] && from.length > 1 ? 'first expanded from here' : 'expanded from here', range: this.clamp(site) });
    if (from.length > 4) rel.splice(rel.length - 2, 0, { message: `… ${from.length - 4} more expansions`, range: this.clamp(from[2]!) });
    this.diagnostics.push(diagnostic(severity, code, message, range, rel));
  }
  error(code: string, message: string, range?: SourceRange, related?: Diagnostic['related']): void {
    this.report('error', code, message, range, related);
  }
  warn(code: string, message: string, range?: SourceRange): void {
    this.report('warning', code, message, range);
  }

  // ---- sections ----

  sectionName(i: number): string {
    return this.sections[i]?.name ?? '?';
  }

  private readonly sectionIndex = new Map<string, number>();

  findSection(name: string): number {
    return this.sectionIndex.get(name) ?? -1;
  }

  /** Switches to a section, creating it with the given (or GNU's default) attributes. */
  switchSection(name: string, attrs?: { type?: number; flags?: number; entsize?: number }, range?: SourceRange): void {
    let i = this.findSection(name);
    if (i < 0) {
      const d = defaultSectionAttributes(name);
      const s = new SectionBuffer(name, attrs?.type ?? d.type, attrs?.flags ?? d.flags, attrs?.entsize ?? d.entsize, 1);
      this.sections.push(s);
      i = this.sections.length - 1;
      this.sectionIndex.set(name, i);
    } else if (attrs && (attrs.flags !== undefined || attrs.type !== undefined)) {
      const s = this.sections[i]!.obj;
      if ((attrs.flags !== undefined && attrs.flags !== s.flags) || (attrs.type !== undefined && attrs.type !== s.type)) {
        this.warn('asm/section-attributes', `ignoring changed section attributes for ${name}`, range);
      }
    }
    if (i !== this.curIndex) this.previousIndex = this.curIndex;
    this.curIndex = i;
    this.cur = this.sections[i]!;
  }

  // ---- emission ----

  /** Emits one instruction word with its line entry. */
  emitInsn(word: number, range: SourceRange = this.stmtRange): number {
    this.markCode();
    const offset = this.cur.size;
    if (this.cur.isNobits) {
      this.error('asm/nobits-data', `attempt to store an instruction in section '${this.cur.name}', which has no contents`, range);
    }
    this.cur.emitWord(word);
    // Built without a spread: one line entry per instruction, the commonest allocation of a pass.
    const entry: LineEntry = { offset, size: 4, range, kind: 'insn' };
    if (this.expandedFrom.length) entry.expandedFrom = this.expandedFrom;
    this.cur.addLine(entry);
    return offset;
  }

  /** Records data bytes emitted by the current statement in the source map. */
  noteData(offset: number, range: SourceRange = this.stmtRange): void {
    const size = this.cur.size - offset;
    if (size <= 0) return;
    const entry: LineEntry = { offset, size, range, kind: 'data' };
    if (this.expandedFrom.length) entry.expandedFrom = this.expandedFrom;
    this.cur.addLine(entry);
  }

  emitBytes(bytes: ArrayLike<number>, range: SourceRange = this.stmtRange, code = false): void {
    if (bytes.length === 0) return;
    if (code) this.markCode(true);
    else this.markData();
    if (!this.cur.emit(bytes)) this.error('asm/nobits-data', `attempt to store non-zero value in section '${this.cur.name}'`, range);
  }

  addFixup(f: Omit<Fixup, 'section'>): void {
    this.fixups.push({ ...f, section: this.curIndex });
  }

  // ---- symbols ----

  defineLabel(name: string, range: SourceRange): void {
    const e = this.symbols.obtain(name);
    if (e.def && !(e.def.kind === 'equ' && e.redefinable === false && false)) {
      if (e.def.kind === 'common') {
        this.error('asm/duplicate-label', `symbol '${name}' is already defined as a common symbol`, range, e.range ? [{ message: 'first defined here', range: e.range }] : undefined);
        return;
      }
      this.error('asm/duplicate-label', `symbol '${name}' is already defined`, range, e.range ? [{ message: 'first defined here', range: e.range }] : undefined);
      return;
    }
    e.def = { kind: 'label', section: this.curIndex, offset: this.cur.size };
    e.range = range;
    if (this.analysis && this.depth === 0) this.analysis.define(name, name.includes('\u0002') ? 'numeric-label' : 'label', range, { section: this.curIndex, offset: this.cur.size });
  }

  /** `.set`/`=` (redefinable), `.equ`, `.equiv` (must be new). */
  defineEquate(name: string, expr: Expr, range: SourceRange, mode: 'set' | 'equ' | 'equiv'): void {
    if (name === '.') {
      this.error('asm/unsupported', 'assigning to `.` is not supported (use .skip or .align)', range);
      return;
    }
    const e = this.symbols.obtain(name);
    if (e.def) {
      const first = e.range ? [{ message: 'first defined here', range: e.range }] : undefined;
      if (mode === 'equiv' || e.def.kind === 'label' || e.def.kind === 'common' || e.equiv) {
        this.error('asm/duplicate-label', `symbol '${name}' is already defined`, range, first);
        return;
      }
    }
    // The value is taken now when it can be (so `.set x, x+1` counts); otherwise kept for the end.
    let def: SymbolEntry['def'];
    try {
      def = { kind: 'equ', value: this.evaluate(expr, false) };
    } catch (err) {
      if (!(err instanceof Pending)) throw err;
      def = { kind: 'equ', expr: this.bind(expr) };
    }
    e.def = def;
    e.range = range;
    if (this.analysis && this.depth === 0) this.analysis.define(name, mode === 'set' ? 'set' : 'equ', range);
    e.equiv = mode === 'equiv';
    e.redefinable = mode === 'set';
  }

  isDefined(name: string): boolean {
    const s = this.symbols.get(name);
    return s !== undefined && (s.def !== undefined || this.localCommons.some((c) => c.symbol === s));
  }

  // ---- expressions ----

  /** Replaces `.` and numeric label references with what they mean here, for later evaluation. */
  bind(e: Expr): Expr {
    switch (e.k) {
      case 'sym':
        if (e.name !== '.') this.noteReference(e.name, e.range);
        return e.name === '.' ? { k: 'loc', section: this.curIndex, offset: this.cur.size, range: e.range } : e;
      case 'local': {
        const name = this.symbols.numericReference(e.label, e.dir);
        if (!name) throw new AsmError('asm/undefined-symbol', `no numeric label '${e.label}:' before this reference to ${e.label}b`, e.range);
        this.noteReference(name, e.range);
        return { k: 'sym', name, range: e.range };
      }
      case 'unary':
        return { ...e, arg: this.bind(e.arg) };
      case 'binary':
        return { ...e, left: this.bind(e.left), right: this.bind(e.right) };
      case 'reloc':
        return { ...e, arg: this.bind(e.arg) };
      case 'paren':
        return { ...e, inner: this.bind(e.inner) };
      default:
        return e;
    }
  }

  /**
   * Evaluates an expression. Not final: an undefined symbol throws Pending. Final (end of file):
   * an undefined symbol is external.
   */
  evaluate(e: Expr, final: boolean): Value {
    switch (e.k) {
      case 'num':
        if (e.overflow) throw new AsmError('asm/number-too-large', 'number too large: it does not fit in 64 bits', e.range);
        return abs(e.value);
      case 'loc':
        return { add: 0n, base: { kind: 'sec', section: e.section, offset: e.offset } };
      case 'paren':
        return this.evaluate(e.inner, final);
      case 'local': {
        const name = this.symbols.numericReference(e.label, e.dir);
        if (!name) throw new AsmError('asm/undefined-symbol', `no numeric label '${e.label}:' before this reference to ${e.label}b`, e.range);
        this.noteReference(name, e.range);
        return this.symbolValue(name, e.range, final);
      }
      case 'sym':
        if (e.name === '.') return { add: 0n, base: { kind: 'sec', section: this.curIndex, offset: this.cur.size } };
        return this.symbolValue(e.name, e.range, final);
      case 'reloc': {
        const v = this.evaluate(e.arg, final);
        if (isAbs(v) && (e.fn === 'hi' || e.fn === 'lo')) {
          const n = Number(BigInt.asIntN(32, v.add));
          return abs(BigInt(e.fn === 'hi' ? hi20(n) : lo12(n)));
        }
        throw new AsmError('asm/relocation-use', `%${e.fn} cannot be used here`, e.range);
      }
      case 'unary': {
        const v = this.evaluate(e.arg, final);
        if (e.op === '+') return v;
        if (!isAbs(v)) throw new AsmError('asm/invalid-operands', `invalid operand for unary '${e.op}': a relocatable value`, e.range);
        if (e.op === '-') return abs(-v.add);
        if (e.op === '~') return abs(~v.add);
        return abs(v.add === 0n ? 1n : 0n);
      }
      case 'binary': {
        const a = this.evaluate(e.left, final);
        const b = this.evaluate(e.right, final);
        if (e.op === '+') return addValues(a, b, e.range);
        if (e.op === '-') return subValues(a, b, e.range);
        // Comparisons of places in one section reduce to their difference.
        let x = a;
        let y = b;
        if (!isAbs(x) || !isAbs(y)) {
          const d = subValues(a, b, e.range);
          if (isAbs(d) && ['==', '!=', '<>', '<', '>', '<=', '>='].includes(e.op)) {
            x = d;
            y = abs(0n);
          } else {
            throw new AsmError('asm/invalid-operands', `invalid operands for '${e.op}': both sides must be constants`, e.range);
          }
        }
        return abs(constantOp(e.op, x.add, y.add, e.range, this));
      }
    }
  }

  private readonly evaluating = new Set<string>();

  /** A symbol named in the source (not in expanded text), for the editor's references. */
  noteReference(name: string, range: SourceRange, kind: 'symbol' | 'macro' = 'symbol'): void {
    if (this.analysis && this.depth === 0) this.analysis.reference(name, range, kind);
  }

  symbolValue(name: string, range: SourceRange, final: boolean): Value {
    if (this.analysis) this.noteReference(name, range);
    const s = this.symbols.get(name);
    const def = s?.def;
    if (!s || !def) {
      if (!final) throw new Pending(name);
      this.symbols.obtain(name).referenced = true;
      const e = this.symbols.obtain(name);
      if (!e.range) e.range = range;
      return { add: 0n, base: { kind: 'ext', name } };
    }
    if (def.kind === 'label') {
      if (s.binding === 'weak') {
        s.referenced = true;
        return { add: 0n, base: { kind: 'ext', name } };
      }
      return { add: 0n, base: { kind: 'sec', section: def.section, offset: def.offset } };
    }
    if (def.kind === 'common') {
      s.referenced = true;
      return { add: 0n, base: { kind: 'ext', name } };
    }
    if (def.value) return def.value;
    if (!def.expr) return abs(0n);
    if (this.evaluating.has(name)) throw new AsmError('asm/circular-symbol', `symbol '${name}' is defined in terms of itself`, range);
    this.evaluating.add(name);
    try {
      const v = this.evaluate(def.expr, final);
      if (final) {
        def.value = v;
        delete def.expr;
      }
      return v;
    } finally {
      this.evaluating.delete(name);
    }
  }

  /** Evaluates to a constant now, or reports why not. */
  constant(e: Expr, what: string): bigint {
    let v: Value;
    try {
      v = this.evaluate(e, false);
    } catch (err) {
      if (err instanceof Pending) {
        throw new AsmError('asm/not-constant', `${what} must be a constant known at this point, but '${err.symbol}' is not defined yet`, e.range);
      }
      throw err;
    }
    if (!isAbs(v)) throw new AsmError('asm/not-constant', `${what} must be a constant, not an address`, e.range);
    return v.add;
  }

  // ---- statements ----

  processChunk(chunk: Chunk): void {
    if (this.depth > MAX_EXPANSION_DEPTH) {
      this.error('asm/macro-recursion', `macros nested too deeply (more than ${MAX_EXPANSION_DEPTH} levels)`, chunk.expandedFrom[0]);
      return;
    }
    const loc: Locator = { file: chunk.file, lineOffset: chunk.lineOffset, ...(chunk.period ? { period: chunk.period } : {}) };
    // Files (the edited one, its includes) keep their lexed blocks; expansions are small and many.
    const cache = chunk.expandedFrom.length === 0 ? this.options.parseCache : undefined;
    const stream = new StatementStream(chunk.text, undefined, cache && { blocks: cache.blocks, user: this.passId });
    const savedFrom = this.expandedFrom;
    this.expandedFrom = chunk.expandedFrom;
    // Lexing errors are reported for lines that are assembled, not for skipped or captured ones;
    // a line holding only an unlexable character has no statement, so lines between count too.
    const reported = new Set<number>();
    const reportLexErrors = (from: number, to: number): void => {
      if (stream.lexErrors.size === 0) return;
      for (let line = from; line <= to; line++) {
        const errors = stream.lexErrors.get(line);
        if (!errors || reported.has(line)) continue;
        reported.add(line);
        for (const e of errors) {
          const at = fileLine(loc, line);
          const range: SourceRange = { file: chunk.file, start: { line: at, col: e.column ?? 1 }, end: { line: at, col: (e.column ?? 1) + Math.max(1, e.length) } };
          this.error('asm/unexpected-character', `unexpected character ${JSON.stringify(chunk.text.substr(e.offset, e.length))}`, range);
        }
      }
    };
    let lastLine = 0;
    for (let st = stream.next(); st && !this.ended && !this.exitMacro; st = stream.next()) {
      const active = this.active();
      if (active) reportLexErrors(lastLine + 1, st.line);
      lastLine = st.line;
      const head = headName(st.tokens);
      if (isConditional(head)) {
        const s = st;
        this.runGuarded(chunk, loc, s, () => handleConditional(this, head, s, chunk, loc));
        continue;
      }
      if (!active) continue;
      if (head === '.macro' || head === '.rept' || head === '.irp' || head === '.irpc') {
        this.captureBlock(chunk, loc, stream, st, head);
        continue;
      }
      if (head === '.endm' || head === '.endr') {
        this.runGuarded(chunk, loc, st, () => {
          throw new AsmError('asm/unmatched-end', `${head} without a matching ${head === '.endm' ? '.macro' : '.rept, .irp or .irpc'}`, this.stmtRange);
        });
        continue;
      }
      const s = st;
      this.runGuarded(chunk, loc, s, () => this.executeStatement(chunk, loc, s));
    }
    if (this.active() && !this.ended && !this.exitMacro) reportLexErrors(lastLine + 1, stream.totalLines());
    this.expandedFrom = savedFrom;
  }

  active(): boolean {
    const top = this.conditions[this.conditions.length - 1];
    return !top || (top.parentActive && top.taking);
  }

  private runGuarded(chunk: Chunk, loc: Locator, st: RawStatement, body: () => void): void {
    this.stmtRange = tokenRange(loc, st.tokens[0]!, st.tokens[st.tokens.length - 1]!);
    const note = this.analysis && this.depth === 0 ? this.beginStatement(loc, st) : undefined;
    try {
      body();
    } catch (err) {
      if (err instanceof AsmError) this.error(err.code, err.message, err.range);
      else if (err instanceof SectionTooLarge) this.error('asm/too-large', err.message, this.stmtRange);
      else if (err instanceof RangeError && /call stack/.test(err.message)) this.error('asm/too-complex', 'statement nested too deeply to assemble (expression or parentheses)', this.stmtRange);
      else if (err instanceof Pending) this.error('asm/not-constant', `'${err.symbol}' is not defined at this point`, this.stmtRange);
      else this.error('asm/internal', `internal assembler error: ${err instanceof Error ? err.message : String(err)}`, this.stmtRange);
    }
    if (note) this.endStatement(note);
  }

  private beginStatement(loc: Locator, st: RawStatement): AnalysisStatement {
    const h = headIndex(st.tokens);
    const nameTok = st.tokens[h];
    const name = nameTok && nameTok.tokenType.name === 'Identifier' ? nameTok.image : '';
    const assign = st.tokens[h + 1]?.tokenType.name === 'Equals';
    const kind: AnalysisStatementKind = !name ? 'label' : assign ? 'assign' : this.macros.has(name) ? 'macro-call' : name.startsWith('.') ? 'directive' : 'instruction';
    // nameCol in the literal (not added after): 100k statements would each get a property array.
    const record: AnalysisStatement = name
      ? { range: this.stmtRange, name, kind, section: this.curIndex, offset: this.cur.size, size: 0, nameCol: smallInt(nameTok!.startColumn ?? 1) }
      : { range: this.stmtRange, name, kind, section: this.curIndex, offset: this.cur.size, size: 0 };
    if (kind === 'macro-call') this.analysis!.reference(name, tokenRange(loc, nameTok!), 'macro');
    return record;
  }

  private endStatement(s: AnalysisStatement): void {
    // A section switch: the statement is where it leads (its size is nothing).
    if (s.section !== this.curIndex) {
      s.section = this.curIndex;
      s.offset = this.cur.size;
    } else s.size = Math.max(0, this.cur.size - s.offset);
    this.analysis!.statement(s);
  }

  /** Parses a statement, reporting syntax errors; undefined when it has errors. */
  parse(loc: Locator, st: RawStatement, text: string): Statement | undefined {
    const cache = this.options.parseCache;
    let place: number | undefined;
    let source = '';
    if (cache) {
      const first = st.tokens[0]!;
      const last = st.tokens[st.tokens.length - 1]!;
      if (first.startLine === last.endLine) place = ParseCache.place(fileLine(loc, first.startLine ?? 1), smallInt(first.startColumn ?? 1));
      if (place !== undefined) {
        source = text.slice(st.start, st.end);
        const hit = cache.get(loc.file, place, source, this.passId);
        if (hit) return hit;
      }
    }
    // Chevrotain's error recovery grows costly with deep rule nesting; no real operand nests this far.
    if (st.tokens.length > MAX_STATEMENT_TOKENS) {
      this.error('asm/too-complex', `statement too long (more than ${MAX_STATEMENT_TOKENS} tokens)`, this.stmtRange);
      return undefined;
    }
    let depth = 0;
    for (const t of st.tokens) {
      const n = t.tokenType.name;
      if (n === 'LParen' && ++depth > MAX_PAREN_DEPTH) {
        this.error('asm/too-complex', `parentheses nested more than ${MAX_PAREN_DEPTH} deep`, tokenRange(loc, t));
        return undefined;
      }
      if (n === 'RParen') depth--;
    }
    const { cst, errors } = parseStatement(st.tokens);
    if (errors.length === 0) {
      const stmt = buildStatement(cst, loc, this.stmtRange);
      if (place !== undefined) cache!.set(loc.file, place, source, stmt, this.passId);
      return stmt;
    }
    const e = errors[0]!; // one error per statement: recovery's follow-on errors only repeat it
    const t = e.token;
    const at = t && !Number.isNaN(t.startOffset) && t.tokenType.name !== 'EOF' ? tokenRange(loc, t) : { ...this.stmtRange, start: this.stmtRange.end };
    const found = t && t.tokenType.name !== 'EOF' ? `'${t.image}'` : 'end of line';
    this.error('asm/syntax', `syntax error: unexpected ${found}`, at);
    // Labels before the error still count, as in GNU as; the recovered tree may be partial.
    try {
      for (const l of buildStatement(cst, loc, this.stmtRange).labels) this.defineStatementLabel(l.name, l.numeric, l.range);
    } catch {
      // nothing more to salvage from this statement
    }
    return undefined;
  }

  private defineStatementLabel(name: string, numeric: boolean, range: SourceRange): void {
    if (numeric) this.defineLabel(this.symbols.defineNumeric(Number(name)), range);
    else this.defineLabel(name, range);
  }

  private executeStatement(chunk: Chunk, loc: Locator, st: RawStatement): void {
    // Macro calls and directives whose arguments are not expressions (`.type f, %function`,
    // `.section .note.GNU-stack,"",@progbits`, keyword arguments `m value=4`) are read as text.
    const head = headName(st.tokens);
    const macro = this.macros.get(head);
    if (macro || (head.charCodeAt(0) === 46 /* . */ && (RAW_DIRECTIVES.has(head.toLowerCase()) || head.startsWith('.cfi_')))) {
      const stmt = this.rawStatement(loc, st);
      if (macro) expandMacro(this, macro, stmt, chunk, st);
      else runDirective(this, stmt, chunk, st);
      return;
    }
    const stmt = this.parse(loc, st, chunk.text);
    if (!stmt) return;
    for (const l of stmt.labels) this.defineStatementLabel(l.name, l.numeric, l.range);
    if (stmt.kind === 'assign') {
      if (stmt.value) this.defineEquate(stmt.name, stmt.value, stmt.nameRange, 'set');
      return;
    }
    if (stmt.kind !== 'command') return;
    if (stmt.name.startsWith('.')) runDirective(this, stmt, chunk, st);
    else assembleInstruction(this, stmt);
  }

  /** Defines the statement's labels and describes it without parsing its arguments. */
  private rawStatement(loc: Locator, st: RawStatement): Statement {
    const h = headIndex(st.tokens);
    for (let i = 0; i + 1 < h; i += 2) {
      const t = st.tokens[i]!;
      this.defineStatementLabel(t.image, t.tokenType.name === 'DecNumber', tokenRange(loc, t));
    }
    const nameTok = st.tokens[h]!;
    return { labels: [], kind: 'command', name: nameTok.image, nameRange: tokenRange(loc, nameTok), operands: [], range: this.stmtRange };
  }

  /** Reads a .macro/.rept/.irp/.irpc block up to its end and acts on it. Returns the index of the end statement. */
  private captureBlock(chunk: Chunk, loc: Locator, stream: StatementStream, st: RawStatement, head: string): void {
    const open = head === '.macro' ? ['.macro'] : ['.rept', '.irp', '.irpc'];
    const close = head === '.macro' ? '.endm' : '.endr';
    let depth = 0;
    let endStatement: RawStatement | undefined;
    for (let s = stream.next(); s; s = stream.next()) {
      const h = headName(s.tokens);
      if (open.includes(h)) depth++;
      else if (h === close || (close === '.endm' && h === '.endmacro')) {
        if (depth === 0) {
          endStatement = s;
          break;
        }
        depth--;
      }
    }
    const bodyEnd = endStatement ? endStatement.start : chunk.text.length;
    // The end statement may carry labels before `.endm`; body text stops at its first token.
    const body = { text: chunk.text.slice(st.next, Math.max(st.next, bodyEnd)), line: st.nextLine };
    this.runGuarded(chunk, loc, st, () => {
      if (!endStatement) this.error('asm/unterminated-block', `${head} without ${close}`, this.stmtRange);
      if (head === '.macro') defineMacro(this, chunk, st, body);
      // Like gas (do_repeat: "rept without endr", then return), an unterminated block is not
      // expanded: its body would hold the rest of the file, and unterminated blocks nested in it
      // would each swallow their copies again, growing exponentially up to the expansion limit.
      else if (endStatement) expandRepeat(this, head, chunk, loc, st, body);
    });
  }

  private expansions = 0;
  private expandedBytes = 0;

  /** Claims expanded text before a .rept runs, so a huge (or nested huge) one fails at once. */
  reserveExpansion(bytes: number, at: SourceRange): boolean {
    this.expandedBytes += bytes;
    if (this.expandedBytes <= MAX_EXPANDED_BYTES) return true;
    this.error('asm/expansion-limit', `too much macro or .rept expansion (more than ${MAX_EXPANDED_BYTES >> 20} MiB of expanded text); assembly stopped`, at);
    this.ended = true;
    return false;
  }

  /** Runs text (a macro or .rept expansion, an included file) as statements. */
  runText(file: string, text: string, lineOffset: number, expandedFrom: SourceRange[], isMacroCall = false, period?: number, reserved = false): void {
    // Recursion that branches (a macro calling itself twice) grows exponentially below the depth
    // limit; a budget on macro calls and on expanded text ends it with a message instead of a hang.
    if (isMacroCall) this.expansions++;
    if (!reserved) this.expandedBytes += text.length;
    if (this.expansions > MAX_EXPANSIONS || this.expandedBytes > MAX_EXPANDED_BYTES) {
      this.error('asm/expansion-limit', `too much macro or .rept expansion (more than ${MAX_EXPANSIONS} macro calls or ${MAX_EXPANDED_BYTES >> 20} MiB of expanded text); assembly stopped`, expandedFrom[0]);
      this.ended = true;
      return;
    }
    this.depth++;
    try {
      this.processChunk({ file, text, lineOffset, expandedFrom, ...(period ? { period } : {}) });
    } finally {
      this.depth--;
    }
  }

  includeFile(path: string, written: string, searched: readonly string[], range: SourceRange): void {
    if (this.includeStack.includes(path)) {
      const chain = [...this.includeStack.slice(this.includeStack.indexOf(path)), path].map((p) => p.slice(p.lastIndexOf('/') + 1));
      this.error('asm/include-cycle', `.include cycle: ${chain.join(' → ')}`, range);
      return;
    }
    if (this.includeStack.length > MAX_INCLUDE_DEPTH) {
      this.error('asm/include-depth', `.include nested too deeply (more than ${MAX_INCLUDE_DEPTH} levels)`, range);
      return;
    }
    const text = this.options.readFile?.(path);
    if (this.analysis && this.depth === 0) this.analysis.include({ from: range.file, range, written, ...(text !== undefined ? { path } : {}) });
    if (text === undefined) {
      this.error('asm/include-not-found', `cannot open include file '${written}' (looked for ${searched.join(', ')})`, range);
      return;
    }
    this.includeStack.push(path);
    if (!this.fileLines.has(path)) this.fileLines.set(path, text.split('\n'));
    const saved = this.expandedFrom;
    try {
      this.processChunk({ file: path, text, lineOffset: 0, expandedFrom: [range, ...saved] });
    } finally {
      this.includeStack.pop();
      this.expandedFrom = saved;
    }
  }

  /** Parses text as one expression (for directive arguments read as raw text). */
  parseExpressionText(text: string, loc: Locator, range: SourceRange): Expr {
    const { tokens, errors } = lex(text);
    if (errors.length || tokens.length === 0) throw new AsmError('asm/syntax', `expected an expression, found '${text.trim()}'`, range);
    const r = parseExpression(tokens);
    // Chevrotain reports leftover tokens after the expression as an error too.
    if (r.errors.length) throw new AsmError('asm/syntax', `invalid expression '${text.trim()}'`, range);
    // Token positions are relative to `text`; point them all at the statement.
    return retarget(buildExpr(r.cst, loc), range);
  }

  pushOption(): void {
    this.optionStack.push({ relax: this.relaxOption, arch: this.arch });
  }
  popOption(): boolean {
    const v = this.optionStack.pop();
    if (v === undefined) return false;
    this.relaxOption = v.relax;
    this.arch = v.arch;
    return true;
  }

  // ---- mapping symbols ----

  /** Index in mappingSymbols of each section's last mapping symbol. */
  private readonly lastMapping = new Map<number, number>();

  private addMappingSymbol(name: string): void {
    const offset = this.cur.size;
    // A mapping symbol at the same place as the previous one of its section replaces it.
    const last = this.lastMapping.get(this.curIndex);
    const prev = last === undefined ? undefined : this.mappingSymbols[last];
    if (prev && prev.offset === offset) {
      prev.name = name;
      return;
    }
    this.mappingSymbols.push({ section: this.curIndex, offset, name });
    this.lastMapping.set(this.curIndex, this.mappingSymbols.length - 1);
  }

  /** Before an instruction (or code alignment) in a code section. */
  markCode(alignment = false): void {
    if (!this.cur.isCode) return;
    const m = this.mapState.get(this.curIndex);
    const named = `$x${this.arch}`;
    if (!m || !m.archSymbol || (!alignment && m.archSymbol !== named)) {
      this.addMappingSymbol(named);
      this.mapState.set(this.curIndex, { state: 'insn', archSymbol: named });
    } else if (m.state !== 'insn') {
      this.addMappingSymbol('$x');
      m.state = 'insn';
    }
  }

  /** Before data in a code section. */
  markData(): void {
    if (!this.cur.isCode) return;
    const m = this.mapState.get(this.curIndex);
    if (m?.state === 'data') return;
    this.addMappingSymbol('$d');
    if (m) m.state = 'data';
    else this.mapState.set(this.curIndex, { state: 'data' });
  }

  /** Zero or pattern fill emitted as data (.space, .fill, alignment with a fill value). */
  dataFill(n: number, byte = 0, range: SourceRange = this.stmtRange): void {
    if (n <= 0) return;
    this.markData();
    if (!this.cur.fill(n, byte)) this.error('asm/nobits-data', `attempt to store non-zero value in section '${this.cur.name}'`, range);
  }

  describe(v: Value): string {
    return isAbs(v) ? formatHex(v.add) : 'an address';
  }
}

function retarget(e: Expr, range: SourceRange): Expr {
  switch (e.k) {
    case 'unary':
      return { ...e, arg: retarget(e.arg, range), range };
    case 'binary':
      return { ...e, left: retarget(e.left, range), right: retarget(e.right, range), range };
    case 'reloc':
      return { ...e, arg: retarget(e.arg, range), range };
    case 'paren':
      return { ...e, inner: retarget(e.inner, range), range };
    default:
      return { ...e, range };
  }
}

export { SHT };
