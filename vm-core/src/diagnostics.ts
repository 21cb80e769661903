// Diagnostics are data: every stage returns them instead of throwing.

/** 1-based line and column, as GNU tools print them. `end` is exclusive. */
export interface Position {
  line: number;
  col: number;
}

export interface SourceRange {
  file: string;
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

export interface RelatedInformation {
  message: string;
  range: SourceRange;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier, e.g. `asm/unknown-mnemonic`; tests and code actions key on it. */
  code: string;
  message: string;
  range: SourceRange;
  related?: RelatedInformation[];
}

export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  range: SourceRange,
  related?: RelatedInformation[],
): Diagnostic {
  return related && related.length ? { severity, code, message, range, related } : { severity, code, message, range };
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

/** A range for a whole file or a place with no better location (e.g. an ELF header field). */
export function fileRange(file: string, line = 1, col = 1): SourceRange {
  return { file, start: { line, col }, end: { line, col } };
}

/**
 * GNU-style rendering: `file:line:col: error: message`, then the source line and a caret
 * under the range, when the text of the file is known.
 */
export function formatDiagnostic(d: Diagnostic, sourceText?: (file: string) => string | undefined): string {
  const { file, start, end } = d.range;
  let out = `${file}:${start.line}:${start.col}: ${d.severity}: ${d.message}\n`;
  const text = sourceText?.(file);
  if (text !== undefined) {
    const line = text.split(/\r?\n/)[start.line - 1];
    if (line !== undefined) {
      const width = end.line === start.line && end.col > start.col ? end.col - start.col : 1;
      const lead = line.slice(0, start.col - 1).replace(/[^\t]/g, ' ');
      out += ` ${line}\n ${lead}^${'~'.repeat(Math.max(0, width - 1))}\n`;
    }
  }
  for (const r of d.related ?? []) {
    out += `${r.range.file}:${r.range.start.line}:${r.range.start.col}: note: ${r.message}\n`;
  }
  return out;
}
