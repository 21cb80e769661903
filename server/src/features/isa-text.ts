// How the instruction table reads in an editor: operand names for signatures and snippets, the
// encoding line of a hover, and the expansion of a pseudo-instruction at one place.

import {
  disassembleWord,
  instructionByMnemonic,
  pseudoForms,
  type InstructionSpec,
  type OperandKind,
  type PseudoOperand,
  type PseudoSpec,
} from '@tessera/vm-core';
import type { DocumentAnalysis } from '../analysis/analyze.js';
import type { AnalysisStatement } from '@tessera/vm-core';

const OPERAND_NAME: Record<OperandKind, string> = {
  rd: 'rd', rs1: 'rs1', rs2: 'rs2', imm12: 'imm', shamt: 'shamt', load: 'offset(rs1)', store: 'offset(rs1)',
  branch: 'label', jump: 'label', uimm20: 'imm20', csr: 'csr', zimm: 'zimm', pred: 'pred', succ: 'succ',
};

export type SlotKind = 'register' | 'target' | 'immediate' | 'memory' | 'csr' | 'other';

export function slotOfOperand(k: OperandKind): SlotKind {
  switch (k) {
    case 'rd': case 'rs1': case 'rs2': return 'register';
    case 'branch': case 'jump': return 'target';
    case 'load': case 'store': return 'memory';
    case 'imm12': case 'shamt': case 'uimm20': case 'zimm': return 'immediate';
    case 'csr': return 'csr';
    default: return 'other';
  }
}

export function slotOfPseudo(k: PseudoOperand): SlotKind {
  switch (k) {
    case 'rd': case 'rs': case 'rt': case 'rs1': case 'rs2': return 'register';
    case 'offset': case 'symbol': return 'target';
    case 'offset(rs)': return 'memory';
    case 'imm': case 'zimm': return 'immediate';
    case 'csr': return 'csr';
  }
}

export function operandNames(spec: InstructionSpec): string[] {
  return spec.operands.map((k) => OPERAND_NAME[k]);
}

export function instructionSyntax(spec: InstructionSpec): string {
  const ops = operandNames(spec);
  return ops.length ? `${spec.mnemonic} ${ops.join(', ')}` : spec.mnemonic;
}

export function pseudoSyntax(p: PseudoSpec): string {
  return p.operands.length ? `${p.name} ${p.operands.join(', ')}` : p.name;
}

export function encodingLine(spec: InstructionSpec): string {
  const parts = [`${spec.format}-type`, `opcode 0b${spec.opcode.toString(2).padStart(7, '0')}`];
  if (spec.funct3 !== undefined) parts.push(`funct3 ${spec.funct3}`);
  if (spec.funct7 !== undefined) parts.push(`funct7 0x${spec.funct7.toString(16).padStart(2, '0')}`);
  parts.push(`match 0x${spec.match.toString(16).padStart(8, '0')} / mask 0x${spec.mask.toString(16).padStart(8, '0')}`);
  return parts.join(' · ');
}

/** A snippet of the operands, `${1:rd}, ${2:rs1}, ${3:imm}`, for completion. */
export function operandSnippet(names: readonly string[]): string {
  return names.map((n, i) => `\${${i + 1}:${n.replace(/[$}\\]/g, '\\$&')}}`).join(', ');
}

/** Is this statement a pseudo-instruction (or an alias form) rather than the real instruction? */
export function isPseudoStatement(name: string, operandCount: number, size: number): boolean {
  const forms = pseudoForms(name);
  if (forms.length === 0) return false;
  const spec = instructionByMnemonic(name);
  if (!spec || size > 4) return true;
  // `add rd, rs, imm` and `jal label` are alias forms: the real mnemonic with other operands.
  return spec.operands.length !== operandCount && forms.some((f) => f.operands.length === operandCount);
}

/** The real instructions a statement assembled to, as objdump -M no-aliases would print them. */
export function actualExpansion(a: DocumentAnalysis, s: AnalysisStatement): string[] | undefined {
  const got = a.statementBytes(s);
  if (!got) return undefined;
  const out: string[] = [];
  const base = got.address ?? s.offset;
  for (let i = 0; i + 4 <= got.bytes.length; i += 4) {
    const w = (got.bytes[i]! | (got.bytes[i + 1]! << 8) | (got.bytes[i + 2]! << 16) | (got.bytes[i + 3]! << 24)) >>> 0;
    const d = disassembleWord(w, base + i, { aliases: false });
    out.push(d.operands ? `${d.mnemonic} ${d.operands.replace(/,/g, ', ')}` : d.mnemonic);
  }
  return out;
}
