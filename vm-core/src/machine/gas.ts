// The cost schedule: gas per row of each chip. The default weights follow the relative width of
// each chip's trace in OpenVM's rv32im circuits — an ALU row is cheap, a memory access costs a
// load/store adapter, multiplication and division carry range-check columns, a system call
// stands for host work — so gasUsed approximates proving cost, not wall time.

export const DEFAULT_COSTS: Readonly<Record<string, number>> = {
  BaseAlu: 1, Shift: 1, LessThan: 1, BranchEqual: 1, BranchLessThan: 1, JalLui: 1, Jalr: 1, Auipc: 1,
  LoadStore: 2, LoadSignExtend: 2, Multiplication: 3, MulH: 4, DivRem: 6, System: 10,
};

/** Weight of a chip no schedule names (an extension's). */
export const DEFAULT_EXTENSION_COST = 5;

export class CostSchedule {
  readonly weights: Float64Array;
  readonly max: number;
  constructor(readonly chipNames: readonly string[], overrides: Partial<Record<string, number>> = {}) {
    this.weights = Float64Array.from(chipNames, (n) => overrides[n] ?? DEFAULT_COSTS[n] ?? DEFAULT_EXTENSION_COST);
    this.max = Math.max(1, ...this.weights);
  }
  gasOf(rows: Partial<Record<string, number>>): number {
    let g = 0;
    this.chipNames.forEach((n, i) => (g += (rows[n] ?? 0) * this.weights[i]!));
    return g;
  }
}
