// The `openvm` environment: OpenVM's guest ABI (openvm-org/openvm, docs/specs/RISCV.md and the
// openvm_rv32im_guest crate). No ecall, no CSRs, aligned memory; the host is reached through
// custom-0 (opcode 0x0b) I-type instructions, funct3 selecting the opcode class:
//
//   funct3 0  terminate   imm = exit code (0..255)                     TERMINATE
//   funct3 1  hintstorew  imm 0: next 4 hint-stream bytes → [rd]         HINT_STOREW
//             hintbuffer  imm 1: next 4·rs1 bytes → [rd ..]              HINT_BUFFER
//   funct3 2  reveal      word rs1 → public values at byte rd + imm      STOREW to address space 3
//   funct3 3  hintinput   imm 0: next input → hint stream                PHANTOM HintInput
//             printstr    imm 1: print rs1 bytes at rd (UTF-8)           PHANTOM PrintStr
//             hintrandom  imm 2: hint stream ← 4·rd random bytes         PHANTOM HintRandom
//
// The instruction table can only tell instructions apart by opcode, funct3 and funct7, not by an
// I-immediate, so each funct3 is one table entry named after its opcode class, with the immediate
// as an operand: `terminate 0`, `hintstore a0, zero, 0` (hintstorew a0), `hintstore a0, a1, 1`
// (hintbuffer a0, a1), `reveal a0, a1, 0`, `phantom a0, a1, 1` (printstr a0, a1). Operands are
// in `.insn i 0x0b, funct3, rd, rs1, imm` order. OPENVM_OPERATIONS names the individual
// operations (for hover and for the table, once it can fix an immediate).
//
// Public values accumulate in the machine: reveal writes each byte through AdapterIO.reveal, and
// the engine reports them as ExecutionResult.publicValues.

import type { Environment, EnvCallContext, HostFunction } from './types.js';
import type { InstructionDef } from '../isa/instructions.js';
import { fault, type ChipDef, type Insn } from '../machine/chip.js';
import { installExtension, type VmExtension } from '../machine/extension.js';
import { concat, forEachChunk, randomWord, storeWord } from './guest-data.js';
import { hintStreamsOf } from './openvm-hints.js';

export const OPENVM_EXTENSION_NAME = 'openvm';
export const SYSTEM_OPCODE = 0x0b;
export const FUNCT3 = { TERMINATE: 0, HINT: 1, REVEAL: 2, PHANTOM: 3 } as const;
export const HINT_IMM = { STOREW: 0, BUFFER: 1 } as const;
export const PHANTOM_IMM = { HINT_INPUT: 0, PRINT_STR: 1, HINT_RANDOM: 2 } as const;
/** HINT_BUFFER's limit: OpenVM's AIR keeps the remaining-words count below 2^18. */
export const MAX_HINT_BUFFER_WORDS = (1 << 18) - 1;
/** Bytes of public values (address space 3) a program may reveal here; OpenVM's is set per app (num_public_values). */
export const MAX_PUBLIC_VALUES = 1 << 16;
/** printstr and hintrandom refuse more than this many bytes at once. */
const MAX_HOST_BYTES = 1 << 24;

/** The selector a chip passes to envCall for a service: funct3 << 12 | imm. */
export function serviceSelector(funct3: number, imm: number): number {
  return (funct3 << 12) | (imm & 0xfff);
}

export const SELECTOR = {
  HINT_STOREW: serviceSelector(FUNCT3.HINT, HINT_IMM.STOREW),
  HINT_BUFFER: serviceSelector(FUNCT3.HINT, HINT_IMM.BUFFER),
  HINT_INPUT: serviceSelector(FUNCT3.PHANTOM, PHANTOM_IMM.HINT_INPUT),
  PRINT_STR: serviceSelector(FUNCT3.PHANTOM, PHANTOM_IMM.PRINT_STR),
  HINT_RANDOM: serviceSelector(FUNCT3.PHANTOM, PHANTOM_IMM.HINT_RANDOM),
} as const;

// ---- operands of the instruction being executed ----------------------------------------------

