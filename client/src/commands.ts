// The palette / editor-title commands. Each takes the file it acts on from its argument (a Uri
// from a menu, a URI string from the server's code lens) or the active editor.
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import * as vscode from 'vscode';
import { debugFile } from './debug/register.js';
import { assembleToElf, formatDiagnostic, isElf } from './elf/program.js';
import { disassemblyUri, type DisassemblyProvider } from './elf/provider.js';
import { cliPath } from './run/cli.js';
import { runInTerminal } from './run/run-file.js';
import type { RunOptions } from './run/stats.js';
import type { TesseraStatusBar } from './status-bar.js';
import { readText, type TraceController } from './trace/controller.js';

export interface CommandDeps {
  context: vscode.ExtensionContext;
  languageIds: () => readonly string[];
  trace: TraceController;
  statusBar: TesseraStatusBar;
  disassembly: DisassemblyProvider;
  restartServer: () => Promise<void>;
}

function targetOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg) return arg.includes('://') || arg.startsWith('file:') ? vscode.Uri.parse(arg) : vscode.Uri.file(arg);
  return vscode.window.activeTextEditor?.document.uri;
}

async function fileArgument(arg: unknown, what: string): Promise<vscode.Uri | undefined> {
  const uri = targetOf(arg);
  if (!uri || uri.scheme !== 'file') {
    void vscode.window.showInformationMessage(`Tessera: open a file to ${what} (it must be saved on disk).`);
    return undefined;
  }
  // Run what is on screen: unsaved edits are saved first.
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc?.isDirty) await doc.save();
  return uri;
}

/** Settings for running a file; relative include paths are taken from the workspace folder. */
export function runOptions(uri: vscode.Uri): RunOptions & { maxSteps: number } {
  const c = vscode.workspace.getConfiguration('tessera', uri);
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
  const includePaths = c.get<string[]>('includePaths', []).map((p) => (isAbsolute(p) || !folder ? p : join(folder, p)));
  return {
    environment: c.get<string>('environment', 'linux'),
    includePaths,
    march: c.get<string>('march', 'rv32im'),
    args: c.get<string[]>('run.args', []),
    maxSteps: c.get<number>('trace.maxSteps', 1_000_000),
  };
}

export function registerCommands(d: CommandDeps): void {
  const cli = (): string => cliPath((p) => d.context.asAbsolutePath(p));
  const reg = (id: string, f: (...args: unknown[]) => unknown): void => void d.context.subscriptions.push(vscode.commands.registerCommand(id, f));

  reg('tessera.runFile', async (arg) => {
    const uri = await fileArgument(arg, 'run');
    if (!uri) return;
    runInTerminal(cli(), uri.fsPath, runOptions(uri), (r) => {
      d.statusBar.setRun(r.summary?.instret);
    });
  });

  reg('tessera.debugFile', async (arg) => {
    const uri = await fileArgument(arg, 'debug');
    if (uri) await debugFile(uri, d.languageIds());
  });

  const traced = async (arg: unknown, view: string): Promise<void> => {
    const session = vscode.debug.activeDebugSession;
    if (session?.type === 'tessera' && arg === undefined) {
      // While debugging, the views follow the session; just show them.
      await vscode.commands.executeCommand(`${view}.focus`);
      return;
    }
    const uri = await fileArgument(arg, 'trace');
    if (!uri) return;
    try {
      const o = runOptions(uri);
      const s = await d.trace.runFile(cli(), uri.fsPath, o, o);
      d.statusBar.setRun(s.instret);
      await vscode.commands.executeCommand(`${view}.focus`);
    } catch (e) {
      void vscode.window.showErrorMessage(`Tessera: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  reg('tessera.showTrace', (arg) => traced(arg, 'tessera.trace'));
  reg('tessera.showChipMetrics', (arg) => traced(arg, 'tessera.chipMetrics'));
  reg('tessera.clearHotSpots', () => d.trace.clear());

  reg('tessera.assembleToElf', async (arg) => {
    const uri = await fileArgument(arg, 'assemble');
    if (!uri) return;
    const text = readText(uri.fsPath);
    if (text === undefined) {
      void vscode.window.showErrorMessage(`Tessera: cannot read ${uri.fsPath}`);
      return;
    }
    const o = runOptions(uri);
    const r = assembleToElf(uri.fsPath, text, { readText }, { includePaths: o.includePaths, march: o.march });
    if (!r.bytes) {
      const errors = r.diagnostics.filter((x) => x.severity === 'error');
      void vscode.window.showErrorMessage(`Tessera: ${errors.length} error${errors.length === 1 ? '' : 's'}; first: ${errors[0] ? formatDiagnostic(errors[0]) : 'no image'}`, 'Show Problems')
        .then((c) => c && vscode.commands.executeCommand('workbench.actions.view.problems'));
      return;
    }
    const out = vscode.Uri.file(uri.fsPath.replace(/\.(s|S|asm|riscv)$/, '') + '.elf');
    writeFileSync(out.fsPath, r.bytes);
    d.disassembly.refresh(out);
    const choice = await vscode.window.showInformationMessage(`Tessera: wrote ${vscode.workspace.asRelativePath(out)} (${r.bytes.length.toLocaleString('en-US')} bytes).`, 'Disassemble', 'Run');
    if (choice === 'Disassemble') await vscode.commands.executeCommand('tessera.disassembleElf', out);
    else if (choice === 'Run') await vscode.commands.executeCommand('tessera.runFile', out);
  });

  reg('tessera.disassembleElf', async (arg) => {
    let uri = targetOf(arg);
    if (!uri || uri.scheme !== 'file' || !isElfFile(uri.fsPath)) {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Disassemble', filters: { 'ELF executables': ['elf', 'out', 'o'], 'All files': ['*'] } });
      uri = picked?.[0];
    }
    if (!uri) return;
    const doc = await vscode.workspace.openTextDocument(disassemblyUri(uri));
    await vscode.window.showTextDocument(doc, { preview: false });
  });

  reg('tessera.restartServer', () => d.restartServer());

  reg('tessera.chooseEnvironment', async () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'linux', description: 'Linux system calls (and RARS console services)' },
        { label: 'openvm', description: "OpenVM's guest ABI: terminate, hints, reveal, printstr" },
      ],
      { placeHolder: 'Environment Tessera runs programs in (tessera.environment)' },
    );
    if (!picked) return;
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('tessera', uri).update('environment', picked.label, target);
  });
}

function isElfFile(path: string): boolean {
  try {
    return isElf(readFileSync(path).subarray(0, 4));
  } catch {
    return false;
  }
}
