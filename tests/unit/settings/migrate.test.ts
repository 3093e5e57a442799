import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { migrateSettings } from '../../../lib/settings/migrate';
import { DEFAULT_PROVIDER, DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { loadSettings, saveSettings, settingsItem } from '../../../lib/settings/storage';

describe('migrateSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['not an object', 'garbage', DEFAULT_SETTINGS],
    ['a valid value', { ...DEFAULT_SETTINGS, highlights: false, sensitivity: 'balanced', autoScanSites: ['example.com'] }, { ...DEFAULT_SETTINGS, highlights: false, sensitivity: 'balanced', autoScanSites: ['example.com'] }],
    ['one bad field', { ...DEFAULT_SETTINGS, highlights: false, sensitivity: 'paranoid' }, { ...DEFAULT_SETTINGS, highlights: false }],
    ['a missing field', { sensitivity: 'sensitive' }, { ...DEFAULT_SETTINGS, sensitivity: 'sensitive' }],
    ['a platform with a bad field', { ...DEFAULT_SETTINGS, highlights: false, platforms: { gmail: { enabled: 1 } } }, { ...DEFAULT_SETTINGS, highlights: false }],
    ['an unknown platform', { ...DEFAULT_SETTINGS, platforms: { myspace: { enabled: true, autoScan: true } } }, DEFAULT_SETTINGS],
  ])('repairs %s field by field', (_, raw, expected) => {
    expect(migrateSettings(raw)).toEqual(expected);
  });
});

describe('repairing remote classifiers one by one', () => {
  const gptzero = { enabled: true, key: 'gptzero-secret-key', scope: 'all', monthlyWords: 10_000, option: '' } as const;
  const assay = { enabled: true, key: 'server-token-0123456789', scope: 'unsure', monthlyWords: 0, option: 'http://127.0.0.1:8787' } as const;

  it('keeps every good provider, and its key, when another entry is malformed', () => {
    const repaired = migrateSettings({ ...DEFAULT_SETTINGS, providers: { gptzero, assay, sapling: 'garbage', winston: null } });
    expect(repaired.providers).toEqual({ gptzero, assay });
  });

  it('repairs a provider field by field: a bad field costs it only that field, never its key', () => {
    const repaired = migrateSettings({ ...DEFAULT_SETTINGS, providers: { gptzero: { ...gptzero, monthlyWords: -5, scope: 'some' }, assay } });
    expect(repaired.providers).toEqual({ gptzero: { ...gptzero, monthlyWords: DEFAULT_PROVIDER.monthlyWords, scope: 'all' }, assay });
  });

  it('leaves a provider off when its switch is broken, keeping its key for when the user turns it on', () => {
    expect(migrateSettings({ ...DEFAULT_SETTINGS, providers: { gptzero: { ...gptzero, enabled: 'yes' } } }).providers).toEqual({ gptzero: { ...gptzero, enabled: false } });
  });

  it('drops an id the schema refuses, and a providers value that is not an object', () => {
    expect(migrateSettings({ ...DEFAULT_SETTINGS, providers: { ['x'.repeat(40)]: gptzero, assay } }).providers).toEqual({ assay });
    expect(migrateSettings({ ...DEFAULT_SETTINGS, providers: ['gptzero'] }).providers).toEqual({});
  });

  it('keeps the keys through a save after loading a partly broken value', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, providers: { gptzero, sapling: { enabled: true, key: 42 } } }, settings$: { v: 3 } });
    await saveSettings({ highlights: false });
    expect((await loadSettings()).providers).toEqual({ gptzero, sapling: { ...DEFAULT_PROVIDER, enabled: true } });
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('persists a change and keeps the other fields', async () => {
    await saveSettings({ highlights: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, highlights: false });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { ...DEFAULT_SETTINGS, highlights: false } });
  });

  it('refuses to save an invalid value', async () => {
    await expect(saveSettings({ sensitivity: 'reckless' as never })).rejects.toThrow();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates settings stored by version 1 (before remote classifiers and platforms) to version 3', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: false, sensitivity: 'balanced', autoScanSites: ['a.example'] }, settings$: { v: 1 } });
    // WXT runs the numbered migrations when the extension starts; here, on demand.
    await settingsItem.migrate();
    const migrated = { highlights: false, sensitivity: 'balanced', autoScanSites: ['a.example'], providers: {}, remoteTimeoutSeconds: 20, platforms: {}, trustAnchors: '', figmaToken: '' };
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: migrated });
    expect(await loadSettings()).toEqual(migrated);
    // The migrated value is written back at the current version.
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 3 } });
  });

  it('migrates version 2 settings (a provider on) to version 3 with every platform off', async () => {
    const v2 = { highlights: true, sensitivity: 'cautious', autoScanSites: [], providers: { assay: { enabled: true, key: '', scope: 'all', monthlyWords: 0, option: 'http://127.0.0.1:8787' } }, remoteTimeoutSeconds: 5 };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ ...v2, platforms: {}, trustAnchors: '', figmaToken: '' });
  });

  it('reads a corrupted stored value as defaults for the broken fields', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, highlights: 'yes', sensitivity: 'balanced' }, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'balanced' });
    expect(await settingsItem.getValue()).toMatchObject({ highlights: 'yes' });
  });
});
