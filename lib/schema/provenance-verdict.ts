// zod/mini: in-page image badges check it, and content scripts must stay small (tests/build/content-scripts.test.ts).
import * as z from 'zod/mini';

/**
 * What Assay can say about an image's origin. Never "human": the absence of provenance data proves
 * nothing about how an image was made.
 */
export const ProvenanceVerdictSchema = z.enum(['ai-generated', 'ai-edited', 'captured', 'edited-origin-unknown', 'credentials-invalid', 'no-provenance']);
export type ProvenanceVerdict = z.infer<typeof ProvenanceVerdictSchema>;
