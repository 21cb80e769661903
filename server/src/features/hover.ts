// Hover: instructions from the one table (syntax, semantics, format, encoding, chip),
// pseudo-instructions with what they became here, registers, symbols, directives, numbers, and
// the environment call a `li a7, N` / `ecall` makes.

import {
  directiveDoc,
  hostFunctionList,
  instructionByMnemonic,
  pseudoForms,
  registerNumber,
  REGISTERS,
  type AnalysisMacro,
  type AnalysisStatement,
  type HostFunctionInfo,
} from '@tessera/vm-core';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/analyze.js';
import { hex } from '../convert.js';
import { cursorContext, splitLine, type LineStatement } from './context.js';
import { symbolAt } from './lookup.js';
import { actualExpansion, encodingLine, instructionSyntax, pseudoSyntax } from './isa-text.js';

export function hover(a: DocumentAnalysis, pos: Position): Hover | null {
  const lineText = a.lineText(pos.line);
  const ctx = cursorContext(lineText, pos, a.lineTokens(pos.line));
  const tok = ctx.token;
  if (!tok || tok.kind === 'comment') return null;
  const range = { start: { line: pos.line, character: tok.col }, end: { line: pos.line, character: tok.col + tok.length } };
  const md = (value: string): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });
  const st = ctx.statement;

  if (tok.kind === 'string') {
    const inc = a.analysis.includes.find((i) => i.from === a.path && i.range.start.line === pos.line + 1);
    if (!inc) return null;
    return md(inc.path ? `included file \`${inc.path}\`` : `\`${inc.written}\` was not found`);
  }
  if (tok.kind === 'macro-param') {
    const name = tok.text.slice(1);
    const m = macroAt(a, pos.line);
    const p = m?.params.find((x) => x.name === name);
    if (name === '@') return md('`\\@`: the number of macro expansions so far (a unique suffix for labels)');
    if (name === '()') return md('`\\()`: joins a parameter to the text after it');
    return p ? md(`parameter **${p.name}** of macro **${m!.name}**${p.default !== undefined ? ` (default \`${p.default}\`)` : ''}${p.required ? ' (required)' : ''}${p.vararg ? ' (the remaining arguments)' : ''}`) : null;
  }

  if (st?.head && tok.col === st.head.col) {
    const name = st.head.text;
    if (name.startsWith('.')) {
      const d = directiveDoc(name);
      return d ? md(`\`\`\`riscv\n${d.syntax}\n\`\`\`\n${d.doc}`) : null;
    }
    const macro = a.analysis.macros.find((m) => m.name === name);
    if (macro) {
      const params = macro.params.map((p) => `${p.name}${p.required ? ':req' : ''}${p.vararg ? ':vararg' : ''}${p.default !== undefined ? `=${p.default}` : ''}`);
      return md(`\`\`\`riscv\n.macro ${name}${params.length ? ` ${params.join(', ')}` : ''}\n\`\`\`\nmacro defined at ${where(a, macro.range)}`);
    }
    const text = instructionHover(a, pos, name, st);
    return text ? md(text) : null;
  }

  if (tok.kind === 'identifier') {
    const reg = registerNumber(tok.text);
    if (reg !== undefined) {
      const r = REGISTERS[reg]!;
      const saved = r.saved === 'callee' ? 'callee-saved' : r.saved === 'caller' ? 'caller-saved' : 'fixed';
      let text = `**x${reg}** · **${r.abi}**${tok.text === 'fp' ? ' · **fp**' : ''} — ${r.role} (${saved})`;
      const call = st?.head?.text === 'li' && reg === 17 ? envCallForLi(a, st) : undefined;
      if (call) text += `\n\n${callText(call)}`;
      return md(text);
    }
  }

  const sym = symbolAt(a, pos);
  if (sym) {
    if (sym.kind === 'macro') {
      const m = a.analysis.macros.find((x) => x.name === sym.name);
      if (m) return md(`macro **${m.name}**(${m.params.map((p) => p.name).join(', ')}) — defined at ${where(a, m.range)}`);
    }
    const info = a.symbol(sym.name);
    if (!info) return md(`**${sym.display}** — undefined symbol (external: the linker must find it)`);
    const lines = [`**${info.display}** — ${kindText(info.kind, info.type)}${info.binding === 'global' ? ', global' : info.binding === 'weak' ? ', weak' : ''}`];
    if (info.section) lines.push(`section \`${info.section}\``);
    if (info.value !== undefined) {
      if (info.valueKind === 'address') lines.push(`address \`${hex(info.value)}\``);
      else if (info.valueKind === 'offset') lines.push(`offset \`${hex(info.value, 1)}\` in its section (not linked)`);
      else lines.push(`value \`${info.value}\` (\`${hex(info.value, 1)}\`)`);
    }
    if (info.size !== undefined) lines.push(`size ${info.size} byte${info.size === 1 ? '' : 's'}`);
    const source = a.sourceLine(info.definition.range.file, info.definition.range.start.line).trim();
    lines.push(`defined at ${where(a, info.definition.range)}${source ? `: \`${source}\`` : ''}`);
    return md(lines.join('  \n'));
  }

  if (tok.kind === 'number' || tok.kind === 'char') {
    const v = numberValue(tok.text);
    if (v === undefined) return null;
    let text = numberText(v);
    if (st?.head?.text === 'li' && ctx.operandIndex === 1 && st.operands[0]?.[0]?.text && registerNumber(st.operands[0][0].text) === 17) {
      const call = findCall(a, Number(v));
      if (call) text += `\n\n${callText(call)}`;
    }
    return md(text);
  }
  return null;
}

/** The macro whose body holds a 0-based line. */
function macroAt(a: DocumentAnalysis, line: number): AnalysisMacro | undefined {
  let best: AnalysisMacro | undefined;
  for (const m of a.analysis.macros) if (m.range.file === a.path && m.range.start.line - 1 < line && (!best || m.range.start.line > best.range.start.line)) best = m;
  return best;
}

function instructionHover(a: DocumentAnalysis, pos: Position, name: string, st: LineStatement): string | undefined {
  const spec = instructionByMnemonic(name);
  const forms = pseudoForms(name);
  const stmt = statementAt(a, pos, st);
  const expansion = stmt ? actualExpansion(a, stmt) : undefined;
  const isPseudo = forms.length > 0 && (!spec || (expansion !== undefined && (expansion.length !== 1 || !expansion[0]!.startsWith(`${name} `) && expansion[0] !== name)));
  const out: string[] = [];
  if (isPseudo || (!spec && forms.length)) {
    const form = forms.find((f) => f.operands.length === st.operands.length) ?? forms[0]!;
    out.push(`\`\`\`riscv\n${pseudoSyntax(form)}\n\`\`\``, `pseudo-instruction — ${form.doc}`);
    if (expansion?.length) {
      const linked = stmt && a.statementAddress(stmt) !== undefined;
      out.push(`expands here to${linked ? '' : ' (not linked yet: addresses and relocated fields are placeholders)'}:\n\`\`\`riscv\n${expansion.join('\n')}\n\`\`\``);
    }
  } else if (spec) {
    const here = stmt ? a.statementBytes(stmt) : undefined;
    const word = here && here.bytes.length === 4 ? (here.bytes[0]! | (here.bytes[1]! << 8) | (here.bytes[2]! << 16) | (here.bytes[3]! << 24)) >>> 0 : undefined;
    const at = word === undefined ? '' : `  \nencoded here as \`0x${word.toString(16).padStart(8, '0')}\`${here?.address !== undefined ? ` at \`${hex(here.address)}\`` : ''}`;
    out.push(`\`\`\`riscv\n${instructionSyntax(spec)}\n\`\`\``, `**${spec.description}** — \`${spec.semantics}\``, `${encodingLine(spec)}  \nchip **${spec.chip}** · extension ${spec.extension}${at}`);
  } else return undefined;
  if (name === 'li' && st.operands[0]?.length === 1 && registerNumber(st.operands[0][0]!.text) === 17) {
    const call = envCallForLi(a, st);
    if (call) out.push(callText(call));
  }
  if (name === 'ecall') {
    const call = envCallBefore(a, pos.line);
    out.push(call ? callText(call) : `environment call: set \`a7\` to a service number (${a.settings.environment})`);
  }
  return out.join('\n\n');
}

