// The chip contract (OpenVM's adapter/core split). A chip's core is a pure function of its
// operands; its adapter reads those operands through an AdapterIO, calls the core, writes the
// result and answers the next pc. The same adapter runs under the memory controller (traced:
// every access timestamped and recorded) and under direct access (fast path for extension
// chips); the built-in chips' cores are also called straight from the fast loop.

import type { InstructionSpec } from '../isa/instructions.js';

/** A pre-decoded instruction: decoded once per address, cached until its page is written. */
export interface Insn {
  readonly spec: InstructionSpec;
  readonly word: number;
  /** Global operation number (see ops.ts): the fast loop's switch key. */
  readonly op: number;
  /** Index of its chip in the machine's chip list. */
  readonly chip: number;
  readonly rd: number;
  readonly rs1: number;
  readonly rs2: number;
  /** Sign-extended I/S/B/J immediate, U immediate already shifted (imm << 12), shamt, zimm or CSR number. */
  readonly imm: number;
  /** funct3 of the word, for custom instructions that select a service with it. */
  readonly funct3: number;
}

/** Address spaces, numbered as OpenVM numbers them. */
export const SPACE = { REGISTER: 1, MEMORY: 2, PUBLIC: 3 } as const;
export type Space = (typeof SPACE)[keyof typeof SPACE];

/** How an adapter reaches machine state. Implemented by the memory controller (traced) and by direct access (fast). */
export interface AdapterIO {
  readReg(index: number): number;
  /** Writes to x0 are dropped (and not recorded). */
  writeReg(index: number, value: number): void;
  /** Little-endian load of 1, 2 or 4 bytes, zero-extended (4-byte loads answer the signed 32-bit value). Faults raise a GuestTrap. */
  load(addr: number, size: 1 | 2 | 4): number;
  store(addr: number, size: 1 | 2 | 4, value: number): void;
  /** Write one byte of public values (address space 3). */
  reveal(index: number, byte: number): void;
  /** Run the environment's ecall service selected by a7, or a custom-instruction service (`kind` = extension name; `insn` gives it the operands). */
  envCall(kind: 'ecall' | string, selector: number, pc: number, insn?: Insn): void;
  /** Counters for CSR reads (rdcycle/rdtime/rdinstret). */
  counter(which: 'cycle' | 'time' | 'instret'): bigint;
  /** End the run with status 'terminated' (openvm terminate). */
  terminate(code: number): void;
}

export interface ChipDef {
  /** As the table's `chip` field names it. */
  readonly name: string;
  /** Runs one instruction of this chip at `pc`; answers the next pc. */
  execute(io: AdapterIO, insn: Insn, pc: number): number;
}

/**
 * Raised inside an adapter for guest-visible events that end a step: faults, exit, terminate.
 * Caught by the machine. 'suspend' is raised by a host (a debugger's HostIO) that cannot answer
 * yet — standard input not typed: the instruction does not retire, the machine stops before it
 * with `waiting` set, and running again retries it.
 */
export class GuestTrap {
  constructor(
    readonly kind: 'fault' | 'exit' | 'terminate' | 'suspend',
    readonly faultKind: import('./types.js').FaultKind | undefined,
    readonly message: string,
    readonly address?: number,
    readonly code = 0,
  ) {}
}

export function fault(kind: import('./types.js').FaultKind, message: string, address?: number): GuestTrap {
  return new GuestTrap('fault', kind, message, address);
}

/** The trap a HostIO raises when it cannot answer yet (see GuestTrap). */
export function suspend(message: string): GuestTrap {
  return new GuestTrap('suspend', undefined, message);
}
