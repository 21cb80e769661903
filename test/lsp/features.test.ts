// Every request the issue lists, through the real server over stdio, on fixtures with cursor
// markers (test/lsp/fixtures/features/*.s). Each case first checks what the issue promises
// (hover names the chip, definition lands on the label, rename leaves a program that assembles
// …), then compares the whole answer with its golden file (UPDATE_GOLDEN=1 rewrites them; a new
// golden is reviewed in the diff). The goldens are written only once the promise holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CodeAction,
  type CodeLens,
  type Command,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentHighlight,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InlayHint,
  type Location,
  type LocationLink,
  type Position,
  type Range,
  type SemanticTokens,
  type SemanticTokensOptions,
  type SignatureHelp,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble } from '../../vm-core/src/index.js';
import { answerProblems } from './support/fuzz-check.js';
import { FIXTURES, golden, mark, parseMarked, type MarkedSource } from './support/fixtures.js';
import { LspSession } from './support/session.js';
import { TempWorkspace } from './support/workspace.js';

const ws = new TempWorkspace();
let s: LspSession;
const docs = new Map<string, { uri: string; src: MarkedSource }>();

async function openFixture(name: string): Promise<{ uri: string; src: MarkedSource }> {
  const src = parseMarked(readFileSync(join(FIXTURES, 'features', name), 'utf8'));
  const uri = ws.write(name, src.text);
  await s.open(uri, src.text);
  await s.diagnostics(uri, 1);
  const d = { uri, src };
  docs.set(name, d);
  return d;
}

beforeAll(async () => {
  s = await LspSession.start({ folders: [ws.dir], settings: { tessera: { diagnosticsDelay: 0 } } });
  for (const name of ['program.s', 'completion.s', 'actions.s', 'missing.s']) await openFixture(name);
});

afterAll(async () => {
  if (s?.alive) expect(await s.shutdown()).toEqual({ code: 0, signal: null });
  s?.dispose();
  ws.dispose();
});

const doc = (name: string): { uri: string; src: MarkedSource } => docs.get(name)!;
const at = (name: string, marker: string): { textDocument: { uri: string }; position: Position } => ({
  textDocument: { uri: doc(name).uri },
  position: mark(doc(name).src, marker),
});
const check = <T>(name: string, actual: T): void => {
  const normal = ws.normalize(actual);
  expect(normal).toEqual(golden(`features/${name}.json`, normal));
};

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents;
  const part = (x: unknown): string => (typeof x === 'string' ? x : (x as { value: string }).value);
  return Array.isArray(c) ? c.map(part).join('\n') : part(c);
}

/** Definitions in every shape the protocol allows, as `uri line:character`. */
function targets(r: Location | Location[] | LocationLink[] | null): string[] {
  if (!r) return [];
  return (Array.isArray(r) ? r : [r]).map((x) => {
    const range = 'targetUri' in x ? x.targetSelectionRange : x.range;
    const uri = 'targetUri' in x ? x.targetUri : x.uri;
    return `${uri} ${range.start.line}:${range.start.character}`;
  });
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'riscv-asm', 0, text), edits);
}

function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  if (edit.changes) return edit.changes[uri] ?? [];
  return (edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? (c.edits as TextEdit[]) : []));
}

function bytesOf(text: string): string {
  const r = assemble({ path: 'x.s', text });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return JSON.stringify(r.image?.sections.map((sec) => [sec.name, sec.addr, Buffer.from(sec.data).toString('hex')]));
}

describe('hover', () => {
  const cases: [marker: string, promise: string, expected: RegExp[]][] = [
    ['add', 'an instruction: syntax, semantics, format, chip', [/add\s+rd,\s*rs1,\s*rs2/, /rs1 \+ rs2/, /\bR\b/, /BaseAlu/]],
    ['reg', 'a register: both names and its role', [/\ba1\b/, /\bx11\b/, /argument|return/i]],
    ['li', 'a pseudo-instruction: its expansion here, with the operands', [/addi\s+a7,\s*(zero|x0),\s*93/]],
    ['ecall', 'ecall: the environment call selected by a7', [/\bexit\b/]],
    ['count', 'a symbol: its value', [/\b10\b/, /0xa\b/i]],
    ['num', 'a number: decimal, hex, binary', [/\b42\b/, /0x2a/i, /0b101010/]],
    ['callsum', 'a label: section, address, size and where it is defined', [/\.text/, /0x[0-9a-f]{4,}/i, /\bsize\b|\bbytes\b/i, /\bline 22\b|:22\b/]],
    ['dir', 'a directive: its doc', [/\.word/, /32-bit|4-byte|word/i]],
    ['push', 'a macro: its parameters', [/push/, /\breg\b/]],
  ];
  it.each(cases)('«%s»: %s', async (marker, _promise, expected) => {
    const h = await s.request<Hover | null>('textDocument/hover', at('program.s', marker));
    const text = hoverText(h);
    for (const re of expected) expect(text).toMatch(re);
    check(`hover-${marker}`, h);
  });
});

