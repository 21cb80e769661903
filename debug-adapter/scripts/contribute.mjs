// Writes the debugger's contributions (contributes.debuggers and contributes.breakpoints) into
// the root package.json from the built adapter (debug-adapter/src/session/contributes.ts), and
// touches no other key. Run after changing the launch attributes:
//   npx tsc -b debug-adapter && node debug-adapter/scripts/contribute.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const { debuggerContributions } = await import('../dist/session/contributes.js');
const file = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const mine = debuggerContributions();
pkg.contributes ??= {};
pkg.contributes.debuggers = mine.debuggers;
pkg.contributes.breakpoints = mine.breakpoints;
writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log('package.json: contributes.debuggers and contributes.breakpoints written');
