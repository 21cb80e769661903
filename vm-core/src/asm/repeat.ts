// .rept, .irp and .irpc: a body assembled several times, with a symbol substituted for .irp/.irpc.

import type { Chunk, FileAssembler } from './assembler.js';
import type { RawStatement } from './statements.js';
import { headIndex } from './statements.js';
import { fileLine, type Locator } from './ast-builder.js';
import { AsmError } from './values.js';
import { splitMacroArgs, substitute } from './macros.js';

const MAX_REPEAT = 1 << 20;
const BATCH_BYTES = 64 * 1024;

export function expandRepeat(ctx: FileAssembler, head: string, chunk: Chunk, loc: Locator, st: RawStatement, body: { text: string; line: number }): void {
  const nameTok = st.tokens[headIndex(st.tokens)]!;
  const args = chunk.text.slice(nameTok.endOffset! + 1, st.end).trim();
  const lineOffset = fileLine(loc, body.line) - 1;
  const from = [ctx.stmtRange, ...ctx.expandedFrom];
  if (head === '.rept') {
    const n = ctx.constant(ctx.parseExpressionText(args, loc, ctx.stmtRange), 'the .rept count');
    if (n > BigInt(MAX_REPEAT)) throw new AsmError('asm/too-large', `.rept count ${n} is too large (at most ${MAX_REPEAT})`, ctx.stmtRange);
    if (n <= 0n) return;
    if (!ctx.reserveExpansion(Number(n) * body.text.length, ctx.stmtRange)) return;
    // Copies run as chunks of many copies at once (far fewer chunks to set up), each copy still
    // mapped to the body's own lines. A body not ending in a newline runs copy by copy.
    const lines = body.text.split('\n').length - 1;
    const perChunk = body.text.endsWith('\n') && lines > 0 ? Math.max(1, Math.floor(BATCH_BYTES / Math.max(1, body.text.length))) : 1;
    let left = Number(n);
    while (left > 0 && !ctx.ended) {
      const k = Math.min(left, perChunk);
      if (k === 1) ctx.runText(chunk.file, body.text, lineOffset, from, false, undefined, true);
      else ctx.runText(chunk.file, body.text.repeat(k), lineOffset, from, false, lines, true);
      left -= k;
    }
    return;
  }
  const m = /^([A-Za-z_]\w*)\s*(?:,\s*(.*))?$/s.exec(args);
  if (!m) throw new AsmError('asm/operand-kind', `${head}: expected a symbol name and values`, ctx.stmtRange);
  const sym = m[1]!;
  const rest = (m[2] ?? '').trim();
  const values = head === '.irp' ? (rest ? splitMacroArgs(rest) : ['']) : rest ? [...rest.replace(/\s+/g, '')] : [''];
  for (const v of values) {
    if (ctx.ended) break;
    ctx.runText(chunk.file, substitute(body.text, new Map([[sym, v]]), String(ctx.macroCounter)), lineOffset, from);
  }
}
