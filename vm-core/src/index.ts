// Public API of @tessera/vm-core.
export * from './isa/index.js';
export * from './diagnostics.js';
export type * from './image.js';
export * from './asm/object.js';
export * from './elf/index.js';
export * from './link/index.js';
export { assemble, assembleFile, type SourceFile, type AssembleOptions, type AssembleResult, type AssembledFile } from './asm/assemble.js';
