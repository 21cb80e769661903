// Disassemble ELF: a read-only virtual document (scheme tessera-disasm) holding the objdump-style
// listing with source lines interleaved. The document's query names the ELF file.
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { readText } from '../trace/controller.js';
import { disassemblyText } from './program.js';

export const DISASM_SCHEME = 'tessera-disasm';

export function disassemblyUri(elf: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DISASM_SCHEME, path: `${elf.path}.disasm`, query: elf.toString() });
}

export class DisassemblyProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    const elf = vscode.Uri.parse(uri.query);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(elf.fsPath);
    } catch (e) {
      return `${elf.fsPath}: cannot read: ${e instanceof Error ? e.message : String(e)}\n`;
    }
    return disassemblyText(elf.fsPath, bytes, { readText });
  }

  /** The ELF was rebuilt: listings open on it show the new contents. */
  refresh(elf: vscode.Uri): void {
    this.changed.fire(disassemblyUri(elf));
  }
}
