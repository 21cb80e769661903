export { writeElf, programHeaderCount } from './write.js';
export type { ElfImage, ElfImageSymbol, ProgramHeader } from './write.js';
export { readElf } from './read.js';
export type { ElfFile, ElfHeader, ElfProgramHeader, ElfSection, ElfSymbol, ElfRela, ElfRelocSection } from './read.js';
export { imageFromElf, objectFromElf } from './convert.js';
export { encodeAttributes, decodeAttributes } from './attributes.js';
