// One analysis of one document: vm-core's assemble() with its editor analysis, plus the indexes the
// features ask for (definitions and references by name, statements by line, addresses after
// linking). Built once per document version; every request reads it, none re-assembles.

import {
  assemble,
  sourceTokens,
  type ParseCache,
  type AsmAnalysis,
  type AnalysisDefinition,
  type AnalysisReference,
  type AnalysisStatement,
  type Diagnostic,
  type Image,
  type ObjectFile,
  type ObjSymbol,
  type SourceRange,
  type SourceToken,
} from '@tessera/vm-core';
import type { TesseraSettings } from '../settings.js';

/** Guards: past these, a document is not assembled (it would only stall the editor). */
export const MAX_DOCUMENT_CHARS = 32 << 20;
export const MAX_DOCUMENT_LINES = 200_000;
/** Lines longer than this have no tokens for per-position features (the same bound as features/context.ts). */
const MAX_LINE_TOKENS_CHARS = 64 * 1024;
const TOKEN_CACHE_CHARS = 1 << 20;

export interface SymbolInfo {
  name: string;
  display: string;
  kind: AnalysisDefinition['kind'];
  definition: AnalysisDefinition;
  /** Section name, for labels. */
  section?: string;
  /** Linked address (labels) or value (.equ), when known. */
  value?: number;
  /** `.size`, or a local common's size. */
  size?: number;
  type?: ObjSymbol['type'];
  binding?: ObjSymbol['binding'];
  /** 'address' when linked; 'offset' when only the section offset is known (no image). */
  valueKind?: 'address' | 'offset' | 'constant';
}

export class DocumentAnalysis {
  readonly lineStarts: number[];
  private tokenCache?: SourceToken[];
  private readonly defsByName = new Map<string, AnalysisDefinition[]>();
  private readonly refsByName = new Map<string, AnalysisReference[]>();
  /** This document's statements in line order (binary-searched: no per-line map for 100k lines). */
  private readonly docStatements: AnalysisStatement[];
  private readonly symbolInfo = new Map<string, SymbolInfo>();
  /** The object (sections without line entries or relocations) and the linked image (without its source map). */
  readonly object: ObjectFile | undefined;
  readonly image: Image | undefined;
  /** The text of each included file as it was assembled. */
  readonly includedTexts = new Map<string, string>();
  /** Files read through .include, transitively (their paths). */
  readonly includedFiles: ReadonlySet<string>;

  constructor(
    readonly uri: string,
    readonly path: string,
    readonly version: number,
    readonly text: string,
    readonly settings: TesseraSettings,
    readonly diagnostics: readonly Diagnostic[],
    readonly analysis: AsmAnalysis,
    object: ObjectFile | undefined,
    image: Image | undefined,
    /** Why the document was not assembled, when it was not. */
    readonly skipped?: string,
  ) {
    // Where the linker put each section, read once from the source map (whose entries share their
    // range objects with the object's line entries); then only bytes and symbols are kept.
    if (object && image) {
      const firstLine = new Map<SourceRange, { index: number; offset: number }>();
      object.sections.forEach((sec, index) => {
        const l = sec.lines[0];
        if (l) firstLine.set(l.range, { index, offset: l.offset });
      });
      for (const e of image.sourceMap) {
        const hit = firstLine.get(e.range);
        if (hit && this.sectionBases[hit.index] === undefined) this.sectionBases[hit.index] = e.addr - hit.offset;
      }
    }
    this.object = object && { ...object, sections: object.sections.map((sec) => ({ ...sec, lines: [], relocs: [] })) };
    this.image = image && { ...image, sourceMap: [] };
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    for (const d of analysis.definitions) push(this.defsByName, d.name, d);
    for (const r of analysis.references) push(this.refsByName, r.name, r);
    this.docStatements = analysis.statements.filter((s) => s.range.file === path);
    // Statements come in source order except around `.include`s and `.if` jumps; sort only then.
    const byPlace = (x: AnalysisStatement, y: AnalysisStatement): number => x.range.start.line - y.range.start.line || x.range.start.col - y.range.start.col;
    if (this.docStatements.some((st, i) => i > 0 && byPlace(this.docStatements[i - 1]!, st) > 0)) this.docStatements.sort(byPlace);
    this.includedFiles = new Set(analysis.includes.flatMap((i) => (i.path ? [i.path] : [])));
  }

  /**
   * The assembler's tokens of this document. Kept for documents under 1 MB; bigger ones are lexed
   * again when asked (a token is ~100 bytes: a 100k-line file's would outweigh its analysis).
   */
  get tokens(): SourceToken[] {
    if (this.tokenCache) return this.tokenCache;
    const toks = sourceTokens(this.text);
    if (this.text.length < TOKEN_CACHE_CHARS) this.tokenCache = toks;
    return toks;
  }

