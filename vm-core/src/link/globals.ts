// A global symbol as ld's hash table entry knows it: the definition that wins, what every file
// says of its size, type and visibility, and (once laid out) where it ends up.

import type { ObjSymbol } from '../asm/object.js';
import type { ImageSymbol } from '../image.js';
import type { LinkSymbol, SymbolVisibility } from './input.js';

export interface GlobalDef {
  obj: number;
  sym: ObjSymbol;
  strength: 'strong' | 'weak' | 'common';
}

export interface GlobalSym {
  name: string;
  def?: GlobalDef;
  commonSize: number;
  commonAlign: number;
  referenced: boolean;
  /** Size and type as ld's hash entry gathers them from every file (elf_link_add_object_symbols). */
  accSize?: number;
  accType?: ImageSymbol['type'];
  /** Undefined so far and only weakly referenced. */
  undefWeak?: boolean;
  visibility?: SymbolVisibility;
  /** Hidden and linker-defined (PROVIDE_HIDDEN, __ehdr_start, _GLOBAL_OFFSET_TABLE_): written among the locals. */
  hidden?: boolean;
  /** Final values once laid out. */
  value?: number;
  section?: string | null;
  size?: number;
  type?: ImageSymbol['type'];
  binding?: ImageSymbol['binding'];
  script?: boolean;
}

export const VIS_RANK: Record<SymbolVisibility, number> = { internal: 1, hidden: 2, protected: 3, default: 4 };

/**
 * ld keeps the size of the latest file that gives one (a definition's, or any while it has none;
 * a common's while it stays common) and the type of the latest typed definition, or any type
 * while it has none.
 */
export function accumulate(g: GlobalSym, s: LinkSymbol, definition: boolean, oldWeak: boolean): void {
  const size = s.section === 'common' ? s.value : s.size ?? 0;
  if (size !== 0 && s.section !== 'undef' && (definition || !g.accSize)) g.accSize = size;
  if (g.def?.strength === 'common') g.accSize = g.commonSize;
  // (GNU as gives a .comm symbol STT_OBJECT)
  const type = s.section === 'common' && s.type === 'notype' ? 'object' : s.type;
  const isCommon = g.def?.strength === 'common';
  if (type !== 'notype' && ((definition && s.binding !== 'weak') || (oldWeak && isCommon) || (g.accType ?? 'notype') === 'notype')) g.accType = type;
}