function statementAt(a: DocumentAnalysis, pos: Position, st: LineStatement): AnalysisStatement | undefined {
  const list = a.statementsAt(pos.line + 1);
  return list.find((s) => s.nameCol === (st.head?.col ?? -1) + 1) ?? list[0];
}

/** The value of a7 set by the closest `li a7, N` (or `addi a7, zero, N`) above, within the same block. */
function envCallBefore(a: DocumentAnalysis, line: number): HostFunctionInfo | undefined {
  for (let l = line - 1; l >= 0 && l >= line - 40; l--) {
    for (const s of splitLine(a.lineTokens(l)).reverse()) {
      if (s.labels.length && !s.head) return undefined;
      const head = s.head?.text;
      if (!head) continue;
      const rd = s.operands[0]?.map((t) => t.text).join('');
      if (rd === undefined || registerNumber(rd) !== 17) {
        if (/^(j|jal|jr|ret|tail|call|b\w*)$/.test(head)) return undefined;
        continue;
      }
      if (head === 'li') return envCallForLi(a, s);
      if (head === 'addi' && s.operands[1] && registerNumber(s.operands[1].map((t) => t.text).join('')) === 0) return findCall(a, Number(numberValue(s.operands[2]?.map((t) => t.text).join('') ?? '')));
      return undefined;
    }
  }
  return undefined;
}

