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
    providers: shape.providers.safeParse(source.providers).data ?? DEFAULT_SETTINGS.providers,
    remoteTimeoutSeconds: shape.remoteTimeoutSeconds.safeParse(source.remoteTimeoutSeconds).data ?? DEFAULT_SETTINGS.remoteTimeoutSeconds,
    platforms: shape.platforms.safeParse(source.platforms).data ?? DEFAULT_SETTINGS.platforms,
    trustAnchors: shape.trustAnchors.safeParse(source.trustAnchors).data ?? DEFAULT_SETTINGS.trustAnchors,
    figmaToken: shape.figmaToken.safeParse(source.figmaToken).data ?? DEFAULT_SETTINGS.figmaToken,
  };
}

/**
 * Numbered migrations, run by WXT storage when it finds settings stored at an older version: the
 * function for version n turns a version n-1 value into a version n value.
 */
export const SETTINGS_MIGRATIONS = {
  /** v2 adds remote classifiers (none enabled) and their timeout. */
  2: (v1: Record<string, unknown>) => ({ ...v1, providers: {}, remoteTimeoutSeconds: DEFAULT_SETTINGS.remoteTimeoutSeconds }),
  /**
   * v3 adds platforms (Gmail, Outlook), all off: their hosts are asked for when the user turns one on;
   * the user's C2PA trust anchors, none; and no Figma token.
   */
  3: (v2: Record<string, unknown>) => ({ ...v2, platforms: {}, trustAnchors: '', figmaToken: '' }),
};
