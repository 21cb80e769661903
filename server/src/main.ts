// Entry point: `tessera-lsp --stdio | --node-ipc | --socket=N | --pipe=NAME`. vscode-languageserver
// reads the transport from the command line; without one, stdio is used, the way editors other
// than VS Code start a server.

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
  if (!argv.slice(2).some((a) => known.some((k) => a === k || a.startsWith(`${k}=`)))) process.argv.push('--stdio');
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
  connection.listen();
}
