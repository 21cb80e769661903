// The differential-test corpus: test/corpus/**/NAME.s with a GNU reference NAME.ref.json
// written by test/corpus/regen.mjs. Tests only read references; they never regenerate them.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

export interface RefSection {
  name: string;
  addr: number;
  size: number;
  /** SHT_* */
  type: number;
  typeName: string;
  /** SHF_* */
  flags: number;
  flagLetters: string;
  align: number;
  entsize: number;
  /** Contents as hex, in lines of 32 bytes; empty for NOBITS. */
  bytes: string[];
}

export interface RefSymbol {
  name: string;
  value: number;
  size: number;
  type: string;
  binding: string;
  visibility: string;
  /** Output section name; null for absolute symbols; '*UND*' for undefined ones. */
  section: string | null;
}

export interface RefRun {
  stdout?: string;
  stdoutHex?: string;
  exitCode: number;
}

export interface Reference {
  source: string;
  cwd: string;
  command: string;
  march: string;
  entry: number;
  sections: RefSection[];
  otherSections: { name: string; typeName: string; size: number }[];
  symbols: RefSymbol[];
  gnuWarnings?: string[];
  run: RefRun | null;
  runNote?: string;
}

export interface CorpusEntry {
  /** Path relative to the corpus folder, with `/`, e.g. `hand/data.s`. */
  name: string;
  /** Absolute path of the .s file. */
  sourcePath: string;
  refPath: string;
  ref: Reference;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

export function refPathOf(sourcePath: string): string {
  return sourcePath.replace(/\.s$/, '.ref.json');
}

/** Every corpus .s file, whether or not it has a reference. */
export function corpusSources(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return walk(CORPUS_DIR).filter((p) => p.endsWith('.s'));
}

export function corpusName(path: string): string {
  return relative(CORPUS_DIR, path).split(sep).join('/');
}

/** Every corpus .s file that has a reference, with the reference parsed. */
export function loadCorpus(): CorpusEntry[] {
  return corpusSources()
    .filter((p) => existsSync(refPathOf(p)))
    .map((sourcePath) => {
      const refPath = refPathOf(sourcePath);
      return { name: corpusName(sourcePath), sourcePath, refPath, ref: JSON.parse(readFileSync(refPath, 'utf8')) as Reference };
    });
}

export function refBytes(section: RefSection): Uint8Array {
  return Uint8Array.from(Buffer.from(section.bytes.join(''), 'hex'));
}

/**
 * A file reader for the assembler, caching what it read so that failure messages can quote
 * source lines. Relative paths are taken relative to `baseDir` (the main file's folder, which
 * is also GNU's current directory when the reference was built).
 */
export class SourceReader {
  private readonly cache = new Map<string, string | undefined>();

  constructor(private readonly baseDir: string) {}

  resolve(path: string): string {
    return isAbsolute(path) ? path : resolve(this.baseDir, path);
  }

  read = (path: string): string | undefined => {
    const abs = this.resolve(path);
    if (!this.cache.has(abs)) {
      let text: string | undefined;
      try {
        text = statSync(abs).isFile() ? readFileSync(abs, 'utf8') : undefined;
      } catch {
        text = undefined;
      }
      this.cache.set(abs, text);
    }
    return this.cache.get(abs);
  };

  line(path: string, line: number): string | undefined {
    return this.read(path)?.split(/\r?\n/)[line - 1];
  }
}
