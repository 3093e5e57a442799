import { z } from 'zod';
import { SegmentSchema } from '../schema/deliverable';
import { DetectionResultSchema } from '../schema/verdict';
import { SensitivitySchema } from '../schema/sensitivity';

/** Messages between the offscreen document and its detector worker. */
export const WorkerRequestSchema = z.object({
  jobId: z.string(),
  segments: z.array(SegmentSchema),
  sensitivity: SensitivitySchema,
});
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;

export const WorkerReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), jobId: z.string(), done: z.number().int(), total: z.number().int() }),
  z.object({ type: z.literal('result'), jobId: z.string(), result: DetectionResultSchema }),
  z.object({ type: z.literal('error'), jobId: z.string(), message: z.string() }),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;
