import { z } from 'zod';
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../lib/classify/openapi';
import { ClassifyResponseV1Schema, ClassifyResponseV2Schema, type DocumentLabelV2, type PassageLabelV2 } from '../../../lib/classify/protocol';
import { detect } from '../../../lib/detect';
import type { DocumentLabel, SegmentLabel } from '../../../lib/schema/verdict';
import { answerV1, answerV2, type Judgement } from '../../../lib/server/answer';

// Every label the detector can give is one the protocol can carry (a type error here otherwise).
const passageLabelFits: PassageLabelV2 = 'unknown' as SegmentLabel;
const documentLabelFits: DocumentLabelV2 = 'unknown' as DocumentLabel;

const MODEL = { name: 'Assay local detector', version: 't' };

/** Verdicts as the new detector will give them, `unsure` included. */
const FIXTURE: Judgement = {
  document: { label: 'unsure', probability: 0.6 },
  segments: [
    { id: 'a', label: 'ai', probability: 0.995, reasons: [{ text: 'r1' }, { text: 'r2' }, { text: 'r3' }, { text: 'r4' }, { text: 'r5' }, { text: 'r6' }] },
    { id: 'b', label: 'unsure', probability: 0.7, reasons: [{ text: 'between the thresholds' }] },
    { id: 'c', label: 'human', probability: 0.05, reasons: [] },
    { id: 'd', label: 'unknown', probability: 0.4, reasons: [], abstain: 'too short to judge (3 words; needs 30)' },
    { id: 'e', label: 'unknown', probability: 0.5, reasons: [] },
  ],
};

describe('protocol v2 answers carry the detector’s own labels', () => {
  it('passes every label through, with a reason only where a passage was not judged', () => {
    const answer = ClassifyResponseV2Schema.parse(answerV2(FIXTURE, MODEL));
    expect(answer.document).toEqual({ probability: 0.6, label: 'unsure' });
    expect(answer.passages.map((p) => [p.id, p.label, p.reason])).toEqual([
      ['a', 'ai', undefined],
      ['b', 'unsure', undefined],
      ['c', 'human', undefined],
      ['d', 'unknown', 'too short to judge (3 words; needs 30)'],
      ['e', 'unknown', 'not judged'],
    ]);
    expect(answer.passages[0]!.reasons).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it.each<DocumentLabelV2>(['ai', 'mixed', 'unsure', 'human'])('carries the document label %s without a reason', (label) => {
    expect(answerV2({ ...FIXTURE, document: { label, probability: 0.5 } }, MODEL).document).toEqual({ probability: 0.5, label });
  });

  it('gives the document’s reason when it is not judged', () => {
    expect(answerV2({ ...FIXTURE, document: { label: 'unknown', probability: 0.3, abstain: 'Not enough text: 12 words' } }, MODEL).document).toEqual({ probability: 0.3, label: 'unknown', reason: 'Not enough text: 12 words' });
  });

  it('answers from the detector’s real output', () => {
    const result = detect([{ id: 'x', kind: 'paragraph', text: 'Two words.' }], { sensitivity: 'cautious' });
    const answer = answerV2(result, MODEL);
    expect(answer.passages[0]).toMatchObject({ id: 'x', label: result.segments[0]!.label, reason: result.segments[0]!.abstain });
    expect(answer.document).toMatchObject({ label: result.document.label, reason: result.document.abstain });
  });

  it('keeps v1’s fields and adds the label, and why when not judged, beside the probability', () => {
    const v1 = ClassifyResponseV1Schema.parse(answerV1(FIXTURE, MODEL));
    const v2 = answerV2(FIXTURE, MODEL);
    expect(v1.document).toEqual(v2.document);
    expect(v1.passages).toEqual(v2.passages);
    const result = detect([{ id: 'x', kind: 'paragraph', text: 'Two words.' }], { sensitivity: 'cautious' });
    expect(answerV1(result, MODEL).passages[0]).toMatchObject({ id: 'x', label: 'unknown', reason: result.segments[0]!.abstain, probability: expect.any(Number) });
  });

  it('is read by a client written before the labels: the old v1 shape still parses, and a new answer parses with it', () => {
    // The v1 answer schema as it was before the labels (non-strict, as every client of it parses).
    const before = z.object({ protocol: z.literal('v1'), model: z.object({ name: z.string(), version: z.string() }), document: z.object({ probability: z.number() }), passages: z.array(z.object({ id: z.string(), probability: z.number(), reasons: z.array(z.string()).optional() })) });
    expect(before.parse(answerV1(FIXTURE, MODEL)).document).toEqual({ probability: 0.6 });
    expect(ClassifyResponseV1Schema.parse({ protocol: 'v1', model: MODEL, document: { probability: 0.6 }, passages: [{ id: 'a', probability: 0.2 }] }).document).toEqual({ probability: 0.6 });
  });

  it('labels passages and documents only with the shared ids', () => {
    expect(ClassifyResponseV2Schema.shape.passages.element.shape.label.options).toEqual(['ai', 'unsure', 'human', 'unknown']);
    expect(ClassifyResponseV2Schema.shape.document.shape.label.options).toEqual(['ai', 'mixed', 'unsure', 'human', 'unknown']);
    expect([passageLabelFits, documentLabelFits]).toEqual(['unknown', 'unknown']);
  });
});

describe('docs/openapi.json', () => {
  it('is the document the server serves (regenerate with npm run openapi)', () => {
    const onDisk = JSON.parse(readFileSync(join(import.meta.dirname, '../../../docs/openapi.json'), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expect(Object.keys(onDisk.paths)).toEqual(expect.arrayContaining(['/v1/classify', '/v2/classify']));
  });
});
