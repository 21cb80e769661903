// File access for the CLI: the only layer of vm-core that touches the file system.

import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from './main.js';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export function readText(io: CliIo, path: string): ReadResult {
  try {
    const full = resolve(io.cwd, path);
    if (statSync(full).isDirectory()) return { ok: false, message: `'${path}' is a directory` };
    return { ok: true, text: readFileSync(full, 'utf8') };
  } catch (err) {
    return { ok: false, message: describeFsError(err, path) };
  }
}

export function readBytes(io: CliIo, path: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  try {
    const full = resolve(io.cwd, path);
    if (statSync(full).isDirectory()) return { ok: false, message: `'${path}' is a directory` };
    return { ok: true, bytes: new Uint8Array(readFileSync(full)) };
  } catch (err) {
    return { ok: false, message: describeFsError(err, path) };
  }
}

export function writeBytes(io: CliIo, path: string, bytes: Uint8Array): string | undefined {
  try {
    writeFileSync(resolve(io.cwd, path), bytes, { mode: 0o755 });
    return undefined;
  } catch (err) {
    return describeFsError(err, path);
  }
}

/** `readFile` for the assembler's `.include`: undefined when the file cannot be read. */
export function includeReader(io: CliIo): (path: string) => string | undefined {
  return (path) => {
    const r = readText(io, path);
    return r.ok ? r.text : undefined;
  };
}

function describeFsError(err: unknown, path: string): string {
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'ENOENT': return `cannot open '${path}': no such file`;
    case 'EACCES': return `cannot open '${path}': permission denied`;
    case 'EISDIR': return `'${path}' is a directory`;
    default: return `cannot access '${path}': ${err instanceof Error ? err.message : String(err)}`;
  }
}
