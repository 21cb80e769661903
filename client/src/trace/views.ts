// The vscode side of the trace views: two webview views in the Tessera panel (trace rows,
// chip metrics) and heat decorations in editors. They show the controller's current snapshot.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { metricsHtml, rowMessage, traceHtml } from './html.js';
import { countsPerLabel, filterRows, heatLevel, labelLines, type RowFilter, type TraceSnapshot } from './model.js';

export class TraceView implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private filter: RowFilter = {};

  constructor(
    private readonly current: () => TraceSnapshot | undefined,
    private readonly rowsShown: () => number,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: [] };
    view.webview.html = traceHtml(view.webview.cspSource, randomBytes(16).toString('hex'));
    view.webview.onDidReceiveMessage((m: { type?: string; text?: string; chips?: string[]; writes?: string; file?: string; line?: number }) => {
      if (m.type === 'ready') this.post();
      else if (m.type === 'filter') {
        this.filter = { text: m.text ?? '', chips: m.chips ?? [], writes: m.writes ?? '' };
        this.post();
      } else if (m.type === 'reveal' && m.file && m.line) void revealLine(m.file, m.line);
    });
    view.onDidDispose(() => (this.view = undefined));
  }

  update(): void {
    this.post();
  }

  private post(): void {
    if (!this.view) return;
    const s = this.current();
    if (!s) {
      void this.view.webview.postMessage({ type: 'rows', rows: [], chips: [], info: 'No trace yet: run "Tessera: Show Trace" on an assembly file, or stop in the debugger.' });
      return;
    }
    const matching = filterRows(s.rows, this.filter);
    const shown = matching.slice(-this.rowsShown());
    const info = `${s.origin} — ${s.programPath}: ${s.instret.toLocaleString('en-US')} instructions` +
      `${s.omittedRows ? ` (the ${s.rows.length.toLocaleString('en-US')} latest kept)` : ''}; ` +
      `${matching.length.toLocaleString('en-US')} rows match${shown.length < matching.length ? `, the last ${shown.length} shown` : ''}. Click a row to see its source line.`;
    void this.view.webview.postMessage({ type: 'rows', rows: shown.map(rowMessage), chips: Object.keys(s.chipRows).sort(), info });
  }
}

export class MetricsView implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;

  constructor(private readonly current: () => TraceSnapshot | undefined) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: false, localResourceRoots: [] };
    this.update();
    view.onDidDispose(() => (this.view = undefined));
  }

  update(): void {
    if (this.view) this.view.webview.html = metricsHtml(this.current(), this.view.webview.cspSource);
  }
}

export async function revealLine(file: string, line: number): Promise<void> {
  try {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, viewColumn: vscode.ViewColumn.One });
    const pos = new vscode.Position(Math.max(0, line - 1), 0);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  } catch (e) {
    void vscode.window.showWarningMessage(`Cannot open ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const LEVELS = 5;

/** Hot spots: executed lines tinted by how often they ran (log scale), with the count after the line. */
export class HotSpotDecorations implements vscode.Disposable {
  private readonly types = Array.from({ length: LEVELS }, (_, i) => {
    const alpha = (0.08 + (i / (LEVELS - 1)) * 0.32).toFixed(2);
    return vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: `rgba(255, 96, 0, ${alpha})`,
      overviewRulerColor: `rgba(255, 96, 0, ${Math.min(1, Number(alpha) * 2.5).toFixed(2)})`,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    });
  });

  /** Per-label totals beside `name:` lines. */
  private readonly labelType = vscode.window.createTextEditorDecorationType({});

  constructor(
    private readonly current: () => TraceSnapshot | undefined,
    private readonly enabled: () => boolean,
  ) {}

  refresh(editors: readonly vscode.TextEditor[] = vscode.window.visibleTextEditors): void {
    const s = this.enabled() ? this.current() : undefined;
    for (const editor of editors) {
      const lines = s?.lineCounts.filter((l) => l.file === editor.document.uri.fsPath) ?? [];
      const max = Math.max(0, ...(s?.lineCounts.map((l) => l.count) ?? []));
      const byLevel: vscode.DecorationOptions[][] = this.types.map(() => []);
      for (const l of lines) {
        const level = heatLevel(l.count, max, LEVELS);
        if (level === 0 || l.line < 1 || l.line > editor.document.lineCount) continue;
        const range = editor.document.lineAt(l.line - 1).range;
        byLevel[level - 1]!.push({
          range,
          hoverMessage: `Executed ${l.count.toLocaleString('en-US')} times${l.label ? ` (in ${l.label})` : ''} — ${s!.origin}`,
          renderOptions: { after: { contentText: `  ×${l.count.toLocaleString('en-US')}`, color: new vscode.ThemeColor('editorCodeLens.foreground') } },
        });
      }
      this.types.forEach((t, i) => editor.setDecorations(t, byLevel[i]!));
      const perLabel = countsPerLabel(lines);
      const total = perLabel.reduce((n, l) => n + l.count, 0);
      const at = labelLines(editor.document.getText(), perLabel.map((l) => l.label));
      const labelled: vscode.DecorationOptions[] = [];
      for (const l of perLabel) {
        const line = at.get(l.label);
        if (line === undefined) continue;
        const share = total > 0 ? ((l.count / total) * 100).toFixed(1) : '0';
        labelled.push({
          range: editor.document.lineAt(line).range,
          renderOptions: { after: { contentText: `  Σ ${l.count.toLocaleString('en-US')} instructions in ${l.label} (${share}%)`, color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic' } },
        });
      }
      editor.setDecorations(this.labelType, labelled);
    }
  }

  dispose(): void {
    for (const t of this.types) t.dispose();
    this.labelType.dispose();
  }
}