describe('completion and signature help', () => {
  const items = (r: CompletionItem[] | CompletionList | null): CompletionItem[] => (Array.isArray(r) ? r : (r?.items ?? []));
  const labels = (r: CompletionItem[] | CompletionList | null): string[] => items(r).map((i) => i.label.replace(/^[.%]/, ''));
  const complete = (marker: string, trigger?: string) =>
    s.request<CompletionItem[] | CompletionList | null>('textDocument/completion', {
      ...at('completion.s', marker),
      context: trigger ? { triggerKind: 2, triggerCharacter: trigger } : { triggerKind: 1 },
    });

  it('offers mnemonics and pseudo-instructions, with operand snippets, at the start of a statement', async () => {
    const r = await complete('mnemonic');
    expect(labels(r)).toEqual(expect.arrayContaining(['addi', 'lw', 'mul', 'li', 'la', 'call', 'ret', 'mv']));
    const addi = items(r).find((i) => i.label === 'addi')!;
    expect(addi.insertTextFormat).toBe(2); // a snippet with operand placeholders
    expect(addi.insertText ?? addi.textEdit?.newText).toMatch(/\$\{1/);
    check('completion-mnemonic', items(r).map(({ label, kind, detail, insertText, insertTextFormat }) => ({ label, kind, detail, insertText, insertTextFormat })));
  });

  it('narrows to a typed prefix', async () => {
    expect(labels(await complete('prefix'))).toEqual(expect.arrayContaining(['add', 'addi']));
  });

  it.each(['register', 'register2'])('offers registers where a register goes («%s»)', async (marker) => {
    const r = await complete(marker);
    expect(labels(r)).toEqual(expect.arrayContaining(['a0', 'sp', 'zero', 't6']));
    expect(labels(r)).not.toContain('addi');
  });

  it('offers labels and symbols, with their addresses, where a label goes', async () => {
    const r = await complete('label');
    expect(labels(r)).toEqual(expect.arrayContaining(['_start', 'loop']));
    const loop = items(r).find((i) => i.label === 'loop')!;
    expect(`${loop.detail ?? ''} ${loop.labelDetails?.description ?? ''} ${loop.labelDetails?.detail ?? ''}`).toMatch(/0x[0-9a-f]+/i);
    expect(labels(r)).not.toContain('addi');
  });

  it('offers relocation functions after "%"', async () => {
    expect(labels(await complete('percent', '%'))).toEqual(expect.arrayContaining(['hi', 'lo', 'pcrel_hi', 'pcrel_lo']));
  });

  it('offers macros with their parameters', async () => {
    const bump = items(await complete('macro')).find((i) => i.label === 'bump');
    expect(bump).toBeDefined();
    expect(`${bump!.detail ?? ''} ${bump!.insertText ?? bump!.textEdit?.newText ?? ''}`).toMatch(/reg/);
  });

  it('offers directives after "."', async () => {
    const r = await complete('directive', '.');
    expect(labels(r)).toEqual(expect.arrayContaining(['word', 'text', 'data', 'macro', 'equ', 'include', 'globl']));
    expect(labels(r)).not.toContain('addi');
  });

  it('signature help shows the operands of the instruction and the active one', async () => {
    const h = await s.request<SignatureHelp | null>('textDocument/signatureHelp', { ...at('completion.s', 'sig'), context: { triggerKind: 2, triggerCharacter: ',', isRetrigger: false } });
    expect(h?.signatures[0]?.label).toMatch(/addi\s+rd,\s*rs1,\s*imm/);
    expect(h?.activeParameter ?? h?.signatures[0]?.activeParameter).toBe(2);
    check('signature-help', h);
  });
});

describe('navigation', () => {
  const P = (marker: string): string => {
    const p = mark(doc('program.s').src, marker);
    return `${doc('program.s').uri} ${p.line}:${p.character}`;
  };

  const definitions: [marker: string, target: string | number][] = [
    ['callsum', 'sumdef'],
    ['jdone', 'donedef'],
    ['count', 'countdef'],
    ['push', 'pushdef'],
    ['tableref', 'tabledef'],
    ['back', 14], // 1b: the `1:` on line 14, column 0
  ];
  it.each(definitions)('definition of «%s» is «%s»', async (marker, target) => {
    const r = await s.request<Location | Location[] | LocationLink[] | null>('textDocument/definition', at('program.s', marker));
    const want = typeof target === 'number' ? `${doc('program.s').uri} ${target}:0` : P(target);
    expect(targets(r)).toEqual([want]);
  });

  it('declaration goes where definition goes', async () => {
    const r = await s.request<Location | Location[] | LocationLink[] | null>('textDocument/declaration', at('program.s', 'callsum'));
    expect(targets(r)).toEqual([P('sumdef')]);
  });

  it('definition of an .include path is the included file', async () => {
    const inc = ws.write('nav/part.inc', '\t.equ PART, 1\n');
    const main = ws.write('nav/main.s', '\t.include "part.inc"\n\t.text\n\tli a0, PART\n');
    await s.open(main, readFileSync(ws.path('nav/main.s'), 'utf8'));
    await s.diagnostics(main, 1);
    const onPath = await s.request<Location | Location[] | LocationLink[] | null>('textDocument/definition', { textDocument: { uri: main }, position: { line: 0, character: 13 } });
    expect(targets(onPath).map((t) => t.split(' ')[0])).toEqual([inc]);
    const onSymbol = await s.request<Location | Location[] | LocationLink[] | null>('textDocument/definition', { textDocument: { uri: main }, position: { line: 2, character: 9 } });
    expect(targets(onSymbol)).toEqual([`${inc} 0:6`]);
    await s.close(main);
  });

  it('references of a label: its definition, the call, .type and .size', async () => {
    const r = await s.request<Location[] | null>('textDocument/references', { ...at('program.s', 'callsum'), context: { includeDeclaration: true } });
    const lines = (r ?? []).map((l) => l.range.start.line).sort((a, b) => a - b);
    expect(lines).toEqual([13, 20, 21, 27, 27]); // .size sum, .-sum names it twice
    check('references-sum', r);
  });

  it('document highlights mark every use of the symbol under the cursor', async () => {
    const r = await s.request<DocumentHighlight[] | null>('textDocument/documentHighlight', at('program.s', 'count'));
    expect((r ?? []).map((h) => h.range.start.line).sort((a, b) => a - b)).toEqual([1, 11]);
  });

  it('document symbols: functions from .type @function, labels, data objects with .size', async () => {
    const r = await s.request<DocumentSymbol[] | SymbolInformation[] | null>('textDocument/documentSymbol', { textDocument: { uri: doc('program.s').uri } });
    const names: string[] = [];
    const walk = (xs: (DocumentSymbol | SymbolInformation)[]): void => {
      for (const x of xs) {
        names.push(x.name);
        if ('children' in x && x.children) walk(x.children);
      }
    };
    walk(r ?? []);
    expect(names).toEqual(expect.arrayContaining(['_start', 'sum', 'table', 'done']));
    check('document-symbols', r);
  });

  it('workspace symbols find a label by name', async () => {
    const r = await s.request<SymbolInformation[] | WorkspaceSymbol[] | null>('workspace/symbol', { query: 'sum' });
    expect((r ?? []).some((x) => x.name === 'sum' && x.location.uri === doc('program.s').uri)).toBe(true);
  });
});

describe('rename', () => {
  const rename = (marker: string, newName: string) => s.request<WorkspaceEdit | null>('textDocument/rename', { ...at('program.s', marker), newName });

  it.each([
    ['callsum', 'total', /\btotal\b/, /\bsum\b/],
    ['count', 'LIMIT', /\bLIMIT\b/, /\bCOUNT\b/],
    ['push', 'pushw', /\bpushw\b/, /\bpush\b/],
  ] as const)('renames «%s» to %s everywhere; the program still assembles to the same bytes', async (marker, newName, present, gone) => {
    const edit = await rename(marker, newName);
    const { uri, src } = doc('program.s');
    const renamed = applyEdits(src.text, editsFor(edit ?? {}, uri));
    expect(renamed).toMatch(present);
    expect(renamed.replace(/#.*$/gm, '')).not.toMatch(gone);
    expect(bytesOf(renamed)).toEqual(bytesOf(src.text));
  });

  it('a symbol read inside an .if condition is renamed there, and only the name', async () => {
    const uri = ws.uri('rename-if.s');
    const text = '\t.equ VERSION, 3\n\t.if -VERSION < 0\n\tnop\n\t.endif\n\t.if VERSION\n\tnop\n\t.endif\n\tli a0, VERSION\n';
    await s.open(uri, text);
    await s.diagnostics(uri, 1);
    const edit = await s.request<WorkspaceEdit | null>('textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 7 }, newName: 'V2' });
    expect(applyEdits(text, editsFor(edit ?? {}, uri))).toBe(text.replaceAll('VERSION', 'V2'));
    await s.close(uri);
  });

  it.each([
    ['back', /numeric|local/i],
    ['reg', /register/i],
  ])('refuses to rename «%s» with a clear message', async (marker, message) => {
    const prepared = await s.request<unknown>('textDocument/prepareRename', at('program.s', marker)).catch((e: Error) => e);
    expect(prepared === null || (prepared instanceof Error && message.test(prepared.message))).toBe(true);
    const err = await rename(marker, 'x').catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(message);
  });
});

describe('formatting', () => {
  it('aligns the columns, is idempotent and never changes the assembled bytes', async () => {
    const { uri, src } = doc('program.s');
    const options = { tabSize: 8, insertSpaces: true };
    const edits = await s.request<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri }, options });
    const formatted = applyEdits(src.text, edits ?? []);
    expect(bytesOf(formatted)).toEqual(bytesOf(src.text));
    check('formatting', formatted.split('\n'));

    const fmt = ws.uri('formatted.s');
    await s.open(fmt, formatted);
    const again = await s.request<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri: fmt }, options });
    expect(applyEdits(formatted, again ?? [])).toBe(formatted);
    await s.close(fmt);
  });

  it('a document with lone CR line ends is formatted line by line as the editor shows it, the CRs kept', async () => {
    const options = { tabSize: 8, insertSpaces: true };
    const body = ['\t.text', '_start:  addi   a0,a0,1 # one', '   li a7,93', '\tecall', ''];
    const format = async (name: string, text: string): Promise<string> => {
      const uri = ws.uri(name);
      await s.open(uri, text);
      const edits = await s.request<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri }, options });
      await s.close(uri);
      return applyEdits(text, edits ?? []);
    };
    const withLf = await format('lf-format.s', body.join('\n'));
    const withCr = await format('cr-format.s', body.join('\r'));
    expect(withCr).toBe(withLf.replace(/\n/g, '\r'));
    expect(withLf).not.toBe(body.join('\n'));
  });
});

