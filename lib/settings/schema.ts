import { z } from 'zod';

/**
 * Sensitivity presets trade recall for precision. `cautious` is the default because a false
 * accusation costs a freelancer their pay.
 */
export const SensitivitySchema = z.enum(['cautious', 'balanced', 'sensitive']);
export type Sensitivity = z.infer<typeof SensitivitySchema>;

export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.object({
  highlights: z.boolean(),
  sensitivity: SensitivitySchema,
  /** Host names the user allows to be scanned automatically once auto-scan ships. */
  autoScanSites: z.array(z.string().max(253)).max(500),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  highlights: true,
  sensitivity: 'cautious',
  autoScanSites: [],
};
