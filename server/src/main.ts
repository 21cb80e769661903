// Entry point: `tessera-lsp --stdio | --node-ipc | --socket=N | --pipe=NAME`. vscode-languageserver
// reads the transport from the command line; without one, stdio is used, the way editors other
// than VS Code start a server.

import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

export function main(argv: readonly string[] = process.argv): void {
  const known = ['--stdio', '--node-ipc', '--pipe', '--socket', '--clientProcessId'];
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write('usage: tessera-lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n');
    return;
  }
  if (argv.includes('--version')) {
    process.stdout.write('tessera-lsp 0.1.0\n');
    return;
  }
  // Each analysis is garbage once the next one lands, and V8 by default lets the heap grow up to 4×
  // before collecting: with ten 10k-line files open that kept ~220 MB resident for ~55 MB live.
  // Growing by 50% a step holds that peak near 190 MB; the price is collections more often, about
  // 10% on an edit's analysis (bench/lsp, measured at 20/50/100 and V8's default).
  setFlagsFromString('--heap-growing-percent=50');
  if (!argv.slice(2).some((a) => known.some((k) => a === k || a.startsWith(`${k}=`)))) process.argv.push('--stdio');
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
  connection.listen();
}
