// An example VmExtension: two bit-counting instructions in the custom-1 opcode space (0x2b).
//
//   popc rd, rs1    rd = number of set bits in rs1
//   clz  rd, rs1    rd = number of leading zero bits in rs1 (32 for 0)
//
// Installing it (`tessera run --extension examples/extensions/bitcount.mjs prog.s`, or
// installExtension(bitcount) from code) teaches the assembler and disassembler the mnemonics,
// gives hover and completion their docs, and lets the engine run them on the `BitCount` chip.
// `npm run build` compiles this file to bitcount.mjs. It imports vm-core for types only, so the
// compiled module works with any copy of the engine (the CLI bundle included).

import type { ChipDef, InstructionDef, VmExtension } from '../../vm-core/src/index.js';

const CUSTOM_1 = 0x2b;

/** The pure core: (op, b) → a. */
export function bitCountCore(op: 'popc' | 'clz', b: number): number {
  if (op === 'clz') return Math.clz32(b);
  let v = b >>> 0;
  let n = 0;
  for (; v; v &= v - 1) n++;
  return n;
}

/** The adapter: rs1 in, rd out, pc + 4. */
export const BitCount: ChipDef = {
  name: 'BitCount',
  execute(io, insn, pc) {
    const op = insn.spec.mnemonic === 'clz' ? 'clz' : 'popc';
    io.writeReg(insn.rd, bitCountCore(op, io.readReg(insn.rs1)));
    return pc + 4;
  },
};

const instruction = (mnemonic: string, funct3: number, description: string, semantics: string): InstructionDef => ({
  mnemonic, format: 'R', opcode: CUSTOM_1, funct3, funct7: 0, operands: ['rd', 'rs1'], chip: 'BitCount', extension: 'I', description, semantics,
});

export const bitcount: VmExtension = {
  name: 'bitcount',
  description: 'Example extension: popc and clz on custom-1',
  instructions: [
    instruction('popc', 0, 'Population count: the number of set bits', 'rd = popcount(rs1)'),
    instruction('clz', 1, 'Count leading zeros (32 when rs1 = 0)', 'rd = clz(rs1)'),
  ],
  chips: [BitCount],
};

export default bitcount;