describe('presentation', () => {
  it('semantic tokens classify mnemonics, registers, labels, numbers, directives and comments', async () => {
    const legend = (s.capabilities.semanticTokensProvider as SemanticTokensOptions).legend;
    const { uri, src } = doc('program.s');
    const r = await s.request<SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const data = r?.data ?? [];
    expect(data.length % 5).toBe(0);
    const tokens: string[] = [];
    let line = 0;
    let char = 0;
    const lines = src.text.split('\n');
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      char = data[i]! === 0 ? char + data[i + 1]! : data[i + 1]!;
      tokens.push(`${line}:${char} ${lines[line]!.slice(char, char + data[i + 2]!)} ${legend.tokenTypes[data[i + 3]!]}`);
    }
    const typeAt = (marker: string): string | undefined => {
      const p = mark(src, marker);
      return tokens.find((t) => t.startsWith(`${p.line}:${p.character} `))?.split(' ').pop();
    };
    expect(typeAt('add')).toMatch(/mnemonic|keyword|function/i);
    expect(typeAt('reg')).toMatch(/register|variable/i);
    expect(typeAt('sumdef')).toMatch(/label|function/i);
    expect(typeAt('num')).toMatch(/number/i);
    expect(typeAt('li')).toMatch(/pseudo|macro|function|keyword/i);
    expect(tokens[0]).toMatch(/^0:0 # Feature fixture.* comment$/);
    check('semantic-tokens', tokens);
  });

  it('in a CRLF document no token runs past its line (a comment stops before the \\r)', async () => {
    const uri = ws.uri('crlf-tokens.s');
    const text = '# header\r\n\t.text\r\n_start:\taddi a0, a0, 1 # one\r\n\t.ascii "x" /* c */\r\n';
    await s.open(uri, text);
    await s.diagnostics(uri, 1);
    const legend = (s.capabilities.semanticTokensProvider as SemanticTokensOptions).legend;
    const r = await s.request<SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument: { uri } });
    expect(r?.data.length).toBeGreaterThan(0);
    expect(answerProblems({ method: 'textDocument/semanticTokens/full', doc: s.document(uri), legend }, r)).toEqual([]);
    await s.close(uri);
  });

  it('folding ranges cover the macro and the functions', async () => {
    const r = await s.request<FoldingRange[] | null>('textDocument/foldingRange', { textDocument: { uri: doc('program.s').uri } });
    const spans = (r ?? []).map((f) => `${f.startLine}-${f.endLine}`);
    expect(spans).toContain('2-5'); // .macro push … .endm
    expect((r ?? []).some((f) => f.startLine <= 10 && f.endLine >= 18)).toBe(true); // _start … .size
    check('folding', r);
  });

  it('inlay hints give the address of each label; pseudo expansions are off by default', async () => {
    const { uri, src } = doc('program.s');
    const end = mark(src, 'end');
    const r = await s.request<InlayHint[] | null>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end } });
    const label = (h: InlayHint): string => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    const onLine = (l: number): string[] => (r ?? []).filter((h) => h.position.line === l).map(label);
    expect(onLine(mark(src, 'sumdef').line).join(' ')).toMatch(/0x[0-9a-f]+/i);
    expect(onLine(mark(src, 'li').line).join(' ')).not.toMatch(/addi/);
    check('inlay-hints', r);
  });

  it('code lens "Run | Debug" above _start', async () => {
    const { uri, src } = doc('program.s');
    let lenses = (await s.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } })) ?? [];
    lenses = await Promise.all(lenses.map((l) => (l.command ? l : s.request<CodeLens>('codeLens/resolve', l))));
    const commands = lenses.filter((l) => l.range.start.line === mark(src, 'startdef').line).map((l) => l.command as Command);
    expect(commands.map((c) => c.command).sort()).toEqual(['tessera.debugFile', 'tessera.runFile']);
    expect(commands.map((c) => c.title).join(' | ')).toMatch(/Run.*Debug|Debug.*Run/);
    for (const c of commands) expect(c.arguments?.[0]).toBe(uri);
  });
});

