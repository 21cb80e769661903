// @tessera/vm-core is publishable on its own: `npm pack` gives a tarball that a fresh project
// installs, imports and runs headless (assemble, execute, disassemble), whose types resolve under
// tsc, and whose `tessera` bin runs. chevrotain comes from npm's cache (--offline): the test
// needs no network once the repository's own install has run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir: string;
let tarball: string;
let files: string[];

function npm(args: string[], cwd: string): string {
  return execFileSync(NPM, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'vm-core'], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'tessera-pack-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], join(ROOT, 'vm-core'))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(dir, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path);
  const project = join(dir, 'app');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], project);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const HELLO = `
  .section .rodata
msg: .ascii "hi from a fresh project\\n"
  .text
  .globl _start
_start:
  li a0, 1
  la a1, msg
  li a2, 24
  li a7, 64
  ecall
  li a0, 7
  li a7, 93
  ecall
`;

describe('npm pack of @tessera/vm-core', () => {
  it('holds the built package and its types, not sources or tests', () => {
    expect(files).toContain('package.json');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('bin/tessera.js');
    expect(files.filter((f) => /^(src|test)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('is imported and run headless by a fresh project', () => {
    const project = join(dir, 'app');
    writeFileSync(join(project, 'main.mjs'), `
import { assemble, execute, memoryHostIO, listImage } from '@tessera/vm-core';
const { image, diagnostics } = assemble({ path: 'hello.s', text: ${JSON.stringify(HELLO)} });
if (!image) throw new Error(diagnostics.map((d) => d.message).join('\\n'));
const io = memoryHostIO();
const r = execute(image, { io });
const listing = listImage(image, { fileName: 'hello' }).text;
console.log(JSON.stringify({ status: r.status, exitCode: r.exitCode, instret: r.instret, out: io.stdoutText(), hasStart: listing.includes('<_start>:') }));
`);
    const out = JSON.parse(execFileSync(process.execPath, ['main.mjs'], { cwd: project, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toEqual({ status: 'exited', exitCode: 7, instret: 9, out: 'hi from a fresh project\n', hasStart: true });
  });

  it('gives a TypeScript project its types', () => {
    const project = join(dir, 'app');
    writeFileSync(join(project, 'check.ts'), `
import { assemble, execute, type ExecutionResult, type Diagnostic } from '@tessera/vm-core';
const r = assemble({ path: 'x.s', text: 'nop' });
const d: Diagnostic[] = r.diagnostics;
const e: ExecutionResult | undefined = r.image ? execute(r.image) : undefined;
const n: number = e?.instret ?? d.length;
// @ts-expect-error: a wrong type is caught, so the types are really there
const wrong: string = n;
export { wrong };
`);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['check.ts'] }));
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('installs the tessera command', () => {
    const project = join(dir, 'app');
    writeFileSync(join(project, 'hello.s'), HELLO);
    const r = spawnSync(process.execPath, [join(project, 'node_modules/@tessera/vm-core/bin/tessera.js'), 'run', 'hello.s'], { cwd: project, encoding: 'utf8' });
    expect(r.stdout).toBe('hi from a fresh project\n');
    expect(r.status).toBe(7);
    expect(readFileSync(join(project, 'node_modules/@tessera/vm-core/package.json'), 'utf8')).toMatch(/"types": "\.\/dist\/index\.d\.ts"/);
  });
});
