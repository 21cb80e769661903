// Helpers for engine tests: assemble a source string and run it with captured I/O.
import { assemble } from '../../src/asm/assemble.js';
import type { Image } from '../../src/image.js';
import { execute } from '../../src/machine/execute.js';
import type { ExecuteOptions, ExecutionResult } from '../../src/machine/types.js';
import type { HostIO } from '../../src/env/types.js';

export function image(text: string, path = 'test.s'): Image {
  const r = assemble({ path, text }, {});
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (!r.image || errors.length) throw new Error(`assembly failed:\n${errors.map((d) => `${d.range.start.line}: ${d.message}`).join('\n')}`);
  return r.image;
}

export interface Run extends ExecutionResult {
  stdout: string;
  stderr: string;
}

export function run(text: string, options: ExecuteOptions = {}, stdin = ''): Run {
  let stdout = '';
  let stderr = '';
  let input = new TextEncoder().encode(stdin);
  const io: HostIO = {
    readStdin(max) {
      const chunk = input.slice(0, max);
      input = input.slice(chunk.length);
      return chunk;
    },
    writeStdout: (b) => (stdout += new TextDecoder().decode(b)),
    writeStderr: (b) => (stderr += new TextDecoder().decode(b)),
    now: () => 1_700_000_000_000,
  };
  const r = execute(image(text), { io, ...options });
  return { ...r, stdout, stderr };
}

/** 1-based line of the first line containing `marker`. */
export function lineOf(text: string, marker: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(marker));
  if (i < 0) throw new Error(`no line with ${marker}`);
  return i + 1;
}

export const EXIT = (code: number | string) => `li a0, ${code}\n  li a7, 93\n  ecall\n`;
