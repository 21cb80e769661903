// .rept, .irp and .irpc: a body assembled several times, with a symbol substituted for .irp/.irpc.

import type { Chunk, FileAssembler } from './assembler.js';
import type { RawStatement } from './statements.js';
import { headIndex } from './statements.js';
import type { Locator } from './ast-builder.js';
import { AsmError } from './values.js';
import { splitMacroArgs, substitute } from './macros.js';

const MAX_REPEAT = 1 << 20;

export function expandRepeat(ctx: FileAssembler, head: string, chunk: Chunk, loc: Locator, st: RawStatement, body: { text: string; line: number }): void {
  const nameTok = st.tokens[headIndex(st.tokens)]!;
  const args = chunk.text.slice(nameTok.endOffset! + 1, st.end).trim();
  const lineOffset = chunk.lineOffset + body.line - 1;
  const from = [ctx.stmtRange, ...ctx.expandedFrom];
  if (head === '.rept') {
    const n = ctx.constant(ctx.parseExpressionText(args, loc, ctx.stmtRange), 'the .rept count');
    if (n > BigInt(MAX_REPEAT)) throw new AsmError('asm/too-large', `.rept count ${n} is too large (at most ${MAX_REPEAT})`, ctx.stmtRange);
    if (n <= 0n) return;
    // Bodies are assembled one after the other as GNU does, each copy with its own line numbers.
    for (let i = 0n; i < n && !ctx.ended; i++) ctx.runText(chunk.file, body.text, lineOffset, from);
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
