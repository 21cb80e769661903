#!/usr/bin/env node
// The Tessera language server: `tessera-lsp --stdio` (any editor), `--node-ipc` (VS Code).
// Runs the esbuild bundle (one file, less memory at start) unless tsc built the package after it
// (tsc rewrites .tsbuildinfo on every build that changes something) — a developer who rebuilt
// only with `tsc -b server` gets what they built.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/tessera-lsp.cjs', import.meta.url));
const compiled = new URL('../dist/main.js', import.meta.url);
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : -1);

if (mtime(bundle) >= mtime(fileURLToPath(new URL('../dist/.tsbuildinfo', import.meta.url)))) {
  await import(new URL('../dist/tessera-lsp.cjs', import.meta.url).href);
} else if (existsSync(fileURLToPath(compiled))) {
  const { main } = await import(compiled.href);
  main();
} else {
  process.stderr.write('tessera-lsp: the server is not built yet; run `npm run build` at the repository root\n');
  process.exit(2);
}
