import { DEFAULT_PROVIDER, DEFAULT_SETTINGS, ProviderSettingsSchema, SettingsSchema, type ProviderSettings, type Settings } from './schema';

/**
 * Remote classifiers, repaired one by one and field by field: a bad entry never costs the others their
 * keys, and a bad field never costs its own provider the key beside it. An entry with nothing usable
 * (not an object) is dropped; so is an id the schema refuses.
 */
export function repairProviders(raw: unknown): Settings['providers'] {
  const whole = SettingsSchema.shape.providers.safeParse(raw);
  if (whole.success) return whole.data;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return DEFAULT_SETTINGS.providers;
  const shape = ProviderSettingsSchema.shape;
  const repaired: Settings['providers'] = {};
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!SettingsSchema.shape.providers.keyType.safeParse(id).success) continue;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) continue;
    const source = entry as Record<string, unknown>;
    const field = <K extends keyof ProviderSettings>(key: K): ProviderSettings[K] => (shape[key].safeParse(source[key]).data as ProviderSettings[K] | undefined) ?? DEFAULT_PROVIDER[key];
    // A broken switch falls back to off (the default): a provider is on only when clearly turned on.
    repaired[id] = { enabled: field('enabled'), key: field('key'), scope: field('scope'), monthlyWords: field('monthlyWords'), option: field('option') };
  }
  return repaired;
}

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
    providers: repairProviders(source.providers),
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
