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
    ['a valid value', { highlights: false, sensitivity: 'balanced', autoScanSites: ['example.com'] }, { highlights: false, sensitivity: 'balanced', autoScanSites: ['example.com'] }],
    ['one bad field', { highlights: false, sensitivity: 'paranoid', autoScanSites: [] }, { highlights: false, sensitivity: 'cautious', autoScanSites: [] }],
    ['a missing field', { sensitivity: 'sensitive' }, { highlights: true, sensitivity: 'sensitive', autoScanSites: [] }],
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

  it('reads a corrupted stored value as defaults for the broken fields', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: 'yes', sensitivity: 'balanced', autoScanSites: [] }, settings$: { v: 1 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'balanced' });
    expect(await settingsItem.getValue()).toMatchObject({ highlights: 'yes' });
  });
});
