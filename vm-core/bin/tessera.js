#!/usr/bin/env node
// The bin stays a tiny committed file so npm can link it before the first build. It prefers the
// esbuild bundle (fast start-up); the tsc output works too.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = ['../dist/tessera.mjs', '../dist/cli/main.js'].map((p) => new URL(p, import.meta.url));
const main = candidates.find((u) => existsSync(fileURLToPath(u)));
if (!main) {
  process.stderr.write('tessera: vm-core is not built yet; run `npm run build` at the repository root\n');
  process.exit(2);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
