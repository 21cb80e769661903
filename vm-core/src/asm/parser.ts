// The statement grammar of GNU-as RISC-V syntax, one shared Chevrotain parser instance with error
// recovery. A statement is what sits between newlines or `;`: labels, then an instruction, a
// directive or an assignment. Operands are expressions (with an optional `(base)` suffix), strings
// or `@type` words; what they mean is decided later, by the instruction or directive.

import { CstParser, type CstNode, type IToken, type IRecognitionException } from 'chevrotain';
import * as T from './tokens.js';

class StatementParser extends CstParser {
  constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: 'full' });
    this.performSelfAnalysis();
  }

  public statement = this.RULE('statement', () => {
    this.MANY({
      GATE: () => this.LA(2).tokenType === T.Colon,
      DEF: () => this.SUBRULE(this.label),
    });
    this.OPTION(() => {
      this.OR([
        { GATE: () => this.LA(2).tokenType === T.Equals, ALT: () => this.SUBRULE(this.assignment) },
        { ALT: () => this.SUBRULE(this.command) },
      ]);
    });
  });

  private label = this.RULE('label', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.DecNumber) }]);
    this.CONSUME(T.Colon);
  });

  private assignment = this.RULE('assignment', () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  // Operands may be empty (`.p2align 3,,8`): the AST builder places them between the commas.
  private command = this.RULE('command', () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.operand));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OPTION2(() => this.SUBRULE2(this.operand));
    });
  });

  private operand = this.RULE('operand', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.operandItem));
  });

  private operandItem = this.RULE('operandItem', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.StringLit) },
      { ALT: () => this.CONSUME(T.AtType) },
      {
        ALT: () => {
          this.SUBRULE(this.expression);
          this.OPTION(() => {
            this.CONSUME(T.LParen);
            this.SUBRULE2(this.expression, { LABEL: 'base' });
            this.CONSUME(T.RParen);
          });
        },
      },
    ]);
  });

  // Flat: operands and operators in order. GNU's precedence is applied in ast-builder.ts.
  public expression = this.RULE('expression', () => {
    this.SUBRULE(this.unaryExpr, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(T.BinaryOperator, { LABEL: 'operators' });
      this.SUBRULE2(this.unaryExpr, { LABEL: 'operands' });
    });
  });

  private unaryExpr = this.RULE('unaryExpr', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Minus, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Plus, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Tilde, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Bang, { LABEL: 'prefix' }) },
      ]);
    });
    this.SUBRULE(this.primary);
  });

  private primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.HexNumber) },
      { ALT: () => this.CONSUME(T.BinNumber) },
      { ALT: () => this.CONSUME(T.DecNumber) },
      { ALT: () => this.CONSUME(T.LocalLabelRef) },
      { ALT: () => this.CONSUME(T.CharLit) },
      { ALT: () => this.CONSUME(T.Identifier) },
      {
        ALT: () => {
          this.CONSUME(T.RelocFn);
          this.CONSUME(T.LParen);
          this.SUBRULE(this.expression, { LABEL: 'relocArg' });
          this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.LParen);
          this.SUBRULE2(this.expression, { LABEL: 'inner' });
          this.CONSUME2(T.RParen);
        },
      },
    ]);
  });
}

const parser = new StatementParser();

export interface ParseResult {
  cst: CstNode;
  errors: IRecognitionException[];
}

/** Parses one statement's tokens (no Newline/Semicolon among them). */
export function parseStatement(tokens: IToken[]): ParseResult {
  parser.input = tokens;
  const cst = parser.statement();
  return { cst, errors: parser.errors };
}

/** Parses tokens as a single expression (used by `.if` and friends on raw argument text). */
export function parseExpression(tokens: IToken[]): ParseResult {
  parser.input = tokens;
  const cst = parser.expression();
  return { cst, errors: parser.errors };
}
