// The `tessera.*` settings the server reads per resource (workspace/configuration). The table is
// data: the client turns it into the manifest's `contributes.configuration`, so the defaults and
// descriptions here are the ones users see.

export type EnvironmentName = 'linux' | 'openvm';

export interface TesseraSettings {
  /** Environment whose ecall numbers hover and completion describe. */
  environment: EnvironmentName;
  /** Extra folders searched by `.include` (absolute, or relative to the workspace folder). */
  includePaths: string[];
  /** ISA string, as gcc's -march. */
  march: string;
  /** Milliseconds between the last edit and the analysis it triggers. */
  diagnosticsDelay: number;
  formatting: {
    /** Column (0-based) where mnemonics start; labels sit at column 0. */
    mnemonicColumn: number;
    /** Width of the mnemonic field: operands start at mnemonicColumn + this. */
    mnemonicWidth: number;
    /** Column where end-of-line comments start (at least one space after the operands). */
    commentColumn: number;
    /** Put a label on its own line when a statement follows it. */
    labelOnOwnLine: boolean;
    /** Use tabs instead of spaces to reach the columns (tab width 8). */
    useTabs: boolean;
  };
  inlayHints: {
    /** Show the address of each label. */
    labelAddresses: boolean;
    /** Show what each pseudo-instruction expands to. */
    pseudoExpansions: boolean;
  };
  codeLens: {
    /** Show "Run | Debug" above `_start` and `main`. */
    runDebug: boolean;
  };
}

export interface SettingDescription {
  /** Full key, e.g. `tessera.environment`. */
  key: string;
  type: 'string' | 'number' | 'boolean' | 'array';
  default: unknown;
  description: string;
  enum?: readonly string[];
  enumDescriptions?: readonly string[];
  items?: { type: 'string' };
  minimum?: number;
  maximum?: number;
  /** VS Code scope: every setting here may differ per folder or file. */
  scope: 'resource';
}

export const DEFAULT_SETTINGS: TesseraSettings = {
  environment: 'linux',
  includePaths: [],
  march: 'rv32im',
  diagnosticsDelay: 25,
  formatting: { mnemonicColumn: 8, mnemonicWidth: 8, commentColumn: 40, labelOnOwnLine: false, useTabs: false },
  inlayHints: { labelAddresses: true, pseudoExpansions: false },
  codeLens: { runDebug: true },
};

