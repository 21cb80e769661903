// Debug configurations without vscode types: what F5 with no launch.json, the dynamic "Debug
// current file" entry and the Debug File command launch.

export const DEBUG_TYPE = 'tessera';

export interface LaunchConfig {
  type: string;
  request: string;
  name: string;
  program?: string;
  stopOnEntry?: boolean;
  environment?: string;
  includePaths?: string[];
  cwd?: string;
  [key: string]: unknown;
}

export interface ActiveFile {
  path: string;
  languageId: string;
}

export interface ConfigContext {
  active?: ActiveFile;
  languageIds: readonly string[];
  environment: string;
  includePaths: readonly string[];
  /** The folder of the file, when no workspace folder holds it. */
  cwd?: string;
}

/** Whether a file is one the extension treats as assembly (by language, or by an ELF/assembly name). */
export function isProgramFile(f: ActiveFile | undefined, languageIds: readonly string[]): f is ActiveFile {
  return !!f && (languageIds.includes(f.languageId) || /\.(s|S|asm|riscv|elf)$/.test(f.path));
}

export function currentFileConfig(ctx: ConfigContext, stopOnEntry = false): LaunchConfig | undefined {
  if (!isProgramFile(ctx.active, ctx.languageIds)) return undefined;
  const c: LaunchConfig = { type: DEBUG_TYPE, request: 'launch', name: 'Debug current file', program: ctx.active.path, stopOnEntry };
  if (ctx.environment !== 'linux') c.environment = ctx.environment;
  if (ctx.includePaths.length) c.includePaths = [...ctx.includePaths];
  if (ctx.cwd) c.cwd = ctx.cwd;
  return c;
}

export type Resolution = { config: LaunchConfig } | { error: string };

/**
 * resolveDebugConfiguration: an empty configuration (F5 without launch.json) becomes "Debug
 * current file"; a tessera configuration missing `program` gets the active file; settings fill
 * what the configuration leaves out.
 */
export function resolveConfig(given: Partial<LaunchConfig>, ctx: ConfigContext): Resolution {
  const empty = !given.type && !given.request && !given.name;
  if (empty) {
    const c = currentFileConfig(ctx);
    return c ? { config: c } : { error: 'Open a RISC-V assembly (.s) file or an ELF to debug it, or add a launch configuration of type "tessera".' };
  }
  const config: LaunchConfig = { type: DEBUG_TYPE, request: 'launch', name: 'Tessera', ...given } as LaunchConfig;
  if (!config.program) {
    if (!isProgramFile(ctx.active, ctx.languageIds)) return { error: 'The launch configuration has no "program", and the active editor is not an assembly file.' };
    config.program = ctx.active.path;
  }
  if (config.environment === undefined && ctx.environment !== 'linux') config.environment = ctx.environment;
  if (config.includePaths === undefined && ctx.includePaths.length) config.includePaths = [...ctx.includePaths];
  return { config };
}
