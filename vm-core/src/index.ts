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
// The engine
export { execute, estimateGas, validate, createMachine, toProgram, resolveEnvironment, ProgramError, DEFAULT_SEGMENT_HEIGHT, type ProgramInput, type ExecuteExtras, type GasEstimate, type ValidationProblem, type ValidationResult } from './machine/execute.js';
export type { ExecuteOptions, ExecutionResult, ExecutionStatus, Fault, FaultKind, Limits, SegmentSummary } from './machine/types.js';
export { DEFAULT_LIMITS } from './machine/types.js';
export { Machine, type MachineConfig, type StopState } from './machine/machine.js';
export { programFromElf, programFromImage, loadProgram, STACK_TOP, STACK_SIZE, type Program, type LoadSegment } from './machine/loader.js';
export { Trace, type TraceRow, type MemoryRecord, type TraceSpace } from './machine/trace.js';
export { SPACE, GuestTrap, fault, type AdapterIO, type ChipDef, type Insn } from './machine/chip.js';
export { installExtension, installedExtensions, chipByName, type VmExtension } from './machine/extension.js';
export { CostSchedule, DEFAULT_COSTS, DEFAULT_EXTENSION_COST } from './machine/gas.js';
export { RV32I_CHIPS, RV32M_CHIPS } from './machine/chips/index.js';
export * as cores from './machine/chips/index.js';
// Environments
export type { Environment, EnvCallContext, GuestFileSystem, HostFunction, HostIO } from './env/types.js';
export { environments, environmentByName, hostFunctionByNumber, hostFunctionList, installEnvironment, type HostFunctionInfo } from './env/registry.js';
export { memoryHostIO } from './env/memory-io.js';
export { memoryFileSystem } from './env/memory-fs.js';
// Directive names the assembler knows (for editors: grammar, completion)
export { DIRECTIVE_NAMES } from './asm/directives.js';
// Editor support (the language server): analysis of a file, its tokens, directive docs
export type { AsmAnalysis, AnalysisStatement, AnalysisStatementKind, AnalysisDefinition, AnalysisReference, AnalysisMacro, AnalysisInclude, DefinitionKind } from './asm/analysis.js';
export { sourceTokens, type SourceToken, type SourceTokenKind } from './asm/source-tokens.js';
export { displayName as symbolDisplayName } from './asm/symbols.js';
export { suggest } from './asm/suggest.js';
// Debugger support (debug-adapter's runtime): hooks, suspension, snapshots for step back
export { suspend } from './machine/chip.js';
export type { DebugHooks, CpuState } from './machine/machine.js';
export { takeSnapshot, restoreSnapshot, snapshotBytes, type MachineSnapshot } from './machine/snapshot.js';
export type { WatchListener } from './machine/memory.js';
export { DIRECTIVE_DOCS, directiveDoc, type DirectiveDoc } from './asm/directive-docs.js';
// The disk-backed guest file system confined to a root folder (`tessera run --fs-root`, the debugger's `fsRoot`)
export { RootedFileSystem } from './cli/host-io.js';
export { ParseCache } from './asm/parse-cache.js';
