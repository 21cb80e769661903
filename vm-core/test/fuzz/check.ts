// The properties every assembler result must have, whatever the input. Pure: used by the fuzz
// worker (bundled) and usable from a test directly.
//
// A problem has a signature (what kind of bug, without input-specific detail) so that many inputs
// hitting one bug are reported once, with the smallest input.

import { isDeepStrictEqual } from 'node:util';
import { assemble, assembleFile, type AssembleOptions, type AssembleResult } from '../../src/asm/assemble.js';
import type { Diagnostic, SourceRange } from '../../src/diagnostics.js';

export interface FuzzInput {
  /** Campaign and index (or pathological case name), for the report. */
  name: string;
  path: string;
  text: string;
  /** Files `.include` can read, beyond the worker's shared corpus (and the input itself). */
  files?: Record<string, string>;
  includePaths?: string[];
  /** Also run assembleFile() and compare its diagnostics with assemble()'s. */
  alsoFile?: boolean;
  /** The input is so wrong that an error is required (infinite recursion, include cycle, …). */
  expectError?: string;
}

export interface Problem {
  sig: string;
  detail: string;
}

export interface Outcome {
  ms: number;
  problems: Problem[];
  errors: number;
  diagnostics: number;
  image: boolean;
}

const CODE = /^(asm|link)\//;

interface LineInfo {
  /** Line lengths in UTF-16 units. */
  lengths: number[];
}

/**
 * Lines as the assembler counts them: only `\n` ends a line (a `\r` is blank space, as in GNU as,
 * so a CRLF file has one line per LF and a `\r` is the last character of its line).
 */
function lineInfo(text: string): LineInfo {
  return { lengths: text.split('\n').map((l) => l.length) };
}

function where(r: SourceRange): string {
  return `${r.file}:${r.start.line}:${r.start.col}-${r.end.line}:${r.end.col}`;
}

function isPos(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}

/** Problems with one range: 1-based, start ≤ end, inside a known file's text. */
export function checkRange(r: SourceRange | undefined, textOf: (file: string) => string | undefined, lines: Map<string, LineInfo>, what: string, code: string): Problem[] {
  if (!r || typeof r !== 'object' || !r.start || !r.end) return [{ sig: `range-missing:${code}`, detail: `${what}: no range` }];
  const text = typeof r.file === 'string' && r.file.length ? textOf(r.file) : undefined;
  if (text === undefined) return [{ sig: `range-file:${code}`, detail: `${what}: file '${String(r.file)}' is not an input or an included file` }];
  const p = `${what} ${code} at ${where(r)}`;
  if (!isPos(r.start.line) || !isPos(r.start.col) || !isPos(r.end.line) || !isPos(r.end.col)) {
    return [{ sig: `range-not-1-based:${code}`, detail: `${p}: line/col must be integers ≥ 1` }];
  }
  if (r.end.line < r.start.line || (r.end.line === r.start.line && r.end.col < r.start.col)) {
    return [{ sig: `range-reversed:${code}`, detail: `${p}: end before start` }];
  }
  let info = lines.get(r.file);
  if (!info) lines.set(r.file, (info = lineInfo(text)));
  const n = info.lengths.length;
  const out: Problem[] = [];
  for (const [label, pos] of [['start', r.start], ['end', r.end]] as const) {
    if (pos.line > n + 1) {
      out.push({ sig: `range-line:${code}`, detail: `${p}: ${label} line ${pos.line} beyond the file's ${n} lines (+1)` });
      continue;
    }
    // Columns count UTF-16 units from 1; an exclusive end may sit just past the last character.
    const len = pos.line <= n ? info.lengths[pos.line - 1]! : 0;
    if (pos.col > len + 1) out.push({ sig: `range-col:${code}`, detail: `${p}: ${label} column ${pos.col} beyond line ${pos.line}'s ${len} characters (+1)` });
  }
  return out;
}

