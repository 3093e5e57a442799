import { z } from 'zod';
import { PlatformIdSchema } from '../schema/platform';
import { SensitivitySchema } from '../schema/sensitivity';
import { MAX_TRUST_TEXT } from '../provenance/trust';


export const SETTINGS_VERSION = 3;

/** One remote classifier as the user set it up. The key stays in storage.local: never synced, logged or exported. */
export const ProviderSettingsSchema = z.object({
  enabled: z.boolean(),
  key: z.string().max(500),
  /** `unsure`: only passages the local detector is unsure about are sent. */
  scope: z.enum(['all', 'unsure']),
  /** Words a month this provider may receive; 0 means no limit. */
  monthlyWords: z.number().int().min(0).max(100_000_000),
  /** Provider option: the Hugging Face model id, or the Assay server's address. */
  option: z.string().max(500),
});
export type ProviderSettings = z.infer<typeof ProviderSettingsSchema>;

export const DEFAULT_PROVIDER: ProviderSettings = { enabled: false, key: '', scope: 'all', monthlyWords: 50_000, option: '' };

/** A platform as the user set it up: off until turned on (which asks for its host permission). */
export const PlatformSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Scan each message as it is opened; otherwise a one-click chip beside it. */
  autoScan: z.boolean(),
});
export type PlatformSettings = z.infer<typeof PlatformSettingsSchema>;

export const DEFAULT_PLATFORM: PlatformSettings = { enabled: false, autoScan: false };

export const SettingsSchema = z.object({
  highlights: z.boolean(),
  sensitivity: SensitivitySchema,
  /** Host names whose pages are scanned as they load (the user grants each site's host permission). */
  autoScanSites: z.array(z.string().max(253)).max(500),
  /** Remote classifiers by provider id (settings v2); none is enabled until the user turns it on. */
  providers: z.record(z.string().max(32), ProviderSettingsSchema),
  /** Seconds to wait for a remote answer before showing the local verdict alone. */
  remoteTimeoutSeconds: z.number().int().min(1).max(120),
  /** Platforms by id (settings v3); none is on until the user turns it on. */
  platforms: z.partialRecord(PlatformIdSchema, PlatformSettingsSchema),
  /** Certificates (PEM) the user adds to the C2PA trust list (settings v3). */
  trustAnchors: z.string().max(MAX_TRUST_TEXT),
  /** The user's Figma personal access token (settings v3): kept in storage.local, sent only to api.figma.com. */
  figmaToken: z.string().max(300),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  highlights: true,
  sensitivity: 'cautious',
  autoScanSites: [],
  providers: {},
  remoteTimeoutSeconds: 20,
  platforms: {},
  trustAnchors: '',
  figmaToken: '',
};

export function platformSettings(settings: Settings, id: z.infer<typeof PlatformIdSchema>): PlatformSettings {
  return settings.platforms[id] ?? DEFAULT_PLATFORM;
}
