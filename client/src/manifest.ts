// The manifest contributions the client owns, as data: client/scripts/manifest.mjs writes them
// into the root package.json and client/test/manifest.test.ts checks the two agree. The settings
// come from the server's table (server/src/settings.ts) and the client's own (settings.ts).
import { SETTINGS, TOKEN_SUPERTYPES } from '@tessera/server';
import { CLIENT_SETTINGS } from './settings.js';

export const LANGUAGE_ID = 'riscv-asm';

const ASM_EDITOR = 'editorLangId in tessera.languageIds';
const ASM_RESOURCE = '(resourceLangId in tessera.languageIds || resourceExtname =~ /^\\.(s|S|asm|riscv)$/)';
const ELF_RESOURCE = '(resourceExtname == .elf || resourceExtname == .out)';

interface Command {
  command: string;
  title: string;
  category: string;
  icon?: string;
  enablement?: string;
}

export const COMMANDS: readonly Command[] = [
  { command: 'tessera.runFile', title: 'Run File', category: 'Tessera', icon: '$(play)' },
  { command: 'tessera.debugFile', title: 'Debug File', category: 'Tessera', icon: '$(debug-alt)' },
  { command: 'tessera.showTrace', title: 'Show Trace', category: 'Tessera', icon: '$(list-flat)' },
  { command: 'tessera.showChipMetrics', title: 'Show Chip Metrics', category: 'Tessera', icon: '$(graph)' },
  { command: 'tessera.clearHotSpots', title: 'Clear Hot Spots', category: 'Tessera' },
  { command: 'tessera.assembleToElf', title: 'Assemble to ELF', category: 'Tessera', icon: '$(file-binary)' },
  { command: 'tessera.disassembleElf', title: 'Disassemble ELF', category: 'Tessera' },
  { command: 'tessera.restartServer', title: 'Restart Language Server', category: 'Tessera' },
];

export function manifestContributions(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const s of [...SETTINGS, ...CLIENT_SETTINGS]) {
    const { key, ...rest } = s;
    properties[key] = rest;
  }
  return {
    commands: COMMANDS,
    menus: {
      'editor/title': [
        { command: 'tessera.runFile', when: ASM_RESOURCE, group: 'navigation@1' },
        { command: 'tessera.debugFile', when: ASM_RESOURCE, group: 'navigation@2' },
        { command: 'tessera.showTrace', when: ASM_RESOURCE, group: 'navigation@3' },
        { command: 'tessera.showChipMetrics', when: ASM_RESOURCE, group: '1_tessera@1' },
        { command: 'tessera.assembleToElf', when: ASM_RESOURCE, group: '1_tessera@2' },
      ],
      'explorer/context': [
        { command: 'tessera.runFile', when: `${ASM_RESOURCE} || ${ELF_RESOURCE}`, group: 'tessera@1' },
        { command: 'tessera.debugFile', when: `${ASM_RESOURCE} || ${ELF_RESOURCE}`, group: 'tessera@2' },
        { command: 'tessera.assembleToElf', when: ASM_RESOURCE, group: 'tessera@3' },
        { command: 'tessera.disassembleElf', when: ELF_RESOURCE, group: 'tessera@4' },
      ],
      commandPalette: [
        { command: 'tessera.runFile', when: `${ASM_EDITOR} || ${ASM_RESOURCE} || ${ELF_RESOURCE}` },
        { command: 'tessera.debugFile', when: `${ASM_EDITOR} || ${ASM_RESOURCE} || ${ELF_RESOURCE}` },
        { command: 'tessera.assembleToElf', when: `${ASM_EDITOR} || ${ASM_RESOURCE}` },
      ],
    },
    keybindings: [
      { command: 'tessera.runFile', key: 'ctrl+alt+r', mac: 'cmd+alt+r', when: `editorTextFocus && ${ASM_EDITOR}` },
      { command: 'tessera.showTrace', key: 'ctrl+alt+t', mac: 'cmd+alt+t', when: `editorTextFocus && ${ASM_EDITOR}` },
    ],
    configuration: { title: 'Tessera', properties },
    semanticTokenTypes: semanticTokenTypes(),
    viewsContainers: { panel: [{ id: 'tessera', title: 'Tessera', icon: 'images/trace.svg' }] },
    views: {
      tessera: [
        { type: 'webview', id: 'tessera.trace', name: 'Trace' },
        { type: 'webview', id: 'tessera.chipMetrics', name: 'Chip Metrics' },
      ],
    },
  };
}

export const ACTIVATION_EVENTS: readonly string[] = [
  `onLanguage:${LANGUAGE_ID}`,
  'onDebugResolve:tessera',
  'onDebugDynamicConfigurations:tessera',
  'onDebugInitialConfigurations',
  'onView:tessera.trace',
  'onView:tessera.chipMetrics',
  // Users who map .s to another language id (tessera.languageIds) have no onLanguage of ours.
  'onStartupFinished',
];

/** VS Code's own semantic token types, which need no declaration (and must not be redeclared). */
const STANDARD_TOKEN_TYPES = new Set(['namespace', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'type', 'parameter', 'variable', 'property', 'enumMember', 'decorator', 'event', 'function', 'method', 'macro', 'label', 'comment', 'string', 'keyword', 'number', 'regexp', 'operator']);

const TOKEN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  mnemonic: 'An instruction mnemonic (add, lw, ecall)',
  pseudo: 'A pseudo-instruction (li, la, call, ret)',
  register: 'A register, by number or ABI name (x10, a0)',
  symbol: 'A symbol defined by .equ, .set or =',
  directive: 'An assembler directive (.text, .word, .macro)',
  macroParameter: 'A macro parameter (\\arg) inside a macro body',
  relocation: 'A relocation function (%hi, %lo, %pcrel_hi, %pcrel_lo)',
};

/** The server's own token types, each themed like the standard type it extends. */
function semanticTokenTypes(): { id: string; superType: string; description: string }[] {
  return Object.entries(TOKEN_SUPERTYPES)
    .filter(([id]) => !STANDARD_TOKEN_TYPES.has(id))
    .map(([id, superType]) => ({ id, superType, description: TOKEN_DESCRIPTIONS[id] ?? `RISC-V assembly: ${id}` }));
}
