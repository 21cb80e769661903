// Run File runs the bundled `tessera run --stats` in a terminal; this reads the statistics block
// it prints to stderr (vm-core/src/cli/run.ts formatStats) for the status bar and the summary line.

export interface RunSummary {
  status: string;
  exitCode: number;
  instret: number;
  gas: number;
  segments?: number;
}

const FIELD = /^(status|exit code|instructions|gas used|segments)\s{2,}(.+)$/;

const number = (s: string): number => Number(s.replace(/,/g, ''));

/** The last complete statistics block in the output, or undefined when there is none. */
export function parseRunStats(output: string): RunSummary | undefined {
  let found: RunSummary | undefined;
  let partial: Partial<RunSummary> = {};
  for (const raw of output.split(/\r?\n/)) {
    const m = FIELD.exec(raw.trimEnd());
    if (!m) continue;
    const [, name, value] = m as unknown as [string, string, string];
    if (name === 'status') partial = { status: value.trim() };
    else if (name === 'exit code') partial.exitCode = number(value);
    else if (name === 'instructions') partial.instret = number(value);
    else if (name === 'gas used') partial.gas = number(value);
    else if (name === 'segments') partial.segments = number(value);
    if (partial.status !== undefined && partial.exitCode !== undefined && partial.instret !== undefined && partial.gas !== undefined) {
      found = { status: partial.status, exitCode: partial.exitCode, instret: partial.instret, gas: partial.gas, ...(partial.segments !== undefined ? { segments: partial.segments } : {}) };
    }
  }
  return found;
}

export interface RunOptions {
  environment: string;
  includePaths: readonly string[];
  march: string;
  args: readonly string[];
}

/** The CLI arguments for Run File (options before the program; the guest's arguments after it). */
export function runArguments(program: string, o: RunOptions): string[] {
  const out = ['run', '--stats', '--env', o.environment];
  for (const p of o.includePaths) out.push('-I', p);
  if (o.march && o.march !== 'rv32im') out.push(`-march=${o.march}`);
  out.push(program, ...o.args);
  return out;
}

/** The CLI arguments for a traced run whose JSONL the trace views read. */
export function traceArguments(program: string, out: string, o: RunOptions & { maxSteps: number }): string[] {
  const args = ['trace', '--format', 'jsonl', '--out', out, '--env', o.environment, '--max-steps', String(o.maxSteps)];
  for (const p of o.includePaths) args.push('-I', p);
  if (o.march && o.march !== 'rv32im') args.push(`-march=${o.march}`);
  args.push(program);
  if (o.args.length) args.push('--', ...o.args);
  return args;
}

/** One line for the terminal and the notification: how the run ended. */
export function summaryLine(s: RunSummary | undefined, exitStatus: number | undefined): string {
  const code = exitStatus ?? s?.exitCode;
  if (!s) return `tessera: process ended${code !== undefined ? ` with status ${code}` : ''}`;
  const fmt = (n: number): string => n.toLocaleString('en-US');
  return `tessera: ${s.status}, exit code ${s.exitCode}, ${fmt(s.instret)} instructions, gas ${fmt(s.gas)}`;
}
