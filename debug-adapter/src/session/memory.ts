// readMemory / writeMemory (VS Code's memory inspector) and disassemble (its disassembly view).
// References are 32-bit addresses in hex; anything reaching outside the address space is refused
// or, for disassembly, padded with invalid rows as the protocol asks.

import { InvalidatedEvent, MemoryEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { addressOf, fromBase64, hex8, sourceOf, toBase64 } from './convert.js';
import { ERROR, RequestError, integerArg, optionalIntegerArg } from './request-error.js';
import type { SessionCore } from './session.js';

/** The most one readMemory may ask for: the inspector pages far below this. */
const MAX_READ = 1 << 20;
const MAX_DISASSEMBLE = 10_000;
const INSN_BYTES = 4;

export function registerMemory(core: SessionCore): void {
  core.handle('readMemory', (args) => {
    const rt = core.stoppedRuntime('readMemory');
    const address = addressOf('readMemory', args.memoryReference, args.offset);
    const count = integerArg('readMemory', args, 'count');
    if (count < 0 || count > MAX_READ) throw new RequestError(`readMemory: 'count' must be between 0 and ${MAX_READ}`);
    // Bytes past the top of the space are unreadable, not an error: the inspector asks in pages.
    const inSpace = Math.min(count, 0x1_0000_0000 - address);
    const r = rt.readMemory(address, inSpace);
    return { address: hex8(r.address), data: toBase64(r.data), unreadableBytes: r.unreadable + (count - inSpace) };
  });

  core.handle('writeMemory', (args) => {
    const rt = core.stoppedRuntime('writeMemory');
    const address = addressOf('writeMemory', args.memoryReference, args.offset);
    const data = fromBase64('writeMemory', args.data);
    if (address + data.length > 0x1_0000_0000) throw new RequestError('writeMemory: the data reaches past the end of the 32-bit address space', ERROR.memory);
    // Without allowPartial the write must land whole: check before changing anything.
    if (args.allowPartial !== true && rt.readMemory(address, data.length).data.length < data.length) {
      throw new RequestError(`writeMemory: memory from ${hex8(address)} is not all mapped (${data.length} bytes asked)`, ERROR.memory);
    }
    const written = rt.writeMemory(address, data);
    if (written === 0 && data.length > 0) throw new RequestError(`writeMemory: ${hex8(address)} is not mapped`, ERROR.memory);
    core.sendEvent(new MemoryEvent(hex8(address), 0, written));
    core.sendEvent(new InvalidatedEvent(['variables']));
    return { offset: 0, bytesWritten: written };
  });

  core.handle('disassemble', (args) => {
    const rt = core.stoppedRuntime('disassemble');
    const base = addressOf('disassemble', args.memoryReference, args.offset);
    const first = base + (optionalIntegerArg('disassemble', args, 'instructionOffset') ?? 0) * INSN_BYTES;
    const count = integerArg('disassemble', args, 'instructionCount');
    if (count < 0 || count > MAX_DISASSEMBLE) throw new RequestError(`disassemble: 'instructionCount' must be between 0 and ${MAX_DISASSEMBLE}`);
    const resolveSymbols = args.resolveSymbols !== false;
    const invalid = (address: number): DebugProtocol.DisassembledInstruction => ({ address: address < 0 ? `-0x${(-address).toString(16)}` : `0x${address.toString(16)}`, instruction: '', presentationHint: 'invalid' });
    const out: DebugProtocol.DisassembledInstruction[] = [];
    // Rows before address 0 or past the top are placeholders: the view asks for exact counts.
    let address = first;
    while (out.length < count && address < 0) {
      out.push(invalid(address));
      address += INSN_BYTES;
    }
    const inSpace = Math.max(0, Math.min(count - out.length, Math.floor((0x1_0000_0000 - address) / INSN_BYTES)));
    let lastFile: string | undefined;
    for (const line of inSpace > 0 ? rt.disassemble(address, inSpace) : []) {
      const insn: DebugProtocol.DisassembledInstruction = { address: hex8(line.address), instruction: line.text };
      if (line.word === undefined) insn.presentationHint = 'invalid';
      // The word as objdump prints it (RISC-V reads best as one 32-bit word, not four bytes).
      else insn.instructionBytes = (line.word >>> 0).toString(16).padStart(8, '0');
      if (resolveSymbols && line.symbol) insn.symbol = line.symbol;
      if (line.source) {
        // The protocol lets location be omitted when it repeats the previous row's.
        if (line.source.file !== lastFile) insn.location = sourceOf(line.source.file);
        lastFile = line.source.file;
        insn.line = core.lineToClient(line.source.line);
        insn.column = core.columnToClient(line.source.column);
      }
      out.push(insn);
    }
    for (let a = first + out.length * INSN_BYTES; out.length < count; a += INSN_BYTES) out.push(invalid(a));
    return { instructions: out };
  });
}
