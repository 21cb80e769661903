// Token vocabulary of GNU-as RISC-V syntax. Order matters: Chevrotain takes the first pattern that
// matches, so longer or more specific forms come before the ones they would otherwise shadow.

import { createToken, Lexer, type TokenType } from 'chevrotain';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\f\v]+/, group: Lexer.SKIPPED });
// `#` starts a comment anywhere on RISC-V, which also swallows gcc's `# 6 "file" 1` line markers.
export const LineComment = createToken({ name: 'LineComment', pattern: /#[^\n]*/, group: Lexer.SKIPPED });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, line_breaks: true });
export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/ });

export const StringLit = createToken({ name: 'StringLit', pattern: /"(?:[^"\\\n]|\\[^\n])*"/ });
// GNU takes the character after a quote, an optional closing quote allowed: 'a' and 'a both mean 97.
export const CharLit = createToken({ name: 'CharLit', pattern: /'(?:\\[^\n]|[^\\\n])'?/ });

export const HexNumber = createToken({ name: 'HexNumber', pattern: /0[xX][0-9a-fA-F]+/ });
export const BinNumber = createToken({ name: 'BinNumber', pattern: /0[bB][01]+(?![0-9a-zA-Z_$.])/ });
// `1f` / `1b`: a reference to the next / previous numeric local label `1:`.
export const LocalLabelRef = createToken({ name: 'LocalLabelRef', pattern: /[0-9]+[fb](?![0-9a-zA-Z_$.])/ });
export const DecNumber = createToken({ name: 'DecNumber', pattern: /[0-9]+/ });

export const RelocFn = createToken({ name: 'RelocFn', pattern: /%[A-Za-z_][A-Za-z0-9_]*(?=\s*\()/ });
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_.$][A-Za-z0-9_.$]*/ });
export const AtType = createToken({ name: 'AtType', pattern: /@[A-Za-z_][A-Za-z0-9_]*/ });
// Macro parameters only survive lexing inside bodies that are captured as text, but they must lex.
export const MacroParam = createToken({ name: 'MacroParam', pattern: /\\(?:\(\)|@|[A-Za-z_][A-Za-z0-9_]*)/ });

export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });

// Every binary operator is also a BinaryOperator, so the grammar reads `a op b op c` flat and the
// AST builder applies GNU's precedence (fewer parser rules per operand: assembly is mostly operands).
export const BinaryOperator = createToken({ name: 'BinaryOperator', pattern: Lexer.NA });
const binary = { categories: [BinaryOperator] };

export const ShiftLeft = createToken({ name: 'ShiftLeft', pattern: /<</, ...binary });
export const ShiftRight = createToken({ name: 'ShiftRight', pattern: />>/, ...binary });
export const LessEq = createToken({ name: 'LessEq', pattern: /<=/, ...binary });
export const GreaterEq = createToken({ name: 'GreaterEq', pattern: />=/, ...binary });
export const NotEqual = createToken({ name: 'NotEqual', pattern: /!=|<>/, ...binary });
export const EqualEqual = createToken({ name: 'EqualEqual', pattern: /==/, ...binary });
export const AndAnd = createToken({ name: 'AndAnd', pattern: /&&/, ...binary });
export const OrOr = createToken({ name: 'OrOr', pattern: /\|\|/, ...binary });
export const Less = createToken({ name: 'Less', pattern: /</, ...binary });
export const Greater = createToken({ name: 'Greater', pattern: />/, ...binary });
export const Equals = createToken({ name: 'Equals', pattern: /=/ });
export const Plus = createToken({ name: 'Plus', pattern: /\+/, ...binary });
export const Minus = createToken({ name: 'Minus', pattern: /-/, ...binary });
export const Star = createToken({ name: 'Star', pattern: /\*/, ...binary });
export const Slash = createToken({ name: 'Slash', pattern: /\//, ...binary });
export const Percent = createToken({ name: 'Percent', pattern: /%/, ...binary });
export const Amp = createToken({ name: 'Amp', pattern: /&/, ...binary });
export const Pipe = createToken({ name: 'Pipe', pattern: /\|/, ...binary });
export const Caret = createToken({ name: 'Caret', pattern: /\^/, ...binary });
export const Tilde = createToken({ name: 'Tilde', pattern: /~/ });
export const Bang = createToken({ name: 'Bang', pattern: /!/, ...binary });

export const ALL_TOKENS: TokenType[] = [
  WhiteSpace, LineComment, BlockComment, Newline, Semicolon,
  StringLit, CharLit,
  HexNumber, BinNumber, LocalLabelRef, DecNumber,
  RelocFn, Identifier, AtType, MacroParam,
  LParen, RParen, Comma, Colon,
  ShiftLeft, ShiftRight, LessEq, GreaterEq, NotEqual, EqualEqual, AndAnd, OrOr,
  Less, Greater, Equals, Plus, Minus, Star, Slash, Percent, Amp, Pipe, Caret, Tilde, Bang,
  BinaryOperator,
];
