import { z } from 'zod';

/**
 * Sensitivity presets trade recall for precision. `cautious` is the default because a false
 * accusation costs a freelancer their pay.
 */
export const SensitivitySchema = z.enum(['cautious', 'balanced', 'sensitive']);
export type Sensitivity = z.infer<typeof SensitivitySchema>;
