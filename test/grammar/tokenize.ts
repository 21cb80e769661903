// Tokenizes text with the committed grammar through vscode-textmate and oniguruma, the same
// engine VS Code uses, so tests see the scopes an editor would show.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';

const ROOT = join(import.meta.dirname, '..', '..');
export const GRAMMAR_FILE = join(ROOT, 'syntaxes', 'riscv-asm.tmLanguage.json');

export interface Token {
  readonly line: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

async function loadGrammar(): Promise<textmate.IGrammar> {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.riscv-asm' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE) : null,
  });
  const grammar = await registry.loadGrammar('source.riscv-asm');
  if (!grammar) throw new Error('grammar source.riscv-asm did not load');
  return grammar;
}

export async function tokenize(text: string): Promise<Token[]> {
  grammarPromise ??= loadGrammar();
  const grammar = await grammarPromise;
  const out: Token[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const r = grammar.tokenizeLine(lineText, state);
    for (const t of r.tokens) out.push({ line, text: lineText.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  });
  return out;
}
