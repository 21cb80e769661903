// The launch arguments the session accepts are those the extension manifest declares: the root
// package.json's contributes.debuggers is generated from LAUNCH_ATTRIBUTES
// (node debug-adapter/scripts/contribute.mjs) and must not drift from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAUNCH_ATTRIBUTES, parseLaunchArguments } from '../../debug-adapter/src/session/launch-args.js';
import { debuggerContributions } from '../../debug-adapter/src/session/contributes.js';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
const REGEN = 'run `npx tsc -b debug-adapter && node debug-adapter/scripts/contribute.mjs`';

describe('contributes.debuggers', () => {
  it(`equals what the adapter generates (${REGEN})`, () => {
    const mine = debuggerContributions();
    expect(pkg.contributes.debuggers).toEqual(mine.debuggers);
    expect(pkg.contributes.breakpoints).toEqual(mine.breakpoints);
  });

  const launch = pkg.contributes.debuggers[0].configurationAttributes.launch;
  it('declares every launch attribute the session accepts, and no other', () => {
    expect(Object.keys(launch.properties).sort()).toEqual(LAUNCH_ATTRIBUTES.map((a) => a.name).sort());
    expect(launch.required).toEqual(['program']);
  });

  it('covers the launch arguments of the issue', () => {
    for (const name of ['program', 'args', 'env', 'cwd', 'stdin', 'environment', 'hints', 'stopOnEntry', 'maxSteps', 'maxMemory', 'traceHistory']) {
      expect(launch.properties[name], name).toBeDefined();
    }
    expect(launch.properties.environment.enum).toEqual(['linux', 'openvm']);
    expect(launch.properties.traceHistory.default).toBe(1_000_000);
  });

  it('the session accepts a value of each declared type and refuses a wrong one', () => {
    const sample: Record<string, unknown> = { string: 'x', boolean: true, number: 5, 'string[]': ['a'], record: { A: '1' } };
    for (const [name, schema] of Object.entries<{ type: string | string[]; items?: unknown; enum?: string[] }>(launch.properties)) {
      const type = Array.isArray(schema.type) ? 'number' : schema.type === 'array' ? 'string[]' : schema.type === 'object' ? 'record' : schema.type;
      const good = schema.enum ? schema.enum[0] : name === 'maxMemory' ? 4096 : sample[type];
      const ok = parseLaunchArguments({ program: 'p.s', [name]: good });
      expect(ok.ok, `${name}: ${JSON.stringify(good)} ${ok.ok ? '' : ok.message}`).toBe(true);
      const bad = parseLaunchArguments({ program: 'p.s', [name]: type === 'boolean' ? 'yes' : false });
      expect(bad.ok, name).toBe(false);
      if (!bad.ok) expect(bad.message).toContain(`'${name}'`);
    }
  });

  it('refuses unknown attributes and reports every problem at once', () => {
    const r = parseLaunchArguments({ progam: 'x.s', stopOnEntry: 'yes', environment: 'windows' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain("unknown attribute 'progam'");
    expect(r.message).toContain("'stopOnEntry' must be true or false");
    expect(r.message).toContain("'environment' must be one of 'linux', 'openvm'");
    expect(r.message).toContain("'program' is required");
  });

  it('ignores what VS Code adds to every configuration', () => {
    const r = parseLaunchArguments({ type: 'tessera', request: 'launch', name: 'x', program: 'a.s', __sessionId: 'abc', __configurationTarget: 5 });
    expect(r.ok).toBe(true);
  });
});
