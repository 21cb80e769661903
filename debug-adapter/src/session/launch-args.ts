// The launch arguments of a `tessera` debug configuration: one typed list that the session
// validates against and that `contributes.debuggers[0].configurationAttributes.launch` in the
// root package.json mirrors (test/dap/schema.test.ts keeps the two equal, attribute by attribute).

export type AttributeType = 'string' | 'boolean' | 'number' | 'string[]' | 'record' | 'string|number';

export interface LaunchAttribute {
  readonly name: string;
  readonly type: AttributeType;
  readonly description: string;
  readonly enum?: readonly string[];
  readonly default?: unknown;
  readonly required?: boolean;
}

export const DEFAULT_TRACE_HISTORY = 1_000_000;

export const LAUNCH_ATTRIBUTES: readonly LaunchAttribute[] = [
  { name: 'program', type: 'string', required: true, description: 'The program to debug: a `.s` assembly file (assembled and linked by Tessera) or an RV32 ELF executable.', default: '${file}' },
  { name: 'args', type: 'string[]', description: "The guest's command-line arguments (argv[1…]).", default: [] },
  { name: 'env', type: 'record', description: "The guest's environment variables, NAME: value, in the order given (envp, as on Linux).", default: {} },
  { name: 'cwd', type: 'string', description: 'The folder relative paths (program, stdinFile, hints, includePaths, fsRoot) are resolved against.', default: '${workspaceFolder}' },
  { name: 'fsRoot', type: 'string', description: 'The folder the guest sees as `/` (as `tessera run --fs-root`): its open, read, write, lseek and close reach files below it, never outside. Without it the guest can open no files.' },
  { name: 'stdin', type: 'string', description: "The guest's standard input, as text. Without it (and without stdinFile) a read asks in the Debug Console." },
  { name: 'stdinFile', type: 'string', description: "A file whose bytes are the guest's standard input." },
  { name: 'environment', type: 'string', enum: ['linux', 'openvm'], description: 'The guest ABI: Linux system calls (and RARS ones), or OpenVM (terminate, hints, reveal, printstr).', default: 'linux' },
  { name: 'hints', type: 'string[]', description: 'OpenVM input hints: files whose bytes are the hint streams, in order.', default: [] },
  { name: 'includePaths', type: 'string[]', description: 'Extra folders searched by `.include` when assembling.', default: [] },
  { name: 'stopOnEntry', type: 'boolean', description: 'Stop at the entry point before the first instruction.', default: false },
  { name: 'maxSteps', type: 'number', description: 'Stop the guest after this many instructions (default 10^10).' },
  { name: 'maxMemory', type: 'string|number', description: 'Guest memory limit in bytes, or with a K/M/G suffix (default 512M).' },
  { name: 'traceHistory', type: 'number', description: 'How many instructions can be stepped back (the recorded history, default 1,000,000).', default: DEFAULT_TRACE_HISTORY },
];

/** Keys VS Code and other clients add to every configuration; not the adapter's to check. */
const CLIENT_KEYS = new Set(['type', 'request', 'name', 'preLaunchTask', 'postDebugTask', 'internalConsoleOptions', 'debugServer', 'noDebug', 'presentation', 'suppressMultipleSessionWarning', 'console', 'serverReadyAction']);

export interface LaunchArguments {
  program: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  fsRoot?: string;
  stdin?: string;
  stdinFile?: string;
  environment: 'linux' | 'openvm';
  hints: string[];
  includePaths: string[];
  stopOnEntry: boolean;
  maxSteps?: number;
  maxMemory?: number;
  traceHistory: number;
}

export type LaunchArgumentsResult = { ok: true; args: LaunchArguments } | { ok: false; message: string };

function typeMatches(type: AttributeType, v: unknown): boolean {
  switch (type) {
    case 'string': return typeof v === 'string';
    case 'boolean': return typeof v === 'boolean';
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'string[]': return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'record': return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
    case 'string|number': return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  }
}

const TYPE_TEXT: Record<AttributeType, string> = {
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  'string[]': 'an array of strings',
  record: 'an object of string values',
  'string|number': 'a number or a string such as "64M"',
};

/** "512M" → bytes; undefined when the text is not a size. */
export function parseSize(v: string | number): number | undefined {
  if (typeof v === 'number') return v > 0 && Number.isInteger(v) ? v : undefined;
  const m = /^\s*(\d+)\s*([kmg]?)i?b?\s*$/i.exec(v);
  if (!m) return undefined;
  const scale = { '': 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Number(m[1]) * scale;
  return n > 0 ? n : undefined;
}

/**
 * Checks a launch request's arguments against LAUNCH_ATTRIBUTES: every problem at once, named by
 * attribute, so a broken launch.json is fixed in one go.
 */
export function parseLaunchArguments(raw: unknown): LaunchArgumentsResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: 'launch: the arguments must be an object' };
  const given = raw as Record<string, unknown>;
  const problems: string[] = [];
  const known = new Map(LAUNCH_ATTRIBUTES.map((a) => [a.name, a]));
  for (const [key, value] of Object.entries(given)) {
    const attr = known.get(key);
    if (!attr) {
      if (!CLIENT_KEYS.has(key) && !key.startsWith('__')) problems.push(`unknown attribute '${key}' (known: ${[...known.keys()].join(', ')})`);
      continue;
    }
    if (value === undefined || value === null) continue;
    if (!typeMatches(attr.type, value)) problems.push(`'${key}' must be ${TYPE_TEXT[attr.type]}`);
    else if (attr.enum && !attr.enum.includes(value as string)) problems.push(`'${key}' must be one of ${attr.enum.map((e) => `'${e}'`).join(', ')}, not '${String(value)}'`);
  }
  for (const a of LAUNCH_ATTRIBUTES) if (a.required && (given[a.name] === undefined || given[a.name] === '')) problems.push(`'${a.name}' is required`);
  let maxMemory: number | undefined;
  if (typeof given.maxMemory === 'string' || typeof given.maxMemory === 'number') {
    maxMemory = parseSize(given.maxMemory);
    if (maxMemory === undefined) problems.push(`'maxMemory' is not a size: ${JSON.stringify(given.maxMemory)}`);
  }
  for (const k of ['maxSteps', 'traceHistory'] as const) {
    const v = given[k];
    if (typeof v === 'number' && (!Number.isInteger(v) || v < 0)) problems.push(`'${k}' must be a whole number ≥ 0`);
  }
  if (given.stdin !== undefined && given.stdinFile !== undefined) problems.push("give 'stdin' or 'stdinFile', not both");
  if (problems.length) return { ok: false, message: `invalid launch configuration: ${problems.join('; ')}` };
  const g = given;
  return {
    ok: true,
    args: {
      program: g.program as string,
      args: (g.args as string[] | undefined) ?? [],
      env: (g.env as Record<string, string> | undefined) ?? {},
      cwd: g.cwd as string | undefined,
      fsRoot: g.fsRoot as string | undefined,
      stdin: g.stdin as string | undefined,
      stdinFile: g.stdinFile as string | undefined,
      environment: (g.environment as 'linux' | 'openvm' | undefined) ?? 'linux',
      hints: (g.hints as string[] | undefined) ?? [],
      includePaths: (g.includePaths as string[] | undefined) ?? [],
      stopOnEntry: (g.stopOnEntry as boolean | undefined) ?? false,
      maxSteps: g.maxSteps as number | undefined,
      maxMemory,
      traceHistory: (g.traceHistory as number | undefined) ?? DEFAULT_TRACE_HISTORY,
    },
  };
}
