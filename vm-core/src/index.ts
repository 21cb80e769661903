// Public API of @tessera/vm-core.
export * from './isa/index.js';
export * from './diagnostics.js';
export type * from './image.js';
export * from './asm/object.js';
export * from './elf/index.js';
export * from './link/index.js';
export { assemble, assembleFile, type SourceFile, type AssembleOptions, type AssembleResult, type AssembledFile } from './asm/assemble.js';
export { disassembleWord, disassembleAt, DisassemblyState, instructionLength, type DisasmOptions, type DisassembledInstruction } from './isa/disasm.js';
export { listImage, listElf, listDisassembly, type Listing, type ListingOptions } from './disasm/listing.js';
export { listingInputFromElf, listingInputFromImage, type ListingInput, type ListingSection, type ListingSymbolInput } from './disasm/input.js';
export { sourceMapFromElf, sourceMapFromDebugLine } from './disasm/dwarf-line.js';
export { SourceMap, type LineAddresses } from './sourcemap.js';
