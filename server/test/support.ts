// In-process test support: fixture sources with cursor markers ($0 … $9) analysed by the same
// analyze() the server runs, and golden files (UPDATE_GOLDEN=1 rewrites them, review the diff).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Position } from 'vscode-languageserver';
import { analyze, type DocumentAnalysis } from '../src/analysis/analyze.js';
import { DEFAULT_SETTINGS, type TesseraSettings } from '../src/settings.js';
import { pathToUri } from '../src/convert.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
const GOLDEN = join(import.meta.dirname, 'golden');

export interface Fixture {
  name: string;
  path: string;
  text: string;
  markers: Map<string, Position>;
}

/** Removes `$0`…`$9` markers, remembering where each one was. */
export function parseMarkers(source: string): { text: string; markers: Map<string, Position> } {
  const markers = new Map<string, Position>();
  let text = '';
  let line = 0;
  let col = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '$' && /[0-9]/.test(source[i + 1] ?? '')) {
      markers.set(`$${source[i + 1]}`, { line, character: col });
      i++;
      continue;
    }
    text += c;
    if (c === '\n') {
      line++;
      col = 0;
    } else col++;
  }
  return { text, markers };
}

export function fixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.s'))
    .sort()
    .map((f) => {
      const path = join(FIXTURES, f);
      return { name: f.replace(/\.s$/, ''), path, ...parseMarkers(readFileSync(path, 'utf8')) };
    });
}

export function readFixtureFile(p: string): string | undefined {
  try {
    return existsSync(p) ? parseMarkers(readFileSync(p, 'utf8')).text : undefined;
  } catch {
    return undefined;
  }
}

export function analyse(path: string, text: string, settings: Partial<TesseraSettings> = {}): DocumentAnalysis {
  return analyze({ uri: pathToUri(path), path, version: 1, text, settings: { ...DEFAULT_SETTINGS, ...settings }, readFile: readFixtureFile });
}

/** Paths inside results shown relative to the fixtures, so golden files do not depend on the checkout. */
export function portable<T>(value: T): T {
  const uri = pathToUri(FIXTURES);
  return JSON.parse(JSON.stringify(value ?? null).split(uri).join('fixtures:').split(FIXTURES).join('fixtures')) as T;
}

export function golden(feature: string, name: string, actual: unknown): void {
  const file = join(GOLDEN, feature, `${name}.json`);
  const text = `${JSON.stringify(portable(actual), null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    if (!process.env.UPDATE_GOLDEN) throw new Error(`golden file ${file} was missing and has been written: review it and run again`);
    return;
  }
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

/** Runs `query` at every marker of every fixture that has any, and compares with the feature's golden files. */
export function goldenAtMarkers(feature: string, query: (a: DocumentAnalysis, pos: Position, f: Fixture) => unknown, only?: (f: Fixture) => boolean): Array<[string, () => void]> {
  return fixtures()
    .filter((f) => f.markers.size > 0 && (!only || only(f)))
    .map((f) => [
      f.name,
      () => {
        const a = analyse(f.path, f.text);
        const out: Record<string, unknown> = {};
        for (const [m, pos] of [...f.markers].sort(([x], [y]) => x.localeCompare(y))) out[`${m} ${pos.line + 1}:${pos.character + 1}`] = query(a, pos, f);
        golden(feature, f.name, out);
      },
    ]);
}