function envCallForLi(a: DocumentAnalysis, st: LineStatement): HostFunctionInfo | undefined {
  const text = st.operands[1]?.map((t) => t.text).join('') ?? '';
  let v = numberValue(text);
  if (v === undefined) {
    const info = a.symbol(text);
    if (info?.valueKind === 'constant' && info.value !== undefined) v = BigInt(info.value);
  }
  return v === undefined ? undefined : findCall(a, Number(v));
}

function findCall(a: DocumentAnalysis, n: number): HostFunctionInfo | undefined {
  return hostFunctionList(a.settings.environment).find((f) => f.via === 'ecall' && f.number === n);
}

function callText(f: HostFunctionInfo): string {
  const args = f.args.map((x, i) => `a${i} = ${x}`).join(', ');
  return `**ecall ${f.number}: ${f.name}**(${args}) — ${f.environment}\n\n${f.doc}`;
}

function kindText(kind: string, type: string | undefined): string {
  if (type === 'func') return 'function';
  if (type === 'object') return 'data object';
  if (kind === 'equ' || kind === 'set') return 'symbol (.equ/.set)';
  if (kind === 'numeric-label') return 'numeric local label';
  return 'label';
}

function where(a: DocumentAnalysis, r: { file: string; start: { line: number } }): string {
  return r.file === a.path ? `line ${r.start.line}` : `${r.file.slice(r.file.lastIndexOf('/') + 1)}:${r.start.line}`;
}

export function numberValue(text: string): bigint | undefined {
  const t = text.trim();
  try {
    if (/^-?0[xX][0-9a-fA-F]+$/.test(t) || /^-?0[bB][01]+$/.test(t) || /^-?[0-9]+$/.test(t)) {
      const neg = t.startsWith('-');
      const v = BigInt(neg ? t.slice(1) : t);
      return neg ? -v : v;
    }
  } catch {
    return undefined;
  }
  const c = /^'(\\?.)'?$/.exec(t);
  if (c) {
    const s = c[1]!;
    const esc: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, '\\': 92, "'": 39, '"': 34 };
    return BigInt(s.length === 2 ? (esc[s[1]!] ?? s.charCodeAt(1)) : s.charCodeAt(0));
  }
  return undefined;
}

function numberText(v: bigint): string {
  const u32 = BigInt.asUintN(32, v);
  const s32 = BigInt.asIntN(32, v);
  const lines = [`decimal \`${v}\``, `hex \`0x${u32.toString(16)}\``, `binary \`0b${u32.toString(2)}\``];
  if (s32 !== v && v >= 0n && v < 1n << 32n) lines.push(`as signed 32-bit \`${s32}\``);
  if (v > 0xffffffffn || v < -(1n << 31n)) lines[1] = `hex \`0x${BigInt.asUintN(64, v).toString(16)}\` (64-bit)`;
  return lines.join('  \n');
}

