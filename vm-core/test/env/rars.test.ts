import { describe, expect, it } from 'vitest';
import { RARS_CALLS, parseJavaInt } from '../../src/env/rars.js';
import { LINUX_CALLS, linux } from '../../src/env/linux.js';
import { BRK_START, EnvFail, GuestExit, MEM_BASE, REG, call, fake } from './fake-context.js';

const rars = (n: number) => RARS_CALLS.find((f) => f.number === n);
const BUF = MEM_BASE + 0x100;

describe('RARS printing services', () => {
  it('PrintInt (1) prints signed decimal', () => {
    const { ctx, io } = fake();
    for (const v of [0, 42, -1, -2147483648, 2147483647]) call(rars(1), ctx.set({ a0: v }));
    expect(io.stdoutText()).toBe('042-1-21474836482147483647');
  });

  it('PrintIntHex (34) prints 0x and 8 lowercase digits', () => {
    const { ctx, io } = fake();
    call(rars(34), ctx.set({ a0: 255 }));
    call(rars(34), ctx.set({ a0: -1 }));
    call(rars(34), ctx.set({ a0: 0xdeadbeef | 0 }));
    expect(io.stdoutText()).toBe('0x000000ff0xffffffff0xdeadbeef');
  });

  it('PrintIntBinary (35) prints 32 digits', () => {
    const { ctx, io } = fake();
    call(rars(35), ctx.set({ a0: 5 }));
    expect(io.stdoutText()).toBe('00000000000000000000000000000101');
    io.clearOutput();
    call(rars(35), ctx.set({ a0: -2 }));
    expect(io.stdoutText()).toBe('11111111111111111111111111111110');
  });

  it('PrintIntUnsigned (36) prints the unsigned value', () => {
    const { ctx, io } = fake();
    call(rars(36), ctx.set({ a0: -1 }));
    expect(io.stdoutText()).toBe('4294967295');
  });

  it('PrintString (4) prints up to the NUL, bytes as they are', () => {
    const { ctx, io } = fake();
    ctx.poke(BUF, new Uint8Array([0x68, 0xc3, 0xa9, 0x0a, 0, 0x78]));
    call(rars(4), ctx.set({ a0: BUF }));
    expect(io.stdoutText()).toBe('hé\n');
  });

  it('PrintString (4) reads a string that runs across 256-byte pieces', () => {
    const { ctx, io } = fake();
    const text = 'x'.repeat(600);
    ctx.cstring(BUF + 200, text);
    call(rars(4), ctx.set({ a0: BUF + 200 }));
    expect(io.stdoutText()).toBe(text);
  });

  it('PrintChar (11) prints the low byte', () => {
    const { ctx, io } = fake();
    call(rars(11), ctx.set({ a0: 0x141 }));
    expect(io.stdoutText()).toBe('A');
  });
});

describe('RARS input services', () => {
  it('ReadInt (5) reads a line, blanks around allowed', () => {
    const { ctx } = fake({ stdin: '  -42 \n17\r\n+5\n' });
    expect(call(rars(5), ctx)).toBe(-42);
    expect(call(rars(5), ctx)).toBe(17);
    expect(call(rars(5), ctx)).toBe(5);
  });

  it('ReadInt (5) ends the program on bad input, overflow and end of input, with RARS\'s message', () => {
    for (const input of ['12a\n', '2147483648\n', '\n', '']) {
      const { ctx } = fake({ stdin: input });
      expect(() => call(rars(5), ctx)).toThrow(new EnvFail('invalid integer input (syscall 5)'));
    }
  });

  it('parses integers as Java does', () => {
    expect(parseJavaInt('-2147483648')).toBe(-2147483648);
    expect(parseJavaInt('007')).toBe(7);
    expect(parseJavaInt('0x10')).toBeUndefined();
    expect(parseJavaInt('1 2')).toBeUndefined();
  });

  it('ReadString (8): a short line gets a newline and a NUL', () => {
    const { ctx } = fake({ stdin: 'hi\nnext\n' });
    ctx.poke(BUF, new Uint8Array(8).fill(0xaa));
    call(rars(8), ctx.set({ a0: BUF, a1: 8 }));
    expect([...ctx.readBytes(BUF, 6)]).toEqual([0x68, 0x69, 10, 0, 0xaa, 0xaa]);
  });

  it('ReadString (8): a long line is cut to a1 - 1 bytes, without newline, and the rest is dropped', () => {
    const { ctx } = fake({ stdin: 'abcdefgh\nxy\n' });
    ctx.poke(BUF, new Uint8Array(8).fill(0xaa));
    call(rars(8), ctx.set({ a0: BUF, a1: 4 }));
    expect([...ctx.readBytes(BUF, 5)]).toEqual([0x61, 0x62, 0x63, 0, 0xaa]);
    call(rars(8), ctx.set({ a0: BUF, a1: 4 }));
    expect([...ctx.readBytes(BUF, 4)]).toEqual([0x78, 0x79, 10, 0]);
  });

  it('ReadString (8): exactly a1 - 1 characters leave no room for the newline', () => {
    const { ctx } = fake({ stdin: 'abc\n' });
    call(rars(8), ctx.set({ a0: BUF, a1: 4 }));
    expect([...ctx.readBytes(BUF, 4)]).toEqual([0x61, 0x62, 0x63, 0]);
  });

  it('ReadString (8): a1 = 1 stores only the NUL, a1 = 0 stores nothing, both consume the line', () => {
    const { ctx } = fake({ stdin: 'one\ntwo\nthree\n' });
    ctx.poke(BUF, new Uint8Array(4).fill(0xaa));
    call(rars(8), ctx.set({ a0: BUF, a1: 1 }));
    expect([...ctx.readBytes(BUF, 2)]).toEqual([0, 0xaa]);
    ctx.poke(BUF, new Uint8Array(4).fill(0xaa));
    call(rars(8), ctx.set({ a0: BUF, a1: 0 }));
    expect([...ctx.readBytes(BUF, 2)]).toEqual([0xaa, 0xaa]);
    call(rars(8), ctx.set({ a0: BUF, a1: 10 }));
    expect(ctx.readCString(BUF)).toBe('three\n');
  });

  it('ReadString (8) at end of input stores an empty line: newline and NUL', () => {
    const { ctx } = fake({ stdin: '' });
    call(rars(8), ctx.set({ a0: BUF, a1: 10 }));
    expect([...ctx.readBytes(BUF, 2)]).toEqual([10, 0]);
  });

  it('ReadChar (12) answers the first character of a line; an empty line is an error', () => {
    const { ctx } = fake({ stdin: 'xyz\n\n' });
    expect(call(rars(12), ctx)).toBe(0x78);
    expect(() => call(rars(12), ctx)).toThrow(new EnvFail('invalid char input (syscall 12)'));
  });

  it('a line RARS reads past stays available to read(0)', () => {
    const { ctx } = fake({ stdin: '7\nrest' });
    expect(call(rars(5), ctx)).toBe(7);
    const n = call(LINUX_CALLS.get(63), ctx.set({ a0: 0, a1: BUF, a2: 100 }));
    expect(n).toBe(4);
    expect(new TextDecoder().decode(ctx.readBytes(BUF, 4))).toBe('rest');
  });
});

