// Completion from the live line (the assembler's tokens of it) and the last analysis of the
// document — never a fresh assembly, so it stays fast while the user types.

import {
  DIRECTIVE_DOCS,
  INSTRUCTIONS,
  PSEUDO_INSTRUCTIONS,
  REGISTERS,
  hostFunctionList,
  instructionByMnemonic,
  registerNumber,
  pseudoForms,
  type AnalysisMacro,
} from '@tessera/vm-core';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/analyze.js';
import { hex } from '../convert.js';
import { cursorContext } from './context.js';
import { instructionSyntax, operandNames, operandSnippet, pseudoSyntax, slotOfOperand, slotOfPseudo, type SlotKind } from './isa-text.js';

const RELOCATIONS: ReadonlyArray<[string, string]> = [
  ['%hi', 'upper 20 bits of an absolute address (lui), rounded for the %lo that follows'],
  ['%lo', 'lower 12 bits of an absolute address (addi, loads, stores)'],
  ['%pcrel_hi', 'upper 20 bits of the distance from this auipc to the symbol'],
  ['%pcrel_lo', 'lower 12 bits, given the label of the matching %pcrel_hi auipc'],
];

/**
 * @param lineText the document's current line (it may be newer than the analysis)
 * @param a the last analysis, for symbols and macros (may be undefined while the first one runs)
 */
export function complete(lineText: string, pos: Position, a: DocumentAnalysis | undefined, lineOfMacro?: (line: number) => AnalysisMacro | undefined): CompletionItem[] {
  const ctx = cursorContext(lineText, pos);
  if (ctx.inComment || ctx.token?.kind === 'string') return [];
  const before = ctx.before;
  // `\param` inside a macro body.
  const param = /\\([A-Za-z_]\w*)?$/.exec(before);
  if (param) {
    const m = lineOfMacro?.(pos.line);
    return (m?.params ?? []).map((p) => ({ label: `\\${p.name}`, kind: CompletionItemKind.TypeParameter, detail: `parameter of macro ${m!.name}`, insertText: p.name, filterText: `\\${p.name}` }));
  }
  if (/%[A-Za-z_]*$/.test(before)) return relocations(true);
  const st = ctx.statement;
  const inHead = !st?.head || ctx.operandIndex < 0;
  if (inHead) {
    const word = /[.\w$]*$/.exec(before)?.[0] ?? '';
    // After a label and colon, or at the start: a head. A lone word followed by `:` would be a label.
    if (word.startsWith('.')) return directives();
    return [...mnemonics(), ...macros(a), ...directives()];
  }
  const head = st!.head!.text;
  if (head.startsWith('.')) return directiveOperands(head, a);
  const macro = a?.analysis.macros.find((m) => m.name === head);
  if (macro) {
    return [
      ...macro.params.map((p) => ({ label: `${p.name}=`, kind: CompletionItemKind.TypeParameter, detail: `keyword argument of ${macro.name}${p.default !== undefined ? ` (default ${p.default})` : ''}` })),
      ...registers(),
      ...symbols(a),
    ];
  }
  // `li a7, |`: the environment's call numbers, by name.
  if (head === 'li' && ctx.operandIndex === 1 && st!.operands[0]?.length === 1 && registerNumber(st!.operands[0][0]!.text) === 17) {
    return [...environmentCalls(a?.settings.environment ?? 'linux'), ...symbols(a, true)];
  }
  const slot = slotAt(head, ctx.operandIndex, st!.operands.length);
  // Inside `%lo(…)` a symbol goes; inside the parentheses of `offset(…)`, the base register.
  if (/%\w+\([^)]*$/.test(before)) return symbols(a);
  const inParens = /\([^)]*$/.test(before);
  if (slot === 'register' || (inParens && (slot === 'memory' || slot === 'target'))) return registers();
  if (slot === 'memory') return [...relocations(false), ...symbols(a, true)];
  if (slot === 'target') return [...symbols(a), ...relocations(false)];
  if (slot === 'immediate') return [...symbols(a, true), ...relocations(false)];
  return [...registers(), ...symbols(a)];
}

/** What kind of operand goes at `index` of mnemonic `head`, over all its forms. */
export function slotAt(head: string, index: number, count: number): SlotKind | undefined {
  const kinds = new Set<SlotKind>();
  const spec = instructionByMnemonic(head.toLowerCase());
  if (spec && spec.operands[index] && (spec.operands.length >= count)) kinds.add(slotOfOperand(spec.operands[index]));
  for (const f of pseudoForms(head.toLowerCase())) if (f.operands[index] && f.operands.length >= count) kinds.add(slotOfPseudo(f.operands[index]));
  if (kinds.size === 0 && spec?.operands[index]) kinds.add(slotOfOperand(spec.operands[index]));
  if (kinds.size === 1) return [...kinds][0];
  if (kinds.has('register') && kinds.size > 1) return 'other';
  return kinds.has('target') ? 'target' : kinds.has('memory') ? 'memory' : [...kinds][0];
}

let mnemonicItems: CompletionItem[] | undefined;

