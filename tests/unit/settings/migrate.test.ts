import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { migrateSettings } from '../../../lib/settings/migrate';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
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
    ['a provider with a bad field', { ...DEFAULT_SETTINGS, providers: { gptzero: { enabled: 'yes' } } }, DEFAULT_SETTINGS],
  ])('repairs %s field by field', (_, raw, expected) => {
    expect(migrateSettings(raw)).toEqual(expected);
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
