// vm-core diagnostics → LSP diagnostics of one document. Those located in an included file are
// shown on the `.include` line that pulled it in (with the exact place as related information),
// so every document's list comes from its own analysis and never fights another's.

import type { Diagnostic as AsmDiagnostic, SourceRange } from '@tessera/vm-core';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { pathToUri, toRange } from '../convert.js';
import type { DocumentAnalysis } from '../analysis/analyze.js';

const SEVERITY: Record<AsmDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * @param includer an open document that includes this one: its analysis is this file in context
 * (macros and symbols defined before the `.include`), so its diagnostics located here are used.
 */
export function documentDiagnostics(a: DocumentAnalysis, includer?: DocumentAnalysis): Diagnostic[] {
  if (includer) return includer.diagnostics.filter((d) => d.range.file === a.path).map((d) => convert(d, d.range, d.message, []));
  const out: Diagnostic[] = [];
  for (const d of a.diagnostics) {
    const related: DiagnosticRelatedInformation[] = (d.related ?? []).map((r) => ({ location: { uri: pathToUri(r.range.file), range: toRange(r.range) }, message: r.message }));
    let range: SourceRange | undefined = d.range;
    let message = d.message;
    if (d.range.file !== a.path) {
      range = includeSite(a, d);
      if (!range) continue;
      related.unshift({ location: { uri: pathToUri(d.range.file), range: toRange(d.range) }, message: d.message });
      message = `in included file ${baseName(d.range.file)}:${d.range.start.line}: ${d.message}`;
    }
    out.push(convert(d, range, message, related));
  }
  return out;
}

function convert(d: AsmDiagnostic, range: SourceRange, message: string, extra: DiagnosticRelatedInformation[]): Diagnostic {
  const related = extra.length ? extra : (d.related ?? []).map((r) => ({ location: { uri: pathToUri(r.range.file), range: toRange(r.range) }, message: r.message }));
  return {
    range: toRange(range),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'tessera',
    message,
    ...(related.length ? { relatedInformation: related } : {}),
  };
}

/** The `.include` statement of this document through which a diagnostic's file was reached. */
function includeSite(a: DocumentAnalysis, d: AsmDiagnostic): SourceRange | undefined {
  // Include sites appear in the related "expanded from here" chain; the outermost in this file wins.
  const chain = [...(d.related ?? [])].reverse();
  const inDoc = chain.find((r) => r.range.file === a.path);
  if (inDoc) return inDoc.range;
  // Otherwise follow the include graph back from the file to this document.
  let file = d.range.file;
  for (let guard = 0; guard < 100; guard++) {
    const edge = a.analysis.includes.find((i) => i.path === file);
    if (!edge) return undefined;
    if (edge.from === a.path) return edge.range;
    file = edge.from;
  }
  return undefined;
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}