export function checkDiagnostics(diags: readonly Diagnostic[], textOf: (file: string) => string | undefined, lines: Map<string, LineInfo>, stage: string): Problem[] {
  const out: Problem[] = [];
  diags.forEach((d, i) => {
    const code = typeof d.code === 'string' ? d.code : String(d.code);
    const what = `${stage} diagnostic #${i}`;
    if (!CODE.test(code)) out.push({ sig: `code:${code}`, detail: `${what}: code '${code}' does not match /^(asm|link)\\//` });
    if (typeof d.message !== 'string' || d.message.trim() === '') out.push({ sig: `message-empty:${code}`, detail: `${what} ${code}: empty message` });
    if (!['error', 'warning', 'info'].includes(d.severity)) out.push({ sig: `severity:${code}`, detail: `${what} ${code}: severity '${String(d.severity)}'` });
    if (/\/internal$/.test(code)) out.push({ sig: `internal:${normalizeMessage(d.message)}`, detail: `${what}: ${code}: ${d.message}` });
    out.push(...checkRange(d.range, textOf, lines, what, code));
    (d.related ?? []).forEach((rel, j) => {
      if (typeof rel.message !== 'string' || rel.message.trim() === '') out.push({ sig: `related-message-empty:${code}`, detail: `${what} ${code}: related #${j} has no message` });
      out.push(...checkRange(rel.range, textOf, lines, `${what} related #${j}`, code).map((p) => ({ ...p, sig: `related-${p.sig}` })));
    });
  });
  return out;
}

/** Numbers, quoted names and long tails vary between inputs hitting one bug. */
function normalizeMessage(m: string): string {
  return m.replace(/'[^']*'/g, "'…'").replace(/\d+/g, 'N').slice(0, 80);
}

function exceptionProblem(stage: string, err: unknown): Problem {
  const e = err instanceof Error ? err : new Error(String(err));
  const at = (e.stack ?? '').split('\n').find((l) => /\bat\b/.test(l))?.trim() ?? '';
  return { sig: `throw:${stage}:${e.name}:${normalizeMessage(e.message)}`, detail: `${stage} threw ${e.name}: ${e.message} ${at}` };
}

export function runInput(input: FuzzInput, shared?: ReadonlyMap<string, string>): Outcome {
  const own = new Map(Object.entries(input.files ?? {}));
  own.set(input.path, input.text);
  const textOf = (p: string): string | undefined => own.get(p) ?? shared?.get(p);
  const options: AssembleOptions = { readFile: textOf, ...(input.includePaths ? { includePaths: input.includePaths } : {}) };
  const src = { path: input.path, text: input.text };
  const problems: Problem[] = [];
  const lines = new Map<string, LineInfo>();

  const t0 = performance.now();
  let result: AssembleResult | undefined;
  try {
    result = assemble(src, options);
  } catch (err) {
    problems.push(exceptionProblem('assemble', err));
  }
  const ms = performance.now() - t0;
  if (!result || !Array.isArray(result.diagnostics) || !Array.isArray(result.objects)) {
    problems.push({ sig: 'result-shape', detail: 'assemble() result lacks diagnostics or objects' });
    return { ms, problems, errors: 0, diagnostics: 0, image: false };
  }
  problems.push(...checkDiagnostics(result.diagnostics, textOf, lines, 'assemble'));
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors === 0 && !result.image) problems.push({ sig: 'no-image', detail: 'no error diagnostics, but no image either' });
  if (errors > 0 && result.image) problems.push({ sig: 'image-despite-errors', detail: `${errors} errors, yet an image` });
  if (input.expectError && errors === 0) problems.push({ sig: `missing-error:${input.expectError}`, detail: `expected an error (${input.expectError}), got none` });
  if (result.image) {
    const img = result.image;
    if (!Number.isInteger(img.entry) || img.entry < 0 || img.entry > 0xffffffff) problems.push({ sig: 'image-entry', detail: `entry ${img.entry}` });
    for (const s of img.sections) {
      if (s.type !== 8 /* NOBITS */ && s.data.length !== s.size) problems.push({ sig: 'image-section-size', detail: `${s.name}: ${s.data.length} bytes of data, size ${s.size}` });
      if (!Number.isInteger(s.addr) || s.addr < 0 || s.addr + s.size > 0x1_0000_0000) problems.push({ sig: 'image-section-addr', detail: `${s.name} at ${s.addr}+${s.size} is outside the 32-bit address space` });
    }
  }

  if (input.alsoFile) {
    try {
      const one = assembleFile(src, options);
      problems.push(...checkDiagnostics(one.diagnostics, textOf, lines, 'assembleFile'));
      if (!one.object || !Array.isArray(one.object.sections)) problems.push({ sig: 'file-object', detail: 'assembleFile() returned no object' });
      const prefix = result.diagnostics.slice(0, one.diagnostics.length);
      if (!isDeepStrictEqual(prefix, one.diagnostics)) {
        problems.push({ sig: 'nondeterministic', detail: 'assembleFile() and assemble() report different assembler diagnostics for the same source' });
      }
    } catch (err) {
      problems.push(exceptionProblem('assembleFile', err));
    }
  }
  return { ms, problems, errors, diagnostics: result.diagnostics.length, image: !!result.image };
}
