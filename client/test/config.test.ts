// Debug configurations (F5 with no launch.json, the dynamic entry, filling a partial one), the
// language-server restart policy, and the language-id setting.
import { describe, expect, it } from 'vitest';
import { currentFileConfig, isProgramFile, resolveConfig, type ConfigContext } from '../src/debug/config.js';
import { RestartPolicy } from '../src/restart-policy.js';
import { languageIdsOf } from '../src/settings.js';

const asm: ConfigContext = { active: { path: '/w/hello.s', languageId: 'riscv-asm' }, languageIds: ['riscv-asm'], environment: 'linux', includePaths: [] };

describe('debug configurations', () => {
  it('F5 on an open .s with no launch.json debugs that file', () => {
    expect(resolveConfig({}, asm)).toEqual({ config: { type: 'tessera', request: 'launch', name: 'Debug current file', program: '/w/hello.s', stopOnEntry: false } });
  });

  it('F5 with nothing to debug says what to do instead of failing', () => {
    const r = resolveConfig({}, { ...asm, active: { path: '/w/notes.md', languageId: 'markdown' } });
    expect(r).toHaveProperty('error');
    expect(resolveConfig({}, { ...asm, active: undefined })).toHaveProperty('error');
  });

  it('honours tessera.languageIds for files another extension claims', () => {
    const other = { path: '/w/boot.inc', languageId: 'asm' };
    expect(isProgramFile(other, ['riscv-asm'])).toBe(false);
    expect(isProgramFile(other, ['riscv-asm', 'asm'])).toBe(true);
    expect(currentFileConfig({ ...asm, active: other, languageIds: ['asm'] })?.program).toBe('/w/boot.inc');
  });

  it('fills program, environment and include paths a configuration leaves out', () => {
    const ctx = { ...asm, environment: 'openvm', includePaths: ['/inc'] };
    expect(resolveConfig({ type: 'tessera', request: 'launch', name: 'x' }, ctx)).toEqual({
      config: { type: 'tessera', request: 'launch', name: 'x', program: '/w/hello.s', environment: 'openvm', includePaths: ['/inc'] },
    });
    // What the user wrote wins.
    const given = { type: 'tessera', request: 'launch', name: 'y', program: '/w/other.s', environment: 'linux', includePaths: [] };
    expect(resolveConfig(given, ctx)).toEqual({ config: given });
  });

  it('the dynamic "Debug current file" entry and Debug File stop on entry when asked', () => {
    expect(currentFileConfig(asm, true)).toMatchObject({ name: 'Debug current file', stopOnEntry: true });
    expect(currentFileConfig({ ...asm, cwd: '/w' })).toMatchObject({ cwd: '/w' });
    expect(currentFileConfig({ ...asm, active: { path: '/w/prog.elf', languageId: 'plaintext' } })?.program).toBe('/w/prog.elf');
  });
});

describe('language server restarts', () => {
  it('restarts after a crash with a notice, and gives up on a crash loop', () => {
    const p = new RestartPolicy(3, 60_000);
    const t0 = 1_000_000;
    expect(p.onCrash(t0).restart).toBe(true);
    expect(p.onCrash(t0 + 1000).restart).toBe(true);
    expect(p.onCrash(t0 + 2000)).toMatchObject({ restart: true, message: expect.stringMatching(/restarted \(3 of 3/) });
    const giveUp = p.onCrash(t0 + 3000);
    expect(giveUp.restart).toBe(false);
    expect(giveUp.message).toMatch(/will not be restarted/);
  });

  it('forgets crashes outside the window, and after a manual restart', () => {
    const p = new RestartPolicy(1, 60_000);
    expect(p.onCrash(0).restart).toBe(true);
    expect(p.onCrash(61_000).restart).toBe(true);
    expect(p.onCrash(62_000).restart).toBe(false);
    p.reset();
    expect(p.onCrash(63_000).restart).toBe(true);
  });
});

describe('tessera.languageIds', () => {
  it.each([
    [undefined, ['riscv-asm']],
    [[], ['riscv-asm']],
    ['asm', ['riscv-asm']],
    [['asm', ' riscv-asm ', 'asm', 3, ''], ['asm', 'riscv-asm']],
  ])('%j → %j', (raw, ids) => {
    expect(languageIdsOf(raw)).toEqual(ids);
  });
});