/** Register operands of a custom instruction, for the service its chip calls. */
export interface ServiceOperands {
  readonly rd: number;
  readonly rs1: number;
}

// Services read their instruction's register fields from ctx.insn; tests that call a service
// without an instruction latch them here for the duration of the (synchronous) call.
let latched: ServiceOperands | undefined;

/** Runs `fn` with `ops` as the operands services see (chips use it; tests and debuggers may too). */
export function withOperands<T>(ops: ServiceOperands, fn: () => T): T {
  const outer = latched;
  latched = ops;
  try {
    return fn();
  } finally {
    latched = outer;
  }
}

function operands(ctx: EnvCallContext, service: string): ServiceOperands {
  if (ctx.insn) return { rd: ctx.insn.rd, rs1: ctx.insn.rs1 };
  return latched ?? ctx.fail(`${service} was called without an instruction's operands`);
}

// ---- services ----------------------------------------------------------------------------------

function hintStoreWords(ctx: EnvCallContext, ptr: number, words: number, what: string): void {
  const streams = hintStreamsOf(ctx);
  const bytes = streams.pop(4 * words);
  if (!bytes) ctx.fail(`${what}: the hint stream has ${streams.available} bytes left, ${4 * words} needed (OpenVM HintOutOfBounds)`);
  if (!ctx.store && ptr & 3) ctx.fail(`${what}: address 0x${ptr.toString(16)} is not 4-byte aligned`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let i = 0; i < words; i++) storeWord(ctx, (ptr + 4 * i) >>> 0, view.getUint32(4 * i, true));
}

function hintStoreW(ctx: EnvCallContext): void {
  const { rd } = operands(ctx, 'hintstorew');
  hintStoreWords(ctx, ctx.reg(rd) >>> 0, 1, 'hintstorew');
}

function hintBuffer(ctx: EnvCallContext): void {
  const { rd, rs1 } = operands(ctx, 'hintbuffer');
  const ptr = ctx.reg(rd) >>> 0;
  const words = ctx.reg(rs1) >>> 0;
  if (words === 0 || words > MAX_HINT_BUFFER_WORDS) ctx.fail(`hintbuffer: ${words} words; OpenVM takes 1..${MAX_HINT_BUFFER_WORDS}`);
  hintStoreWords(ctx, ptr, words, 'hintbuffer');
}

function hintInput(ctx: EnvCallContext): void {
  if (!hintStreamsOf(ctx).takeInput()) ctx.fail('hintinput: no input left (OpenVM EndOfInputStream; inputs come from the run\'s hints)');
}

function printStr(ctx: EnvCallContext): void {
  const { rd, rs1 } = operands(ctx, 'printstr');
  const ptr = ctx.reg(rd) >>> 0;
  const len = ctx.reg(rs1) >>> 0;
  if (len > MAX_HOST_BYTES) ctx.fail(`printstr: ${len} bytes is more than the ${MAX_HOST_BYTES} printed at once`);
  const parts: Uint8Array[] = [];
  forEachChunk(ctx, ptr, len, 1 << 16, (b) => (parts.push(b), true));
  const bytes = concat(parts, len);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    ctx.fail(`printstr: the ${len} bytes at 0x${ptr.toString(16)} are not valid UTF-8`);
  }
  ctx.io.writeStdout(bytes);
}

function hintRandom(ctx: EnvCallContext): void {
  const { rd } = operands(ctx, 'hintrandom');
  const words = ctx.reg(rd) >>> 0;
  if (words * 4 > MAX_HOST_BYTES) ctx.fail(`hintrandom: ${words} words is more than ${MAX_HOST_BYTES / 4}`);
  const bytes = new Uint8Array(4 * words);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words; i++) view.setUint32(4 * i, randomWord(ctx), true);
  hintStreamsOf(ctx).reset(bytes);
}

