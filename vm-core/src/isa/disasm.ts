// Words → text, exactly as binutils 2.40 `objdump -d` prints RV32IM + Zicsr + Zifencei. The
// instruction table says what a word is, pseudo.ts which alias objdump prefers, csr.ts and
// registers.ts the names; this file only knows how objdump spells operands and the one piece of
// state it keeps between instructions (the lui/auipc high parts behind its `# addr` comments).

import { INSTRUCTIONS, type InstructionSpec, type OperandKind } from './instructions.js';
import { BASE_ISA_FORMS, DISASSEMBLY_ORDER, NON_ALIAS_FORMS, printFormByKey, type PseudoSpec } from './pseudo.js';
import type { ArchExtensions } from './arch.js';
import { decode, parseFenceSet, type Decoded } from './encode.js';
import { ABI_NAMES, registerNumber } from './registers.js';
import { csrByName, csrByNumber, type PrivSpec } from './csr.js';
import { immI, immS } from './fields.js';

export interface DisasmOptions {
  /** Print objdump's preferred aliases (`li`, `mv`, `ret` …); false is `-M no-aliases`. Default true. */
  aliases?: boolean;
  /**
   * What objdump puts inside `<…>` after an address it prints (branch targets, `# addr` comments),
   * e.g. `main+0x8`. Undefined prints the address as `0x…`, as objdump does with no symbols.
   */
  symbolize?: (addr: number) => string | undefined;
  /** Privileged spec whose CSR names to print (a file's Tag_RISCV_priv_spec); default 1.12, as objdump. */
  privSpec?: PrivSpec;
  /**
   * Extensions the file's ISA string enables (see parseArchString): instructions of others print
   * as `.4byte`, as objdump prints them. Default: all of them.
   */
  extensions?: ArchExtensions;
}

export interface DisassembledInstruction {
  /** objdump's text: mnemonic, a tab and the operands, then ` # …` when objdump adds an address comment. */
  text: string;
  mnemonic: string;
  /** Operands as objdump prints them (no spaces after commas); empty for `nop`, `ret`, `ecall` … */
  operands: string;
  /** The address comment without `# `, e.g. `0x44` or `11172 <counter>`. */
  comment?: string;
  /** A branch or jump target, or the address a comment names. */
  target?: number;
  /** Bytes this unit covers: 4 for an instruction, 2 for a halfword objdump prints as `.2byte` … */
  size: number;
  /** The table entry, or undefined when the bytes are no RV32IM instruction. */
  spec?: InstructionSpec;
}

/** RISC-V's length encoding of the parcel starting with `halfword`, as objdump reads it (riscv_insn_length). */
export function instructionLength(halfword: number): number {
  const h = halfword & 0xffff;
  if ((h & 0x3) !== 0x3) return 2;
  if ((h & 0x1f) !== 0x1f) return 4;
  if ((h & 0x3f) === 0x1f) return 6;
  if ((h & 0x7f) === 0x3f) return 8;
  if ((h & 0x7f) === 0x7f && (h & 0x7000) !== 0x7000) return 10 + ((h >> 11) & 0xe);
  return 2;
}

// ---------------------------------------------------------------------------------------------
// Printed forms, compiled once from the instruction table and pseudo.ts.

type Field = 'rd' | 'rs1' | 'rs2' | 'imm' | 'csr' | 'pred' | 'succ';

/**
 * One operand as objdump prints it, named by binutils' operand letter because the letters carry
 * the side effects too: d = rd (records lui/auipc results), s = rs1, t = rs2, j = signed
 * immediate, o / q = load / store offset, p / a = branch / jump target, u = upper immediate,
 * > = shift amount, E = CSR, Z = 5-bit immediate, P / Q = fence sets.
 */
type Letter = 'd' | 's' | 't' | 'j' | 'o' | 'q' | 'p' | 'a' | 'u' | '>' | 'E' | 'Z' | 'P' | 'Q';
type Piece = Letter | ',' | '(' | ')';

interface PrintForm {
  mnemonic: string;
  alias: boolean;
  /** The extension a file must enable for objdump to print this form. */
  extension: string;
  constraints: Array<[Field, number]>;
  pieces: Piece[];
}

