// What a user sees at each stop of a scripted session — call stack, every scope's variables,
// disassembly around pc, the console's answers — rendered as text and compared with a golden file
// reviewed in the diff. UPDATE_GOLDEN=1 rewrites the goldens.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, exitCode, launch, lineOf, program, startClient, stopped, take, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

async function variables(ref: number, indent: string, depth: number): Promise<string[]> {
  const out: string[] = [];
  for (const v of (await dc.variablesRequest({ variablesReference: ref })).body.variables) {
    const extra = [v.type && `type ${v.type}`, v.memoryReference && `@${v.memoryReference}`, v.presentationHint?.attributes?.length && v.presentationHint.attributes.join(','), v.presentationHint?.lazy && 'lazy'].filter(Boolean).join(' ');
    out.push(`${indent}${v.name} = ${v.value}${extra ? `   (${extra})` : ''}`);
    if (v.variablesReference && depth > 0) out.push(...(await variables(v.variablesReference, `${indent}  `, depth - 1)));
  }
  return out;
}

async function view(title: string, stop: Awaited<ReturnType<typeof stopped>>, repl: string[]): Promise<string> {
  const lines = [`== ${title}: ${stop.reason} — ${stop.body.description ?? ''}${stop.body.text ? ` — ${stop.body.text}` : ''}`];
  const st = await dc.stackTraceRequest({ threadId: 1 });
  lines.push('call stack:');
  for (const f of st.body.stackFrames) lines.push(`  ${f.name}  ${f.source?.path ? basename(f.source.path) : '?'}:${f.line}  ${f.instructionPointerReference}`);
  const top = st.body.stackFrames[0]!;
  for (const s of (await dc.scopesRequest({ frameId: top.id })).body.scopes) {
    lines.push(`${s.name}:`);
    lines.push(...(await variables(s.variablesReference, '  ', 1)));
  }
  lines.push('disassembly:');
  const d = await dc.disassembleRequest({ memoryReference: top.instructionPointerReference!, instructionOffset: -2, instructionCount: 5, resolveSymbols: true });
  for (const i of d.body!.instructions) {
    lines.push(`  ${i.address === top.instructionPointerReference ? '>' : ' '} ${i.address}  ${i.instructionBytes ?? '        '}  ${i.instruction}${i.symbol ? `  <${i.symbol}>` : ''}${i.line ? `  :${i.line}` : ''}`);
  }
  for (const e of repl) lines.push(`console> ${e}`, ...(await dc.evaluateRequest({ expression: e, context: 'repl', frameId: top.id })).body.result.split('\n').map((l) => `  ${l}`));
  return lines.join('\n');
}

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, `${text}\n`);
  }
  expect(`${text}\n`).toBe(readFileSync(file, 'utf8'));
}

describe('views at each stop (golden)', () => {
  it('loop.s: breakpoint in the helper, a watchpoint, a step back', async () => {
    // argv[0] is the program's path, and its length moves the initial sp: run the fixture from a
    // path that is the same in every checkout so the golden holds wherever the repository lives.
    const LOOP = '/tmp/tessera-dap-golden/loop.s';
    mkdirSync('/tmp/tessera-dap-golden', { recursive: true });
    copyFileSync(program('loop.s'), LOOP);
    dc = await startClient();
    await launch(dc, { program: LOOP }, () => dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: lineOf(LOOP, 'square'), hitCondition: '2' }] }));
    const parts: string[] = [];
    parts.push(await view('square, second call', await stopped(dc, 'breakpoint'), ['x/4wx squares', 'p/x a0 * a0', 'info chips']));
    const frameId = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.id;
    const symbols = (await dc.scopesRequest({ frameId })).body.scopes.find((s) => s.name === 'Symbols')!;
    const info = await dc.dataBreakpointInfoRequest({ name: 'total', variablesReference: symbols.variablesReference });
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [] });
    await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, accessType: 'write' }] });
    await dc.continueRequest({ threadId: 1 });
    parts.push(await view('total written', await stopped(dc, 'data breakpoint'), ['*total']));
    await dc.stepBackRequest({ threadId: 1, granularity: 'instruction' });
    parts.push(await view('one instruction back', await stopped(dc, 'step'), ['*total', 't0']));
    await dc.setDataBreakpointsRequest({ breakpoints: [] });
    const code = exitCode(dc);
    await dc.continueRequest({ threadId: 1 });
    parts.push(`== exit code ${await code}`);
    await take(dc, 'terminated');
    golden('loop-views.txt', parts.join('\n\n'));
  });
});

