// Each diagnostics/*.s assembles to the diagnostics in its .expected file (UPDATE_GOLDEN=1 rewrites).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'vitest';
import { assemble } from '../../src/asm/assemble.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { expectGolden } from '../support/golden.js';

const dir = relative(process.cwd(), join(import.meta.dirname, 'diagnostics'));

function render(d: Diagnostic): string {
  const r = d.range;
  const at = (x: typeof r) => `${relative(dir, x.file) || x.file}:${x.start.line}:${x.start.col}-${x.end.line}:${x.end.col}`;
  let s = `${at(r)} ${d.severity} ${d.code}: ${d.message}\n`;
  for (const rel of d.related ?? []) s += `  ${at(rel.range)} note: ${rel.message}\n`;
  return s;
}

describe('assembler diagnostics', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.s')).sort()) {
    it(name, () => {
      const path = join(dir, name);
      const result = assemble({ path, text: readFileSync(path, 'utf8') }, {
        readFile: (p) => {
          try {
            return readFileSync(p, 'utf8');
          } catch {
            return undefined;
          }
        },
      });
      expectGolden(path.replace(/\.s$/, '.expected'), result.diagnostics.map(render).join(''));
    });
  }
});
