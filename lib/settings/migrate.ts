import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema';

/**
 * Repairs a stored settings value: every field that fails its schema falls back to its default, so one
 * bad field never resets the others.
 */
export function migrateSettings(raw: unknown): Settings {
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const shape = SettingsSchema.shape;
  return {
    highlights: shape.highlights.safeParse(source.highlights).data ?? DEFAULT_SETTINGS.highlights,
    sensitivity: shape.sensitivity.safeParse(source.sensitivity).data ?? DEFAULT_SETTINGS.sensitivity,
    autoScanSites: shape.autoScanSites.safeParse(source.autoScanSites).data ?? DEFAULT_SETTINGS.autoScanSites,
  };
}
