import type { Insn } from '../machine/chip.js';

// What an environment is: a table of host functions reached by `ecall` (a7 selects) or by
// custom instructions, plus the host I/O the CLI or a debugger passes in. The registry is what
// the LSP documents (`li a7, 64` → write) and what the debugger names.

/** The host side of the guest's I/O. vm-core does no I/O itself: the CLI passes Node's, tests pass buffers. */
export interface HostIO {
  /** Read up to `max` bytes of standard input; an empty array at end of input. */
  readStdin(max: number): Uint8Array;
  writeStdout(bytes: Uint8Array): void;
  writeStderr(bytes: Uint8Array): void;
  /** Files below the --fs-root directory; absent when the guest may open no files. */
  fs?: GuestFileSystem;
  /** Milliseconds since the epoch; default Date.now. */
  now?(): number;
  /** A uniformly random unsigned 32-bit integer, for RARS's 41/42 and openvm's hintrandom; default from Math.random. */
  random?(): number;
}

/** File access confined to one root. Paths are guest paths; the implementation refuses escapes. Errors are negative errno values. */
export interface GuestFileSystem {
  open(path: string, flags: number, mode: number): number;
  read(fd: number, max: number): Uint8Array | number;
  write(fd: number, bytes: Uint8Array): number;
  close(fd: number): number;
  lseek(fd: number, offset: number, whence: number): number;
  /** Size, mode (S_IFREG | permissions …) and modification time for fstat, or a negative errno. */
  fstat(fd: number): { size: number; mode: number; mtimeMs?: number } | number;
  /** Closes every file the guest left open (end of a run). */
  closeAll?(): void;
}

/** What a host function may touch: registers and memory through the machine (so traced runs record it). */
export interface EnvCallContext {
  readonly pc: number;
  /** The custom instruction that called the service (absent for ecall): its register operands and immediate. */
  readonly insn?: Insn;
  reg(index: number): number;
  setReg(index: number, value: number): void;
  /** Guest memory, checked like guest loads/stores: a bad pointer raises the guest's load/store fault. */
  readBytes(addr: number, length: number): Uint8Array;
  writeBytes(addr: number, bytes: Uint8Array): void;
  /**
   * A store as the guest's own sw/sh/sb makes it (one traced access; misaligned or read-only
   * faults). Optional: without it, host functions store through writeBytes.
   */
  store?(addr: number, size: 1 | 2 | 4, value: number): void;
  /** A NUL-terminated string of at most `max` bytes (UTF-8 decoded). */
  readCString(addr: number, max?: number): string;
  /** Move the program break; answers the new break (Linux brk semantics: unchanged on failure). */
  brk(addr: number): number;
  /** End the run: status 'exited' with this code. Does not return (it throws the machine's trap). */
  exit(code: number): never;
  /** End the run with an environment-call fault carrying this message. Does not return. */
  fail(message: string): never;
  readonly io: HostIO;
  /** Per-run state an environment keeps (open files, hint stream, public values). */
  readonly state: Map<string, unknown>;
}

export interface HostFunction {
  name: string;
  /**
   * a7 for ecall services; for custom-instruction services, the selector its chip passes to
   * envCall (openvm: funct3 << 12 | imm, see openvm.ts).
   */
  number: number;
  /** Argument registers used (a0…). */
  arity: number;
  /** One line for hover: what it does, its arguments and result. */
  doc: string;
  /** Names of the arguments, in register order (a0, a1, …). */
  args?: readonly string[];
  call(ctx: EnvCallContext): void;
}

export interface Environment {
  name: string;
  description: string;
  /** Services reached by ecall, keyed by a7. Empty when ecall is not part of the ABI. */
  ecalls: ReadonlyMap<number, HostFunction>;
  /** False when ecall itself is an illegal instruction here (openvm). */
  allowsEcall: boolean;
  /** CSR counter reads allowed (rdcycle, rdtime, rdinstret). */
  allowsCsr: boolean;
  /** Misaligned accesses fault. */
  strictAlign: boolean;
  /** Extension names this environment installs (openvm's custom-0 instructions). */
  extensions?: readonly string[];
}
