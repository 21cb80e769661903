// The webviews' HTML: plain HTML and inline SVG (no CDN, no framework), under a strict CSP with
// a nonce for the one script. Pure functions of the data, so tests check what is drawn.
import { countsPerLabel, formatAccess, type TraceRowView, type TraceSnapshot } from './model.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const fmt = (n: number): string => n.toLocaleString('en-US');

export interface Bar {
  label: string;
  value: number;
}

/** A horizontal bar chart; bar lengths are proportional to the values. */
export function barChart(title: string, bars: readonly Bar[], width = 520): string {
  const rowH = 22;
  const labelW = 130;
  const valueW = 110;
  const plotW = Math.max(50, width - labelW - valueW);
  const max = Math.max(0, ...bars.map((b) => b.value));
  const total = bars.reduce((n, b) => n + b.value, 0);
  const height = Math.max(1, bars.length) * rowH + 28;
  const rows = bars.map((b, i) => {
    const y = 24 + i * rowH;
    const w = max > 0 ? Math.max(b.value > 0 ? 1 : 0, Math.round((b.value / max) * plotW)) : 0;
    const pct = total > 0 ? ((b.value / total) * 100).toFixed(1) : '0.0';
    return `<g class="bar"><text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(b.label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" data-value="${b.value}"><title>${escapeHtml(b.label)}: ${fmt(b.value)} (${pct}%)</title></rect>` +
      `<text x="${labelW + w + 6}" y="${y + 14}">${fmt(b.value)} (${pct}%)</text></g>`;
  });
  const empty = bars.length === 0 ? `<text x="${labelW}" y="38">no data</text>` : '';
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" width="100%" style="max-width:${width}px" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">` +
    `<text class="title" x="0" y="14">${escapeHtml(title)}</text>${rows.join('')}${empty}</svg>`;
}

const byValue = (m: Partial<Record<string, number>>): Bar[] =>
  Object.entries(m)
    .filter((e): e is [string, number] => (e[1] ?? 0) > 0)
    .map(([label, value]) => ({ label, value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); font-size: var(--vscode-font-size); }
.chart text { fill: var(--vscode-foreground); font-size: 12px; }
.chart .title { font-weight: bold; }
.chart rect { fill: var(--vscode-charts-blue, #3794ff); }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 2px 8px; border-bottom: 1px solid var(--vscode-panel-border, #8884); white-space: nowrap; }
td.num, th.num { text-align: right; }
tr.row:hover { background: var(--vscode-list-hoverBackground); cursor: pointer; }
.w { color: var(--vscode-charts-orange, #d18616); }
.r { color: var(--vscode-descriptionForeground); }
.muted { color: var(--vscode-descriptionForeground); }
input, select { background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, #8884); padding: 2px 4px; }
`;

function page(title: string, body: string, csp: string, nonce?: string, script?: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${csp} 'unsafe-inline'; img-src ${csp} data:;${nonce ? ` script-src 'nonce-${nonce}';` : ''}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body>${body}${script && nonce ? `<script nonce="${nonce}">${script}</script>` : ''}</body></html>`;
}

/** Chip metrics: rows per chip, gas per chip, segments, and the hottest labels. */
export function metricsHtml(s: TraceSnapshot | undefined, cspSource: string): string {
  if (!s) return page('Tessera chip metrics', '<p class="muted">No run yet: use "Tessera: Show Chip Metrics" on an assembly file, or stop in the debugger.</p>', cspSource);
  const segments = s.segments.map((g) =>
    `<tr><td class="num">${g.index}</td><td class="num">${fmt(g.startInstret)}</td><td class="num">${fmt(g.instructions)}</td><td>${escapeHtml(
      byValue(g.chipRows).map((b) => `${b.label} ${fmt(b.value)}`).join(', '),
    )}</td></tr>`).join('');
  const labels = countsPerLabel(s.lineCounts).slice(0, 12).map((l) => ({ label: l.label, value: l.count }));
  const body = `<h2>Chip metrics</h2><p class="muted">${escapeHtml(s.origin)} — ${escapeHtml(s.programPath)}</p>` +
    `<p>${fmt(s.instret)} instructions, gas ${fmt(s.gas)}, ${s.segments.length} segment${s.segments.length === 1 ? '' : 's'}</p>` +
    barChart('Rows per chip', byValue(s.chipRows)) + '<br>' + barChart('Gas per chip', byValue(s.gasPerChip)) +
    `<h3>Segments</h3><table><thead><tr><th class="num">#</th><th class="num">first instruction</th><th class="num">instructions</th><th>rows per chip</th></tr></thead><tbody>${segments}</tbody></table>` +
    (labels.length ? `<h3>Hot spots</h3>${barChart('Instructions per label', labels)}` : '');
  return page('Tessera chip metrics', body, cspSource);
}

/** A row as the trace table's script receives it. */
export interface RowMessage {
  instret: number;
  pc: string;
  instruction: string;
  chip: string;
  label: string;
  reads: string;
  writes: string;
  file?: string;
  line?: number;
}

export function rowMessage(r: TraceRowView): RowMessage {
  const m: RowMessage = {
    instret: r.instret,
    pc: `0x${(r.pc >>> 0).toString(16).padStart(8, '0')}`,
    instruction: r.instruction,
    chip: r.chip,
    label: r.label ?? '',
    reads: r.reads.map(formatAccess).join(', '),
    writes: r.writes.map(formatAccess).join(', '),
  };
  if (r.source) {
    m.file = r.source.file;
    m.line = r.source.line;
  }
  return m;
}

// The table's script: renders rows it is sent, sends filter changes and row clicks back.
const TRACE_SCRIPT = `
const vscode = acquireVsCodeApi();
const body = document.getElementById('rows');
const info = document.getElementById('info');
const text = document.getElementById('text');
const chip = document.getElementById('chip');
const writes = document.getElementById('writes');
function send() { vscode.postMessage({ type: 'filter', text: text.value, chips: chip.value ? [chip.value] : [], writes: writes.value }); }
for (const el of [text, writes]) el.addEventListener('input', send);
chip.addEventListener('change', send);
body.addEventListener('click', (e) => {
  const tr = e.target.closest('tr');
  if (tr && tr.dataset.file) vscode.postMessage({ type: 'reveal', file: tr.dataset.file, line: Number(tr.dataset.line) });
});
function cell(t, cls) { const td = document.createElement('td'); td.textContent = t; if (cls) td.className = cls; return td; }
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type !== 'rows') return;
  info.textContent = m.info;
  const known = new Set([...chip.options].map((o) => o.value));
  for (const c of m.chips) if (!known.has(c)) { const o = document.createElement('option'); o.value = c; o.textContent = c; chip.appendChild(o); }
  const frag = document.createDocumentFragment();
  for (const r of m.rows) {
    const tr = document.createElement('tr');
    tr.className = 'row';
    if (r.file) { tr.dataset.file = r.file; tr.dataset.line = String(r.line); tr.title = r.file + ':' + r.line; }
    tr.append(cell(String(r.instret), 'num'), cell(r.pc), cell(r.label), cell(r.instruction), cell(r.chip), cell(r.reads, 'r'), cell(r.writes, 'w'));
    frag.appendChild(tr);
  }
  body.replaceChildren(frag);
});
vscode.postMessage({ type: 'ready' });
`;

export function traceHtml(cspSource: string, nonce: string): string {
  const body = `<h2>Execution trace</h2>` +
    `<p><input id="text" type="search" placeholder="filter: words in the row (e.g. sw sp)" size="36"> ` +
    `<select id="chip"><option value="">all chips</option></select> ` +
    `<input id="writes" type="search" placeholder="writes register or address (a0, 0x00011000)" size="30"></p>` +
    `<p id="info" class="muted">waiting for a run…</p>` +
    `<table><thead><tr><th class="num">#</th><th>pc</th><th>label</th><th>instruction</th><th>chip</th><th>reads</th><th>writes</th></tr></thead><tbody id="rows"></tbody></table>`;
  return page('Tessera trace', body, cspSource, nonce, TRACE_SCRIPT);
}
