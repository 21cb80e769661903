// Code actions: the assembler's "did you mean" as quick fixes (mnemonics, directives, registers),
// "expand pseudo-instruction" into the instructions it stands for, and "define missing label".

import { instructionByMnemonic, pseudoForms, type AnalysisStatement } from '@tessera/vm-core';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/analyze.js';
import { cursorContext, type LineStatement } from './context.js';
import { actualExpansion } from './isa-text.js';

const DID_YOU_MEAN = /did you mean '([^']+)'\?/;
const UNDEFINED = /(?:undefined reference to `([^']+)'|undefined symbol '([^']+)'|'([^']+)' is not defined)/;

export function codeActions(a: DocumentAnalysis, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const message = messageOf(d);
    const hint = DID_YOU_MEAN.exec(message);
    if (hint) {
      // The diagnostic's range covers the misspelt word (mnemonic, directive) or the operand holding it.
      const target = misspeltRange(a, d);
      if (target) {
        out.push({
          title: `Change to '${hint[1]}'`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: { changes: { [a.uri]: [{ range: target, newText: hint[1]! }] } },
        });
      }
    }
    const undef = UNDEFINED.exec(message);
    if (undef) {
      const name = undef[1] ?? undef[2] ?? undef[3]!;
      if (/^[A-Za-z_.$][\w.$]*$/.test(name) && a.definitions(name).length === 0) out.push(defineLabel(a, name, d));
    }
  }
  const expand = expandPseudo(a, range);
  if (expand) out.push(expand);
  return out;
}

function misspeltRange(a: DocumentAnalysis, d: Diagnostic): Range | undefined {
  const { start, end } = d.range;
  if (start.line !== end.line) return undefined;
  const text = a.lineText(start.line).slice(start.character, end.character);
  const message = messageOf(d);
  const wrong = /'([^']+)' is not a register/.exec(message)?.[1] ?? /unknown (?:instruction|directive) '([^']+)'/.exec(message)?.[1] ?? /undefined symbol '([^']+)'/.exec(message)?.[1];
  if (!wrong) return undefined;
  const at = text.indexOf(wrong);
  if (at < 0) return undefined;
  return { start: { line: start.line, character: start.character + at }, end: { line: start.line, character: start.character + at + wrong.length } };
}

function defineLabel(a: DocumentAnalysis, name: string, d: Diagnostic): CodeAction {
  // At the end of the document, in .text, where a new routine would go.
  const last = a.lineCount - 1;
  const lastText = a.lineText(last);
  const prefix = lastText.length ? '\n' : '';
  return {
    title: `Define label '${name}'`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [a.uri]: [{ range: { start: { line: last, character: lastText.length }, end: { line: last, character: lastText.length } }, newText: `${prefix}\n.text\n${name}:\n` }] } },
  };
}

/** "Expand pseudo-instruction": the pseudo at the cursor becomes the real instructions it stands for. */
function expandPseudo(a: DocumentAnalysis, range: Range): CodeAction | undefined {
  const line = range.start.line;
  const lineText = a.lineText(line);
  const ctx = cursorContext(lineText, range.start, a.lineTokens(line));
  const st = ctx.statement;
  const head = st?.head;
  if (!st || !head || head.text.startsWith('.')) return undefined;
  const name = head.text.toLowerCase();
  const forms = pseudoForms(name);
  if (forms.length === 0) return undefined;
  const stmt = a.statementsAt(line + 1).find((s) => s.nameCol === head.col + 1);
  if (!stmt || stmt.kind !== 'instruction' || stmt.size === 0) return undefined;
  // A real instruction written as itself (`add a0, a1, a2`, `jal ra, f`) is no pseudo here.
  const real = actualExpansion(a, stmt);
  if (instructionByMnemonic(name) && real?.length === 1 && real[0]!.split(' ')[0] === name) return undefined;
  const lines = expansion(a, stmt, st, name, line);
  if (!lines) return undefined;
  const first = lines[0]!;
  if (lines.length === 1 && first.split(/\s+/)[0] === name && instructionByMnemonic(name)) return undefined;
  const indent = lineText.slice(0, head.col).replace(/[^\t]/g, ' ');
  const endCol = st.operandTokens.length ? st.operandTokens[st.operandTokens.length - 1]!.col + st.operandTokens[st.operandTokens.length - 1]!.length : head.col + head.length;
  return {
    title: `Expand '${name}' into ${lines.length === 1 ? first : `${lines.length} instructions`}`,
    kind: CodeActionKind.RefactorRewrite,
    edit: { changes: { [a.uri]: [{ range: { start: { line, character: head.col }, end: { line, character: endCol } }, newText: lines.join(`\n${indent}`) }] } },
  };
}

/**
 * The source text a pseudo stands for. Operands stay symbolic: table pseudos substitute the
 * written operands into their template; `li` uses the values it assembled to; address pseudos
 * (la, call, tail, load/store of a symbol) get a local label for their %pcrel_lo.
 */
function expansion(a: DocumentAnalysis, stmt: AnalysisStatement, st: LineStatement, name: string, line: number): string[] | undefined {
  const written = st.operands.map((op) => (op.length ? a.lineText(line).slice(op[0]!.col, op[op.length - 1]!.col + op[op.length - 1]!.length) : ''));
  const form = pseudoForms(name).find((f) => f.operands.length === written.length);
  if (!form) return undefined;
  const words = stmt.size / 4;
  if (form.special === 'li') return actualExpansion(a, stmt);
  if (form.special) {
    const label = `.Lpcrel_${line + 1}`;
    const vals = new Map(form.operands.map((o, i) => [o, written[i]!]));
    const target = vals.get('symbol') ?? vals.get('offset') ?? written[written.length - 1]!;
    switch (form.special) {
      case 'la':
      case 'lla':
        return [`${label}: auipc ${vals.get('rd')}, %pcrel_hi(${target})`, `addi ${vals.get('rd')}, ${vals.get('rd')}, %pcrel_lo(${label})`];
      case 'load-symbol':
        return [`${label}: auipc ${vals.get('rd')}, %pcrel_hi(${target})`, `${name} ${vals.get('rd')}, %pcrel_lo(${label})(${vals.get('rd')})`];
      case 'store-symbol':
        return [`${label}: auipc ${vals.get('rt')}, %pcrel_hi(${target})`, `${name} ${vals.get('rd')}, %pcrel_lo(${label})(${vals.get('rt')})`];
      case 'call':
        return vals.has('rd')
          ? [`${label}: auipc t1, %pcrel_hi(${target})`, `jalr ${vals.get('rd')}, %pcrel_lo(${label})(t1)`]
          : [`${label}: auipc ra, %pcrel_hi(${target})`, `jalr ra, %pcrel_lo(${label})(ra)`];
      case 'jump':
        return [`${label}: auipc ${vals.get('rt')}, %pcrel_hi(${target})`, `jalr x0, %pcrel_lo(${label})(${vals.get('rt')})`];
      case 'tail':
        return [`${label}: auipc t1, %pcrel_hi(${target})`, `jalr x0, %pcrel_lo(${label})(t1)`];
      default:
        return undefined;
    }
  }
  // Table pseudos: the template with the written operands (a relaxed branch is two words: keep it).
  if (words !== form.expansion.length) return undefined;
  const vals = new Map<string, string>(form.operands.map((o, i) => [o, written[i]!]));
  return form.expansion.map(([m, ...ops]) => {
    const args = ops.map((op) => vals.get(op) ?? op.replace(/\b(rd|rs|rt|rs1|rs2|offset|symbol|imm|zimm|csr)\b/g, (w) => vals.get(w) ?? w));
    return args.length ? `${m} ${args.join(', ')}` : m!;
  });
}

function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
