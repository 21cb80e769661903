// What any answer must satisfy, whatever the input: ranges well formed and inside the document,
// edits that apply (no overlaps), semantic tokens that decode onto the text, folding ranges in
// order. The fuzz test runs every answer through `answerProblems`; an answer that breaks these
// would make an editor misbehave even though the server "answered".
import type { SemanticTokensLegend, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { assemble } from '../../../vm-core/src/index.js';

interface Pos {
  line: number;
  character: number;
}

const isPos = (x: unknown): x is Pos =>
  typeof x === 'object' && x !== null && typeof (x as Pos).line === 'number' && typeof (x as Pos).character === 'number';
const isRange = (x: unknown): x is { start: Pos; end: Pos } =>
  typeof x === 'object' && x !== null && isPos((x as { start: unknown }).start) && isPos((x as { end: unknown }).end);
const before = (a: Pos, b: Pos): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
const natural = (n: number): boolean => Number.isInteger(n) && n >= 0;

/**
 * A lone CR ends a line for LSP but not for the assembler (gas reads it as a space). The server
 * analyses such a text as the editor shows it, so positions are checked as for any other; only
 * "formatting keeps the bytes" is not asked of it, since there the two readings differ.
 */
export const hasLoneCr = (text: string): boolean => /\r(?!\n)/.test(text);

export interface CheckContext {
  method: string;
  /** The document the request was about, when it is the open target (not an unknown URI). */
  doc?: TextDocument;
  legend?: SemanticTokensLegend;
}

export function answerProblems(ctx: CheckContext, result: unknown): string[] {
  const problems: string[] = [];
  const lines = ctx.doc ? ctx.doc.lineCount : Infinity;
  const sameDoc = (uri: unknown): boolean => ctx.doc !== undefined && (uri === undefined || uri === ctx.doc.uri);

  // Every range anywhere in the answer: well formed; inside the document when it is about it.
  const walk = (x: unknown, uri: unknown, path: string): void => {
    if (Array.isArray(x)) {
      x.forEach((v, i) => walk(v, uri, `${path}[${i}]`));
      return;
    }
    if (typeof x !== 'object' || x === null) return;
    const o = x as Record<string, unknown>;
    const here = o.uri ?? o.targetUri ?? uri;
    if (isRange(o)) {
      const { start, end } = o;
      if (![start.line, start.character, end.line, end.character].every(natural)) problems.push(`${path}: range with a negative or fractional field ${JSON.stringify(o)}`);
      else if (!before(start, end)) problems.push(`${path}: range ends before it starts ${JSON.stringify(o)}`);
      else if (sameDoc(here) && end.line > lines) problems.push(`${path}: range past the end of a ${lines}-line document ${JSON.stringify(o)}`);
      return;
    }
    for (const [k, v] of Object.entries(o)) {
      // A code action's diagnostics are the client's own (from the request), not the server's answer.
      if (k === 'diagnostics' && /codeAction/i.test(ctx.method)) continue;
      walk(v, here, `${path}.${k}`);
    }
  };
  walk(result, undefined, ctx.method);

  const applies = (edits: TextEdit[], what: string): void => {
    if (!ctx.doc) return;
    try {
      TextDocument.applyEdits(ctx.doc, edits);
    } catch (e) {
      problems.push(`${what}: edits do not apply: ${(e as Error).message}`);
    }
  };
  const workspaceEdit = (edit: WorkspaceEdit | undefined, what: string): void => {
    if (!edit || !ctx.doc) return;
    if (edit.changes?.[ctx.doc.uri]) applies(edit.changes[ctx.doc.uri]!, what);
    for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === ctx.doc.uri) applies(c.edits as TextEdit[], what);
  };

  switch (ctx.method) {
    case 'textDocument/formatting':
    case 'textDocument/rangeFormatting':
    case 'textDocument/onTypeFormatting':
      if (Array.isArray(result)) applies(result as TextEdit[], ctx.method);
      break;
    case 'textDocument/rename':
      workspaceEdit(result as WorkspaceEdit | undefined, ctx.method);
      break;
    case 'textDocument/codeAction':
    case 'codeAction/resolve':
      for (const a of (Array.isArray(result) ? result : [result]) as { edit?: WorkspaceEdit; title?: unknown }[]) {
        if (a && typeof a.title !== 'string') problems.push(`${ctx.method}: an action without a title`);
        workspaceEdit(a?.edit, `${ctx.method} "${String(a?.title)}"`);
      }
      break;
    case 'textDocument/completion': {
      const items = Array.isArray(result) ? result : ((result as { items?: unknown[] } | null)?.items ?? []);
      if (items.some((i) => typeof (i as { label?: unknown }).label !== 'string')) problems.push('completion: an item without a label');
      break;
    }
    case 'textDocument/foldingRange':
      for (const f of (result ?? []) as { startLine: number; endLine: number }[]) {
        if (!natural(f.startLine) || f.endLine < f.startLine || f.endLine >= lines) problems.push(`folding range ${f.startLine}-${f.endLine} in a ${lines}-line document`);
      }
      break;
    case 'textDocument/semanticTokens/full':
    case 'textDocument/semanticTokens/range': {
      const data = (result as { data?: number[] } | null)?.data ?? [];
      if (data.length % 5) problems.push(`semantic tokens: ${data.length} numbers, not a multiple of 5`);
      if (!ctx.doc) break;
      const text = ctx.doc.getText().split(/\r\n|\r|\n/);
      let line = 0;
      let char = 0;
      for (let i = 0; i + 4 < data.length; i += 5) {
        if (!data.slice(i, i + 5).every(natural)) {
          problems.push(`semantic token #${i / 5}: ${JSON.stringify(data.slice(i, i + 5))} (negative or fractional: tokens out of order?)`);
          break;
        }
        line += data[i]!;
        char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
        const len = data[i + 2]!;
        if (line >= text.length || char + len > text[line]!.length) {
          problems.push(`semantic token ${line}:${char}+${len} outside the text (line length ${text[line]?.length ?? 'none'})`);
          break;
        }
        if (ctx.legend && data[i + 3]! >= ctx.legend.tokenTypes.length) {
          problems.push(`semantic token type ${data[i + 3]} outside the legend`);
          break;
        }
      }
      break;
    }
  }
  return problems;
}

/**
 * What the assembler makes of a text, as a comparable string (sections' names, sizes, bytes and
 * relocations, symbols' names and values), or undefined when the text has assembler errors:
 * formatting must leave this unchanged. Positions (line tables, source ranges) are left out.
 */
export function assembledBytes(text: string): string | undefined {
  const r = assemble({ path: '/fuzz/format.s', text });
  if (r.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('asm/'))) return undefined;
  return JSON.stringify(r.objects.map((o) => ({
    sections: o.sections.map((s) => ({
      name: s.name, size: s.size, data: Buffer.from(s.data).toString('hex'),
      relocs: s.relocs.map(({ offset, kind, target, addend, minus }) => ({ offset, kind, target, addend, minus })),
    })),
    symbols: o.symbols.map((s) => JSON.stringify(s, (k, v: unknown) => (k === 'range' || k === 'line' ? undefined : typeof v === 'bigint' ? v.toString() : v))),
  })));
}
