import { describe, expect, it } from 'vitest';
import {
  FUNCT3, HintStore, MAX_PUBLIC_VALUES, OPENVM_EXTENSION, OPENVM_SERVICES, Phantom, Reveal, SELECTOR, SYSTEM_OPCODE, Terminate,
  installOpenVm, openvm, withOperands,
} from '../../src/env/openvm.js';
import { HINTS_KEY, HintStreams, hintStreamsOf } from '../../src/env/openvm-hints.js';
import { GuestTrap, type AdapterIO, type Insn } from '../../src/machine/chip.js';
import { decode } from '../../src/isa/encode.js';
import { disassembleWord } from '../../src/isa/disasm.js';
import { instructionByMnemonic } from '../../src/isa/instructions.js';
import { EnvFail, FakeContext, GuestFault, MEM_BASE, REG, fake } from './fake-context.js';

installOpenVm();

const BUF = MEM_BASE + 0x200;
const service = (selector: number) => OPENVM_SERVICES.find((s) => s.number === selector)!;
const iType = (funct3: number, rd: number, rs1: number, imm: number): number =>
  (((imm & 0xfff) << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | SYSTEM_OPCODE) >>> 0;

function insnOf(word: number): Insn {
  const d = decode(word);
  if (!d) throw new Error(`0x${word.toString(16)} does not decode`);
  return { spec: d.spec, word, op: 0, chip: 0, rd: d.rd, rs1: d.rs1, rs2: d.rs2, imm: d.imm, funct3: (word >>> 12) & 7 };
}

/** An AdapterIO over a FakeContext: envCall runs the openvm service with that context. */
class FakeAdapter implements AdapterIO {
  readonly revealed = new Map<number, number>();
  readonly calls: Array<[string, number]> = [];
  terminated: number | undefined;
  constructor(readonly ctx: FakeContext) {}
  readReg(i: number): number {
    return this.ctx.reg(i);
  }
  writeReg(i: number, v: number): void {
    this.ctx.setReg(i, v);
  }
  load(addr: number, size: 1 | 2 | 4): number {
    const b = this.ctx.readBytes(addr, size);
    return b.reduce((v, x, i) => v | (x << (8 * i)), 0);
  }
  store(addr: number, size: 1 | 2 | 4, value: number): void {
    const b = new Uint8Array(size);
    for (let i = 0; i < size; i++) b[i] = (value >>> (8 * i)) & 0xff;
    this.ctx.writeBytes(addr, b);
  }
  reveal(index: number, byte: number): void {
    this.revealed.set(index, byte);
  }
  envCall(kind: string, selector: number, _pc: number, insn?: Insn): void {
    this.calls.push([kind, selector]);
    const fn = OPENVM_SERVICES.find((s) => s.number === selector);
    if (kind !== 'openvm' || !fn) throw new Error(`no service ${kind}/${selector}`);
    // The engine hands services the calling instruction; a context without one uses the latch.
    if (!insn) throw new Error('chips must pass their instruction to envCall');
    withOperands({ rd: insn.rd, rs1: insn.rs1 }, () => fn.call(this.ctx));
  }
  counter(): bigint {
    return 0n;
  }
  terminate(code: number): void {
    this.terminated = code;
    throw new GuestTrap('terminate', undefined, `terminated with code ${code}`, undefined, code);
  }
}

function withHints(hints: Uint8Array[], options: Parameters<typeof fake>[0] = {}) {
  const { ctx, io } = fake(options);
  ctx.state.set(HINTS_KEY, hints);
  return { ctx, io, adapter: new FakeAdapter(ctx) };
}

function trapOf(fn: () => unknown): GuestTrap {
  try {
    fn();
  } catch (e) {
    if (e instanceof GuestTrap) return e;
    throw e;
  }
  throw new Error('no trap');
}

describe('openvm hint streams', () => {
  it('hintinput frames the input as OpenVM does: u32 length, then the bytes padded to 4', () => {
    const s = new HintStreams([Uint8Array.of(1, 2, 3, 4, 5), Uint8Array.of()]);
    expect(s.takeInput()).toBe(true);
    expect(s.available).toBe(12);
    expect([...s.pop(4)!]).toEqual([5, 0, 0, 0]);
    expect([...s.pop(8)!]).toEqual([1, 2, 3, 4, 5, 0, 0, 0]);
    expect(s.pop(1)).toBeUndefined();
    expect(s.takeInput()).toBe(true);
    expect([...s.pop(4)!]).toEqual([0, 0, 0, 0]);
    expect(s.takeInput()).toBe(false);
  });

  it('a new hintinput replaces what is left of the hint stream', () => {
    const s = new HintStreams([Uint8Array.of(9, 9, 9, 9), Uint8Array.of(7)]);
    s.takeInput();
    s.pop(4);
    s.takeInput();
    expect([...s.pop(8)!]).toEqual([1, 0, 0, 0, 7, 0, 0, 0]);
  });

  it('lives in the run\'s state, built from the hints the engine stored', () => {
    const { ctx } = withHints([Uint8Array.of(1)]);
    expect(hintStreamsOf(ctx)).toBe(hintStreamsOf(ctx));
    expect(hintStreamsOf(ctx).inputsLeft).toBe(1);
    expect(hintStreamsOf(new FakeContext()).inputsLeft).toBe(0);
  });
});

describe('openvm services', () => {
  it('hintinput, then hintstorew stores the length word and hintbuffer the data', () => {
    const { ctx } = withHints([Uint8Array.of(0xaa, 0xbb, 0xcc, 0xdd, 0xee)], { withStore: true });
    service(SELECTOR.HINT_INPUT).call(ctx);
    ctx.set({ a0: BUF, a1: 2 });
    withOperands({ rd: REG.a0, rs1: 0 }, () => service(SELECTOR.HINT_STOREW).call(ctx));
    expect(ctx.u32(BUF)).toBe(5);
    withOperands({ rd: REG.a0, rs1: REG.a1 }, () => service(SELECTOR.HINT_BUFFER).call(ctx));
    expect([...ctx.readBytes(BUF, 8)]).toEqual([0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0, 0, 0]);
    expect(ctx.stores.map((s) => s.size)).toEqual([4, 4, 4]);
  });

  it('errors as OpenVM raises them: EndOfInputStream, HintOutOfBounds, zero-word buffers', () => {
    const { ctx } = withHints([Uint8Array.of(1)]);
    service(SELECTOR.HINT_INPUT).call(ctx);
    expect(() => service(SELECTOR.HINT_INPUT).call(ctx)).toThrow(/EndOfInputStream/);
    ctx.set({ a0: BUF, a1: 3 });
    expect(() => withOperands({ rd: REG.a0, rs1: REG.a1 }, () => service(SELECTOR.HINT_BUFFER).call(ctx))).toThrow(/HintOutOfBounds/);
    ctx.set({ a1: 0 });
    expect(() => withOperands({ rd: REG.a0, rs1: REG.a1 }, () => service(SELECTOR.HINT_BUFFER).call(ctx))).toThrow(EnvFail);
  });

  it('hintstorew needs an aligned address (through the guest store when the context has one)', () => {
    const a = withHints([Uint8Array.of(1)]);
    service(SELECTOR.HINT_INPUT).call(a.ctx);
    a.ctx.set({ a0: BUF + 2 });
    expect(() => withOperands({ rd: REG.a0, rs1: 0 }, () => service(SELECTOR.HINT_STOREW).call(a.ctx))).toThrow(/aligned/);
    const b = withHints([Uint8Array.of(1)], { withStore: true });
    service(SELECTOR.HINT_INPUT).call(b.ctx);
    b.ctx.set({ a0: BUF + 2 });
    expect(() => withOperands({ rd: REG.a0, rs1: 0 }, () => service(SELECTOR.HINT_STOREW).call(b.ctx))).toThrow(GuestFault);
  });

  it('a service called without operands fails cleanly', () => {
    const { ctx } = withHints([]);
    expect(() => service(SELECTOR.PRINT_STR).call(ctx)).toThrow(/without an instruction's operands/);
  });

  it('printstr prints rs1 bytes at [rd], which must be UTF-8', () => {
    const { ctx, io } = withHints([]);
    ctx.poke(BUF, 'héllo!');
    ctx.set({ a0: BUF, a1: 6 });
    withOperands({ rd: REG.a0, rs1: REG.a1 }, () => service(SELECTOR.PRINT_STR).call(ctx));
    expect(io.stdoutText()).toBe('héllo');
    ctx.poke(BUF, Uint8Array.of(0xff, 0xfe));
    ctx.set({ a1: 2 });
    expect(() => withOperands({ rd: REG.a0, rs1: REG.a1 }, () => service(SELECTOR.PRINT_STR).call(ctx))).toThrow(/not valid UTF-8/);
  });

  it('hintrandom resets the hint stream to 4·rd random bytes', () => {
    const { ctx } = withHints([], { random: () => 0x04030201 });
    ctx.set({ a0: 2 });
    withOperands({ rd: REG.a0, rs1: 0 }, () => service(SELECTOR.HINT_RANDOM).call(ctx));
    expect(hintStreamsOf(ctx).available).toBe(8);
    expect([...hintStreamsOf(ctx).pop(4)!]).toEqual([1, 2, 3, 4]);
  });
});

describe('openvm chips', () => {
  it('terminate ends the run with the immediate as exit code', () => {
    const { adapter } = withHints([]);
    const trap = trapOf(() => Terminate.execute(adapter, insnOf(iType(FUNCT3.TERMINATE, 0, 0, 7)), 0x1000));
    expect(trap.kind).toBe('terminate');
    expect(adapter.terminated).toBe(7);
  });

  it('terminate with an exit code that is not a byte is illegal', () => {
    const { adapter } = withHints([]);
    for (const code of [-1, 256]) {
      const trap = trapOf(() => Terminate.execute(adapter, insnOf(iType(FUNCT3.TERMINATE, 0, 0, code)), 0x1000));
      expect(trap.faultKind).toBe('illegal-instruction');
    }
  });

  it('reveal writes the word rs1 to public values at rd + imm, byte by byte', () => {
    const { ctx, adapter } = withHints([]);
    ctx.set({ a0: 8, a1: 0x44332211 });
    expect(Reveal.execute(adapter, insnOf(iType(FUNCT3.REVEAL, REG.a0, REG.a1, 4)), 0x1000)).toBe(0x1004);
    expect([...adapter.revealed]).toEqual([[12, 0x11], [13, 0x22], [14, 0x33], [15, 0x44]]);
  });

  it('reveal to a misaligned or too large offset faults', () => {
    const { ctx, adapter } = withHints([]);
    ctx.set({ a0: 2, a1: 1 });
    expect(trapOf(() => Reveal.execute(adapter, insnOf(iType(FUNCT3.REVEAL, REG.a0, REG.a1, 0)), 0)).faultKind).toBe('misaligned-store');
    ctx.set({ a0: MAX_PUBLIC_VALUES });
    expect(trapOf(() => Reveal.execute(adapter, insnOf(iType(FUNCT3.REVEAL, REG.a0, REG.a1, 0)), 0)).faultKind).toBe('store-fault');
    ctx.set({ a0: 4 });
    expect(trapOf(() => Reveal.execute(adapter, insnOf(iType(FUNCT3.REVEAL, REG.a0, REG.a1, -8)), 0)).faultKind).toBe('store-fault');
  });

  it('hint store and phantom call the service their immediate selects, with the instruction\'s registers', () => {
    const { ctx, io, adapter } = withHints([Uint8Array.of(1, 2, 3, 4)]);
    expect(Phantom.execute(adapter, insnOf(iType(FUNCT3.PHANTOM, 0, 0, 0)), 0x2000)).toBe(0x2004);
    ctx.setReg(REG.t0, BUF);
    HintStore.execute(adapter, insnOf(iType(FUNCT3.HINT, REG.t0, 0, 0)), 0x2004);
    HintStore.execute(adapter, insnOf(iType(FUNCT3.HINT, REG.t0, 0, 0)), 0x2008);
    expect(ctx.u32(BUF)).toBe(0x04030201);
    ctx.poke(BUF + 16, 'ok');
    ctx.setReg(REG.t0, BUF + 16);
    ctx.setReg(REG.t1, 2);
    Phantom.execute(adapter, insnOf(iType(FUNCT3.PHANTOM, REG.t0, REG.t1, 1)), 0x200c);
    expect(io.stdoutText()).toBe('ok');
    expect(adapter.calls).toEqual([['openvm', SELECTOR.HINT_INPUT], ['openvm', SELECTOR.HINT_STOREW], ['openvm', SELECTOR.HINT_STOREW], ['openvm', SELECTOR.PRINT_STR]]);
  });

  it('unknown immediates of hint store and phantom are illegal instructions', () => {
    const { adapter } = withHints([]);
    expect(trapOf(() => HintStore.execute(adapter, insnOf(iType(FUNCT3.HINT, 1, 2, 2)), 0)).faultKind).toBe('illegal-instruction');
    expect(trapOf(() => Phantom.execute(adapter, insnOf(iType(FUNCT3.PHANTOM, 0, 0, 3)), 0)).faultKind).toBe('illegal-instruction');
    expect(adapter.calls).toEqual([]);
  });
});

describe('openvm instructions and environment', () => {
  it('registers one custom-0 entry per funct3 with its chip', () => {
    expect(OPENVM_EXTENSION.chips.map((c) => c.name)).toEqual(['Terminate', 'HintStore', 'Reveal', 'Phantom']);
    for (const [mnemonic, funct3, chip] of [['terminate', 0, 'Terminate'], ['hintstore', 1, 'HintStore'], ['reveal', 2, 'Reveal'], ['phantom', 3, 'Phantom']] as const) {
      const spec = instructionByMnemonic(mnemonic)!;
      expect(spec.opcode).toBe(0x0b);
      expect(spec.funct3).toBe(funct3);
      expect(spec.chip).toBe(chip);
      expect(decode(iType(funct3, 5, 6, 1))?.spec).toBe(spec);
    }
  });

  it('the words OpenVM\'s guest library emits decode and print', () => {
    // hint_input(): custom_insn_i!(opcode 0x0b, funct3 3, rd x0, rs1 x0, imm 0)
    expect(disassembleWord(0x0000300b, 0).text).toBe('phantom\tzero,zero,0');
    // raw_print_str_from_bytes(a0, a1): funct3 3, imm 1
    expect(disassembleWord(iType(3, REG.a0, REG.a1, 1), 0).text).toBe('phantom\ta0,a1,1');
    // terminate with exit code 0 (RVMODEL_HALT_PASS: .insn i 0x0b, 0, x0, x0, 0)
    expect(disassembleWord(0x0000000b, 0).text).toBe('terminate\t0');
    expect(disassembleWord(iType(1, REG.a0, REG.a1, 1), 0).text).toBe('hintstore\ta0,a1,1');
    expect(disassembleWord(iType(2, REG.a0, REG.a1, -4), 0).text).toBe('reveal\ta0,a1,-4');
  });

  it('the environment: no ecall, no CSRs, aligned memory, the openvm extension', () => {
    expect(openvm.allowsEcall).toBe(false);
    expect(openvm.allowsCsr).toBe(false);
    expect(openvm.strictAlign).toBe(true);
    expect(openvm.ecalls.size).toBe(0);
    expect(openvm.extensions).toEqual(['openvm']);
  });
});
