// Signature help: the operand forms of the mnemonic (or macro) being written, with the operand
// under the cursor active. Read from the live line and the last analysis (macros).

import { instructionByMnemonic, pseudoForms, directiveDoc, type AnalysisMacro } from '@tessera/vm-core';
import type { Position, SignatureHelp, SignatureInformation } from 'vscode-languageserver';
import { cursorContext } from './context.js';
import { operandNames } from './isa-text.js';

export function signatureHelp(lineText: string, pos: Position, macros: readonly AnalysisMacro[]): SignatureHelp | null {
  const ctx = cursorContext(lineText, pos);
  const st = ctx.statement;
  if (!st?.head || ctx.operandIndex < 0 || ctx.inComment) return null;
  const name = st.head.text;
  const sigs: SignatureInformation[] = [];
  const spec = instructionByMnemonic(name.toLowerCase());
  if (spec) sigs.push(signature(spec.mnemonic, operandNames(spec), `${spec.description} — ${spec.semantics}`));
  for (const f of pseudoForms(name.toLowerCase())) sigs.push(signature(f.name, [...f.operands], `${f.doc} (pseudo)`));
  const macro = macros.find((m) => m.name === name);
  if (macro) sigs.push(signature(macro.name, macro.params.map((p) => p.name + (p.default !== undefined ? `=${p.default}` : '')), 'macro'));
  if (name.startsWith('.')) {
    const d = directiveDoc(name);
    if (d) {
      const args = d.syntax.slice(d.name.length).trim();
      sigs.push({ label: d.syntax, documentation: d.doc, parameters: args ? args.split(/\s*,\s*/).map((p) => ({ label: p })) : [] });
    }
  }
  if (sigs.length === 0) return null;
  const count = st.operands.length;
  // Prefer the first form that has enough operands for what is written.
  let active = sigs.findIndex((s) => (s.parameters?.length ?? 0) >= Math.max(count, ctx.operandIndex + 1));
  if (active < 0) active = 0;
  return { signatures: sigs, activeSignature: active, activeParameter: ctx.operandIndex };
}

function signature(name: string, params: string[], doc: string): SignatureInformation {
  const label = params.length ? `${name} ${params.join(', ')}` : name;
  const parameters = [];
  let at = name.length + 1;
  for (const p of params) {
    parameters.push({ label: [at, at + p.length] as [number, number] });
    at += p.length + 2;
  }
  return { label, documentation: doc, parameters };
}
