// evaluate for watch, hover, REPL (and clipboard/variables copies), completions in the REPL, and
// standard input typed in the Debug Console while the guest waits for it.

import { InvalidatedEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { EvaluateContext } from '../runtime/types.js';
import { hex8 } from './convert.js';
import { frameToRuntime } from './inspection.js';
import { ERROR, RequestError, stringArg } from './request-error.js';
import type { SessionCore } from './session.js';

/** Typed alone in the Debug Console while the guest reads: ends its standard input. */
export const END_OF_INPUT = '^D';

const CONTEXT: Record<string, EvaluateContext> = { watch: 'watch', hover: 'hover', repl: 'repl', clipboard: 'watch', variables: 'watch' };

/** Words the REPL completes besides registers and symbols. */
const REPL_WORDS = ['x/', 'p ', 'help', 'info registers', 'info chips', 'info segments', 'info breakpoints', 'info symbols', 'info env', 'info history', 'mem.b[', 'mem.h[', 'mem.w['];

export function registerEvaluate(core: SessionCore): void {
  core.handle('evaluate', (args) => {
    const expression = stringArg('evaluate', args, 'expression');
    const context = typeof args.context === 'string' ? args.context : 'repl';
    const rt = core.runtime('evaluate');
    if (context === 'repl' && core.inputPending && rt.state === 'waiting-input') {
      core.inputPending = false;
      rt.provideInput(expression.trim() === END_OF_INPUT ? '' : expression);
      return { result: '', variablesReference: 0 };
    }
    core.stoppedRuntime('evaluate');
    let frame: number | undefined;
    if (typeof args.frameId === 'number') {
      frame = frameToRuntime(args.frameId);
      if (!rt.callStack().some((f) => f.id === frame)) throw new RequestError(`evaluate: unknown frame ${args.frameId}`, ERROR.unknownReference);
    }
    if (!expression.trim()) throw new RequestError('evaluate: the expression is empty', ERROR.evaluate);
    let r;
    try {
      r = rt.evaluate(expression, CONTEXT[context] ?? 'watch', frame);
    } catch (e) {
      throw new RequestError(e instanceof Error ? e.message : String(e), ERROR.evaluate);
    }
    // An assignment typed in the console (`a0 = 5`, `*p = 0`) changes what the views show.
    if (/(^|[^=!<>])=($|[^=])/.test(expression)) core.sendEvent(new InvalidatedEvent(['variables']));
    // The Variables and Watch views' "hex" format (and a client's valueFormat) applies to values; command listings stay as they are.
    const hex = (args.format as DebugProtocol.ValueFormat | undefined)?.hex === true;
    const body: DebugProtocol.EvaluateResponse['body'] = { result: hex && r.value !== undefined ? hex8(r.value) : r.text, variablesReference: 0 };
    if (r.type !== undefined) body.type = r.type;
    if (r.memoryReference !== undefined) body.memoryReference = hex8(r.memoryReference);
    return body;
  });

  core.handle('completions', (args) => {
    const rt = core.runtime('completions');
    const text = stringArg('completions', args, 'text');
    const column = typeof args.column === 'number' ? args.column : text.length + 1;
    // The client's column is 1-based (columnsStartAt1); the word ends just before it.
    const end = Math.max(0, Math.min(text.length, column - 1));
    const before = text.slice(0, end);
    const word = /[A-Za-z_.$][\w.$]*$/.exec(before)?.[0] ?? '';
    const line = before.trimStart();
    const candidates: DebugProtocol.CompletionItem[] = [];
    const seen = new Set<string>();
    const add = (label: string, type: DebugProtocol.CompletionItemType, prefix = word): void => {
      if (!seen.has(label) && label.startsWith(prefix) && label !== prefix) {
        seen.add(label);
        candidates.push({ label, type, start: end - prefix.length, length: prefix.length });
      }
    };
    for (const w of REPL_WORDS) add(w, 'keyword', line);
    if (rt.state === 'stopped') {
      for (const r of rt.registers()) {
        add(r.name, 'variable');
        add(r.alias, 'variable');
      }
      for (const s of rt.symbols()) add(s.name, s.kind === 'code' ? 'function' : 'variable');
    }
    return { targets: candidates };
  });
}