/** Every setting, for `contributes.configuration` (the client copies this list into package.json). */
export const SETTINGS: readonly SettingDescription[] = [
  {
    key: 'tessera.environment',
    type: 'string',
    default: DEFAULT_SETTINGS.environment,
    enum: ['linux', 'openvm'],
    enumDescriptions: ['Linux system calls (and RARS console services) selected by a7', "OpenVM's guest ABI: terminate, hints, reveal, printstr"],
    description: 'Environment the program runs in: decides what hover and completion say about `li a7, N` / `ecall`.',
    scope: 'resource',
  },
  {
    key: 'tessera.includePaths',
    type: 'array',
    items: { type: 'string' },
    default: DEFAULT_SETTINGS.includePaths,
    description: 'Folders searched by `.include` after the including file\'s own folder (absolute, or relative to the workspace folder).',
    scope: 'resource',
  },
  {
    key: 'tessera.march',
    type: 'string',
    default: DEFAULT_SETTINGS.march,
    description: 'ISA string, as gcc\'s -march (e.g. rv32im, rv32im_zicsr).',
    scope: 'resource',
  },
  {
    key: 'tessera.diagnosticsDelay',
    type: 'number',
    default: DEFAULT_SETTINGS.diagnosticsDelay,
    minimum: 0,
    maximum: 5000,
    description: 'Milliseconds to wait after the last edit before re-analysing the file.',
    scope: 'resource',
  },
  {
    key: 'tessera.formatting.mnemonicColumn',
    type: 'number',
    default: DEFAULT_SETTINGS.formatting.mnemonicColumn,
    minimum: 1,
    maximum: 80,
    description: 'Column (counting from 0) where the formatter puts mnemonics and directives; labels stay at column 0.',
    scope: 'resource',
  },
  {
    key: 'tessera.formatting.mnemonicWidth',
    type: 'number',
    default: DEFAULT_SETTINGS.formatting.mnemonicWidth,
    minimum: 1,
    maximum: 40,
    description: 'Width of the mnemonic column: operands start this many columns after the mnemonic column (further when the mnemonic is longer).',
    scope: 'resource',
  },
  {
    key: 'tessera.formatting.commentColumn',
    type: 'number',
    default: DEFAULT_SETTINGS.formatting.commentColumn,
    minimum: 0,
    maximum: 200,
    description: 'Column where end-of-line comments start (0 keeps one space after the operands).',
    scope: 'resource',
  },
  {
    key: 'tessera.formatting.labelOnOwnLine',
    type: 'boolean',
    default: DEFAULT_SETTINGS.formatting.labelOnOwnLine,
    description: 'Move a label that shares a line with an instruction onto its own line.',
    scope: 'resource',
  },
  {
    key: 'tessera.formatting.useTabs',
    type: 'boolean',
    default: DEFAULT_SETTINGS.formatting.useTabs,
    description: 'Reach the columns with tabs (width 8) instead of spaces.',
    scope: 'resource',
  },
  {
    key: 'tessera.inlayHints.labelAddresses',
    type: 'boolean',
    default: DEFAULT_SETTINGS.inlayHints.labelAddresses,
    description: 'Show the linked address of each label as an inlay hint.',
    scope: 'resource',
  },
  {
    key: 'tessera.inlayHints.pseudoExpansions',
    type: 'boolean',
    default: DEFAULT_SETTINGS.inlayHints.pseudoExpansions,
    description: 'Show the real instructions each pseudo-instruction expands to as an inlay hint.',
    scope: 'resource',
  },
  {
    key: 'tessera.codeLens.runDebug',
    type: 'boolean',
    default: DEFAULT_SETTINGS.codeLens.runDebug,
    description: 'Show "Run | Debug" above `_start` and `main`.',
    scope: 'resource',
  },
];

/**
 * Settings from what the client sent for section `tessera` (any shape: a client may send nothing,
 * nulls or wrong types); anything unusable falls back to its default.
 */
export function parseSettings(raw: unknown): TesseraSettings {
  const root = isRecord(raw) ? raw : {};
  const fmt = isRecord(root.formatting) ? root.formatting : {};
  const inlay = isRecord(root.inlayHints) ? root.inlayHints : {};
  const lens = isRecord(root.codeLens) ? root.codeLens : {};
  const d = DEFAULT_SETTINGS;
  return {
    environment: root.environment === 'openvm' || root.environment === 'linux' ? root.environment : d.environment,
    includePaths: Array.isArray(root.includePaths) ? root.includePaths.filter((p): p is string => typeof p === 'string' && p.length > 0) : [...d.includePaths],
    march: typeof root.march === 'string' && root.march.trim() ? root.march.trim() : d.march,
    diagnosticsDelay: num(root.diagnosticsDelay, d.diagnosticsDelay, 0, 5000),
    formatting: {
      mnemonicColumn: num(fmt.mnemonicColumn, d.formatting.mnemonicColumn, 1, 80),
      mnemonicWidth: num(fmt.mnemonicWidth, d.formatting.mnemonicWidth, 1, 40),
      commentColumn: num(fmt.commentColumn, d.formatting.commentColumn, 0, 200),
      labelOnOwnLine: bool(fmt.labelOnOwnLine, d.formatting.labelOnOwnLine),
      useTabs: bool(fmt.useTabs, d.formatting.useTabs),
    },
    inlayHints: {
      labelAddresses: bool(inlay.labelAddresses, d.inlayHints.labelAddresses),
      pseudoExpansions: bool(inlay.pseudoExpansions, d.inlayHints.pseudoExpansions),
    },
    codeLens: { runDebug: bool(lens.runDebug, d.codeLens.runDebug) },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: unknown, fallback: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;
}

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}
