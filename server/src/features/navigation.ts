// Definition, declaration, references, highlights and rename, over the assembler's definitions
// and references (numeric labels resolved as it resolved them) and the .include graph.

import { registerNumber, instructionByMnemonic, pseudoForms, directiveDoc } from '@tessera/vm-core';
import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type Location,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/analyze.js';
import { contains, pathToUri, toRange } from '../convert.js';
import { refuse } from '../errors.js';
import { wordAt } from './context.js';
import { occurrences, symbolAt } from './lookup.js';

export function definition(a: DocumentAnalysis, pos: Position): Location[] {
  const inc = a.analysis.includes.find((i) => i.from === a.path && contains(i.range, pos));
  if (inc) return inc.path ? [{ uri: pathToUri(inc.path), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] : [];
  const sym = symbolAt(a, pos);
  if (!sym) return [];
  return a.definitions(sym.name).map((d) => ({ uri: pathToUri(d.range.file), range: toRange(d.range) }));
}

export function references(a: DocumentAnalysis, pos: Position, includeDeclaration: boolean): Location[] {
  const sym = symbolAt(a, pos);
  if (!sym) return [];
  return occurrences(a, sym.name)
    .filter((o) => includeDeclaration || !o.definition)
    .map((o) => ({ uri: pathToUri(o.range.file), range: toRange(o.range) }));
}

export function highlights(a: DocumentAnalysis, pos: Position): DocumentHighlight[] {
  const sym = symbolAt(a, pos);
  if (!sym) return [];
  return occurrences(a, sym.name)
    .filter((o) => o.range.file === a.path)
    .map((o) => ({ range: toRange(o.range), kind: o.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

/** What rename would change, or a refusal saying why it cannot. */
export function prepareRename(a: DocumentAnalysis, pos: Position): { range: Range; placeholder: string } {
  const w = wordAt(a.lineText(pos.line), pos, a.lineTokens(pos.line));
  if (w && w.kind === 'identifier' && registerNumber(w.text) !== undefined) throw refuse(`'${w.text}' is a register; registers cannot be renamed`);
  if (w && w.kind === 'local-label-ref') throw refuse(`'${w.text}' refers to a numeric local label; numeric labels cannot be renamed (give it a name first)`);
  const sym = symbolAt(a, pos);
  if (!sym) {
    if (w && w.kind === 'identifier' && (instructionByMnemonic(w.text) || pseudoForms(w.text).length)) throw refuse(`'${w.text}' is an instruction, not a symbol`);
    if (w && w.kind === 'identifier' && directiveDoc(w.text)) throw refuse(`'${w.text}' is a directive, not a symbol`);
    throw refuse('nothing to rename here: place the cursor on a label, a symbol or a macro name');
  }
  if (sym.numeric) throw refuse(`'${sym.display}' is a numeric local label; numeric labels cannot be renamed (give it a name first)`);
  return { range: toRange(sym.range), placeholder: sym.display };
}

const NAME = /^[A-Za-z_.$][A-Za-z0-9_.$]*$/;

export function rename(a: DocumentAnalysis, pos: Position, newName: string): WorkspaceEdit {
  prepareRename(a, pos);
  const sym = symbolAt(a, pos)!;
  if (!NAME.test(newName)) throw refuse(`'${newName}' is not a valid symbol name (letters, digits, _ . $; not starting with a digit)`);
  if (registerNumber(newName) !== undefined) throw refuse(`'${newName}' is a register name`);
  if (sym.kind === 'symbol' && a.definitions(newName).length) throw refuse(`'${newName}' is already defined`);
  const changes: Record<string, TextEdit[]> = {};
  for (const o of occurrences(a, sym.name)) {
    const uri = pathToUri(o.range.file);
    (changes[uri] ??= []).push({ range: toRange(o.range), newText: newName });
  }
  return { changes };
}