export const OPENVM_SERVICES: readonly HostFunction[] = [
  { name: 'hintstorew', number: SELECTOR.HINT_STOREW, arity: 1, args: ['ptr (rd)'], call: hintStoreW,
    doc: 'hintstorew (hintstore rd, zero, 0): stores the next 4 bytes of the hint stream as a word at [rd] (4-byte aligned).' },
  { name: 'hintbuffer', number: SELECTOR.HINT_BUFFER, arity: 2, args: ['ptr (rd)', 'words (rs1)'], call: hintBuffer,
    doc: `hintbuffer (hintstore rd, rs1, 1): stores the next 4·rs1 bytes of the hint stream at [rd ..] (rs1 in 1..${MAX_HINT_BUFFER_WORDS}).` },
  { name: 'hintinput', number: SELECTOR.HINT_INPUT, arity: 0, args: [], call: hintInput,
    doc: 'hintinput (phantom zero, zero, 0): takes the next input and resets the hint stream to its length (u32, little-endian) and its bytes padded to a multiple of 4.' },
  { name: 'printstr', number: SELECTOR.PRINT_STR, arity: 2, args: ['ptr (rd)', 'len (rs1)'], call: printStr,
    doc: 'printstr (phantom rd, rs1, 1): prints the rs1 bytes at [rd] (which must be UTF-8) to standard output.' },
  { name: 'hintrandom', number: SELECTOR.HINT_RANDOM, arity: 1, args: ['words (rd)'], call: hintRandom,
    doc: 'hintrandom (phantom rd, zero, 2): resets the hint stream to 4·rd random bytes.' },
];

// ---- chips -------------------------------------------------------------------------------------

function illegal(insn: Insn, why: string): never {
  throw fault('illegal-instruction', `${insn.spec.mnemonic} (0x${insn.word.toString(16).padStart(8, '0')}): ${why}`);
}

/** TERMINATE: ends the run with status 'terminated' and the immediate as exit code. */
export const Terminate: ChipDef = {
  name: 'Terminate',
  execute(io, insn, pc) {
    if (insn.imm < 0 || insn.imm > 255) illegal(insn, `the exit code ${insn.imm} is not a byte (OpenVM's transpiler refuses it)`);
    io.terminate(insn.imm);
    return pc + 4;
  },
};

/** Rv32HintStore: HINT_STOREW and HINT_BUFFER, through the hint-stream services. */
export const HintStore: ChipDef = {
  name: 'HintStore',
  execute(io, insn, pc) {
    const imm = insn.imm & 0xffff;
    if (imm !== HINT_IMM.STOREW && imm !== HINT_IMM.BUFFER) illegal(insn, `immediate ${insn.imm} is neither 0 (hintstorew) nor 1 (hintbuffer)`);
    io.envCall(OPENVM_EXTENSION_NAME, serviceSelector(FUNCT3.HINT, imm), pc, insn);
    return pc + 4;
  },
};

/** REVEAL: the word in rs1 to public values at byte offset rd + imm (OpenVM's STOREW into address space 3). */
export const Reveal: ChipDef = {
  name: 'Reveal',
  execute(io, insn, pc) {
    const base = io.readReg(insn.rd);
    const value = io.readReg(insn.rs1);
    const index = (base + insn.imm) >>> 0;
    if (index & 3) throw fault('misaligned-store', `reveal to public-values offset ${index}: not a multiple of 4`, index);
    if (index > MAX_PUBLIC_VALUES - 4) throw fault('store-fault', `reveal to public-values offset ${index}: beyond the ${MAX_PUBLIC_VALUES} bytes of public values`, index);
    for (let i = 0; i < 4; i++) io.reveal(index + i, (value >>> (8 * i)) & 0xff);
    return pc + 4;
  },
};

/** PHANTOM (rv32 sub-instructions): hintinput, printstr, hintrandom; no effect on registers or memory. */
export const Phantom: ChipDef = {
  name: 'Phantom',
  execute(io, insn, pc) {
    const imm = insn.imm & 0xffff;
    if (imm > PHANTOM_IMM.HINT_RANDOM) illegal(insn, `immediate ${insn.imm} is no phantom operation here (0 hintinput, 1 printstr, 2 hintrandom)`);
    io.envCall(OPENVM_EXTENSION_NAME, serviceSelector(FUNCT3.PHANTOM, imm), pc, insn);
    return pc + 4;
  },
};

// ---- instructions ------------------------------------------------------------------------------

