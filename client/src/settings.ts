// The extension's own settings (beyond the server's tessera.* table): which language ids count
// as RISC-V assembly, and how Run File / Show Trace run a program.

export interface ClientSettingDescription {
  key: string;
  type: 'string' | 'number' | 'boolean' | 'array';
  default: unknown;
  description: string;
  items?: { type: 'string' };
  minimum?: number;
  scope: 'resource' | 'window';
}

export const DEFAULT_LANGUAGE_IDS: readonly string[] = ['riscv-asm'];

export const CLIENT_SETTINGS: readonly ClientSettingDescription[] = [
  {
    key: 'tessera.languageIds',
    type: 'array',
    items: { type: 'string' },
    default: DEFAULT_LANGUAGE_IDS,
    description: 'Language ids Tessera treats as RISC-V assembly. Add the id another extension gives `.s` files (e.g. `asm`) to get diagnostics, hover, running and debugging there too; restart the language server afterwards.',
    scope: 'window',
  },
  {
    key: 'tessera.run.args',
    type: 'array',
    items: { type: 'string' },
    default: [],
    description: 'Arguments Run File and Show Trace pass to the program (argv[1…]).',
    scope: 'resource',
  },
  {
    key: 'tessera.trace.maxSteps',
    type: 'number',
    default: 1_000_000,
    minimum: 1,
    description: 'Show Trace, Show Chip Metrics and the hot spots stop a run after this many instructions.',
    scope: 'resource',
  },
  {
    key: 'tessera.trace.rowsShown',
    type: 'number',
    default: 2000,
    minimum: 10,
    description: 'Rows the trace view shows at most (the latest rows that pass the filter).',
    scope: 'window',
  },
  {
    key: 'tessera.hotSpots.enabled',
    type: 'boolean',
    default: true,
    description: 'Colour the gutter of executed lines by how often they ran (after Show Trace or a debugger stop).',
    scope: 'window',
  },
];

/** Language ids from the setting, falling back to riscv-asm for anything unusable. */
export function languageIdsOf(raw: unknown): string[] {
  const ids = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
  return ids.length ? [...new Set(ids)] : [...DEFAULT_LANGUAGE_IDS];
}
