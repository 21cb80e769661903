// Writes the client's keys of the root package.json (the extension manifest) from
// client/src/manifest.ts: commands, menus, keybindings, configuration (the server's settings
// table plus the client's), views, activation events, gallery fields, and the client's scripts.
// Other keys (contributes.debuggers/breakpoints, languages/grammars/snippets, build/test) are left
// as they are. `--check` only reports whether package.json is up to date (exit 1 when not).
// Needs `npx tsc -b client` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { ACTIVATION_EVENTS, manifestContributions } from '../dist/manifest.js';

const path = new URL('../../package.json', import.meta.url);
const before = readFileSync(path, 'utf8');
const p = JSON.parse(before);

p.main = './dist/extension.cjs';
p.icon = 'images/icon.png';
p.categories = ['Programming Languages', 'Debuggers', 'Snippets'];
p.keywords = ['risc-v', 'riscv', 'assembly', 'rv32im', 'gnu as', 'debugger', 'openvm', 'zkvm'];
p.galleryBanner = { color: '#1e1f29', theme: 'dark' };
p.activationEvents = [...ACTIVATION_EVENTS];
p.contributes = { ...p.contributes, ...manifestContributions() };
p.scripts = {
  ...p.scripts,
  package: 'tsc -b client && node client/scripts/manifest.mjs --check && node esbuild.mjs --extension --production && vsce package --no-dependencies --allow-missing-repository --readme-path client/README.md',
  'test:e2e': 'node test/e2e/run.mjs',
};

const after = `${JSON.stringify(p, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('package.json is not what client/scripts/manifest.mjs writes: run `npx tsc -b client && node client/scripts/manifest.mjs`');
    process.exit(1);
  }
} else if (after !== before) {
  writeFileSync(path, after);
  console.log('package.json: client manifest keys written');
}
