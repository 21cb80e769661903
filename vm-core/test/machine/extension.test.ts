// A user's VmExtension (examples/extensions/bitcount.ts): once installed, the assembler knows its
// mnemonics, the disassembler prints them, hover docs come from its table entries, and the
// engine runs them on its own chip — fast and traced alike. Without it the words are illegal.
import { describe, expect, it } from 'vitest';
import { bitcount, bitCountCore } from '../../../examples/extensions/bitcount.js';
import { assemble } from '../../src/asm/assemble.js';
import { disassembleWord } from '../../src/isa/disasm.js';
import { instructionByMnemonic } from '../../src/isa/instructions.js';
import { execute, validate } from '../../src/machine/execute.js';
import { installExtension } from '../../src/machine/extension.js';

const program = `
  .globl _start
_start:
  li a1, 0xf0f0f0f1
  popc a0, a1
  clz a2, a0
  add a0, a0, a2      # 17 + 27 = 44
  li a7, 93
  ecall
`;

describe('a user extension', () => {
  it('is unknown before it is installed', () => {
    const r = assemble({ path: 'x.s', text: program }, {});
    expect(r.diagnostics.some((d) => /popc/.test(d.message))).toBe(true);
  });

  it('teaches the assembler, disassembler, docs and engine once installed', () => {
    installExtension(bitcount);
    expect(instructionByMnemonic('popc')?.description).toMatch(/Population count/);
    const image = assemble({ path: 'x.s', text: program }, {}).image!;
    const text = image.sections.find((s) => s.name === '.text')!.data;
    const words = Array.from({ length: text.length / 4 }, (_, i) => new DataView(text.buffer, text.byteOffset).getUint32(4 * i, true));
    expect(words.map((w, i) => disassembleWord(w, 4 * i).text)).toContain('popc\ta0,a1');

    // Not part of the linux environment: a run without the extension refuses the word.
    const without = execute(image, {});
    expect(without.status).toBe('fault');
    expect(without.fault!.message).toMatch(/chip BitCount/);
    expect(validate(image).problems.map((p) => p.message).join('\n')).toMatch(/popc/);

    for (const mode of ['fast', 'traced'] as const) {
      const res = execute(image, { mode, extensions: [bitcount] });
      expect(res.status).toBe('exited');
      expect(res.exitCode).toBe(44);
      expect(res.chipRows['BitCount']).toBe(2);
    }
    expect(validate(image, { extensions: [bitcount] }).ok).toBe(true);
  });

  it('has a pure core', () => {
    expect(bitCountCore('popc', 0)).toBe(0);
    expect(bitCountCore('popc', -1)).toBe(32);
    expect(bitCountCore('clz', 0)).toBe(32);
    expect(bitCountCore('clz', 1)).toBe(31);
    expect(bitCountCore('clz', -0x80000000)).toBe(0);
  });
});
