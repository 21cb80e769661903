// The engine's public vocabulary: what execute() takes and what it answers. Guest behaviour —
// exits, faults, limits — is always data in an ExecutionResult, never an exception.

import type { SourceRange } from '../diagnostics.js';
import type { Chip } from '../isa/instructions.js';
import type { HostIO } from '../env/types.js';
import type { Trace } from './trace.js';

export type ExecutionStatus = 'exited' | 'terminated' | 'fault' | 'step-limit' | 'gas-limit' | 'timeout';

export type FaultKind =
  | 'illegal-instruction'    // no instruction has this encoding, or the environment does not support it
  | 'fetch-fault'            // pc in an unmapped page, or a page without execute permission
  | 'misaligned-fetch'       // a jump or branch to a pc that is not a multiple of 4
  | 'load-fault'             // load from an unmapped or unreadable page
  | 'store-fault'            // store to an unmapped or read-only page (text, rodata)
  | 'misaligned-load'        // only with strictAlign (and under openvm)
  | 'misaligned-store'
  | 'breakpoint'             // ebreak with no debugger attached
  | 'environment-call'       // ecall the environment does not know, or a host function refusing its arguments
  | 'memory-limit';          // the guest asked for more memory than maxMemory allows

export interface Fault {
  kind: FaultKind;
  pc: number;
  /** The data address for load/store faults, the target for fetch faults. */
  address?: number;
  message: string;
  /** The instruction word at pc, when pc was readable. */
  word?: number;
  /** Its disassembly, as objdump writes it. */
  instruction?: string;
  /** For fetch faults: the jump or branch that transferred control to pc. */
  from?: number;
  /** The source line that produced pc (for fetch faults: that of `from`), when the program carries a source map. */
  source?: SourceRange;
}

export interface SegmentSummary {
  index: number;
  /** Instructions executed before this segment started. */
  startInstret: number;
  instructions: number;
  chipRows: Partial<Record<string, number>>;
}

export interface ExecutionResult {
  status: ExecutionStatus;
  /** exit(code) / terminate(code); 0 for other statuses. */
  exitCode: number;
  /** Instructions retired (a faulting instruction does not retire). */
  instret: number;
  /** Rows per chip: how many instructions each executor ran. Keys are chip names. */
  chipRows: Partial<Record<Chip | string, number>>;
  segments: SegmentSummary[];
  gasUsed: number;
  /** Bytes revealed to address space 3 (openvm); empty elsewhere. */
  publicValues: Uint8Array;
  fault?: Fault;
  /** Present after a traced run. */
  trace?: Trace;
  /** Final pc and registers, for tests and the debugger. */
  pc: number;
  registers: Int32Array;
  wallMs: number;
}

export interface Limits {
  /** Instructions; default 10^10. */
  maxSteps: number;
  /** Bytes of guest memory (mapped pages); default 512 MiB. */
  maxMemory: number;
  /** Wall-clock milliseconds; default 60 000. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = { maxSteps: 1e10, maxMemory: 512 * 1024 * 1024, timeoutMs: 60_000 };

export interface ExecuteOptions extends Partial<Limits> {
  /** argv[0]; default 'a.out'. */
  programName?: string;
  /** argv[1..]. */
  args?: readonly string[];
  /** Environment strings `NAME=value` for envp. */
  envp?: readonly string[];
  /** Environment-call personality; default 'linux'. */
  env?: string;
  /** stdin, stdout, stderr, files, clock, randomness. Default: empty stdin, output discarded. */
  io?: HostIO;
  /** 'fast' records counts only; 'traced' records every row and memory access. */
  mode?: 'fast' | 'traced';
  /** Segment height: rows a chip may have before a new segment starts; default 2^22. */
  segmentHeight?: number;
  /** Stop with 'gas-limit' before gas used would exceed this. */
  gasLimit?: number;
  /** Per-chip gas weights replacing the defaults (see gas.ts). */
  costs?: Partial<Record<string, number>>;
  /** Misaligned loads and stores fault instead of working as in Linux user mode. */
  strictAlign?: boolean;
  /** Input hints for the openvm environment (hintinput reads them in order). */
  hints?: readonly Uint8Array[];
}
