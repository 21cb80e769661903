// Each fault kind stops the program as an exception of that kind, at the faulting line, when its
// filter is on (and only then): a table of one-line programs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, exitCode, launch, startClient, stopped, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const DIR = mkdtempSync(join(tmpdir(), 'tessera-dap-faults-'));

/** kind → the instructions before it and the faulting one (always on line 5 of the file). */
const CASES: [kind: string, setup: string, fault: string, env?: 'openvm'][] = [
  ['load-fault', 'li a2, 8', 'lw a3, 0(a2)'],
  ['store-fault', 'la a2, _start', 'sw zero, 0(a2)'],
  ['fetch-fault', 'li a2, 0x40000000', 'jr a2'],
  ['misaligned-fetch', 'la a2, _start', 'jalr zero, 2(a2)'],
  ['illegal-instruction', 'nop', '.word 0xffffffff'],
  ['environment-call', 'li a7, 9999', 'ecall'],
  ['misaligned-load', 'la a2, _start', 'lw a3, 1(a2)', 'openvm'],
];

function write(kind: string, setup: string, fault: string): string {
  const path = join(DIR, `${kind}.s`);
  writeFileSync(path, `# ${kind}\n\t.text\n\t.globl _start\n_start:\n\t${setup}\n\t${fault}\n\tli a0, 0\n\tli a7, 93\n\tecall\n`);
  return path;
}

describe('exception filters, one per fault kind', () => {
  for (const [kind, setup, fault, env] of CASES) {
    it(`${kind}: stops at the faulting line with exceptionInfo, or ends with 139 when its filter is off`, async () => {
      const path = write(kind, setup, fault);
      const environment = env ?? 'linux';
      dc = await startClient();
      await launch(dc, { program: path, environment }, () => dc.setExceptionBreakpointsRequest({ filters: [kind] }));
      const s = await stopped(dc, 'exception');
      expect(s.frame.line).toBe(6);
      const info = await dc.exceptionInfoRequest({ threadId: 1 });
      expect(info.body.exceptionId).toBe(kind);
      expect(info.body.breakMode).toBe('always');
      await dc.stop();
      dc = await startClient();
      const code = exitCode(dc);
      const others = CASES.map((c) => c[0]).filter((k) => k !== kind);
      await launch(dc, { program: path, environment }, () => dc.setExceptionBreakpointsRequest({ filters: others }));
      expect(await code).toBe(139);
    });
  }
});
