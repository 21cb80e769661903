// Logpoint messages: text with `{expression}` parts, parsed once when the logpoint is set.
// `{{` and `}}` are literal braces. A part that fails at a hit prints `<error: …>` in its place.

import { evaluateExpr, formatValue, type EvalScope } from './evaluate.js';
import { EvaluateError, parseExpression, type Expr } from './parse.js';

export type LogPart = string | { expr: Expr; source: string };

export function parseLogMessage(text: string): LogPart[] {
  const parts: LogPart[] = [];
  let lit = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      lit += c;
      i++;
      continue;
    }
    if (c === '}') throw new EvaluateError("unmatched '}' in log message (write }} for a brace)", i + 1);
    if (c !== '{') {
      lit += c;
      continue;
    }
    const close = text.indexOf('}', i);
    if (close < 0) throw new EvaluateError("unclosed '{' in log message", i + 1);
    const source = text.slice(i + 1, close);
    if (lit) parts.push(lit);
    lit = '';
    try {
      parts.push({ expr: parseExpression(source), source });
    } catch (e) {
      if (e instanceof EvaluateError) throw new EvaluateError(`in {${source}}: ${e.message}`);
      throw e;
    }
    i = close;
  }
  if (lit) parts.push(lit);
  return parts;
}

export function renderLogMessage(parts: readonly LogPart[], scope: EvalScope): string {
  return parts.map((p) => {
    if (typeof p === 'string') return p;
    try {
      const v = evaluateExpr(p.expr, scope);
      return v.type === 'label' ? formatValue(v) : String(v.value);
    } catch (e) {
      return `<error: ${e instanceof Error ? e.message : String(e)}>`;
    }
  }).join('');
}
