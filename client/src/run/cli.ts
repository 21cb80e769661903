// Where the bundled `tessera` CLI is, and how to start it with the editor's own Node: VS Code's
// executable is Electron, which acts as Node with ELECTRON_RUN_AS_NODE (code-server's is Node).
import { existsSync } from 'node:fs';
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export function cliPath(asAbsolutePath: (relative: string) => string): string {
  const bundled = asAbsolutePath('dist/tessera.mjs');
  return existsSync(bundled) ? bundled : asAbsolutePath('vm-core/bin/tessera.js');
}

export function spawnCli(cli: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, [cli, ...args], {
    ...options,
    env: { ...process.env, ...options.env, ELECTRON_RUN_AS_NODE: '1' },
  });
}
