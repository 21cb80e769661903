// Protocol tests run the built packages as users do (bin → dist), so a stale build would test old
// code. `ensureBuilt(project)` runs `tsc -b project` (incremental) when a source under its src/ or
// vm-core/src/ is newer than the build info tsc rewrites on every build that changes something.
// A lock directory keeps test files running in parallel workers from building at once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

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

/** Whether `project` (or vm-core, which it builds first) has sources newer than its build. */
export function isStale(project: string): boolean {
  return [...new Set(['vm-core', project])].some((p) => newestSource(join(ROOT, p, 'src')) > buildInfoTime(p));
}

/** Builds `project` when its build is missing or older than its sources; throws tsc's output. */
export function ensureBuilt(project: string): void {
  if (!isStale(project)) return;
  const lock = join(ROOT, project, 'dist/.test-build-lock');
  mkdirSync(join(ROOT, project, 'dist'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building: wait for its lock to go (a blocking wait: no event loop to keep).
      if (Date.now() > deadline) throw new Error(`${lock} held for 3 minutes: remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!isStale(project)) return;
    execFileSync(process.execPath, [TSC, '-b', project], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    const out = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`tsc -b ${project} failed:\n${out.stdout ?? ''}${out.stderr ?? ''}` || out.message);
  } finally {
    rmdirSync(lock);
  }
}
