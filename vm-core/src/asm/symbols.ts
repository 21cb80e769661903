// The symbol table of one file being assembled.

import type { SourceRange } from '../diagnostics.js';
import type { SymbolBinding, SymbolType } from './object.js';
import type { Expr } from './ast.js';
import type { Value } from './values.js';

export type SymbolDef =
  | { kind: 'label'; section: number; offset: number }
  /** `.equ`/`.set`/`=`: a value fixed when defined, or an expression kept for the end (forward references). */
  | { kind: 'equ'; value?: Value; expr?: Expr; evaluating?: boolean }
  | { kind: 'common'; size: number; align: number };

export interface SymbolEntry {
  name: string;
  def?: SymbolDef;
  binding: SymbolBinding;
  /** Set by .globl/.weak/.local, so a later definition does not reset it. */
  bindingExplicit: boolean;
  type: SymbolType;
  /** Size known without `.size` (local commons). */
  fixedSize?: number;
  /** `.size` expression, evaluated at the end of the file. */
  sizeExpr?: Expr;
  /** Definition site; for undefined symbols, the first reference. */
  range?: SourceRange;
  /** `.L…` and numeric local labels: never written to a symbol table. */
  temporary: boolean;
  /** `.equiv`: a redefinition is an error. */
  equiv?: boolean;
  /** Defined by `.set`/`=` and so redefinable. */
  redefinable?: boolean;
  /** Referenced by a relocation that must name it (undefined or weak). */
  referenced?: boolean;
}

export function isTemporaryName(name: string): boolean {
  return name.startsWith('.L') || name.includes('\u0002');
}

/** Internal name of the `k`-th definition of numeric label `n` (`1:`), as GNU names them. */
export function numericLabelName(n: number, k: number): string {
  return `.L${n}\u0002${k}`;
}

/** `.L1\u00023` → `1b`-style display name `1`. */
export function displayName(name: string): string {
  const i = name.indexOf('\u0002');
  return i < 0 ? name : name.slice(2, i);
}

export class SymbolTable {
  private readonly map = new Map<string, SymbolEntry>();
  private readonly numericCounts = new Map<number, number>();

  get(name: string): SymbolEntry | undefined {
    return this.map.get(name);
  }

  /** The entry for `name`, created undefined if new. */
  obtain(name: string): SymbolEntry {
    let e = this.map.get(name);
    if (!e) {
      e = { name, binding: 'local', bindingExplicit: false, type: 'notype', temporary: isTemporaryName(name) };
      this.map.set(name, e);
    }
    return e;
  }

  entries(): IterableIterator<SymbolEntry> {
    return this.map.values();
  }

  /** Name for a new definition of numeric label `n`. */
  defineNumeric(n: number): string {
    const k = (this.numericCounts.get(n) ?? 0) + 1;
    this.numericCounts.set(n, k);
    return numericLabelName(n, k);
  }

  /** Name `1b` / `1f` refer to at this point; undefined for a `b` with no earlier definition. */
  numericReference(n: number, dir: 'f' | 'b'): string | undefined {
    const k = this.numericCounts.get(n) ?? 0;
    if (dir === 'b') return k === 0 ? undefined : numericLabelName(n, k);
    return numericLabelName(n, k + 1);
  }
}
