export { link } from './link.js';
export type { LinkOptions, LinkResult } from './link.js';
export type { ExtraRelocKind, LinkObject, LinkRelocKind, LinkRelocation, LinkSection, LinkSymbol, SymbolVisibility } from './input.js';
