// The CLI in process, as its tests drive it: run(argv, io) with the output captured and the
// guest's streams in memory (what would go to the terminal and what the guest wrote, apart).
import { run, type CliIo } from '../../src/cli/main.js';
import type { NodeHostIOOptions } from '../../src/cli/host-io.js';
import { memoryHostIO, type MemoryHostIO } from '../../src/env/memory-io.js';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  /** What the guest wrote to its stdout and stderr. */
  guestOut: string;
  guestErr: string;
  /** The options the command asked its HostIO for. */
  hostOptions?: NodeHostIOOptions;
}

export async function tessera(args: string[], cwd: string, stdin = ''): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  let host: MemoryHostIO | undefined;
  let hostOptions: NodeHostIOOptions | undefined;
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    hostIO: (options) => {
      hostOptions = options;
      host = memoryHostIO({ stdin });
      return host;
    },
  };
  const code = await run(args, io);
  const out: Outcome = { code, stdout, stderr, guestOut: host?.stdoutText() ?? '', guestErr: host?.stderrText() ?? '' };
  if (hostOptions) out.hostOptions = hostOptions;
  return out;
}
