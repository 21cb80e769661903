// What the chip-metrics view draws and the trace table receives.
import { describe, expect, it } from 'vitest';
import { barChart, escapeHtml, metricsHtml, rowMessage, traceHtml } from '../src/trace/html.js';
import type { TraceSnapshot } from '../src/trace/model.js';

const snapshot: TraceSnapshot = {
  origin: 'traced run, exit code 0',
  programPath: '/w/<odd>.s',
  rows: [],
  omittedRows: 0,
  chipRows: { BaseAlu: 600, System: 20, LoadStore: 300 },
  gasPerChip: { BaseAlu: 600, System: 200, LoadStore: 300 },
  segments: [{ index: 0, startInstret: 0, instructions: 920, chipRows: { BaseAlu: 600, LoadStore: 300, System: 20 } }],
  instret: 920,
  gas: 1100,
  lineCounts: [{ file: '/w/a.s', line: 3, count: 900, label: 'loop' }, { file: '/w/a.s', line: 9, count: 20, label: '_start' }],
};

describe('chip metrics view', () => {
  it('draws bars proportional to the values, largest first, with shares', () => {
    const svg = barChart('Rows per chip', [{ label: 'BaseAlu', value: 600 }, { label: 'LoadStore', value: 300 }, { label: 'System', value: 0 }], 520);
    const widths = [...svg.matchAll(/<rect x="\d+" y="\d+" width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBe(2 * widths[1]!);
    expect(widths[2]).toBe(0);
    expect(svg).toContain('600 (66.7%)');
    expect(barChart('empty', [])).toContain('no data');
  });

  it('shows rows and gas per chip, segments and hot labels, escaped, with no script and no remote content', () => {
    const html = metricsHtml(snapshot, 'vscode-resource:');
    expect(html).toContain('Rows per chip');
    expect(html).toContain('Gas per chip');
    expect(html).toMatch(/<td class="num">0<\/td><td class="num">0<\/td><td class="num">920<\/td><td>BaseAlu 600, LoadStore 300, System 20<\/td>/);
    expect(html).toContain('Instructions per label');
    expect(html).toContain('/w/&lt;odd&gt;.s');
    expect(html).not.toMatch(/<script|(src|href)=["']?https?:/);
    expect(html).toContain("default-src 'none'");
    expect(metricsHtml(undefined, 'x')).toMatch(/No run yet/);
  });
});

describe('trace table', () => {
  it('sends rows with their accesses and source position', () => {
    expect(rowMessage({
      instret: 7, pc: 0x10078, instruction: 'sw a1,0(sp)', chip: 'LoadStore', label: 'main+0x4',
      source: { file: '/w/a.s', line: 12, column: 2 },
      reads: [{ space: 'register', address: 8, name: 'sp', size: 4, write: false, value: 0x7ffffff0, previousValue: 0x7ffffff0 }],
      writes: [{ space: 'memory', address: 0x7ffffff0, name: '0x7ffffff0', size: 4, write: true, value: 5, previousValue: 0 }],
    })).toEqual({ instret: 7, pc: '0x00010078', instruction: 'sw a1,0(sp)', chip: 'LoadStore', label: 'main+0x4', reads: 'sp=0x7ffffff0', writes: '0x7ffffff0 0x0→0x5', file: '/w/a.s', line: 12 });
  });

  it('runs only its own nonce script', () => {
    const html = traceHtml('vscode-resource:', 'abc123');
    expect(html).toContain("script-src 'nonce-abc123'");
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script nonce="abc123">');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
