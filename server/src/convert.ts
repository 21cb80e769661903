// Conversions at the LSP edge: URIs ⇄ the paths vm-core names files by, and vm-core's 1-based
// line/column ranges ⇄ LSP's 0-based positions (both count UTF-16 code units, as JS strings do).

import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SourceRange } from '@tessera/vm-core';
import type { Position, Range } from 'vscode-languageserver';

/** The path vm-core sees for a document: a file path for `file:` URIs, the URI itself otherwise. */
export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return uri;
    }
  }
  return uri;
}

export function pathToUri(path: string): string {
  if (/^[a-zA-Z][\w+.-]*:/.test(path) && !/^[a-zA-Z]:[\\/]/.test(path)) return path;
  return pathToFileURL(path).href;
}

export function toRange(r: SourceRange): Range {
  const start = { line: Math.max(0, r.start.line - 1), character: Math.max(0, r.start.col - 1) };
  const end = { line: Math.max(0, r.end.line - 1), character: Math.max(0, r.end.col - 1) };
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) return { start, end: start };
  return { start, end };
}

/** Does a vm-core range (1-based, end exclusive) contain an LSP position? End-inclusive, as cursors sit after words. */
export function contains(r: SourceRange, p: Position): boolean {
  const line = p.line + 1;
  const col = p.character + 1;
  if (line < r.start.line || line > r.end.line) return false;
  if (line === r.start.line && col < r.start.col) return false;
  if (line === r.end.line && col > r.end.col) return false;
  return true;
}

export function hex(n: number, width = 8): string {
  return `0x${(n >>> 0).toString(16).padStart(width, '0')}`;
}
