// Shared by the two branch chips: a taken branch to a pc that is not a multiple of 4 faults on
// the branch itself, as on a core without the C extension.
import { fault } from '../chip.js';

export function branchTarget(pc: number, offset: number): number {
  const target = (pc + offset) >>> 0;
  if (target & 3) throw fault('misaligned-fetch', `branch target 0x${target.toString(16).padStart(8, '0')} is not 4-byte aligned`, target);
  return target;
}
