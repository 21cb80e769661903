// The linker's input types live with the ELF code that also makes and reads them.
export type { ExtraRelocKind, LinkObject, LinkRelocKind, LinkRelocation, LinkSection, LinkSymbol, SymbolVisibility } from '../elf/linkable.js';
