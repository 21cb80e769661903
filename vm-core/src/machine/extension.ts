// VmExtension: how instruction sets join the machine (OpenVM's extension system). An extension
// brings table entries (so the assembler, disassembler, hover and completion know the mnemonics),
// the chips that execute them, and host functions. RV32I, M and each environment are extensions.

import { registerInstruction, type InstructionDef, type InstructionSpec } from '../isa/instructions.js';
import type { ChipDef } from './chip.js';
import type { HostFunction } from '../env/types.js';

export interface VmExtension {
  readonly name: string;
  readonly description: string;
  /** New instructions (custom-0 0x0b / custom-1 0x2b opcode space). Built-in extensions list none: their entries are the table's. */
  readonly instructions?: readonly InstructionDef[];
  /** Executors for the chips the instructions name. */
  readonly chips: readonly ChipDef[];
  /** Host functions reached from the extension's instructions, keyed by the selector its chip passes to envCall. */
  readonly services?: readonly HostFunction[];
}

const installed = new Map<string, VmExtension>();
const chipsByName = new Map<string, ChipDef>();

/**
 * Makes an extension's instructions and chips known process-wide. Installing the same extension
 * object twice is a no-op; a different one with a taken name, mnemonic or encoding is refused.
 */
export function installExtension(ext: VmExtension): InstructionSpec[] {
  const existing = installed.get(ext.name);
  if (existing === ext) return [];
  if (existing) throw new Error(`an extension named '${ext.name}' is already installed`);
  for (const chip of ext.chips) {
    if (chipsByName.has(chip.name)) throw new Error(`chip '${chip.name}' is already registered`);
  }
  const specs = (ext.instructions ?? []).map((d) => registerInstruction(d));
  for (const chip of ext.chips) chipsByName.set(chip.name, chip);
  installed.set(ext.name, ext);
  return specs;
}

export function installedExtensions(): VmExtension[] {
  return [...installed.values()];
}

export function chipByName(name: string): ChipDef | undefined {
  return chipsByName.get(name);
}
