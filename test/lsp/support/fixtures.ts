// Fixture sources with cursor markers, and golden files for what the server answered.
// A marker `«name»` names the position of the character after it and is removed from the text
// (« and » never occur in assembly, so fixtures stay readable and assemble as they look).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Position } from 'vscode-languageserver-protocol/node';
import { ROOT } from './build.js';

export const FIXTURES = join(ROOT, 'test/lsp/fixtures');
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

export interface MarkedSource {
  text: string;
  marks: Map<string, Position>;
}

export function parseMarked(source: string): MarkedSource {
  const marks = new Map<string, Position>();
  const lines = source.split('\n').map((line, lineNo) => {
    let out = '';
    let rest = line;
    for (let m = /«([^»]*)»/.exec(rest); m; m = /«([^»]*)»/.exec(rest)) {
      out += rest.slice(0, m.index);
      if (marks.has(m[1]!)) throw new Error(`marker «${m[1]}» used twice`);
      marks.set(m[1]!, { line: lineNo, character: out.length });
      rest = rest.slice(m.index + m[0].length);
    }
    return out + rest;
  });
  return { text: lines.join('\n'), marks };
}

export function loadMarked(name: string): MarkedSource {
  return parseMarked(readFileSync(join(FIXTURES, name), 'utf8'));
}

export function mark(src: MarkedSource, name: string): Position {
  const p = src.marks.get(name);
  if (!p) throw new Error(`no marker «${name}»`);
  return p;
}

/**
 * Compares `actual` with the golden JSON file (relative to test/lsp/fixtures), or writes it when
 * UPDATE_GOLDEN=1 or when it does not exist yet (a new golden is reviewed in the diff).
 * Returns the expected value for the caller's `expect(actual).toEqual(expected)`.
 */
export function golden<T>(relPath: string, actual: T): T {
  const file = join(FIXTURES, relPath);
  const normal = JSON.parse(JSON.stringify(actual ?? null)) as T;
  if (UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(normal, null, 2)}\n`);
    return normal;
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
