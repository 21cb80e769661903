// The corpus programs (test/corpus) under the linux environment print and exit as they did under
// qemu-riscv32 when their references were made (the `run` of each .ref.json).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/asm/assemble.js';
import { execute } from '../../src/machine/execute.js';
import { memoryHostIO } from '../../src/env/memory-io.js';

const ROOT = join(import.meta.dirname, '../../../test/corpus');

interface Ref {
  march?: string;
  run?: { stdout?: string; stdoutHex?: string; exitCode: number };
}

describe('corpus programs under the linux environment behave as under qemu', () => {
  for (const dir of ['c', 'hand']) {
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.s'))) {
      const refPath = join(ROOT, dir, file.replace(/\.s$/, '.ref.json'));
      if (!existsSync(refPath)) continue;
      const ref = JSON.parse(readFileSync(refPath, 'utf8')) as Ref;
      const want = ref.run;
      if (!want) continue;
      it(`${dir}/${file}`, () => {
        const path = join(ROOT, dir, file);
        const r = assemble({ path, text: readFileSync(path, 'utf8') }, {
          readFile: (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined), includePaths: [dirname(path)], ...(ref.march ? { march: ref.march } : {}),
        });
        expect(r.image, r.diagnostics.map((d) => d.message).join('\n')).toBeDefined();
        const io = memoryHostIO();
        const res = execute(r.image!, { io, programName: file });
        const out = io.stdoutBytes();
        const got = out.every((b) => b < 0x80) ? { stdout: Buffer.from(out).toString('latin1') } : { stdoutHex: Buffer.from(out).toString('hex') };
        expect({ ...got, exitCode: res.exitCode, fault: res.fault?.message })
          .toEqual({ ...(want.stdout !== undefined ? { stdout: want.stdout } : { stdoutHex: want.stdoutHex }), exitCode: want.exitCode, fault: undefined });
      });
    }
  }
});
