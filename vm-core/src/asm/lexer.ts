// Lexing a whole chunk of source at once; statements are cut from the token stream afterwards.

import { Lexer, type IToken, type ILexingError } from 'chevrotain';
import { ALL_TOKENS } from './tokens.js';

// Only \n ends a line (a \r is blank space, as in GNU as), so lines agree with the editor's.
const lexer = new Lexer(ALL_TOKENS, { positionTracking: 'full', ensureOptimizations: false, lineTerminatorsPattern: /\n/g, lineTerminatorCharacters: ['\n'] });

export interface LexResult {
  tokens: IToken[];
  errors: ILexingError[];
}

export function lex(text: string): LexResult {
  const r = lexer.tokenize(text);
  return { tokens: r.tokens, errors: r.errors };
}
