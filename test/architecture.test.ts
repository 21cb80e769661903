// The import rules between packages (docs/ARCHITECTURE.md, "Packages"): client → (server,
// debug-adapter) → vm-core, never back; server and debug-adapter never import each other; vm-core
// is used only through its public entry; editor protocol types stay at the edges. vm-core's own
// inner rules are checked by vm-core/test/architecture.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const PACKAGES = ['vm-core', 'server', 'debug-adapter', 'client'] as const;
type Package = (typeof PACKAGES)[number];

const NAME: Record<string, Package> = {
  '@tessera/vm-core': 'vm-core',
  '@tessera/server': 'server',
  '@tessera/debug-adapter': 'debug-adapter',
  '@tessera/client': 'client',
};

/** Which packages each package may import (itself always). */
const ALLOWED: Record<Package, readonly Package[]> = {
  'vm-core': [],
  server: ['vm-core'],
  'debug-adapter': ['vm-core'],
  client: ['vm-core', 'server', 'debug-adapter'],
};

/** Third-party modules each package may import beyond Node's built-ins and chevrotain. */
const EDITOR_MODULES: Record<Package, RegExp | undefined> = {
  'vm-core': undefined,
  server: /^vscode-languageserver(-textdocument|-protocol)?(\/|$)|^vscode-jsonrpc(\/|$)/,
  'debug-adapter': /^@vscode\/debug(adapter|protocol)(\/|$)/,
  client: /^vscode$|^vscode-languageclient(\/|$)|^vscode-jsonrpc(\/|$)|^vscode-languageserver-protocol(\/|$)/,
};

interface Import {
  pkg: Package;
  file: string;
  target: string;
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mts|cts)$/.test(p) && !p.endsWith('.d.ts') ? [p] : [];
  });
}

function imports(): Import[] {
  const out: Import[] = [];
  for (const pkg of PACKAGES) {
    for (const file of files(join(ROOT, pkg, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const patterns = [
        /^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gms,
        /^\s*import\s+['"]([^'"]+)['"]/gm,
        /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
        /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
      ];
      for (const re of patterns) {
        for (const m of text.matchAll(re)) out.push({ pkg, file: relative(ROOT, file).split(sep).join('/'), target: m[1]! });
      }
    }
  }
  return out;
}

/** The package a relative import lands in, if it leaves its own. */
function landsIn(imp: Import): Package | undefined {
  const abs = resolve(ROOT, imp.file, '..', imp.target);
  const top = relative(ROOT, abs).split(sep)[0];
  return PACKAGES.find((p) => p === top);
}

describe('package architecture', () => {
  const all = imports();

  it('finds the sources it checks', () => {
    expect(all.some((i) => i.pkg === 'vm-core')).toBe(true);
  });

  for (const pkg of PACKAGES) {
    it(`${pkg} imports only the packages it may`, () => {
      const bad: string[] = [];
      for (const imp of all.filter((i) => i.pkg === pkg)) {
        const target = imp.target.startsWith('.') ? landsIn(imp) : NAME[imp.target.split('/').slice(0, 2).join('/')];
        if (target === undefined || target === pkg) continue;
        if (!ALLOWED[pkg].includes(target)) bad.push(`${imp.file}: ${imp.target} (${target})`);
      }
      expect(bad).toEqual([]);
    });

    it(`${pkg} reaches other packages only through their public entry`, () => {
      const bad = all
        .filter((i) => i.pkg === pkg)
        .filter((i) => (i.target.startsWith('.') ? (landsIn(i) ?? pkg) !== pkg : /^@tessera\/[^/]+\/./.test(i.target)))
        .map((i) => `${i.file}: ${i.target}`);
      expect(bad).toEqual([]);
    });

    it(`${pkg} uses only its own editor protocol`, () => {
      const allowed = EDITOR_MODULES[pkg];
      const bad = all
        .filter((i) => i.pkg === pkg && /^(vscode|vscode-|@vscode\/)/.test(i.target))
        .filter((i) => allowed === undefined || !allowed.test(i.target))
        .map((i) => `${i.file}: ${i.target}`);
      expect(bad).toEqual([]);
    });
  }

  it("the debug adapter's runtime and expressions know nothing of DAP", () => {
    const bad = all
      .filter((i) => i.pkg === 'debug-adapter' && /^debug-adapter\/src\/(runtime|expressions)\//.test(i.file))
      .filter((i) => /^@vscode\//.test(i.target) || (i.target.startsWith('.') && /\/session\//.test(resolve(ROOT, i.file, '..', i.target))))
      .map((i) => `${i.file}: ${i.target}`);
    expect(bad).toEqual([]);
  });
});
