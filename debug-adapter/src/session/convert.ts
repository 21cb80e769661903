// Conversions between the runtime's plain values and what DAP carries: addresses as
// memory/instruction references ("0x0001008c"), register values in hex and decimal, sources.

import { basename } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ERROR, RequestError } from './request-error.js';

export const hex8 = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

/**
 * A memory or instruction reference plus a byte offset → a 32-bit address. References are what
 * this adapter hands out (hex) or a decimal number; anything outside the 32-bit space is refused.
 */
export function addressOf(command: string, reference: unknown, offset: unknown = 0): number {
  if (typeof reference !== 'string' && typeof reference !== 'number') throw new RequestError(`${command}: a memory reference is required`);
  const text = String(reference).trim();
  const base = /^0x[0-9a-f]+$/i.test(text) ? parseInt(text.slice(2), 16) : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(base)) throw new RequestError(`${command}: '${text}' is not a memory reference (expected an address such as 0x00010074)`, ERROR.memory);
  if (offset !== undefined && offset !== null && (typeof offset !== 'number' || !Number.isInteger(offset))) throw new RequestError(`${command}: 'offset' must be an integer`);
  const address = base + ((offset as number | undefined | null) ?? 0);
  if (address < 0 || address > 0xffffffff) throw new RequestError(`${command}: address ${address < 0 ? '-' : ''}0x${Math.abs(address).toString(16)} is outside the 32-bit address space`, ERROR.memory);
  return address;
}

/** "0x0000002a (42)": hex, then the signed decimal when it differs from the unsigned one's look. */
export function registerText(value: number, format?: DebugProtocol.ValueFormat): string {
  if (format?.hex) return hex8(value);
  return `${hex8(value)} (${value | 0})`;
}

export function sourceOf(file: string): DebugProtocol.Source {
  return { name: basename(file), path: file };
}

/** Base64 of bytes, and back (readMemory / writeMemory carry data this way). */
export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function fromBase64(command: string, text: unknown): Uint8Array {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text.replace(/\s+/g, ''))) throw new RequestError(`${command}: 'data' must be base64 text`);
  return new Uint8Array(Buffer.from(text, 'base64'));
}
