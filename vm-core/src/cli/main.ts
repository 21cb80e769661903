// `tessera` command dispatcher: one file per command under cli/. Usage errors exit 2, bad input 1.

import { asmCommand, ASM_USAGE } from './asm.js';
import { disasmCommand, DISASM_USAGE } from './disasm.js';
import { runCommand, RUN_USAGE } from './run.js';
import { traceCommand, TRACE_USAGE } from './trace.js';
import type { NodeHostIOOptions } from './host-io.js';
import type { HostIO } from '../env/types.js';

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  /**
   * The guest's stdin, stdout, stderr and files for `run` and `trace`. Default: nodeHostIO, this
   * process's descriptors 0, 1 and 2 (tests pass a memoryHostIO). `fsRoot` is already absolute.
   */
  hostIO?: (options: NodeHostIOOptions) => HostIO;
}

interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  asm: { summary: 'assemble and link RISC-V sources into an ELF executable', usage: ASM_USAGE, run: asmCommand },
  disasm: { summary: 'list an ELF file as objdump -d does', usage: DISASM_USAGE, run: disasmCommand },
  run: { summary: 'run a program (assembly or ELF) and exit with its status', usage: RUN_USAGE, run: runCommand },
  trace: { summary: 'run a program traced and write every row and memory access (JSON Lines or CSV)', usage: TRACE_USAGE, run: traceCommand },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: tessera <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'tessera <command> --help' for a command's options.\n`;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('tessera 0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`tessera: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    // A bug must still end with a message and a status, not a stack trace.
    io.stderr.write(`tessera ${name}: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 70;
  }
}