describe('code actions', () => {
  async function actionsAt(name: string, marker: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const p = mark(doc(name).src, marker);
    const range: Range = { start: p, end: p };
    const r = await s.request<(CodeAction | Command)[] | null>('textDocument/codeAction', {
      textDocument: { uri: doc(name).uri },
      range,
      context: { diagnostics: diagnostics.filter((d) => d.range.start.line === p.line), triggerKind: 1 },
    });
    return (r ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
  }
  const diagnosticsOf = (name: string): Diagnostic[] => s.latestDiagnostics(doc(name).uri)?.diagnostics ?? [];
  const applied = (name: string, a: CodeAction): string => applyEdits(doc(name).src.text, editsFor(a.edit ?? {}, doc(name).uri));

  it.each([
    ['adi', '\taddi\ta0, a0, 1'],
    ['wrod', '\t.word\t1'],
    ['x99', '\tadd\ta0, a0, x9'],
  ])('«%s»: a "did you mean" quick fix', async (marker, fixedLine) => {
    const actions = await actionsAt('actions.s', marker, diagnosticsOf('actions.s'));
    const fix = actions.find((a) => a.kind === 'quickfix' && a.edit);
    expect(fix, JSON.stringify(actions)).toBeDefined();
    const line = mark(doc('actions.s').src, marker).line;
    expect(applied('actions.s', fix!).split('\n')[line]).toBe(fixedLine);
  });

  it('«li»: "expand pseudo-instruction" gives the real instructions, same bytes', async () => {
    const actions = await actionsAt('actions.s', 'li', []);
    const expand = actions.find((a) => /expand/i.test(a.title));
    expect(expand, JSON.stringify(actions)).toBeDefined();
    const line = mark(doc('actions.s').src, 'li').line;
    const text = applied('actions.s', expand!).split('\n');
    expect(text.slice(line, line + 2).join('\n')).toMatch(/lui\s+a1,\s*(0x)?1[12]?.*\n.*addi\s+a1,\s*a1/);
  });

  it('«missing»: "define missing label" adds the label', async () => {
    const actions = await actionsAt('missing.s', 'missing', diagnosticsOf('missing.s'));
    const define = actions.find((a) => /define|create|add/i.test(a.title) && /nowhere/.test(a.title));
    expect(define, JSON.stringify(actions)).toBeDefined();
    const fixed = applied('missing.s', define!);
    expect(fixed).toMatch(/^nowhere:/m);
    expect(assemble({ path: 'x.s', text: fixed }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
