// The protocol tests run the server as users do — `node server/bin/tessera-lsp.js --stdio`, which
// loads server/dist — so a stale build would test old code. Rebuild (tsc -b server, incremental)
// when a source under server/src or vm-core/src is newer than its build info; a lock directory
// keeps parallel test files from running two builds at once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The server under test; TESSERA_LSP_BIN points the tests at another build (e.g. the bundled one). */
export const SERVER_BIN = process.env.TESSERA_LSP_BIN ? resolve(process.env.TESSERA_LSP_BIN) : join(ROOT, 'server/bin/tessera-lsp.js');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const LOCK = join(ROOT, 'server/dist/.test-build-lock');
const PROJECTS = ['vm-core', 'server'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function buildInfoTime(project: string): number {
  const info = join(ROOT, project, 'dist/.tsbuildinfo');
  return existsSync(info) ? statSync(info).mtimeMs : 0;
}

export function serverIsStale(): boolean {
  return PROJECTS.some((p) => newestSource(join(ROOT, p, 'src')) > buildInfoTime(p));
}

/** Builds the server when its build is missing or older than its sources; throws tsc's output. */
export function ensureServerBuilt(): void {
  if (!existsSync(SERVER_BIN)) throw new Error(`${SERVER_BIN} does not exist: the server has no entry point yet`);
  if (process.env.TESSERA_LSP_BIN || !serverIsStale()) return;
  mkdirSync(join(ROOT, 'server/dist'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building: wait for its lock to go (a blocking wait: no event loop to keep).
      if (Date.now() > deadline) throw new Error(`${LOCK} held for 3 minutes: remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!serverIsStale()) return;
    execFileSync(process.execPath, [TSC, '-b', 'server'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    const out = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`tsc -b server failed:\n${out.stdout ?? ''}${out.stderr ?? ''}` || out.message);
  } finally {
    rmdirSync(LOCK);
  }
}
