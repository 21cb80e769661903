// The environments by name, and their host functions as the language server documents them
// (`li a7, 64` → write) and the debugger names them. An environment's extensions (openvm's
// custom-0 instructions) are installed when something asks for that environment, not on import:
// otherwise every disassembly would print custom-0 words as OpenVM instructions where objdump
// prints `.4byte`.

import type { Environment, HostFunction } from './types.js';
import { linux } from './linux.js';
import { OPENVM_EXTENSION, OPENVM_SERVICES, openvm } from './openvm.js';
import { installExtension, type VmExtension } from '../machine/extension.js';

const EXTENSIONS: ReadonlyMap<string, VmExtension> = new Map([[OPENVM_EXTENSION.name, OPENVM_EXTENSION]]);

/**
 * Installs the extensions an environment needs (its instructions become known to the assembler,
 * disassembler and engine) and answers them. Installing twice is harmless.
 */
export function installEnvironment(env: Environment): VmExtension[] {
  return (env.extensions ?? []).map((name) => {
    const ext = EXTENSIONS.get(name);
    if (!ext) throw new Error(`environment ${env.name} needs an extension named '${name}', which is not known`);
    installExtension(ext);
    return ext;
  });
}

export const environments: ReadonlyMap<string, Environment> = new Map([
  [linux.name, linux],
  [openvm.name, openvm],
]);

export function environmentByName(name: string): Environment | undefined {
  return environments.get(name);
}

/** The ecall service `a7` selects in an environment. */
export function hostFunctionByNumber(envName: string, a7: number): HostFunction | undefined {
  return environments.get(envName)?.ecalls.get(a7);
}

/** A host function as hover and completion show it. */
export interface HostFunctionInfo {
  environment: string;
  /** 'ecall' (selected by a7), or the extension whose instruction reaches it. */
  via: string;
  name: string;
  /** a7 for ecalls; the extension's selector otherwise (openvm: funct3 << 12 | imm). */
  number: number;
  arity: number;
  doc: string;
  /** Argument names in register order (a0, a1 … for ecalls). */
  args: readonly string[];
}

/** Services reached by an extension's instructions rather than by ecall, per extension name. */
const EXTENSION_SERVICES: ReadonlyMap<string, readonly HostFunction[]> = new Map([['openvm', OPENVM_SERVICES]]);

function info(environment: string, via: string, fn: HostFunction): HostFunctionInfo {
  return { environment, via, name: fn.name, number: fn.number, arity: fn.arity, doc: fn.doc, args: fn.args ?? [] };
}

/** Every host function of one environment (ecalls by number, then extension services), or of all. */
export function hostFunctionList(envName?: string): HostFunctionInfo[] {
  const out: HostFunctionInfo[] = [];
  for (const env of environments.values()) {
    if (envName !== undefined && env.name !== envName) continue;
    for (const fn of [...env.ecalls.values()].sort((a, b) => a.number - b.number)) out.push(info(env.name, 'ecall', fn));
    for (const ext of env.extensions ?? []) for (const fn of EXTENSION_SERVICES.get(ext) ?? []) out.push(info(env.name, ext, fn));
  }
  return out;
}
