// Folding ranges (macros, .rept/.irp/.irpc, .if blocks, functions, block comments), inlay hints
// (label addresses; pseudo-instruction expansions, off by default) and the Run | Debug code lens.

import { FoldingRangeKind, InlayHintKind, type CodeLens, type FoldingRange, type InlayHint, type Range } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/analyze.js';
import { hex } from '../convert.js';
import { splitLine } from './context.js';
import { actualExpansion } from './isa-text.js';

export const RUN_COMMAND = 'tessera.runFile';
export const DEBUG_COMMAND = 'tessera.debugFile';

const OPEN: Record<string, string> = { '.macro': 'macro', '.rept': 'rept', '.irp': 'rept', '.irpc': 'rept', '.if': 'if', '.ifdef': 'if', '.ifndef': 'if', '.ifnotdef': 'if', '.ifeq': 'if', '.ifne': 'if', '.ifgt': 'if', '.ifge': 'if', '.iflt': 'if', '.ifle': 'if', '.ifb': 'if', '.ifnb': 'if', '.ifc': 'if', '.ifnc': 'if', '.ifeqs': 'if', '.ifnes': 'if' };
const CLOSE: Record<string, string> = { '.endm': 'macro', '.endmacro': 'macro', '.endr': 'rept', '.endif': 'if' };

export function foldingRanges(a: DocumentAnalysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const stack: Array<{ kind: string; line: number }> = [];
  const functions: Array<{ name: string; line: number }> = [];
  const funcNames = new Set<string>();
  const tokens = a.tokens;
  let i = 0;
  while (i < tokens.length) {
    const line = tokens[i]!.line;
    const lineToks = [];
    while (i < tokens.length && tokens[i]!.line === line) {
      const t = tokens[i++]!;
      if (t.kind === 'newline') break;
      lineToks.push(t);
    }
    for (const st of splitLine(lineToks)) {
      for (const l of st.labels) if (funcNames.has(l.text)) functions.push({ name: l.text, line });
      const head = st.head?.text.toLowerCase();
      if (!head) continue;
      if (OPEN[head]) stack.push({ kind: OPEN[head]!, line });
      else if (head === '.else' || head === '.elseif') {
        const top = stack[stack.length - 1];
        if (top?.kind === 'if') {
          if (line - 1 > top.line) out.push({ startLine: top.line, endLine: line - 1, kind: FoldingRangeKind.Region });
          top.line = line;
        }
      } else if (CLOSE[head]) {
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k]!.kind !== CLOSE[head]) continue;
          const open = stack.splice(k)[0]!;
          if (line > open.line) out.push({ startLine: open.line, endLine: line, kind: FoldingRangeKind.Region });
          break;
        }
      } else if (head === '.type' && st.operands[1]?.some((t) => /^[@%]?function$/.test(t.text.replace(/^["]|["]$/g, '')))) {
        const name = st.operands[0]?.[0]?.text;
        if (name) funcNames.add(name);
      } else if (head === '.size') {
        const name = st.operands[0]?.[0]?.text;
        const f = functions.find((x) => x.name === name);
        if (f && line > f.line) out.push({ startLine: f.line, endLine: line, kind: FoldingRangeKind.Region });
        if (f) functions.splice(functions.indexOf(f), 1);
      }
    }
  }
  // A block comment over several lines comes as one token per line.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'comment' || !t.text.startsWith('/*') || t.text.endsWith('*/')) continue;
    let j = k + 1;
    while (j < tokens.length && !(tokens[j]!.kind === 'comment' && tokens[j]!.text.endsWith('*/'))) j++;
    const end = j < tokens.length ? tokens[j]!.line : a.lineCount - 1;
    if (end > t.line) out.push({ startLine: t.line, endLine: end, kind: FoldingRangeKind.Comment });
    k = j;
  }
  return out.sort((x, y) => x.startLine - y.startLine);
}

export function inlayHints(a: DocumentAnalysis, range: Range): InlayHint[] {
  const out: InlayHint[] = [];
  const first = range.start.line + 1;
  const last = range.end.line + 1;
  if (a.settings.inlayHints.labelAddresses) {
    for (const d of a.allDefinitions()) {
      if (d.range.file !== a.path || d.range.start.line < first || d.range.start.line > last) continue;
      if (d.kind !== 'label' && d.kind !== 'numeric-label') continue;
      const info = a.symbol(d.name);
      if (info?.valueKind !== 'address' || info.value === undefined) continue;
      // After the colon that ends the label.
      const text = a.lineText(d.range.end.line - 1);
      const colon = text.indexOf(':', d.range.end.col - 1);
      out.push({ position: { line: d.range.end.line - 1, character: colon >= 0 ? colon + 1 : d.range.end.col - 1 }, label: ` ${hex(info.value)}`, kind: InlayHintKind.Type, paddingLeft: true, tooltip: `address of ${d.display}${info.section ? ` in ${info.section}` : ''}` });
    }
  }
  if (a.settings.inlayHints.pseudoExpansions) {
    for (let line = first; line <= last; line++) {
      for (const s of a.statementsAt(line)) {
        if (s.kind !== 'instruction' || s.size === 0) continue;
        const exp = actualExpansion(a, s);
        if (!exp || (exp.length === 1 && exp[0]!.split(' ')[0] === s.name.toLowerCase())) continue;
        out.push({ position: { line: s.range.end.line - 1, character: s.range.end.col - 1 }, label: `  ⇒ ${exp.join('; ')}`, paddingLeft: true });
      }
    }
  }
  return out.sort((x, y) => x.position.line - y.position.line || x.position.character - y.position.character);
}

export function codeLenses(a: DocumentAnalysis): CodeLens[] {
  if (!a.settings.codeLens.runDebug) return [];
  const out: CodeLens[] = [];
  for (const d of a.allDefinitions()) {
    if (d.kind !== 'label' || d.range.file !== a.path || (d.name !== '_start' && d.name !== 'main')) continue;
    const line = d.range.start.line - 1;
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    out.push({ range, command: { title: '▶ Run', command: RUN_COMMAND, arguments: [a.uri] } });
    out.push({ range, command: { title: 'Debug', command: DEBUG_COMMAND, arguments: [a.uri] } });
  }
  return out;
}
