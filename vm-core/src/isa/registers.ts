// Integer registers: numeric names, ABI names and calling-convention roles.
// Every component that prints, parses, hovers or completes a register reads this file.

export interface RegisterInfo {
  readonly index: number;
  readonly abi: string;
  readonly role: string;
  /** 'caller' = caller-saved (temporaries, arguments), 'callee' = callee-saved, 'fixed' = zero/sp/gp/tp. */
  readonly saved: 'caller' | 'callee' | 'fixed';
}

const ROLES: ReadonlyArray<readonly [string, string, RegisterInfo['saved']]> = [
  ['zero', 'hard-wired zero', 'fixed'],
  ['ra', 'return address', 'caller'],
  ['sp', 'stack pointer', 'callee'],
  ['gp', 'global pointer', 'fixed'],
  ['tp', 'thread pointer', 'fixed'],
  ['t0', 'temporary / alternate link register', 'caller'],
  ['t1', 'temporary', 'caller'],
  ['t2', 'temporary', 'caller'],
  ['s0', 'saved register / frame pointer', 'callee'],
  ['s1', 'saved register', 'callee'],
  ['a0', 'function argument / return value', 'caller'],
  ['a1', 'function argument / return value', 'caller'],
  ['a2', 'function argument', 'caller'],
  ['a3', 'function argument', 'caller'],
  ['a4', 'function argument', 'caller'],
  ['a5', 'function argument', 'caller'],
  ['a6', 'function argument', 'caller'],
  ['a7', 'function argument / system call number', 'caller'],
  ['s2', 'saved register', 'callee'],
  ['s3', 'saved register', 'callee'],
  ['s4', 'saved register', 'callee'],
  ['s5', 'saved register', 'callee'],
  ['s6', 'saved register', 'callee'],
  ['s7', 'saved register', 'callee'],
  ['s8', 'saved register', 'callee'],
  ['s9', 'saved register', 'callee'],
  ['s10', 'saved register', 'callee'],
  ['s11', 'saved register', 'callee'],
  ['t3', 'temporary', 'caller'],
  ['t4', 'temporary', 'caller'],
  ['t5', 'temporary', 'caller'],
  ['t6', 'temporary', 'caller'],
];

export const REGISTERS: readonly RegisterInfo[] = ROLES.map(([abi, role, saved], index) => ({ index, abi, role, saved }));

/** ABI name of register `i`, as objdump prints it. */
export const ABI_NAMES: readonly string[] = REGISTERS.map((r) => r.abi);

const BY_NAME = new Map<string, number>();
for (const r of REGISTERS) {
  BY_NAME.set(r.abi, r.index);
  BY_NAME.set(`x${r.index}`, r.index);
}
BY_NAME.set('fp', 8);

/** Register number for a name GNU as accepts (`x0`–`x31`, ABI names, `fp`), or undefined. Case-sensitive like GNU as. */
export function registerNumber(name: string): number | undefined {
  return BY_NAME.get(name);
}

/** Every spelling of every register, for completion and "did you mean". */
export function registerNames(): string[] {
  return [...BY_NAME.keys()];
}
