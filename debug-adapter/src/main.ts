// The standalone adapter: `tessera-dap` speaks DAP over stdin/stdout (how VS Code and most
// editors start an adapter), or with `--server=PORT` accepts any number of clients over TCP, one
// session each (PORT 0 picks a free port; the port is printed on stderr either way).

import { createServer, type AddressInfo } from 'node:net';
import { TesseraSession } from './session/session.js';

const USAGE = `usage: tessera-dap [--server=PORT]
  Tessera's debug adapter (Debug Adapter Protocol).
  Without options it talks DAP over stdin/stdout.
  --server=PORT   listen on TCP PORT instead (0: any free port), one session per connection
`;

export interface StandaloneOptions {
  argv: readonly string[];
  stderr?: (text: string) => void;
}

export type ParsedArgs = { mode: 'stdio' } | { mode: 'server'; port: number } | { mode: 'help' } | { mode: 'error'; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let result: ParsedArgs = { mode: 'stdio' };
  for (const a of argv) {
    const m = /^--server=(\d+)$/.exec(a);
    if (m && Number(m[1]) <= 65535) result = { mode: 'server', port: Number(m[1]) };
    else if (a === '--help' || a === '-h') return { mode: 'help' };
    else if (a === '--stdio') result = { mode: 'stdio' };
    else return { mode: 'error', message: `tessera-dap: unknown argument '${a}'` };
  }
  return result;
}

/** Runs the adapter as a process; returns the exit code to use when it cannot start. */
export function runStandalone(options: StandaloneOptions): number | undefined {
  const stderr = options.stderr ?? ((t: string) => void process.stderr.write(t));
  const parsed = parseArgs(options.argv);
  if (parsed.mode === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.mode === 'error') {
    stderr(`${parsed.message}\n${USAGE}`);
    return 2;
  }
  // The adapter never dies of one bad request: whatever escapes a handler is logged, not fatal.
  process.on('uncaughtException', (e) => stderr(`tessera-dap: internal error: ${e.stack ?? e.message}\n`));
  process.on('unhandledRejection', (e) => stderr(`tessera-dap: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`));
  const log = (line: string): void => stderr(`tessera-dap: ${line}\n`);
  if (parsed.mode === 'server') {
    const server = createServer((socket) => {
      const session = new TesseraSession({ log });
      session.setRunAsServer(true);
      socket.on('error', (e) => log(`connection: ${e.message}`));
      session.start(socket, socket);
    });
    server.on('error', (e) => {
      stderr(`tessera-dap: cannot listen on port ${parsed.port}: ${e.message}\n`);
      process.exitCode = 1;
    });
    server.listen(parsed.port, '127.0.0.1', () => stderr(`tessera-dap: listening on port ${(server.address() as AddressInfo).port}\n`));
    return undefined;
  }
  const session = new TesseraSession({ log });
  process.on('SIGTERM', () => session.shutdown());
  session.start(process.stdin, process.stdout);
  return undefined;
}
