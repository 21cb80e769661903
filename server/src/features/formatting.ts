// Document formatting: labels at column 0, mnemonics and operands in aligned columns, comments
// in their own column. Only whitespace between tokens changes, and only where the assembler
// cannot tell the difference: lines it could misread once re-spaced (several statements, block
// comments, characters it cannot lex, a mnemonic glued to a macro parameter) are left as they are.

import { sourceTokens, type SourceToken } from '@tessera/vm-core';
import type { TextEdit } from 'vscode-languageserver';
import type { TesseraSettings } from '../settings.js';
import { MAX_LINE_LENGTH, splitLine, type LineStatement } from './context.js';

export interface FormatOptions {
  settings: TesseraSettings['formatting'];
  /** Macro names: their arguments may be blank-separated, so they are kept as written. */
  macros: ReadonlySet<string>;
}

export function formatText(text: string, options: FormatOptions): TextEdit[] {
  const edits: TextEdit[] = [];
  const tokens = sourceTokens(text);
  const lines = text.split('\n');
  let i = 0;
  for (let line = 0; line < lines.length; line++) {
    const raw = lines[line]!;
    const cr = raw.endsWith('\r');
    const lineText = cr ? raw.slice(0, -1) : raw;
    const lineToks: SourceToken[] = [];
    while (i < tokens.length && tokens[i]!.line < line) i++;
    while (i < tokens.length && tokens[i]!.line === line) {
      const t = tokens[i++]!;
      if (t.kind !== 'newline') lineToks.push(t);
    }
    const formatted = formatLine(lineText, lineToks, options);
    if (formatted !== lineText) edits.push({ range: { start: { line, character: 0 }, end: { line, character: lineText.length } }, newText: formatted });
  }
  return edits;
}

function formatLine(text: string, toks: SourceToken[], o: FormatOptions): string {
  if (text.length > MAX_LINE_LENGTH) return text;
  if (toks.length === 0) return text.trim() === '' ? '' : text;
  const comments = toks.filter((t) => t.kind === 'comment');
  const blockSpansLines = comments.some((c) => (c.text.startsWith('/*') && !c.text.endsWith('*/')) || (!c.text.startsWith('/*') && !c.text.startsWith('#')));
  const commentNotLast = comments.some((c) => c !== toks[toks.length - 1]);
  if (blockSpansLines || commentNotLast || toks.some((t) => t.kind === 'invalid' || t.kind === 'semicolon')) return text.replace(/[ \t]+$/, '');
  const [st] = splitLine(toks);
  if (!st) return text;
  const s = o.settings;
  const code = statementText(text, st, o);
  if (code === undefined) return text.replace(/[ \t]+$/, '');
  const comment = st.comment?.text;
  if (!code) {
    // A comment alone keeps column 0, or goes to the mnemonic column.
    if (!comment) return '';
    return st.comment!.col === 0 ? comment : pad('', s.mnemonicColumn, s.useTabs) + comment;
  }
  if (!comment) return code;
  const lastLine = code.slice(code.lastIndexOf('\n') + 1);
  const width = visualWidth(lastLine);
  const at = s.commentColumn > width ? pad(lastLine, s.commentColumn, s.useTabs) : `${lastLine} `;
  return code.slice(0, code.lastIndexOf('\n') + 1) + at + comment;
}

/** The statement re-spaced, or undefined when it must stay as written. */
function statementText(text: string, st: LineStatement, o: FormatOptions): string | undefined {
  const s = o.settings;
  const labels = st.labels.map((l) => `${l.text}:`).join(' ');
  const head = st.head;
  const rest = head ? st.operandTokens : st.operandTokens;
  if (!head) {
    if (rest.length) return undefined; // something the assembler will complain about: keep it
    return labels;
  }
  // `name\()x` or `op\param`: the head glued to what follows must stay glued.
  const firstOp = rest[0];
  if (firstOp && firstOp.col === head.col + head.length && firstOp.kind !== 'comma') return undefined;
  let args = '';
  if (rest.length) {
    const argText = text.slice(rest[0]!.col, rest[rest.length - 1]!.col + rest[rest.length - 1]!.length);
    args = argText;
    if (st.assign) args = argText.replace(/^=\s*/, '= ');
    // Only the blanks around top-level commas change, which no macro substitution can glue together.
    else if (!head.text.startsWith('.') && !o.macros.has(head.text)) {
      const parts = st.operands.map((op) => (op.length ? text.slice(op[0]!.col, op[op.length - 1]!.col + op[op.length - 1]!.length) : ''));
      if (parts.every((p) => p !== '')) args = parts.join(', ');
    }
  }
  let line = '';
  if (labels && s.labelOnOwnLine) line = `${labels}\n`;
  else line = labels;
  const start = line.lastIndexOf('\n') + 1;
  let cur = pad(line.slice(start), s.mnemonicColumn, s.useTabs, labels && !s.labelOnOwnLine ? 1 : 0) + head.text;
  if (args) cur = st.assign ? `${cur} ${args}` : pad(cur, s.mnemonicColumn + s.mnemonicWidth, s.useTabs, 1) + args;
  return line.slice(0, start) + cur;
}

/** `text` padded to `column` (at least `min` blanks), with spaces or tabs (width 8). */
function pad(text: string, column: number, tabs: boolean, min = 0): string {
  let w = visualWidth(text);
  let out = text;
  if (w + min > column) return out + ' '.repeat(min);
  if (tabs) {
    while (w < column && Math.floor(w / 8) * 8 + 8 <= column) {
      out += '\t';
      w = Math.floor(w / 8) * 8 + 8;
    }
  }
  return out + ' '.repeat(Math.max(0, column - w));
}

function visualWidth(text: string): number {
  let w = 0;
  for (const c of text) w = c === '\t' ? Math.floor(w / 8) * 8 + 8 : w + 1;
  return w;
}
