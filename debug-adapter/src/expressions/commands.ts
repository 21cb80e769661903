// The Debug Console's commands, gdb-flavoured: `x/NFU expr` memory dumps, `info …`, `p expr`,
// assignments, `help`. Anything else is an expression. The runtime supplies a CommandHost.

import { evaluateExpr, evaluateStatement, formatValue, type EvalScope } from './evaluate.js';
import { EvaluateError, parseExpression } from './parse.js';

export interface CommandHost extends EvalScope {
  /** "label+0x10" for an address, or undefined when no label precedes it. */
  labelOf(address: number): string | undefined;
  /** objdump text of the instruction at address, or undefined when unmapped. */
  instructionAt(address: number): string | undefined;
  /** Rows per chip over the run, and the segments. */
  chips(): { chipRows: Record<string, number>; segments: { index: number; instructions: number }[] };
  /** One line per register: "a0  0x0000002a  42". */
  registerLines(): string[];
  /** Other `info` topics the runtime answers (breakpoints, env, symbols, history); undefined when unknown. */
  info(topic: string): string | undefined;
}

export interface CommandResult {
  text: string;
  value?: number;
  memoryReference?: number;
  type?: string;
}

const HELP = [
  'expressions: registers (a0, x10, $sp, pc), labels (their address), numbers (42, 0x2a, \'a\'), C operators,',
  '  memory reads *p (word), *(char*)p, *(short*)p, *(unsigned char*)p, mem.b[p], mem.h[p], mem.w[p], label[i] (i-th word)',
  'a0 = 5, *count = 3, mem.b[p] = 0     assign a register or memory',
  'x/NFU expr       dump N units of memory from expr; F: x (hex), d, u, c, s (string), i (instructions); U: b, h, w',
  'p expr           print an expression (also p/x expr)',
  'info registers | chips | segments | breakpoints | symbols | env | history',
].join('\n');

/** Runs a console line. Throws EvaluateError for bad input. */
export function runCommand(line: string, host: CommandHost): CommandResult {
  const text = line.trim();
  if (text === 'help' || text === '?') return { text: HELP };
  const x = /^x(?:\/(\d*)([xducsi]?)([bhw]?)([xducsi]?))?\s+(.+)$/.exec(text);
  if (x) {
    const format = x[2] || x[4] || 'x';
    // Characters are bytes unless a unit says otherwise, as in gdb.
    return examine(host, Number(x[1] || 1), format, (x[3] || (format === 'c' ? 'b' : 'w')) as 'b' | 'h' | 'w', x[5]!);
  }
  const p = /^(?:p|print)(?:\/([xdu]))?\s+(.+)$/.exec(text);
  if (p) {
    const v = evaluateExpr(parseExpression(p[2]!), host);
    const shown = p[1] === 'x' ? `0x${(v.value >>> 0).toString(16)}` : p[1] === 'u' ? String(v.value >>> 0) : p[1] === 'd' ? String(v.value) : formatValue(v);
    return { text: shown, value: v.value >>> 0, ...(v.address !== undefined ? { memoryReference: v.address } : {}), type: v.type };
  }
  const info = /^info\s+(\w+)$/.exec(text);
  if (info) return { text: infoTopic(host, info[1]!) };
  if (/^info$/.test(text)) throw new EvaluateError('info what? registers, chips, segments, breakpoints, symbols, env, history');
  const v = evaluateStatement(text, host);
  const shown = v.assigned ? `${v.assigned} = ${formatValue(v)}` : formatValue(v);
  return { text: shown, value: v.value >>> 0, ...(v.address !== undefined ? { memoryReference: v.address } : {}), type: v.type };
}

function infoTopic(host: CommandHost, topic: string): string {
  switch (topic) {
    case 'registers':
    case 'reg':
      return host.registerLines().join('\n');
    case 'chips': {
      const { chipRows } = host.chips();
      const names = Object.keys(chipRows).sort((a, b) => chipRows[b]! - chipRows[a]! || a.localeCompare(b));
      const total = names.reduce((n, c) => n + chipRows[c]!, 0);
      const width = Math.max(4, ...names.map((n) => n.length));
      const lines = names.map((n) => `${n.padEnd(width)}  ${String(chipRows[n]).padStart(12)}  ${((100 * chipRows[n]!) / (total || 1)).toFixed(1).padStart(5)}%`);
      return [`${'chip'.padEnd(width)}  ${'rows'.padStart(12)}`, ...lines, `${'total'.padEnd(width)}  ${String(total).padStart(12)}`].join('\n');
    }
    case 'segments': {
      const { segments } = host.chips();
      return segments.map((s) => `segment ${s.index}: ${s.instructions} instructions`).join('\n') || 'no segments yet';
    }
    default: {
      const answer = host.info(topic);
      if (answer === undefined) throw new EvaluateError(`info ${topic}: unknown; try registers, chips, segments, breakpoints, symbols, env, history`);
      return answer;
    }
  }
}

const UNIT = { b: 1, h: 2, w: 4 } as const;

function examine(host: CommandHost, count: number, format: string, unit: 'b' | 'h' | 'w', expr: string): CommandResult {
  if (!Number.isInteger(count) || count < 1 || count > 4096) throw new EvaluateError('x/N: N must be between 1 and 4096');
  const start = evaluateExpr(parseExpression(expr), host).value >>> 0;
  const hex8 = (a: number) => `0x${(a >>> 0).toString(16).padStart(8, '0')}`;
  const where = (a: number) => {
    const l = host.labelOf(a);
    return l ? `${hex8(a)} <${l}>:` : `${hex8(a)}:`;
  };
  const lines: string[] = [];
  if (format === 'i') {
    for (let k = 0; k < count; k++) {
      const a = (start + 4 * k) >>> 0;
      lines.push(`${where(a)}\t${host.instructionAt(a) ?? '<unmapped>'}`);
    }
    return { text: lines.join('\n'), memoryReference: start };
  }
  if (format === 's') {
    let a = start;
    for (let k = 0; k < count; k++) {
      let s = '';
      const begin = a;
      for (let n = 0; n < 4096; n++, a = (a + 1) >>> 0) {
        const b = host.load(a, 1);
        if (b === undefined) throw new EvaluateError(`cannot read memory at ${hex8(a)}`);
        if (b === 0) break;
        s += b >= 32 && b < 127 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
      }
      a = (a + 1) >>> 0;
      lines.push(`${where(begin)}\t"${s}"`);
    }
    return { text: lines.join('\n'), memoryReference: start };
  }
  const size = UNIT[unit];
  const perLine = format === 'c' ? 8 : size === 4 ? 4 : 8;
  let line = '';
  for (let k = 0; k < count; k++) {
    const a = (start + k * size) >>> 0;
    if (k % perLine === 0) {
      if (line) lines.push(line);
      line = where(a);
    }
    const v = host.load(a, size);
    if (v === undefined) {
      line += '\t<unmapped>';
      break;
    }
    const u = size === 4 ? v >>> 0 : v;
    const signed = size === 4 ? v | 0 : size === 2 ? (v << 16) >> 16 : (v << 24) >> 24;
    line += '\t' + (format === 'd' ? String(signed)
      : format === 'u' ? String(u)
      : format === 'c' ? `${signed} '${u >= 32 && u < 127 ? String.fromCharCode(u) : '.'}'`
      : `0x${u.toString(16).padStart(2 * size, '0')}`);
  }
  if (line) lines.push(line);
  return { text: lines.join('\n'), memoryReference: start };
}
