import { describe, it } from 'vitest';
import { documentDiagnostics } from '../src/features/diagnostics.js';
import { codeActions } from '../src/features/code-actions.js';
import { analyse, fixtures, golden } from './support.js';

describe('diagnostics and code actions', () => {
  for (const f of fixtures()) {
    it(f.name, () => {
      const a = analyse(f.path, f.text);
      const diags = documentDiagnostics(a);
      golden('diagnostics', f.name, diags);
      // Code actions over each diagnostic, and at every marker (expand pseudo).
      const actions: Record<string, unknown> = {};
      diags.forEach((d, i) => (actions[`diagnostic ${i}: ${d.code}`] = codeActions(a, d.range, [d])));
      for (const [m, pos] of f.markers) actions[m] = codeActions(a, { start: pos, end: pos }, []);
      golden('code-actions', f.name, actions);
    });
  }
});
