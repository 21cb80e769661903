import { describe, expect, it } from 'vitest';
import { environmentByName, environments, hostFunctionByNumber, hostFunctionList, installEnvironment } from '../../src/env/registry.js';
import { instructionByMnemonic } from '../../src/isa/instructions.js';
import { installedExtensions } from '../../src/machine/extension.js';
import { memoryHostIO } from '../../src/env/memory-io.js';
import { memoryFileSystem } from '../../src/env/memory-fs.js';
import { normalizeGuestPath } from '../../src/env/guest-path.js';

describe('environment registry', () => {
  it('knows linux and openvm', () => {
    expect([...environments.keys()]).toEqual(['linux', 'openvm']);
    expect(environmentByName('linux')?.allowsEcall).toBe(true);
    expect(environmentByName('openvm')?.allowsEcall).toBe(false);
    expect(environmentByName('nope')).toBeUndefined();
  });

  it('names host functions by a7', () => {
    expect(hostFunctionByNumber('linux', 64)?.name).toBe('write');
    expect(hostFunctionByNumber('linux', 4)?.name).toBe('PrintString');
    expect(hostFunctionByNumber('linux', 93)?.name).toBe('exit');
    expect(hostFunctionByNumber('openvm', 93)).toBeUndefined();
  });

  it('lists host functions for the language server', () => {
    const linux = hostFunctionList('linux');
    expect(linux.map((f) => f.number)).toEqual([...linux.map((f) => f.number)].sort((a, b) => a - b));
    expect(linux.find((f) => f.number === 63)).toMatchObject({ name: 'read', via: 'ecall', arity: 3, args: ['fd', 'buf', 'count'] });
    const openvm = hostFunctionList('openvm');
    expect(openvm.map((f) => f.name)).toEqual(['hintstorew', 'hintbuffer', 'hintinput', 'printstr', 'hintrandom']);
    expect(openvm.every((f) => f.via === 'openvm')).toBe(true);
    expect(hostFunctionList().length).toBe(linux.length + openvm.length);
  });

  it('installs the openvm extension when asked, not on import', () => {
    expect(installedExtensions().map((e) => e.name)).not.toContain('openvm');
    expect(installEnvironment(environmentByName('openvm')!).map((e) => e.name)).toEqual(['openvm']);
    expect(installedExtensions().map((e) => e.name)).toContain('openvm');
    expect(instructionByMnemonic('phantom')?.chip).toBe('Phantom');
  });
});

describe('memoryHostIO', () => {
  it('hands out stdin in pieces and collects output', () => {
    const io = memoryHostIO({ stdin: 'abc' });
    expect([...io.readStdin(2)]).toEqual([0x61, 0x62]);
    io.pushStdin('de');
    expect(new TextDecoder().decode(io.readStdin(10))).toBe('cde');
    expect(io.readStdin(10).length).toBe(0);
    io.writeStdout(new TextEncoder().encode('out'));
    io.writeStderr(new TextEncoder().encode('err'));
    expect(io.stdoutText()).toBe('out');
    expect(io.stderrText()).toBe('err');
    io.clearOutput();
    expect(io.stdoutBytes().length).toBe(0);
  });

  it('passes fs, clock and randomness through', () => {
    const fs = memoryFileSystem();
    const io = memoryHostIO({ fs, now: () => 5, random: () => 7 });
    expect(io.fs).toBe(fs);
    expect(io.now?.()).toBe(5);
    expect(io.random?.()).toBe(7);
  });
});

describe('guest paths', () => {
  it('are normalized below the root; .. may not leave it', () => {
    expect(normalizeGuestPath('/a//b/./c')).toBe('a/b/c');
    expect(normalizeGuestPath('a/../b')).toBe('b');
    expect(normalizeGuestPath('/')).toBe('');
    expect(normalizeGuestPath('..')).toBeUndefined();
    expect(normalizeGuestPath('/a/../../b')).toBeUndefined();
  });
});
