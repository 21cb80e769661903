// Runs every benchmark under bench/ (each bench/NAME/run.mjs), one after the other, passing the
// command-line arguments on: `npm run bench`, `npm run bench -- --runs 3`, `npm run bench -- asm`.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('-') && existsSync(join(dir, a, 'run.mjs')));
const rest = args.filter((a) => !named.includes(a));
const benches = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'run.mjs')))
  .map((e) => e.name)
  .filter((n) => named.length === 0 || named.includes(n))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n=== bench/${name} ===`);
  const r = spawnSync(process.execPath, [join(dir, name, 'run.mjs'), ...rest], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`bench/${name} failed (exit ${r.status ?? r.signal})`);
    failed++;
  }
}
process.exitCode = failed ? 1 : 0;
