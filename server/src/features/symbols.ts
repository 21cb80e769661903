// Document symbols (sections holding functions, labels and data objects; .equ symbols; macros)
// and workspace symbols over every analysed document.

import { SymbolKind, type DocumentSymbol, type Range, type WorkspaceSymbol } from 'vscode-languageserver';
import type { AnalysisDefinition } from '@tessera/vm-core';
import type { DocumentAnalysis } from '../analysis/analyze.js';
import type { IndexedSymbol } from '../analysis/folder-index.js';
import { hex, pathToUri, toRange } from '../convert.js';

export function documentSymbols(a: DocumentAnalysis): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const sections = new Map<string, DocumentSymbol>();
  const lastLine = Math.max(0, a.lineCount - 1);
  // Sections: from the first statement placed in them to the end of their last stretch.
  const inDoc = a.analysis.statements.filter((s) => s.range.file === a.path);
  let current: DocumentSymbol | undefined;
  for (const s of inDoc) {
    const name = a.analysis.sectionNames[s.section] ?? '?';
    if (current?.name !== name || !sections.has(name)) {
      let sec = sections.get(name);
      if (!sec) {
        const r = toRange(s.range);
        sec = { name, kind: SymbolKind.Namespace, range: r, selectionRange: r, children: [] };
        sections.set(name, sec);
        out.push(sec);
      }
      current = sec;
    }
    current.range = { start: current.range.start, end: { line: Math.min(lastLine, s.range.end.line - 1), character: s.range.end.col - 1 } };
  }
  const defs = a.allDefinitions().filter((d) => d.range.file === a.path && d.kind !== 'numeric-label');
  const labels = defs.filter((d) => d.kind === 'label' && !d.name.startsWith('.L')).sort((x, y) => x.range.start.line - y.range.start.line);
  // The label after each one (by definition), found once: files have tens of thousands of labels.
  const nextLabel = new Map<AnalysisDefinition, AnalysisDefinition | undefined>();
  for (let i = 0; i < labels.length; i++) {
    let j = i + 1;
    while (j < labels.length && labels[j]!.range.start.line <= labels[i]!.range.start.line) j++;
    nextLabel.set(labels[i]!, labels[j]);
  }
  for (const d of defs) {
    const info = a.symbol(d.name);
    const sel = toRange(d.range);
    let kind: SymbolKind = SymbolKind.Field;
    let range: Range = sel;
    let detail = '';
    if (d.kind === 'macro') {
      kind = SymbolKind.Function;
      detail = 'macro';
      const m = a.analysis.macros.find((x) => x.name === d.name);
      if (m) range = { start: toRange(m.range).start, end: endOfBlock(a, m.range.start.line - 1, /^\s*\.endm\b/) };
      out.push({ name: d.name, detail, kind, range, selectionRange: sel });
      continue;
    }
    if (d.kind === 'equ' || d.kind === 'set') {
      kind = SymbolKind.Constant;
      detail = info?.value !== undefined ? `= ${info.value}` : '';
      out.push({ name: d.name, detail, kind, range, selectionRange: sel });
      continue;
    }
    if (d.name.startsWith('.L')) continue;
    if (info?.type === 'func') kind = SymbolKind.Function;
    else if (info?.type === 'object' || info?.size !== undefined) kind = SymbolKind.Variable;
    else kind = SymbolKind.Key;
    // A label spans to the next label (functions: the body).
    const next = nextLabel.get(d);
    range = { start: sel.start, end: next ? { line: next.range.start.line - 2 >= sel.start.line ? next.range.start.line - 2 : sel.start.line, character: 0 } : sel.end };
    if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < sel.end.character)) range = { start: sel.start, end: sel.end };
    detail = [info?.valueKind === 'address' && info.value !== undefined ? hex(info.value) : '', info?.size !== undefined ? `${info.size} bytes` : ''].filter(Boolean).join(' · ');
    const sym: DocumentSymbol = { name: d.name, detail, kind, range, selectionRange: sel };
    const parent = info?.section ? sections.get(info.section) : undefined;
    if (parent && contains(parent.range, range)) parent.children!.push(sym);
    else if (parent) {
      parent.range = union(parent.range, range);
      parent.children!.push(sym);
    } else out.push(sym);
  }
  return out;
}

function endOfBlock(a: DocumentAnalysis, fromLine: number, end: RegExp): { line: number; character: number } {
  for (let l = fromLine + 1; l < a.lineCount; l++) if (end.test(a.lineText(l))) return { line: l, character: a.lineText(l).length };
  return { line: fromLine, character: a.lineText(fromLine).length };
}

function contains(outer: Range, inner: Range): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }): boolean => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function union(x: Range, y: Range): Range {
  const min = x.start.line < y.start.line || (x.start.line === y.start.line && x.start.character <= y.start.character) ? x.start : y.start;
  const max = x.end.line > y.end.line || (x.end.line === y.end.line && x.end.character >= y.end.character) ? x.end : y.end;
  return { start: min, end: max };
}

/**
 * @param others symbols of workspace files that are not open (read by their tokens, not assembled);
 * files an open document analyses (itself or through .include) are taken from its analysis instead.
 */
export function workspaceSymbols(analyses: readonly DocumentAnalysis[], query: string, others: readonly IndexedSymbol[] = [], limit = 500): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const out: WorkspaceSymbol[] = [];
  const seen = new Set<string>();
  const analysed = new Set<string>(analyses.flatMap((a) => [a.path, ...a.includedFiles]));
  for (const a of analyses) {
    for (const d of a.allDefinitions()) {
      if (d.kind === 'numeric-label' || d.name.startsWith('.L')) continue;
      if (q && !fuzzy(d.name.toLowerCase(), q)) continue;
      const key = `${d.range.file}:${d.range.start.line}:${d.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const info = a.symbol(d.name);
      const kind = d.kind === 'macro' ? SymbolKind.Function : d.kind === 'equ' || d.kind === 'set' ? SymbolKind.Constant : info?.type === 'func' ? SymbolKind.Function : info?.type === 'object' ? SymbolKind.Variable : SymbolKind.Key;
      out.push({ name: d.name, kind, location: { uri: pathToUri(d.range.file), range: toRange(d.range) }, ...(info?.section ? { containerName: info.section } : {}) });
      if (out.length >= limit) return out;
    }
  }
  for (const s of others) {
    if (analysed.has(s.path) || (q && !fuzzy(s.name.toLowerCase(), q))) continue;
    const kind = s.kind === 'macro' ? SymbolKind.Function : s.kind === 'equ' ? SymbolKind.Constant : SymbolKind.Key;
    const range = { start: { line: s.line, character: s.col }, end: { line: s.line, character: s.col + s.length } };
    out.push({ name: s.name, kind, location: { uri: pathToUri(s.path), range } });
    if (out.length >= limit) return out;
  }
  return out;
}

/** The query's characters appear in order in the name. */
function fuzzy(name: string, q: string): boolean {
  let i = 0;
  for (const c of name) if (c === q[i]) i++;
  return i === q.length;
}
