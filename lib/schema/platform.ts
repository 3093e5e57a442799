// zod/mini: content scripts check platform ids, and must stay small (tests/build/content-scripts.test.ts).
import * as z from 'zod/mini';

/**
 * The platforms Assay checks where deliverables arrive. Each is one feature folder,
 * `lib/platforms/<id>/`, registered once in `lib/platforms/registry.ts`; a unit test fails when an id
 * here has no complete folder, or a folder is not registered.
 */
export const PlatformIdSchema = z.enum(['docs', 'figma', 'gmail', 'outlook']);
export type PlatformId = z.infer<typeof PlatformIdSchema>;
export const PLATFORM_IDS = PlatformIdSchema.options;
