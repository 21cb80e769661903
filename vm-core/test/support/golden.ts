// Golden files: compare with the committed expectation, or rewrite it when UPDATE_GOLDEN=1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export const UPDATE = process.env.UPDATE_GOLDEN === '1';

export function expectGolden(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    writeFileSync(path, actual);
    if (!UPDATE) throw new Error(`golden file ${path} did not exist; it has been written — review it and re-run`);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
