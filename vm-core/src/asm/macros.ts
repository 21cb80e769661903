// .macro definitions and their expansion. GNU macros are text: arguments are substituted into the
// body (`\name`, `\()` as a separator, `\@` for the expansion counter) and the result is assembled.

import type { SourceRange } from '../diagnostics.js';
import type { Statement } from './ast.js';
import type { Chunk, FileAssembler } from './assembler.js';
import type { RawStatement } from './statements.js';
import { headIndex } from './statements.js';
import { AsmError } from './values.js';
import { tokenRange, fileLine } from './ast-builder.js';
import { splitTopLevel } from './directives.js';
import { instructionByMnemonic } from '../isa/instructions.js';

const MAX_CALL_TEXT = (1 << 20) + 4096;
const MAX_ARGS = 16384;

export interface MacroParam {
  name: string;
  default?: string;
  required: boolean;
  vararg: boolean;
}

export interface MacroDef {
  name: string;
  params: MacroParam[];
  body: string;
  file: string;
  /** Line in `file` where the body starts, minus one (added to body-relative lines). */
  lineOffset: number;
  range: SourceRange;
}

/** Splits macro arguments GNU's way: commas, or blanks between words (`m a b`, `m a, b`). A quoted
 * argument loses its quotes (`m "a b"` passes `a b`), as in GNU's default (non-alternate) mode. */
export function splitMacroArgs(text: string): string[] {
  return splitWords(text).map((a) => (/^"(?:[^"\\]|\\.)*"$/s.test(a) ? a.slice(1, -1) : a));
}

function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const piece of splitTopLevel(text)) {
    // Blanks next to an operator are not separators: `m a + 1` is one argument.
    const squeezed = piece.trim().replace(/\s*([-+*/%<>&|^!~=()])\s*/g, '$1');
    if (squeezed === '') {
      out.push('');
      continue;
    }
    const words = squeezed.match(/"(?:[^"\\]|\\.)*"|[^\s"]+/g) ?? [];
    for (const w of words) out.push(w);
  }
  return out;
}

export function defineMacro(ctx: FileAssembler, chunk: Chunk, st: RawStatement, body: { text: string; line: number }): void {
  const nameTok = st.tokens[headIndex(st.tokens)]!;
  const header = chunk.text.slice(nameTok.endOffset! + 1, st.end).trim();
  const loc = { file: chunk.file, lineOffset: chunk.lineOffset, ...(chunk.period ? { period: chunk.period } : {}) };
  const range = tokenRange(loc, st.tokens[0]!, st.tokens[st.tokens.length - 1]!);
  const m = /^([A-Za-z_.$][\w.$]*)\s*,?\s*(.*)$/s.exec(header);
  if (!m) throw new AsmError('asm/macro', '.macro: expected a macro name', range);
  const name = m[1]!;
  const params: MacroParam[] = [];
  for (const p of splitMacroArgs(m[2]!)) {
    if (!p) continue;
    const pm = /^([A-Za-z_][\w]*)(?::(req|vararg))?(?:=(.*))?$/.exec(p);
    if (!pm) throw new AsmError('asm/macro', `.macro ${name}: bad parameter '${p}'`, range);
    params.push({ name: pm[1]!, ...(pm[3] !== undefined ? { default: pm[3] } : {}), required: pm[2] === 'req', vararg: pm[2] === 'vararg' });
  }
  if (ctx.macros.has(name)) {
    ctx.error('asm/macro', `macro '${name}' is already defined`, range, [{ message: 'first defined here', range: ctx.macros.get(name)!.range }]);
    return;
  }
  if (instructionByMnemonic(name)) ctx.warn('asm/macro-shadows', `macro '${name}' hides the instruction of the same name`, range);
  ctx.macros.set(name, { name, params, body: body.text, file: chunk.file, lineOffset: fileLine(loc, body.line) - 1, range });
  if (ctx.analysis && ctx.depth === 0) {
    const at = chunk.text.indexOf(name, nameTok.endOffset! + 1);
    const nameRange = at >= 0 && at < st.end ? offsetRange(loc, chunk.text, st, at, name.length) : range;
    ctx.analysis.macro({ name, params: params.map((p) => ({ ...p })), range, nameRange });
    ctx.analysis.define(name, 'macro', nameRange);
  }
}

export function expandMacro(ctx: FileAssembler, macro: MacroDef, stmt: Statement, chunk: Chunk, st: RawStatement): void {
  const nameTok = st.tokens[headIndex(st.tokens)]!;
  const argText = chunk.text.slice(nameTok.endOffset! + 1, st.end).trim();
  if (argText.length > 1 << 20) throw new AsmError('asm/expansion-limit', `macro arguments too long (${argText.length} characters)`, stmt.range);
  const values = new Map<string, string>();
  let positional = 0;
  const args = argText ? splitMacroArgs(argText) : [];
  if (args.length > MAX_ARGS) throw new AsmError('asm/expansion-limit', `too many macro arguments (${args.length}, at most ${MAX_ARGS})`, stmt.range);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const kw = /^([A-Za-z_]\w*)=(.*)$/s.exec(a);
    if (kw && macro.params.some((p) => p.name === kw[1])) {
      values.set(kw[1]!, kw[2]!);
      continue;
    }
    const p = macro.params[positional];
    if (!p) throw new AsmError('asm/macro-args', `too many arguments for macro '${macro.name}' (it takes ${macro.params.length})`, stmt.range);
    if (p.vararg) {
      values.set(p.name, args.slice(i).join(','));
      break;
    }
    values.set(p.name, a);
    positional++;
  }
  for (const p of macro.params) {
    if (!values.has(p.name) || values.get(p.name) === '') {
      if (p.required) throw new AsmError('asm/macro-args', `missing value for required parameter '${p.name}' of macro '${macro.name}'`, stmt.range);
      if (!values.has(p.name) || p.default !== undefined) values.set(p.name, p.default ?? '');
    }
  }
  const counter = ctx.macroCounter++;
  const text = substitute(macro.body, values, String(counter));
  // One call's text past a megabyte is a runaway (arguments doubling at each level), not a program.
  if (text.length > MAX_CALL_TEXT) throw new AsmError('asm/expansion-limit', `expansion of macro '${macro.name}' too large (${text.length} characters)`, stmt.range);
  const saved = ctx.exitMacro;
  const conditions = ctx.conditions.length;
  ctx.runText(macro.file, text, macro.lineOffset, [stmt.range, ...ctx.expandedFrom], true);
  // `.exitm` leaves any .if the macro opened; GNU drops them with it.
  if (ctx.exitMacro) ctx.conditions.length = Math.min(ctx.conditions.length, conditions);
  ctx.exitMacro = saved;
}

/** The range of `length` characters at `offset` of a chunk, on the line of statement `st` or after it. */
function offsetRange(loc: { file: string; lineOffset: number; period?: number }, text: string, st: RawStatement, offset: number, length: number): SourceRange {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = st.line;
  for (let i = text.indexOf('\n', st.start); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  const at = fileLine(loc, line);
  return { file: loc.file, start: { line: at, col: offset - lineStart + 1 }, end: { line: at, col: offset - lineStart + 1 + length } };
}

/** Replaces `\param`, `\()` and `\@` in a body. Unknown `\word` stays as written. */
export function substitute(body: string, values: ReadonlyMap<string, string>, counter: string): string {
  return body.replace(/\\(\(\)|@|[A-Za-z_]\w*)/g, (whole, what: string) => {
    if (what === '()') return '';
    if (what === '@') return counter;
    const v = values.get(what);
    return v === undefined ? whole : v;
  });
}