function mnemonics(): CompletionItem[] {
  if (mnemonicItems) return mnemonicItems;
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const s of INSTRUCTIONS) {
    seen.add(s.mnemonic);
    const names = operandNames(s);
    items.push({
      label: s.mnemonic,
      kind: CompletionItemKind.Keyword,
      detail: instructionSyntax(s),
      documentation: { kind: MarkupKind.Markdown, value: `**${s.description}** — \`${s.semantics}\`\n\n${s.format}-type · chip ${s.chip}` },
      insertText: names.length ? `${s.mnemonic} ${operandSnippet(names)}` : s.mnemonic,
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: `0${s.mnemonic}`,
    });
  }
  for (const p of PSEUDO_INSTRUCTIONS) {
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    items.push({
      label: p.name,
      kind: CompletionItemKind.Function,
      detail: `${pseudoSyntax(p)} (pseudo)`,
      documentation: { kind: MarkupKind.Markdown, value: p.doc },
      insertText: p.operands.length ? `${p.name} ${operandSnippet(p.operands)}` : p.name,
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: `0${p.name}`,
    });
  }
  mnemonicItems = items;
  return items;
}

let directiveItems: CompletionItem[] | undefined;

function directives(): CompletionItem[] {
  directiveItems ??= DIRECTIVE_DOCS.map((d) => ({
    label: d.name,
    kind: CompletionItemKind.Property,
    detail: d.syntax,
    documentation: d.doc,
    // Clients replace the word before the cursor, which for `.wo` includes the dot.
    filterText: d.name,
    insertText: d.name,
    sortText: `2${d.name}`,
  }));
  return directiveItems;
}

let registerItems: CompletionItem[] | undefined;

function registers(): CompletionItem[] {
  registerItems ??= REGISTERS.flatMap((r) => [
    { label: r.abi, kind: CompletionItemKind.Variable, detail: `x${r.index} — ${r.role}`, sortText: `0${String(r.index).padStart(2, '0')}a` },
    { label: `x${r.index}`, kind: CompletionItemKind.Variable, detail: `${r.abi} — ${r.role}`, sortText: `1${String(r.index).padStart(2, '0')}x` },
  ]);
  return registerItems;
}

/** Builds the symbol items of an analysis ahead of the first completion (after it is published). */
export function warmCompletion(a: DocumentAnalysis): void {
  symbols(a, false);
  symbols(a, true);
}

function environmentCalls(env: string): CompletionItem[] {
  return hostFunctionList(env)
    .filter((f) => f.via === 'ecall')
    .map((f) => ({
      label: String(f.number),
      kind: CompletionItemKind.EnumMember,
      detail: `${f.name}(${f.args.join(', ')}) — ${env}`,
      documentation: f.doc,
      filterText: `${f.number} ${f.name}`,
      sortText: String(f.number).padStart(6, '0'),
    }));
}

function relocations(afterPercent: boolean): CompletionItem[] {
  return RELOCATIONS.map(([name, doc]) => ({
    label: name,
    kind: CompletionItemKind.Operator,
    detail: doc,
    insertText: `${afterPercent ? name.slice(1) : name}(\${1:symbol})`,
    insertTextFormat: InsertTextFormat.Snippet,
    filterText: afterPercent ? name.slice(1) : name,
    sortText: `9${name}`,
  }));
}

function macros(a: DocumentAnalysis | undefined): CompletionItem[] {
  return (a?.analysis.macros ?? []).map((m) => ({
    label: m.name,
    kind: CompletionItemKind.Snippet,
    detail: `macro ${m.name} ${m.params.map((p) => p.name).join(', ')}`.trim(),
    insertText: m.params.length ? `${m.name} ${operandSnippet(m.params.map((p) => p.name))}` : m.name,
    insertTextFormat: InsertTextFormat.Snippet,
    sortText: `1${m.name}`,
  }));
}

/** Labels and symbols of the analysis, with their addresses or values. */
const symbolCache = new WeakMap<DocumentAnalysis, Map<boolean, CompletionItem[]>>();

function symbols(a: DocumentAnalysis | undefined, constantsFirst = false): CompletionItem[] {
  if (!a) return [];
  let byOrder = symbolCache.get(a);
  if (!byOrder) symbolCache.set(a, (byOrder = new Map()));
  const cached = byOrder.get(constantsFirst);
  if (cached) return cached;
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const d of a.allDefinitions()) {
    if (d.kind === 'numeric-label' || d.kind === 'macro' || seen.has(d.name)) continue;
    seen.add(d.name);
    const info = a.symbol(d.name);
    const constant = d.kind === 'equ' || d.kind === 'set';
    const value = info?.value === undefined ? '' : info.valueKind === 'address' ? ` @ ${hex(info.value)}` : info.valueKind === 'constant' ? ` = ${info.value}` : ` ${info.section ?? ''}+${hex(info.value, 1)}`;
    out.push({
      label: d.name,
      kind: constant ? CompletionItemKind.Constant : info?.type === 'func' ? CompletionItemKind.Function : CompletionItemKind.Reference,
      detail: `${constant ? 'symbol' : 'label'}${value}`,
      sortText: `${constant === constantsFirst ? '0' : '1'}${d.name}`,
    });
  }
  byOrder.set(constantsFirst, out);
  return out;
}

function directiveOperands(head: string, a: DocumentAnalysis | undefined): CompletionItem[] {
  const h = head.toLowerCase();
  if (h === '.type') return [...['@function', '@object', '@notype'].map((t): CompletionItem => ({ label: t, kind: CompletionItemKind.EnumMember })), ...symbols(a)];
  if (h === '.section' || h === '.pushsection') return ['.text', '.data', '.bss', '.rodata', '.sdata', '.sbss'].map((s) => ({ label: s, kind: CompletionItemKind.Module }));
  if (h === '.option') return ['push', 'pop', 'relax', 'norelax', 'rvc', 'norvc', 'arch'].map((s) => ({ label: s, kind: CompletionItemKind.EnumMember }));
  return [...symbols(a), ...relocations(false)];
}
