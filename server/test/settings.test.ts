// The settings table is the manifest's contributes.configuration: every entry must be what the
// server reads, with the default it uses; anything a client sends is turned into valid settings.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS } from '../src/settings.js';

function at(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function leaves(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? leaves(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('settings', () => {
  it('describe every setting the server reads, with its default', () => {
    expect(SETTINGS.map((s) => s.key).sort()).toEqual(leaves(DEFAULT_SETTINGS as unknown as Record<string, unknown>).map((k) => `tessera.${k}`).sort());
    for (const s of SETTINGS) {
      expect(s.key).toMatch(/^tessera\./);
      expect(s.description.length).toBeGreaterThan(10);
      expect(at(DEFAULT_SETTINGS, s.key.split('.').slice(1))).toEqual(s.default);
      expect(s.type === 'array' ? Array.isArray(s.default) : typeof s.default).toBe(s.type === 'array' ? true : s.type);
    }
  });

  it('reads what a client sends, falling back to defaults for anything unusable', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ environment: 'openvm', includePaths: ['inc', 3, ''], formatting: { mnemonicColumn: 1e9, useTabs: 'yes' }, inlayHints: { pseudoExpansions: true } })).toEqual({
      ...DEFAULT_SETTINGS,
      environment: 'openvm',
      includePaths: ['inc'],
      formatting: { ...DEFAULT_SETTINGS.formatting, mnemonicColumn: 80 },
      inlayHints: { ...DEFAULT_SETTINGS.inlayHints, pseudoExpansions: true },
    });
    expect(parseSettings({ environment: 'windows', diagnosticsDelay: -5 })).toMatchObject({ environment: 'linux', diagnosticsDelay: 0 });
  });
});