  /** Tokens of 0-based lines first..last (lexing only those lines when the document's are not kept). */
  tokensOfLines(first: number, last: number): SourceToken[] {
    if (this.tokenCache || this.text.length < TOKEN_CACHE_CHARS) return this.tokens;
    // A range from before the first line (a client may send line -1) starts at line 0.
    const from = Math.max(0, first);
    const base = this.lineStarts[from];
    if (base === undefined) return [];
    const end = this.lineStarts[last + 1] ?? this.text.length;
    return sourceTokens(this.text.slice(base, end)).map((t) => ({ ...t, line: t.line + from, offset: t.offset + base }));
  }

  /** A 1-based line of this document or of a file it includes ('' when unknown). */
  sourceLine(file: string, line: number): string {
    if (file === this.path) return this.lineText(line - 1);
    return this.includedTexts.get(file)?.split('\n')[line - 1]?.replace(/\r$/, '') ?? '';
  }

  lineText(line: number): string {
    const start = this.lineStarts[line];
    if (start === undefined) return '';
    const next = this.lineStarts[line + 1];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Tokens of one 0-based line (binary search over the cached token list). */
  lineTokens(line: number): SourceToken[] {
    // Per-position features skip huge lines (see MAX_LINE_LENGTH): do not copy a million tokens for them.
    const start = this.lineStarts[line];
    const next = this.lineStarts[line + 1] ?? this.text.length;
    if (start === undefined || next - start > MAX_LINE_TOKENS_CHARS) return [];
    if (!this.tokenCache && this.text.length >= TOKEN_CACHE_CHARS) {
      return sourceTokens(this.lineText(line)).flatMap((t) => (t.kind === 'newline' ? [] : [{ ...t, line, offset: t.offset + start }]));
    }
    const toks = this.tokens;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.line < line) lo = mid + 1;
      else hi = mid;
    }
    const out: SourceToken[] = [];
    for (let i = lo; i < toks.length && toks[i]!.line === line; i++) if (toks[i]!.kind !== 'newline') out.push(toks[i]!);
    return out;
  }

  definitions(name: string): readonly AnalysisDefinition[] {
    return this.defsByName.get(name) ?? [];
  }

  references(name: string): readonly AnalysisReference[] {
    return this.refsByName.get(name) ?? [];
  }

  allDefinitions(): readonly AnalysisDefinition[] {
    return this.analysis.definitions;
  }

  /** Statements starting on a 1-based line of this document. */
  statementsAt(line: number): readonly AnalysisStatement[] {
    const list = this.docStatements;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.range.start.line < line) lo = mid + 1;
      else hi = mid;
    }
    const out: AnalysisStatement[] = [];
    for (let i = lo; i < list.length && list[i]!.range.start.line === line; i++) out.push(list[i]!);
    return out;
  }

  /** Section, value and size of a symbol, from the linked image when there is one, else the object. */
  symbol(name: string): SymbolInfo | undefined {
    const cached = this.symbolInfo.get(name);
    if (cached) return cached;
    const defs = this.definitions(name);
    const definition = defs[defs.length - 1];
    if (!definition) return undefined;
    const info: SymbolInfo = { name, display: definition.display, kind: definition.kind, definition };
    const objSym = this.objectSymbols().get(name);
    if (objSym) {
      info.type = objSym.type;
      info.binding = objSym.binding;
      if (objSym.size !== undefined && objSym.size > 0) info.size = objSym.size;
      if (typeof objSym.section === 'number') {
        info.section = this.object?.sections[objSym.section]?.name;
        info.value = objSym.value;
        info.valueKind = 'offset';
      } else if (objSym.section === 'abs') {
        info.value = objSym.value;
        info.valueKind = 'constant';
      }
    } else if (definition.section !== undefined) {
      info.section = this.analysis.sectionNames[definition.section];
      info.value = definition.offset;
      info.valueKind = 'offset';
    }
    if (this.image && info.valueKind === 'offset') {
      const imgSym = this.imageSymbols().get(name);
      if (imgSym && !imgSym.undef) {
        info.value = imgSym.value;
        info.valueKind = 'address';
        if (imgSym.section) info.section = imgSym.section;
        if (imgSym.size > 0) info.size = imgSym.size;
      } else {
        const addr = this.statementAddress({ section: definition.section ?? -1, offset: definition.offset ?? 0 });
        if (addr !== undefined) {
          info.value = addr;
          info.valueKind = 'address';
        }
      }
    }
    this.symbolInfo.set(name, info);
    return info;
  }

  private objSyms?: Map<string, ObjSymbol>;
  private imgSyms?: Map<string, Image['symbols'][number]>;

  private objectSymbols(): Map<string, ObjSymbol> {
    if (!this.objSyms) {
      this.objSyms = new Map();
      for (const s of this.object?.symbols ?? []) if (!this.objSyms.has(s.name)) this.objSyms.set(s.name, s);
    }
    return this.objSyms;
  }

  private imageSymbols(): Map<string, Image['symbols'][number]> {
    if (!this.imgSyms) {
      this.imgSyms = new Map();
      for (const s of this.image?.symbols ?? []) if ((!s.file || s.file === this.path) && !this.imgSyms.has(s.name)) this.imgSyms.set(s.name, s);
    }
    return this.imgSyms;
  }

  /** Linked address of each object section (undefined when not linked or not placed). */
  private readonly sectionBases: Array<number | undefined> = [];

  /** Linked address of a place in an object section. */
  statementAddress(place: { section: number; offset: number }): number | undefined {
    const base = this.sectionBases[place.section];
    return base === undefined ? undefined : base + place.offset;
  }

  /** The bytes a statement produced: from the image when linked (relocations applied), else the object. */
  statementBytes(s: AnalysisStatement): { bytes: Uint8Array; address?: number } | undefined {
    if (s.size <= 0 || !this.object) return undefined;
    const sec = this.object.sections[s.section];
    if (!sec || sec.data.length < s.offset + s.size) return undefined;
    const address = this.statementAddress(s);
    if (address !== undefined && this.image) {
      const isec = this.image.sections.find((x) => x.addr <= address && address + s.size <= x.addr + x.data.length);
      if (isec) return { bytes: isec.data.subarray(address - isec.addr, address - isec.addr + s.size), address };
    }
    return { bytes: sec.data.subarray(s.offset, s.offset + s.size), ...(address !== undefined ? { address } : {}) };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface AnalyzeInput {
  uri: string;
  path: string;
  version: number;
  text: string;
  settings: TesseraSettings;
  /** Reads an included file (open documents first, then the disk); undefined when missing. */
  readFile: (path: string) => string | undefined;
  /** The document's parsed statements from earlier analyses, when it is being edited. */
  parseCache?: ParseCache | undefined;
}

const EMPTY_ANALYSIS: AsmAnalysis = { statements: [], definitions: [], references: [], macros: [], includes: [], sectionNames: [] };

export function analyze(input: AnalyzeInput): DocumentAnalysis {
  const { uri, path, version, settings } = input;
  const text = editorLines(input.text);
  const tooBig = text.length > MAX_DOCUMENT_CHARS ? `${(text.length / (1 << 20)).toFixed(0)} MB` : undefined;
  const lines = tooBig ? 0 : countLines(text);
  if (tooBig || lines > MAX_DOCUMENT_LINES) {
    const why = `file too large to analyse (${tooBig ?? `${lines} lines`}; the limit is ${MAX_DOCUMENT_LINES} lines and ${MAX_DOCUMENT_CHARS >> 20} MB)`;
    const d: Diagnostic = { severity: 'info', code: 'lsp/too-large', message: why, range: { file: path, start: { line: 1, col: 1 }, end: { line: 1, col: 1 } } };
    return new DocumentAnalysis(uri, path, version, tooBig ? '' : text, settings, [d], EMPTY_ANALYSIS, undefined, undefined, why);
  }
  // The texts of included files, as the assembler read them (hover quotes their lines).
  const included = new Map<string, string>();
  const readFile = (p: string): string | undefined => {
    const read = input.readFile(p);
    const t = read === undefined ? undefined : editorLines(read);
    if (t !== undefined) included.set(p, t);
    return t;
  };
  const r = assemble({ path, text }, { readFile, includePaths: settings.includePaths, march: settings.march, analysis: true, ...(input.parseCache ? { parseCache: input.parseCache } : {}) });
  const a = new DocumentAnalysis(uri, path, version, text, settings, r.diagnostics, r.analyses?.[0] ?? EMPTY_ANALYSIS, r.objects[0], r.image, undefined);
  for (const p of a.includedFiles) {
    const t = included.get(p);
    if (t !== undefined) a.includedTexts.set(p, t);
  }
  return a;
}

/**
 * The text with each lone CR (an old Mac line end) turned into LF. LSP, and so the editor, ends a
 * line at a lone CR; the assembler, like GNU as, reads it as a blank. Analysing the text as the
 * user sees it keeps every reported position on the line the editor shows (same length: offsets
 * are unchanged). CRLF is left alone: the assembler already ends the line at its LF.
 */
export function editorLines(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
