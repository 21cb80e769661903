// A ParseCache changes how fast a file is assembled again, never what comes out: every corpus
// program and every diagnostics fixture is assembled without a cache, with a cold one, with a warm
// one, and after edits (a line changed, a line inserted, a line removed) with the cache of the text
// before the edit; objects, diagnostics and the editor analysis must be the same each time.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble, ParseCache, type AssembleOptions } from '../../src/index.js';

const ROOT = resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.s') ? [p] : [];
  });
}

const FILES = [...sources(join(ROOT, 'test/corpus')), ...sources(join(ROOT, 'vm-core/test/asm/diagnostics'))];

function options(path: string, parseCache?: ParseCache): AssembleOptions {
  const readFile = (p: string): string | undefined => {
    try {
      return readFileSync(resolve(dirname(path), p), 'utf8');
    } catch {
      return undefined;
    }
  };
  return { readFile, includePaths: [dirname(path)], analysis: true, ...(parseCache ? { parseCache } : {}) };
}

/** The result with byte arrays as digests: deep-comparing a megabyte section element by element takes seconds. */
function digest(v: unknown): unknown {
  if (v instanceof Uint8Array) return `${v.length} bytes, sha1 ${createHash('sha1').update(v).digest('hex')}`;
  if (Array.isArray(v)) return v.map(digest);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, digest(x)]));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, digest(x)]));
  return v;
}

function run(path: string, text: string, cache?: ParseCache): unknown {
  const r = assemble({ path, text }, options(path, cache));
  return digest({ objects: r.objects, diagnostics: r.diagnostics, analyses: r.analyses, image: r.image });
}

/** Edits in the middle of the text: change a line's operand, insert a line, remove a line. */
function edits(text: string): string[] {
  const lines = text.split('\n');
  const mid = lines.length >> 1;
  const changed = [...lines];
  changed[mid] = `${changed[mid]} # edited`.replace(/\d+/, (d) => String(Number(d) + 1));
  return [changed.join('\n'), [...lines.slice(0, mid), '\tnop', ...lines.slice(mid)].join('\n'), [...lines.slice(0, mid), ...lines.slice(mid + 1)].join('\n')];
}

describe('ParseCache', () => {
  it('finds the corpus', () => {
    expect(FILES.length).toBeGreaterThan(20);
  });

  it.each(FILES.map((f) => [f.slice(ROOT.length + 1), f]))('%s: the same result with a cold, warm and edited cache', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const cache = new ParseCache();
    const plain = run(path, text);
    expect(run(path, text, cache)).toEqual(plain);
    expect(run(path, text, cache)).toEqual(plain);
    expect(cache.hits).toBeGreaterThanOrEqual(cache.misses > 0 ? 1 : 0);
    for (const edited of edits(text)) {
      expect(run(path, edited, cache)).toEqual(run(path, edited));
    }
  });

  it('keeps only what the last assembly used', () => {
    const cache = new ParseCache();
    const path = 'a.s';
    assemble({ path, text: 'addi a0, a0, 1\naddi a1, a1, 2\n' }, { parseCache: cache });
    expect(cache.size).toBe(2);
    assemble({ path, text: 'nop\n' }, { parseCache: cache });
    assemble({ path, text: 'nop\n' }, { parseCache: cache });
    expect(cache.size).toBe(1); // nop: what the last assembly used
    assemble({ path, text: 'addi a0, a0, 1\n' }, { parseCache: cache });
    expect(cache.misses).toBe(4);
  });

  it('keeps lexed blocks: a walk of random edits through one cache equals fresh assemblies', () => {
    // Many blocks (cut by content, see LexCache), block comments across lines and across cuts, a
    // '/*' inside a string, lexing errors, a macro expanded often: the edits move blocks' offsets
    // and lines, and split or merge them.
    const parts: string[] = ['\t.macro bump r\n\taddi \\r, \\r, 1\n\t.endm\n\t.text\n\t.globl _start\n_start:\n'];
    for (let i = 0; i < 900; i++) {
      if (i % 97 === 0) parts.push(`/* a comment\n   over ${i % 5} lines\n */\tnop\n`);
      else if (i % 89 === 0) parts.push(`\t.section .rodata\ns${i}:\t.asciz "/* not a comment ${i}"\n\t.text\n`);
      else if (i % 61 === 0) parts.push(`\taddi a0, a0, 1 $ junk ${i}\n`);
      else if (i % 7 === 0) parts.push(`\tbump t${i % 7}\n`);
      else if (i % 11 === 0) parts.push(`L${i}:\n\tbeqz a0, L${i}\n`);
      else parts.push(`\taddi a${i % 8}, a${(i + 3) % 8}, ${i % 2048}\n`);
    }
    let text = parts.join('');
    const cache = new ParseCache();
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const inserts = ['\tnop\n', 'x', '\n', '/*', '*/', '"', '\n\n\n', ' # c', '\taddi a1, a1, 3\n', ''];
    for (let step = 0; step < 40; step++) {
      const at = rnd(text.length);
      text = text.slice(0, at) + inserts[rnd(inserts.length)]! + text.slice(at + rnd(3) * rnd(40));
      expect(run('walk.s', text, cache), `after edit ${step}`).toEqual(run('walk.s', text));
    }
    expect(cache.blocks.hits).toBeGreaterThan(cache.blocks.misses);
  });
});
