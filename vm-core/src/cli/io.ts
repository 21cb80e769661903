// File access for the CLI: the only layer of vm-core that touches the file system.

import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** An error message when `path` is not an existing folder (for --fs-root), else undefined. */
export function checkDirectory(io: CliIo, path: string): string | undefined {
  try {
    return statSync(resolve(io.cwd, path)).isDirectory() ? undefined : `'${path}' is not a directory`;
  } catch (err) {
    return describeFsError(err, path);
  }
}

/** `path` made absolute against the command's working folder. */
export function absolutePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

/** Imports a JavaScript module named by a path (relative to the working folder); a message when that fails. */
export async function importModule(io: CliIo, path: string): Promise<{ ok: true; module: Record<string, unknown> } | { ok: false; message: string }> {
  const full = resolve(io.cwd, path);
  try {
    statSync(full);
  } catch (err) {
    return { ok: false, message: describeFsError(err, path) };
  }
  try {
    const module: unknown = await import(pathToFileURL(full).href);
    return { ok: true, module: module as Record<string, unknown> };
  } catch (err) {
    return { ok: false, message: `cannot load '${path}': ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * A text sink written in large batches: a file through fs.writeSync, or (path `-`) the command's
 * stdout. Text is encoded into one reused buffer and written when it is full, so a trace of
 * millions of lines never becomes one string. A write error stops further writes and is
 * answered by close().
 */
export class OutputStream {
  private readonly buffer: Buffer;
  private used = 0;
  private error: string | undefined;
  /** Bytes handed to the file or stdout so far. */
  written = 0;

  private constructor(
    private readonly fd: number | undefined,
    private readonly stdout: CliIo['stdout'] | undefined,
    private readonly label: string,
    batchBytes: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.max(4096, batchBytes));
  }

  static open(io: CliIo, path: string, batchBytes = 1 << 20): { ok: true; out: OutputStream } | { ok: false; message: string } {
    if (path === '-') return { ok: true, out: new OutputStream(undefined, io.stdout, 'standard output', batchBytes) };
    try {
      const full = resolve(io.cwd, path);
      if (existsSync(full) && statSync(full).isDirectory()) return { ok: false, message: `'${path}' is a directory` };
      return { ok: true, out: new OutputStream(openSync(full, 'w'), undefined, path, batchBytes) };
    } catch (err) {
      return { ok: false, message: describeFsError(err, path).replace(/^cannot open/, 'cannot create') };
    }
  }

  write(text: string): void {
    if (this.error !== undefined) return;
    // At most 3 bytes per UTF-16 unit: flush first when the text might not fit.
    if (this.used + text.length * 3 > this.buffer.length) {
      this.flush();
      if (text.length * 3 > this.buffer.length) {
        this.emit(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  flush(): void {
    if (this.used === 0) return;
    const bytes = this.buffer.subarray(0, this.used);
    this.used = 0;
    this.emit(bytes);
  }

  private emit(bytes: Buffer): void {
    if (this.error !== undefined) return;
    this.written += bytes.length;
    if (this.fd === undefined) {
      this.stdout?.write(bytes.toString('utf8'));
      return;
    }
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    } catch (err) {
      this.error = `cannot write '${this.label}': ${(err as { code?: string }).code ?? (err instanceof Error ? err.message : String(err))}`;
    }
  }

  /** Writes what is left and closes the file; answers the first write error, if any. */
  close(): string | undefined {
    this.flush();
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch (err) {
        this.error ??= `cannot close '${this.label}': ${err instanceof Error ? err.message : String(err)}`;
      }
    }
    return this.error;
  }
}