const entry = (mnemonic: string, funct3: number, chip: string, operands: InstructionDef['operands'], description: string, semantics: string): InstructionDef =>
  ({ mnemonic, format: 'I', opcode: SYSTEM_OPCODE, funct3, operands, chip, extension: 'I', description, semantics });

export const OPENVM_INSTRUCTIONS: readonly InstructionDef[] = [
  entry('terminate', FUNCT3.TERMINATE, 'Terminate', ['imm12'],
    'OpenVM: end the program with exit code imm (0..255)', 'terminate(imm)'),
  entry('hintstore', FUNCT3.HINT, 'HintStore', ['rd', 'rs1', 'imm12'],
    'OpenVM hint store: imm 0 = hintstorew (next hint word → [rd]), imm 1 = hintbuffer (next rs1 hint words → [rd ..])',
    'imm == 0: mem[rd] = hint(4); imm == 1: mem[rd .. rd + 4·rs1] = hint(4·rs1)'),
  entry('reveal', FUNCT3.REVEAL, 'Reveal', ['rd', 'rs1', 'imm12'],
    'OpenVM: publish the word rs1 at byte offset rd + imm of the public values',
    'public[rd + imm .. +4] = rs1'),
  entry('phantom', FUNCT3.PHANTOM, 'Phantom', ['rd', 'rs1', 'imm12'],
    'OpenVM phantom: imm 0 = hintinput, 1 = printstr (rs1 bytes at rd), 2 = hintrandom (rd words)',
    'imm == 0: hints ← next input; imm == 1: print(mem[rd .. rd + rs1]); imm == 2: hints ← random(4·rd)'),
];

/** The operations of OpenVM's spec, by name, with the table entry and immediate that write them. */
export const OPENVM_OPERATIONS: ReadonlyArray<{ name: string; mnemonic: string; funct3: number; imm?: number; form: string }> = [
  { name: 'terminate', mnemonic: 'terminate', funct3: FUNCT3.TERMINATE, form: 'terminate code' },
  { name: 'hintstorew', mnemonic: 'hintstore', funct3: FUNCT3.HINT, imm: HINT_IMM.STOREW, form: 'hintstore rd, zero, 0' },
  { name: 'hintbuffer', mnemonic: 'hintstore', funct3: FUNCT3.HINT, imm: HINT_IMM.BUFFER, form: 'hintstore rd, rs1, 1' },
  { name: 'reveal', mnemonic: 'reveal', funct3: FUNCT3.REVEAL, form: 'reveal rd, rs1, imm' },
  { name: 'hintinput', mnemonic: 'phantom', funct3: FUNCT3.PHANTOM, imm: PHANTOM_IMM.HINT_INPUT, form: 'phantom zero, zero, 0' },
  { name: 'printstr', mnemonic: 'phantom', funct3: FUNCT3.PHANTOM, imm: PHANTOM_IMM.PRINT_STR, form: 'phantom rd, rs1, 1' },
  { name: 'hintrandom', mnemonic: 'phantom', funct3: FUNCT3.PHANTOM, imm: PHANTOM_IMM.HINT_RANDOM, form: 'phantom rd, zero, 2' },
];

export const OPENVM_EXTENSION: VmExtension = {
  name: OPENVM_EXTENSION_NAME,
  description: 'OpenVM system instructions on custom-0: terminate, hint store, reveal, phantom (hintinput, printstr, hintrandom)',
  instructions: OPENVM_INSTRUCTIONS,
  chips: [Terminate, HintStore, Reveal, Phantom],
  services: OPENVM_SERVICES,
};

/** Registers the extension's instructions and chips process-wide; later calls do nothing. */
export function installOpenVm(): void {
  installExtension(OPENVM_EXTENSION);
}

export const openvm: Environment = {
  name: 'openvm',
  description: 'OpenVM\'s guest ABI: no ecall and no CSRs; terminate, hints, reveal and printstr are custom-0 instructions; aligned memory accesses only.',
  ecalls: new Map<number, HostFunction>(),
  allowsEcall: false,
  allowsCsr: false,
  strictAlign: true,
  extensions: [OPENVM_EXTENSION_NAME],
};