const KIND_PIECES: Record<OperandKind, Piece[]> = {
  rd: ['d'], rs1: ['s'], rs2: ['t'], imm12: ['j'], shamt: ['>'],
  load: ['o', '(', 's', ')'], store: ['q', '(', 's', ')'],
  branch: ['p'], jump: ['a'], uimm20: ['u'], csr: ['E'], zimm: ['Z'], pred: ['P'], succ: ['Q'],
};

function joinOperands(groups: Piece[][]): Piece[] {
  const out: Piece[] = [];
  groups.forEach((g, i) => {
    if (i) out.push(',');
    out.push(...g);
  });
  return out;
}

// binutils files the privileged instructions under the base ISA, and M's multiplications under Zmmul.
function extensionOf(spec: InstructionSpec): string {
  if (spec.extension === 'Priv') return 'I';
  if (spec.inZmmul) return 'Zmmul';
  return spec.extension;
}

function canonicalForm(spec: InstructionSpec): PrintForm {
  return {
    mnemonic: spec.mnemonic, alias: false, extension: extensionOf(spec), constraints: [],
    pieces: joinOperands(spec.operands.map((k) => KIND_PIECES[k])),
  };
}

function parseInteger(text: string): number | undefined {
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * Reads a single-instruction pseudo expansion backwards: constants in it become constraints on the
 * word's fields, the pseudo's operand names become printed operands bound to fields.
 */
function aliasForm(p: PseudoSpec, spec: InstructionSpec, key: string): PrintForm {
  const [, ...args] = p.expansion[0]!;
  const names = new Set<string>(p.operands);
  const constraints: Array<[Field, number]> = [];
  const bound = new Map<string, Piece[]>();
  const fail = (why: string): never => {
    throw new Error(`print form ${p.name}(${p.operands.join(',')}) of ${spec.mnemonic}: ${why}`);
  };
  const register = (token: string, field: Field, letter: Letter): void => {
    if (names.has(token)) bound.set(token, [letter]);
    else constraints.push([field, registerNumber(token) ?? fail(`bad register ${token}`)]);
  };
  const immediate = (token: string, letter: Letter): void => {
    if (names.has(token)) bound.set(token, [letter]);
    else constraints.push(['imm', parseInteger(token) ?? fail(`bad immediate ${token}`)]);
  };
  if (args.length !== spec.operands.length) fail('operand count differs from the instruction');
  spec.operands.forEach((kind, i) => {
    const token = args[i]!;
    switch (kind) {
      case 'rd': return register(token, 'rd', 'd');
      case 'rs1': return register(token, 'rs1', 's');
      case 'rs2': return register(token, 'rs2', 't');
      case 'imm12': return immediate(token, 'j');
      case 'shamt': return immediate(token, '>');
      case 'zimm': return immediate(token, 'Z');
      case 'branch': return immediate(token, 'p');
      case 'jump': return immediate(token, 'a');
      case 'uimm20': return immediate(token, 'u');
      case 'csr':
        if (names.has(token)) bound.set(token, ['E']);
        else constraints.push(['csr', csrByName(token)?.number ?? parseInteger(token) ?? fail(`bad CSR ${token}`)]);
        return;
      case 'pred':
      case 'succ':
        if (names.has(token)) bound.set(token, [kind === 'pred' ? 'P' : 'Q']);
        else constraints.push([kind, parseFenceSet(token) ?? fail(`bad fence set ${token}`)]);
        return;
      case 'load':
      case 'store': {
        if (names.has(token)) {
          bound.set(token, KIND_PIECES[kind]);
          return;
        }
        const m = /^(.*)\((.*)\)$/.exec(token) ?? fail(`bad memory operand ${token}`);
        immediate(m[1]!, kind === 'load' ? 'o' : 'q');
        register(m[2]!, 'rs1', 's');
        return;
      }
    }
  });
  const pieces = joinOperands(p.operands.map((o) => bound.get(o) ?? fail(`operand ${o} is not in the expansion`)));
  const extension = BASE_ISA_FORMS.has(key) ? 'I' : extensionOf(spec);
  return { mnemonic: p.name, alias: !NON_ALIAS_FORMS.has(key), extension, constraints, pieces };
}

let formsBySpec: Map<InstructionSpec, PrintForm[]> | undefined;
let formsCount = -1;

function formsOf(spec: InstructionSpec): PrintForm[] {
  // Rebuilt when an extension registers instructions, like decode's index.
  if (!formsBySpec || formsCount !== INSTRUCTIONS.length) {
    formsBySpec = new Map();
    for (const s of INSTRUCTIONS) {
      const order = DISASSEMBLY_ORDER[s.mnemonic] ?? [s.mnemonic];
      formsBySpec.set(s, order.map((key) => {
        if (key === s.mnemonic) return canonicalForm(s);
        const p = printFormByKey(key);
        if (!p || p.expansion[0]![0] !== s.mnemonic) throw new Error(`DISASSEMBLY_ORDER.${s.mnemonic}: no form ${key}`);
        return aliasForm(p, s, key);
      }));
    }
    formsCount = INSTRUCTIONS.length;
  }
  return formsBySpec.get(spec)!;
}

// objdump matches shift-immediates with RV64's six-bit shift amount even on RV32, so a word whose
// bit 25 is set (reserved on RV32, refused by decode) still prints, e.g. `slli a0,a0,0x20`.
const SHAMT_HIGH_BIT = 1 << 25;
function decodeWideShift(word: number): Decoded | undefined {
  if (!(word & SHAMT_HIGH_BIT)) return undefined;
  const d = decode(word & ~SHAMT_HIGH_BIT);
  if (!d || !d.spec.operands.includes('shamt')) return undefined;
  return { ...d, word, imm: (word >>> 20) & 63 };
}

function matches(form: PrintForm, d: Decoded): boolean {
  return form.constraints.every(([field, value]) => d[field] === value);
}

// ---------------------------------------------------------------------------------------------
// Printing.

const FENCE_SETS = ['unknown', 'w', 'r', 'rw', 'o', 'ow', 'or', 'orw', 'i', 'iw', 'ir', 'irw', 'io', 'iow', 'ior', 'iorw'];

const hex = (n: number): string => (n >>> 0).toString(16);

/**
 * What objdump remembers between instructions of one listing: for each register the value a
 * lui/auipc left there (until an instruction using it as a base prints it), and gp.
 */
export class DisassemblyState {
  readonly hiAddr: Array<number | undefined> = new Array(32).fill(undefined);
  /** Value of `__global_pointer$`, when the file defines it: gp-relative accesses then get comments. */
  gp: number | undefined;
  printAddr = 0;
  toPrintAddr = false;

  constructor(gp?: number) {
    this.gp = gp;
  }

  // binutils' maybe_print_address, including the way a later call can override an earlier one.
  noteAddress(base: number, offset: number): void {
    const hi = this.hiAddr[base];
    if (hi !== undefined) {
      this.printAddr = (base !== 0 ? hi : 0) + offset;
      this.hiAddr[base] = undefined;
    } else if (base === 3 && this.gp !== undefined) this.printAddr = this.gp + offset;
    else if (base === 4 || base === 0) this.printAddr = offset;
    else return;
    this.toPrintAddr = true;
    this.printAddr >>>= 0;
  }
}

function formatAddress(addr: number, symbolize: DisasmOptions['symbolize']): string {
  const sym = symbolize?.(addr >>> 0);
  return sym === undefined ? `0x${hex(addr)}` : `${hex(addr)} <${sym}>`;
}

const OPCODE_ADDI = { mask: 0x707f, match: 0x13 };
const OPCODE_JALR = { mask: 0x707f, match: 0x67 };
const isOp = (w: number, op: { mask: number; match: number }): boolean => (w & op.mask) === op.match;

function printOperands(form: PrintForm, d: Decoded, pc: number, state: DisassemblyState, options: DisasmOptions): { operands: string; target?: number } {
  const w = d.word;
  const rs1 = (w >>> 15) & 31;
  let out = '';
  let target: number | undefined;
  for (const piece of form.pieces) {
    switch (piece) {
      case ',': case '(': case ')':
        out += piece;
        break;
      case 'd':
        if ((w & 0x7f) === 0x17) state.hiAddr[d.rd] = (pc + (d.imm << 12)) >>> 0;
        else if ((w & 0x7f) === 0x37) state.hiAddr[d.rd] = (d.imm << 12) >>> 0;
        out += ABI_NAMES[d.rd];
        break;
      case 's':
        if (isOp(w, OPCODE_JALR)) state.noteAddress(rs1, immI(w));
        out += ABI_NAMES[rs1];
        break;
      case 't':
        out += ABI_NAMES[d.rs2];
        break;
      case 'o':
      case 'j':
        if (piece === 'o') state.noteAddress(rs1, immI(w));
        if ((isOp(w, OPCODE_ADDI) && rs1 !== 0) || isOp(w, OPCODE_JALR)) state.noteAddress(rs1, immI(w));
        out += String(immI(w));
        break;
      case 'q':
        state.noteAddress(rs1, immS(w));
        out += String(immS(w));
        break;
      case 'p':
      case 'a':
        target = (pc + d.imm) >>> 0;
        out += formatAddress(target, options.symbolize);
        break;
      case 'u':
        out += `0x${hex(d.imm)}`;
        break;
      case '>':
        out += `0x${hex(d.imm)}`;
        break;
      case 'E':
        out += csrByNumber(d.csr, options.privSpec)?.name ?? `0x${hex(d.csr)}`;
        break;
      case 'Z':
        out += String(d.imm);
        break;
      case 'P':
        out += FENCE_SETS[d.pred];
        break;
      case 'Q':
        out += FENCE_SETS[d.succ];
        break;
    }
  }
  return target === undefined ? { operands: out } : { operands: out, target };
}

/** The unit objdump prints for bytes that are no instruction it knows: `.2byte`, `.4byte`, `.8byte` or `.byte` list. */
export function unknownInstruction(bytes: Uint8Array, offset: number, size: number): DisassembledInstruction {
  if (size === 2 || size === 4 || size === 8) {
    let value = 0n;
    for (let i = size - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[offset + i]!);
    const operands = `0x${value.toString(16)}`;
    return { text: `.${size}byte\t${operands}`, mnemonic: `.${size}byte`, operands, size };
  }
  const list: string[] = [];
  for (let i = 0; i < size; i++) list.push(`0x${bytes[offset + i]!.toString(16).padStart(2, '0')}`);
  const operands = list.join(', ');
  return { text: `.byte\t${operands}`, mnemonic: '.byte', operands, size };
}

/**
 * The instruction starting at `bytes[offset]`, at address `pc`, continuing `state` (pass the same
 * state for consecutive instructions of one listing, as objdump does). Returns undefined when the
 * length encoding asks for more bytes than `end` allows.
 */
export function disassembleAt(
  bytes: Uint8Array,
  offset: number,
  pc: number,
  state: DisassemblyState,
  options: DisasmOptions = {},
  end: number = bytes.length,
): DisassembledInstruction | undefined {
  if (offset + 2 > end) return undefined;
  const size = instructionLength(bytes[offset]! | (bytes[offset + 1]! << 8));
  if (offset + size > end) return undefined;
  if (size !== 4) return unknownInstruction(bytes, offset, size);
  const word = (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16) | (bytes[offset + 3]! << 24)) >>> 0;
  const d = decode(word) ?? decodeWideShift(word);
  if (!d) return unknownInstruction(bytes, offset, 4);
  const aliases = options.aliases ?? true;
  const { extensions } = options;
  const form = formsOf(d.spec).find((f) =>
    (aliases || !f.alias) && (!extensions || f.extension === 'I' || extensions.has(f.extension)) && matches(f, d));
  if (!form) return unknownInstruction(bytes, offset, 4);
  state.toPrintAddr = false;
  const { operands, target } = printOperands(form, d, pc >>> 0, state, options);
  let text = operands ? `${form.mnemonic}\t${operands}` : form.mnemonic;
  const result: DisassembledInstruction = { text, mnemonic: form.mnemonic, operands, size: 4, spec: d.spec };
  if (target !== undefined) result.target = target;
  if (state.toPrintAddr) {
    state.toPrintAddr = false;
    result.comment = formatAddress(state.printAddr, options.symbolize);
    result.target = state.printAddr;
    text += ` # ${result.comment}`;
  }
  result.text = text;
  return result;
}

/**
 * One word on its own, as objdump prints it at `pc` with nothing before it. A word whose low bits
 * say "16-bit" comes back as the `.2byte` of its low half with size 2; one whose low bits announce
 * a longer encoding comes back as `.4byte`, since a lone word cannot hold it.
 */
export function disassembleWord(word: number, pc: number, options: DisasmOptions = {}): DisassembledInstruction {
  const w = word >>> 0;
  const bytes = new Uint8Array([w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24]);
  return disassembleAt(bytes, 0, pc, new DisassemblyState(), options) ?? unknownInstruction(bytes, 0, 4);
}
