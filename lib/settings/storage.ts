import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';
import { migrateSettings, SETTINGS_MIGRATIONS } from './migrate';

/**
 * Settings live in `storage.local` under one versioned item. WXT runs `migrations[n]` when it finds a
 * value stored at version n-1; every read is then checked against the schema so a corrupted value
 * falls back to defaults field by field instead of breaking the extension.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  return migrateSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(migrateSettings(value)));
}
