// The syntax tree of one statement, with source ranges on every node.

import type { SourceRange } from '../diagnostics.js';

export type BinaryOp =
  | '*' | '/' | '%' | '<<' | '>>'
  | '|' | '&' | '^' | '!'
  | '+' | '-'
  | '==' | '!=' | '<>' | '<' | '>' | '<=' | '>='
  | '&&' | '||';
export type UnaryOp = '-' | '+' | '~' | '!';

export type Expr =
  | { k: 'num'; value: bigint; range: SourceRange; /** The literal did not fit in 64 bits. */ overflow?: boolean }
  | { k: 'sym'; name: string; range: SourceRange }
  | { k: 'local'; label: number; dir: 'f' | 'b'; range: SourceRange }
  | { k: 'unary'; op: UnaryOp; arg: Expr; range: SourceRange }
  | { k: 'binary'; op: BinaryOp; left: Expr; right: Expr; range: SourceRange }
  | { k: 'reloc'; fn: string; arg: Expr; range: SourceRange }
  | { k: 'paren'; inner: Expr; range: SourceRange }
  /** A place in this file, bound from `.` (or a numeric label) when an expression is kept for later. */
  | { k: 'loc'; section: number; offset: number; range: SourceRange };

export type OperandItem =
  | { k: 'expr'; expr: Expr; base?: Expr; range: SourceRange }
  | { k: 'string'; bytes: number[]; range: SourceRange }
  | { k: 'type'; name: string; range: SourceRange };

/** One comma-separated operand; usually a single item, but directives like `.loc 1 5 3` put several. */
export interface Operand {
  items: OperandItem[];
  range: SourceRange;
}

export interface Label {
  name: string;
  /** `1:` style numeric local label. */
  numeric: boolean;
  range: SourceRange;
}

export interface Statement {
  labels: Label[];
  /** 'command' = instruction or directive (directives start with '.'); 'assign' = `sym = expr`. */
  kind: 'command' | 'assign' | 'none';
  name: string;
  nameRange: SourceRange;
  operands: Operand[];
  /** For 'assign'. */
  value?: Expr;
  range: SourceRange;
}
