// The status bar item: the environment programs run in and, after a run, its instret. Clicking
// it switches the environment (the tessera.environment setting).
import * as vscode from 'vscode';

export class TesseraStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tessera.status', vscode.StatusBarAlignment.Left, 50);
  private instret: number | undefined;

  constructor(private readonly isAssembly: (e: vscode.TextEditor | undefined) => boolean) {
    this.item.name = 'Tessera';
    this.item.command = 'tessera.chooseEnvironment';
  }

  setRun(instret: number | undefined): void {
    this.instret = instret;
    this.refresh();
  }

  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    if (!this.isAssembly(editor)) {
      this.item.hide();
      return;
    }
    const env = vscode.workspace.getConfiguration('tessera', editor?.document.uri).get<string>('environment', 'linux');
    const run = this.instret !== undefined ? ` · ${this.instret.toLocaleString('en-US')} instret` : '';
    this.item.text = `$(circuit-board) RV32IM · ${env}${run}`;
    this.item.tooltip = `Tessera: programs run in the ${env} environment${run ? `; the last run retired ${this.instret!.toLocaleString('en-US')} instructions` : ''}. Click to change the environment.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
