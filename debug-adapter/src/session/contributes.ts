// The debugger's part of the extension manifest (root package.json `contributes.debuggers` and
// `contributes.breakpoints`), generated from LAUNCH_ATTRIBUTES so the schema VS Code validates
// launch.json with is the list the session checks. Written by debug-adapter/scripts/contribute.mjs.

import { LAUNCH_ATTRIBUTES, type AttributeType } from './launch-args.js';

export const DEBUG_TYPE = 'tessera';
export const LANGUAGE_ID = 'riscv-asm';

type JsonSchema = Record<string, unknown>;

function schemaOf(type: AttributeType): JsonSchema {
  switch (type) {
    case 'string': return { type: 'string' };
    case 'boolean': return { type: 'boolean' };
    case 'number': return { type: 'number' };
    case 'string[]': return { type: 'array', items: { type: 'string' } };
    case 'record': return { type: 'object', additionalProperties: { type: 'string' } };
    case 'string|number': return { type: ['string', 'number'] };
  }
}

export function launchSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const a of LAUNCH_ATTRIBUTES) {
    properties[a.name] = { ...schemaOf(a.type), description: a.description, ...(a.enum ? { enum: [...a.enum] } : {}), ...(a.default !== undefined ? { default: a.default } : {}) };
  }
  return { required: LAUNCH_ATTRIBUTES.filter((a) => a.required).map((a) => a.name), properties };
}

export function debuggerContributions(): { debuggers: unknown[]; breakpoints: unknown[] } {
  const initial = { type: DEBUG_TYPE, request: 'launch', name: 'Debug the current assembly file', program: '${file}', stopOnEntry: true };
  return {
    debuggers: [
      {
        type: DEBUG_TYPE,
        label: 'Tessera RISC-V',
        languages: [LANGUAGE_ID],
        configurationAttributes: { launch: launchSchema() },
        initialConfigurations: [initial],
        configurationSnippets: [
          { label: 'Tessera: debug an assembly file', description: 'Assemble a .s file and debug it', body: { type: DEBUG_TYPE, request: 'launch', name: 'Debug ${1:program}.s', program: '^"\\${workspaceFolder}/${1:program}.s"', stopOnEntry: true } },
          { label: 'Tessera: debug an ELF with stdin', description: 'Debug an RV32 ELF executable with arguments and input', body: { type: DEBUG_TYPE, request: 'launch', name: 'Debug ${1:program}', program: '^"\\${workspaceFolder}/${1:program}.elf"', args: [], stdin: '' } },
          { label: 'Tessera: debug for OpenVM', description: 'Debug a guest under the OpenVM environment with input hints', body: { type: DEBUG_TYPE, request: 'launch', name: 'Debug ${1:program} (OpenVM)', program: '^"\\${workspaceFolder}/${1:program}.s"', environment: 'openvm', hints: [] } },
        ],
      },
    ],
    breakpoints: [{ language: LANGUAGE_ID }],
  };
}
