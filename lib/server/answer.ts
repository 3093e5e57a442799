import type { ClassifyResponseV1, ClassifyResponseV2, DocumentLabelV2, PassageLabelV2 } from '../classify/protocol';

/**
 * What the server answers, derived from the detector's own verdicts: the labels are the detector's
 * labels, passed through, so a label the detector adds within the protocol's set (e.g. `unsure`)
 * reaches clients unchanged. `detect()`'s result fits these shapes.
 */
export interface JudgedPassage {
  id: string;
  label: PassageLabelV2;
  probability: number;
  reasons: readonly { text: string }[];
  /** Why the detector did not judge it, when `label` is `unknown`. */
  abstain?: string;
}
export interface Judgement {
  document: { label: DocumentLabelV2; probability: number; abstain?: string };
  segments: readonly JudgedPassage[];
}

/** Reasons per passage in an answer: the strongest few, as the popup shows them. */
const MAX_REASONS = 5;
const MAX_REASON_CHARS = 500;
/** Said when the detector abstained without giving a reason (it always gives one today). */
const NOT_JUDGED = 'not judged';

const notJudgedReason = (label: string, abstain: string | undefined) => (label === 'unknown' ? { reason: (abstain ?? NOT_JUDGED).slice(0, MAX_REASON_CHARS) } : {});
const reasonTexts = (p: JudgedPassage) => p.reasons.map((r) => r.text).slice(0, MAX_REASONS);

export function answerV1(judgement: Judgement, model: ClassifyResponseV1['model']): ClassifyResponseV1 {
  return {
    protocol: 'v1',
    model,
    document: { probability: judgement.document.probability, label: judgement.document.label, ...notJudgedReason(judgement.document.label, judgement.document.abstain) },
    passages: judgement.segments.map((p) => ({ id: p.id, probability: p.probability, label: p.label, ...notJudgedReason(p.label, p.abstain), reasons: reasonTexts(p) })),
  };
}

export function answerV2(judgement: Judgement, model: ClassifyResponseV2['model']): ClassifyResponseV2 {
  const { document } = judgement;
  return {
    protocol: 'v2',
    model,
    document: { probability: document.probability, label: document.label, ...notJudgedReason(document.label, document.abstain) },
    passages: judgement.segments.map((p) => ({ id: p.id, probability: p.probability, label: p.label, ...notJudgedReason(p.label, p.abstain), reasons: reasonTexts(p) })),
  };
}
