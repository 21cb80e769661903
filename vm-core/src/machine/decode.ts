// Decoding for execution. The table decodes what objdump names; a hart must also run the MISC-MEM
// words the spec tells it to accept: FENCE with nonzero rd/rs1 or a reserved fm ("shall ignore")
// runs as a plain fence, FENCE.I with nonzero imm/rs1/rd as fence.i. The disassembler keeps
// printing those as `.4byte`, as objdump does.

import { decode, type Decoded } from '../isa/encode.js';
import { instructionByMnemonic } from '../isa/instructions.js';

const MISC_MEM = 0x0f;

export function decodeForExecution(word: number): Decoded | undefined {
  const d = decode(word);
  if (d || (word & 0x7f) !== MISC_MEM) return d;
  const funct3 = (word >>> 12) & 7;
  const mnemonic = funct3 === 0 ? 'fence' : funct3 === 1 ? 'fence.i' : undefined;
  const spec = mnemonic && instructionByMnemonic(mnemonic);
  if (!spec) return undefined;
  return { spec, word: word >>> 0, rd: 0, rs1: 0, rs2: 0, imm: 0, csr: 0, pred: (word >>> 24) & 15, succ: (word >>> 20) & 15 };
}
