// The RV32IM chips, one per executor group, in the table's order.
import type { ChipDef } from '../chip.js';
import type { VmExtension } from '../extension.js';
import { BaseAlu } from './base-alu.js';
import { Shift } from './shift.js';
import { LessThan } from './less-than.js';
import { BranchEqual } from './branch-equal.js';
import { BranchLessThan } from './branch-less-than.js';
import { JalLui } from './jal-lui.js';
import { Jalr } from './jalr.js';
import { Auipc } from './auipc.js';
import { LoadStore } from './load-store.js';
import { LoadSignExtend } from './load-sign-extend.js';
import { Multiplication } from './multiplication.js';
import { MulH } from './mulh.js';
import { DivRem } from './div-rem.js';
import { System } from './system.js';

export const RV32I_CHIPS: readonly ChipDef[] = [BaseAlu, Shift, LessThan, BranchEqual, BranchLessThan, JalLui, Jalr, Auipc, LoadStore, LoadSignExtend, System];
export const RV32M_CHIPS: readonly ChipDef[] = [Multiplication, MulH, DivRem];

export { baseAluCore } from './base-alu.js';
export { shiftCore } from './shift.js';
export { lessThanCore } from './less-than.js';
export { branchEqualCore } from './branch-equal.js';
export { branchLessThanCore } from './branch-less-than.js';
export { jalLuiCore } from './jal-lui.js';
export { jalrCore } from './jalr.js';
export { auipcCore } from './auipc.js';
export { loadStoreCore } from './load-store.js';
export { loadSignExtendCore } from './load-sign-extend.js';
export { mulCore } from './multiplication.js';
export { mulhCore } from './mulh.js';
export { divRemCore } from './div-rem.js';
export { counterCore } from './system.js';

/**
 * The base ISA and M as extensions, in the same shape a user's takes. Their instructions are the
 * table's own rows (isa/instructions.ts), so they list none; every machine installs both.
 */
export const RV32I_EXTENSION: VmExtension = { name: 'rv32i', description: 'RV32I base integer instructions, Zicsr counter reads, fences', chips: RV32I_CHIPS };
export const RV32M_EXTENSION: VmExtension = { name: 'rv32m', description: 'RV32M multiply and divide', chips: RV32M_CHIPS };
export const BASE_EXTENSIONS: readonly VmExtension[] = [RV32I_EXTENSION, RV32M_EXTENSION];
