// The language server, started from the bundle over Node IPC. If it dies it is restarted with a
// notice, up to RestartPolicy's limit (not in a loop); settings reach it through
// workspace/configuration (section `tessera`), which vscode-languageclient answers from the
// user's settings.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { RestartPolicy } from './restart-policy.js';

export class TesseraLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly policy = new RestartPolicy();
  private readonly output: vscode.LogOutputChannel;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private languageIds: readonly string[],
  ) {
    this.output = vscode.window.createOutputChannel('Tessera Language Server', { log: true });
  }

  /** The bundled server in a .vsix; the workspace build when running from the repository. */
  serverModule(): string {
    const bundled = this.context.asAbsolutePath('dist/server.cjs');
    return existsSync(bundled) ? bundled : this.context.asAbsolutePath('server/bin/tessera-lsp.js');
  }

  async start(): Promise<void> {
    const module = this.serverModule();
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.languageIds.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      synchronize: { configurationSection: 'tessera' },
      // VS Code pulls diagnostics (textDocument/diagnostic); pushed ones would count every problem twice.
      initializationOptions: { pushDiagnostics: false },
      outputChannel: this.output,
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => {
          const d = this.policy.onCrash(Date.now());
          if (d.restart) {
            void vscode.window.showWarningMessage(d.message);
            return { action: CloseAction.Restart, handled: true };
          }
          void vscode.window.showErrorMessage(d.message, 'Show Output').then((c) => c && this.output.show());
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    this.client = new LanguageClient('tessera', 'Tessera Language Server', serverOptions, clientOptions);
    try {
      await this.client.start();
    } catch (e) {
      this.output.error(`could not start the language server (${module}): ${e instanceof Error ? e.message : String(e)}`);
      void vscode.window.showErrorMessage('The Tessera language server could not start; see the "Tessera Language Server" output.');
    }
  }

  /** A manual restart (command, or tessera.languageIds changed) forgives earlier crashes. */
  async restart(languageIds = this.languageIds): Promise<void> {
    this.languageIds = languageIds;
    this.policy.reset();
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    if (c?.isRunning()) await c.stop().catch(() => undefined);
  }

  dispose(): void {
    void this.stop();
    this.output.dispose();
  }
}
