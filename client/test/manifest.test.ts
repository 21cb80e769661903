// The manifest the client owns: package.json holds exactly what client/src/manifest.ts says,
// every contributed command is registered (and every registered one contributed or internal),
// the server's code-lens commands exist, and the .vsix would hold only what runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS } from '@tessera/server';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_EVENTS, COMMANDS, manifestContributions } from '../src/manifest.js';
import { CLIENT_SETTINGS } from '../src/settings.js';
import { ROOT } from './support.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  activationEvents: string[];
  contributes: Record<string, unknown> & { menus: Record<string, Array<{ command: string }>>; keybindings: Array<{ command: string }>; views: Record<string, Array<{ id: string }>> };
  scripts: Record<string, string>;
};
const source = (f: string): string => readFileSync(join(ROOT, 'client/src', f), 'utf8');

describe('extension manifest', () => {
  it('is what client/scripts/manifest.mjs writes from client/src/manifest.ts', () => {
    for (const [key, value] of Object.entries(manifestContributions())) expect(pkg.contributes[key], key).toEqual(JSON.parse(JSON.stringify(value)));
    expect(pkg.activationEvents).toEqual(ACTIVATION_EVENTS);
    expect(pkg.main).toBe('./dist/extension.cjs');
  });

  it('offers every server and client setting with its default', () => {
    const props = (pkg.contributes.configuration as { properties: Record<string, { default: unknown }> }).properties;
    for (const s of [...SETTINGS, ...CLIENT_SETTINGS]) expect(props[s.key]?.default, s.key).toEqual(s.default);
  });

  it('registers every contributed command, and contributes every command it registers', () => {
    const registered = [...source('commands.ts').matchAll(/reg\('([\w.]+)'/g)].map((m) => m[1]);
    const contributed = COMMANDS.map((c) => c.command);
    const internal = ['tessera.chooseEnvironment']; // the status bar's click
    expect(registered.sort()).toEqual([...contributed, ...internal].sort());
    const used = [...Object.values(pkg.contributes.menus).flat(), ...pkg.contributes.keybindings].map((m) => m.command);
    for (const c of used) expect(contributed, c).toContain(c);
    // The server's "Run | Debug" code lens calls these.
    const lens = readFileSync(join(ROOT, 'server/src/features/presentation.ts'), 'utf8');
    for (const m of lens.matchAll(/_COMMAND = '([\w.]+)'/g)) expect(registered).toContain(m[1]);
  });

  it('provides the views it contributes', () => {
    const ids = Object.values(pkg.contributes.views).flat().map((v) => v.id);
    const ext = source('extension.ts');
    for (const id of ids) expect(ext).toContain(`registerWebviewViewProvider('${id}'`);
  });

  it('packages only what runs (vsce ls)', () => {
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|syntaxes\/[\w.-]+\.json|images\/(icon\.png|trace\.svg)|dist\/(extension\.cjs|server\.cjs|tessera\.mjs))$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    for (const f of ['package.json', 'syntaxes/riscv-asm.tmLanguage.json', 'images/icon.png', 'LICENSE', 'CHANGELOG.md']) expect(files).toContain(f);
    expect(pkg.scripts.package).toMatch(/vsce package --no-dependencies/);
  });
});
