import { describe, it } from 'vitest';
import { hover } from '../src/features/hover.js';
import { goldenAtMarkers } from './support.js';

describe('hover', () => {
  for (const [name, run] of goldenAtMarkers('hover', (a, pos) => hover(a, pos))) it(name, run);
});
