// What an editor needs to know about a file besides its bytes: every statement with its place in
// a section, every definition and reference of a symbol or macro, and the .include graph. The
// FileAssembler fills an AnalysisCollector as it goes when asked to (assemble(…, { analysis: true }));
// without it, the hooks cost one undefined check each.

import type { SourceRange } from '../diagnostics.js';
import { displayName } from './symbols.js';

export type AnalysisStatementKind = 'instruction' | 'directive' | 'macro-call' | 'assign' | 'label';

export interface AnalysisStatement {
  range: SourceRange;
  /** Mnemonic, directive or macro name as written ('' for a statement of labels only). */
  name: string;
  /** 1-based column of the name on the statement's first line (numbers, not a range: files have 100k statements). */
  nameCol?: number;
  kind: AnalysisStatementKind;
  /** Object section index (ObjectFile.sections) the statement's bytes went to, and where. */
  section: number;
  offset: number;
  size: number;
}

export type DefinitionKind = 'label' | 'numeric-label' | 'equ' | 'set' | 'macro';

export interface AnalysisDefinition {
  /** Internal symbol name (numeric labels: `.L1\u00022`, see `displayName`). */
  name: string;
  /** As written: `1` for a numeric label. */
  display: string;
  kind: DefinitionKind;
  range: SourceRange;
  /** Label: the section index and offset it marks. */
  section?: number;
  offset?: number;
}

export interface AnalysisReference {
  /** Internal name: `1f`/`1b` are resolved to the numeric label they mean. */
  name: string;
  range: SourceRange;
  kind: 'symbol' | 'macro';
}

export interface AnalysisMacro {
  name: string;
  params: Array<{ name: string; default?: string; required: boolean; vararg: boolean }>;
  /** The `.macro` line. */
  range: SourceRange;
  nameRange: SourceRange;
}

export interface AnalysisInclude {
  /** File holding the `.include`. */
  from: string;
  range: SourceRange;
  /** Path written in the directive, and the file it resolved to (undefined when not found). */
  written: string;
  path?: string;
}

export interface AsmAnalysis {
  statements: AnalysisStatement[];
  definitions: AnalysisDefinition[];
  references: AnalysisReference[];
  macros: AnalysisMacro[];
  includes: AnalysisInclude[];
  /** Section names by object section index. */
  sectionNames: string[];
}

export class AnalysisCollector {
  readonly statements: AnalysisStatement[] = [];
  readonly definitions: AnalysisDefinition[] = [];
  readonly references: AnalysisReference[] = [];
  readonly macros: AnalysisMacro[] = [];
  readonly includes: AnalysisInclude[] = [];
  private readonly seenRanges = new WeakMap<SourceRange, string[]>();

  statement(s: AnalysisStatement): void {
    this.statements.push(s);
  }

  define(name: string, kind: DefinitionKind, range: SourceRange, place?: { section: number; offset: number }): void {
    this.definitions.push({ name, display: displayName(name), kind, range, ...(place ? { section: place.section, offset: place.offset } : {}) });
  }

  /** A use of a symbol; an expression evaluated twice (now, then at the end) counts once. */
  reference(name: string, range: SourceRange, kind: 'symbol' | 'macro' = 'symbol'): void {
    // Re-evaluations of one expression hand over the same range object, usually right after it.
    const names = this.seenRanges.get(range);
    if (names?.includes(name)) return;
    if (names) names.push(name);
    else this.seenRanges.set(range, [name]);
    this.references.push({ name, range, kind });
  }

  macro(m: AnalysisMacro): void {
    this.macros.push(m);
  }

  include(i: AnalysisInclude): void {
    this.includes.push(i);
  }

  finish(sectionNames: string[]): AsmAnalysis {
    return {
      statements: this.statements,
      definitions: this.definitions,
      references: this.references,
      macros: this.macros,
      includes: this.includes,
      sectionNames,
    };
  }
}