describe('RARS system services', () => {
  it('Sbrk (9) answers the old break and moves it by a multiple of 4', () => {
    const { ctx } = fake();
    expect(call(rars(9), ctx.set({ a0: 10 }))).toBe(BRK_START);
    expect(ctx.brkEnd).toBe(BRK_START + 12);
    expect(call(rars(9), ctx.set({ a0: 4 }))).toBe(BRK_START + 12);
    expect(call(rars(9), ctx.set({ a0: 0 }))).toBe(BRK_START + 16);
  });

  it('Sbrk (9) refuses negative and too large requests as RARS does', () => {
    const { ctx } = fake();
    expect(() => call(rars(9), ctx.set({ a0: -4 }))).toThrow('request (-4) is negative heap amount (syscall 9)');
    expect(() => call(rars(9), ctx.set({ a0: 0x7fff0000 }))).toThrow('exceeds available heap storage');
  });

  it('Exit (10) exits with 0; 93 (Exit2) is the Linux exit with a0', () => {
    const { ctx } = fake();
    const codeOf = (n: number): number | undefined => {
      try {
        call(linux.ecalls.get(n), ctx.set({ a0: 5 }));
      } catch (e) {
        if (e instanceof GuestExit) return e.code;
      }
      return undefined;
    };
    expect(codeOf(10)).toBe(0);
    expect(codeOf(93)).toBe(5);
  });

  it('Time (30) splits milliseconds into a0 (low) and a1 (high)', () => {
    const ms = 0x1_2345_6789_ab;
    const { ctx } = fake({ now: () => ms + 0.75 });
    call(rars(30), ctx);
    expect(ctx.reg(REG.a0) >>> 0).toBe(ms % 0x1_0000_0000);
    expect(ctx.reg(REG.a1)).toBe(Math.floor(ms / 0x1_0000_0000));
  });

  it('RandInt (41) and RandIntRange (42) use the host randomness', () => {
    const words = [0xffffffff, 0x80000000, 0, 0xffffffff];
    const { ctx } = fake({ random: () => words.shift()! });
    expect(call(rars(41), ctx.set({ a0: 0 }))).toBe(-1);
    expect(call(rars(42), ctx.set({ a0: 0, a1: 10 }))).toBe(5);
    expect(call(rars(42), ctx.set({ a0: 0, a1: 10 }))).toBe(0);
    expect(call(rars(42), ctx.set({ a0: 0, a1: 10 }))).toBe(9);
  });

  it('RandIntRange (42) refuses a bound that is not positive', () => {
    const { ctx } = fake();
    expect(() => call(rars(42), ctx.set({ a1: 0 }))).toThrow('Upper bound of range cannot be negative (syscall 42)');
  });
});

describe('the merged linux table', () => {
  it('has every RARS and Linux number once, and they do not overlap', () => {
    const rarsNumbers = RARS_CALLS.map((f) => f.number);
    expect(rarsNumbers.filter((n) => LINUX_CALLS.has(n))).toEqual([]);
    expect([...linux.ecalls.keys()].sort((a, b) => a - b)).toEqual([...rarsNumbers, ...LINUX_CALLS.keys()].sort((a, b) => a - b));
    expect(rarsNumbers.sort((a, b) => a - b)).toEqual([1, 4, 5, 8, 9, 10, 11, 12, 30, 34, 35, 36, 41, 42]);
  });
});
