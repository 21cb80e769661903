// Semantic tokens: every token of the document classified by what the assembler makes of it —
// mnemonic or pseudo-instruction, register, label or symbol, directive, macro and its parameters.

import { registerNumber, type SourceToken } from '@tessera/vm-core';
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/analyze.js';
import { splitLine } from './context.js';
import { isPseudoStatement } from './isa-text.js';
import { instructionByMnemonic, pseudoForms } from '@tessera/vm-core';

export const TOKEN_TYPES = ['mnemonic', 'pseudo', 'register', 'label', 'symbol', 'directive', 'number', 'string', 'comment', 'macro', 'macroParameter', 'relocation'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'readonly'] as const;
type TokenType = (typeof TOKEN_TYPES)[number];

/** For the client's `contributes.semanticTokenTypes`: each type and the standard type themes colour it as. */
export const TOKEN_SUPERTYPES: Readonly<Record<TokenType, string>> = {
  mnemonic: 'keyword', pseudo: 'function', register: 'variable', label: 'function', symbol: 'enumMember', directive: 'macro',
  number: 'number', string: 'string', comment: 'comment', macro: 'macro', macroParameter: 'parameter', relocation: 'operator',
};

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_INDEX = new Map<string, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const DECLARATION = 1;
const READONLY = 2;

interface Classified {
  line: number;
  col: number;
  length: number;
  type: TokenType;
  modifiers: number;
}

export function semanticTokens(a: DocumentAnalysis, range?: Range): SemanticTokens {
  const data: number[] = [];
  let prevLine = 0;
  let prevCol = 0;
  const first = range ? range.start.line : 0;
  const last = range ? range.end.line : a.lineCount - 1;
  for (const t of classify(a, first, last)) {
    const dl = t.line - prevLine;
    data.push(dl, dl === 0 ? t.col - prevCol : t.col, t.length, TYPE_INDEX.get(t.type)!, t.modifiers);
    prevLine = t.line;
    prevCol = t.col;
  }
  return { data };
}

function classify(a: DocumentAnalysis, firstLine: number, lastLine: number): Classified[] {
  const out: Classified[] = [];
  const macroNames = new Set(a.analysis.macros.map((m) => m.name));
  const tokens = a.tokensOfLines(firstLine, lastLine);
  let i = 0;
  // Skip to the first line asked for.
  while (i < tokens.length && tokens[i]!.line < firstLine) i++;
  while (i < tokens.length && tokens[i]!.line <= lastLine) {
    const line = tokens[i]!.line;
    const lineToks: SourceToken[] = [];
    while (i < tokens.length && tokens[i]!.line === line) {
      const t = tokens[i]!;
      i++;
      if (t.kind === 'newline') break;
      lineToks.push(t);
    }
    const push = (t: SourceToken, type: TokenType, modifiers = 0): void => {
      // Editors end lines at a \r as well (the assembler treats it as a blank): stop the token there.
      const cr = t.text.indexOf('\r');
      const length = cr >= 0 ? cr : t.length;
      if (length > 0) out.push({ line: t.line, col: t.col, length, type, modifiers });
    };
    for (const st of splitLine(lineToks)) {
      for (const l of st.labels) push(l, 'label', DECLARATION);
      const head = st.head;
      let isMacroDef = false;
      if (head) {
        const name = head.text;
        if (st.assign) push(head, 'symbol', DECLARATION | READONLY);
        else if (name.startsWith('.')) {
          push(head, 'directive');
          isMacroDef = name.toLowerCase() === '.macro';
        } else if (macroNames.has(name)) push(head, 'macro');
        else if (instructionByMnemonic(name.toLowerCase()) || pseudoForms(name.toLowerCase()).length) {
          // What it assembled to decides: `li` of a small value is one word, yet a pseudo.
          const size = a.statementsAt(line + 1).find((s) => s.nameCol === head.col + 1)?.size ?? 4;
          push(head, isPseudoStatement(name.toLowerCase(), st.operands.length, size) ? 'pseudo' : 'mnemonic');
        }
      }
      const equDef = head && /^\.(equ|set|equiv|eqv)$/i.test(head.text);
      let firstOperand = true;
      for (const t of st.operandTokens) {
        switch (t.kind) {
          case 'identifier': {
            if (t.text === '.') {
              firstOperand = false;
              break;
            }
            if (isMacroDef) push(t, firstOperand ? 'macro' : 'macroParameter', DECLARATION);
            else if (registerNumber(t.text) !== undefined) push(t, 'register');
            else if (equDef && firstOperand) push(t, 'symbol', DECLARATION | READONLY);
            else {
              const d = a.definitions(t.text)[0];
              if (d && (d.kind === 'equ' || d.kind === 'set')) push(t, 'symbol', READONLY);
              else if (d && d.kind === 'macro') push(t, 'macro');
              else if (d || !head?.text.startsWith('.') || /^\.(globl|global|weak|local|type|size|comm|lcomm)$/i.test(head.text)) push(t, 'label');
            }
            firstOperand = false;
            break;
          }
          case 'local-label-ref':
            push(t, 'label');
            break;
          case 'number':
          case 'char':
            push(t, 'number');
            break;
          case 'string':
            push(t, 'string');
            break;
          case 'macro-param':
            push(t, 'macroParameter');
            break;
          case 'relocation':
            push(t, 'relocation');
            break;
          case 'type':
            push(t, 'directive');
            break;
          default:
            break;
        }
      }
      if (st.comment) push(st.comment, 'comment');
    }
  }
  return out.sort((x, y) => x.line - y.line || x.col - y.col);
}
