import { describe, expect, it } from 'vitest';
import { addressOf, fromBase64, hex8, registerText, toBase64 } from '../../src/session/convert.js';
import { RequestError } from '../../src/session/request-error.js';
import { parseSize } from '../../src/session/launch-args.js';
import { parseArgs } from '../../src/main.js';

describe('memory references', () => {
  it.each([
    ['0x10074', 0, 0x10074],
    ['0x0001008C', 4, 0x10090],
    ['4096', -96, 4000],
    [65536, 0, 65536],
    ['0xffffffff', 0, 0xffffffff],
  ] as const)('%s + %d → address', (ref, off, want) => {
    expect(addressOf('t', ref, off)).toBe(want);
  });

  it.each([
    ['banana', 0, /not a memory reference/],
    ['0x', 0, /not a memory reference/],
    ['0xffffffff', 1, /outside the 32-bit address space/],
    ['0x10', -17, /outside the 32-bit address space/],
    ['0x10', 1.5, /'offset' must be an integer/],
    [undefined, 0, /a memory reference is required/],
  ] as const)('%s + %s is refused', (ref, off, why) => {
    expect(() => addressOf('t', ref, off)).toThrow(RequestError);
    expect(() => addressOf('t', ref, off)).toThrow(why);
  });

  it('formats addresses and register values', () => {
    expect(hex8(0x10074)).toBe('0x00010074');
    expect(hex8(-1)).toBe('0xffffffff');
    expect(registerText(42)).toBe('0x0000002a (42)');
    expect(registerText(0xfffffffe)).toBe('0xfffffffe (-2)');
    expect(registerText(42, { hex: true })).toBe('0x0000002a');
  });

  it('carries bytes as base64 and refuses other text', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(fromBase64('t', toBase64(bytes))).toEqual(bytes);
    expect(() => fromBase64('t', 'not base64!')).toThrow(/base64/);
    expect(() => fromBase64('t', 7)).toThrow(/base64/);
  });
});

describe('launch sizes and command line', () => {
  it.each([
    ['64M', 64 << 20], ['512k', 512 << 10], ['1G', 1 << 30], ['4096', 4096], [8192, 8192], ['12 MiB', 12 << 20],
  ] as const)('size %s', (text, want) => expect(parseSize(text)).toBe(want));

  it.each(['', 'lots', '-5', '1.5M', 0, -1])('not a size: %s', (text) => expect(parseSize(text)).toBeUndefined());

  it('parses tessera-dap arguments', () => {
    expect(parseArgs([])).toEqual({ mode: 'stdio' });
    expect(parseArgs(['--server=4711'])).toEqual({ mode: 'server', port: 4711 });
    expect(parseArgs(['--server=0'])).toEqual({ mode: 'server', port: 0 });
    expect(parseArgs(['--help'])).toEqual({ mode: 'help' });
    expect(parseArgs(['--server=99999'])).toMatchObject({ mode: 'error' });
    expect(parseArgs(['--frob'])).toEqual({ mode: 'error', message: "tessera-dap: unknown argument '--frob'" });
  });
});
