// Activation: language server, debugger, commands, trace views, status bar. Everything that can
// be plain logic lives in modules without vscode (tested under client/test); this file wires.
import * as vscode from 'vscode';
import { registerCommands } from './commands.js';
import { registerDebugging } from './debug/register.js';
import { DISASM_SCHEME, DisassemblyProvider } from './elf/provider.js';
import { TesseraLanguageClient } from './language-client.js';
import { languageIdsOf } from './settings.js';
import { TesseraStatusBar } from './status-bar.js';
import { TraceController } from './trace/controller.js';
import { HotSpotDecorations, MetricsView, TraceView } from './trace/views.js';

let client: TesseraLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  let languageIds = languageIdsOf(vscode.workspace.getConfiguration('tessera').get('languageIds'));
  const setContext = (): Thenable<unknown> => vscode.commands.executeCommand('setContext', 'tessera.languageIds', languageIds);
  await setContext();
  const isAssembly = (e: vscode.TextEditor | undefined): boolean => !!e && languageIds.includes(e.document.languageId);

  const trace = new TraceController();
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('tessera');
  const traceView = new TraceView(() => trace.current, () => config().get<number>('trace.rowsShown', 2000));
  const metricsView = new MetricsView(() => trace.current);
  const hotSpots = new HotSpotDecorations(() => trace.current, () => config().get<boolean>('hotSpots.enabled', true));
  const statusBar = new TesseraStatusBar(isAssembly);
  const disassembly = new DisassemblyProvider();
  trace.onDidChange(() => {
    traceView.update();
    metricsView.update();
    hotSpots.refresh();
  });

  context.subscriptions.push(
    hotSpots,
    statusBar,
    vscode.window.registerWebviewViewProvider('tessera.trace', traceView, { webviewOptions: { retainContextWhenHidden: true } }),
    vscode.window.registerWebviewViewProvider('tessera.chipMetrics', metricsView),
    vscode.workspace.registerTextDocumentContentProvider(DISASM_SCHEME, disassembly),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.refresh()),
    vscode.window.onDidChangeVisibleTextEditors((editors) => hotSpots.refresh(editors)),
  );

  client = new TesseraLanguageClient(context, languageIds);
  context.subscriptions.push(client);

  registerDebugging(context, () => languageIds, {
    onStopped: (session) => trace.refreshFromSession(session, config().get<number>('trace.rowsShown', 2000)),
    onEnded: () => undefined,
  });
  registerCommands({ context, languageIds: () => languageIds, trace, statusBar, disassembly, restartServer: () => client!.restart(languageIds) });

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('tessera.languageIds')) {
        languageIds = languageIdsOf(config().get('languageIds'));
        await setContext();
        await client?.restart(languageIds);
      }
      if (e.affectsConfiguration('tessera.environment')) statusBar.refresh();
      if (e.affectsConfiguration('tessera.hotSpots')) hotSpots.refresh();
    }),
  );
  statusBar.refresh();
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
