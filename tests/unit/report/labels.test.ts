import { describe, expect, it } from 'vitest';
import { IMAGE_VERDICTS, LABELS, labelText, passageLabelText, secondOpinionNote, verdictLine } from '../../../lib/report/labels';
import { formatReport } from '../../../lib/report/text';
import { platformResult, withText } from '../../../lib/scan/record';
import { ProvenanceVerdictSchema } from '../../../lib/schema/provenance';
import { DocumentLabelSchema } from '../../../lib/schema/verdict';
import { makeScan } from '../store/make-scan';

describe('label wording and colours: one table keyed by label id', () => {
  it('has an entry for every document label and image verdict, each with its words and a colour', () => {
    expect(Object.keys(LABELS).sort()).toEqual([...DocumentLabelSchema.options].sort());
    for (const label of DocumentLabelSchema.options) {
      expect(labelText(label).length).toBeGreaterThan(2);
      expect(LABELS[label].color).toMatch(/^#[0-9a-f]{6}$/);
      expect(LABELS[label].highlight).toMatch(/^\d+, \d+, \d+$/);
    }
    expect(Object.keys(IMAGE_VERDICTS).sort()).toEqual([...ProvenanceVerdictSchema.options].sort());
    // No image verdict calls an image human-made: no data proves nothing.
    for (const v of Object.values(IMAGE_VERDICTS)) expect(`${v.text} ${v.short}`).not.toMatch(/human/i);
  });

  it('is the wording every surface uses: chips, passages, the plain-text report', () => {
    expect(verdictLine('ai', 0.8)).toBe('Likely AI · 80% AI');
    expect(verdictLine('unknown', 0)).toBe('Not enough text');
    expect(passageLabelText('unknown')).toBe('Not judged');
    expect(secondOpinionNote(undefined)).toBeUndefined();
    expect(secondOpinionNote({ asked: 1, used: 1 })).toBe('with a second opinion');
    expect(secondOpinionNote({ asked: 2, used: 1 })).toBe('with a second opinion (1 could not be used)');
    expect(secondOpinionNote({ asked: 1, used: 0 })).toMatch(/^local verdict only/);
    const scan = makeScan();
    expect(formatReport(scan.result)).toContain(`Verdict: ${LABELS.mixed.report}`);
  });
});

describe('records as the surfaces need them', () => {
  it('puts the text back on scores that came from the worker without it', () => {
    const { result } = makeScan();
    const scores = { document: result.document, segments: result.segments.map(({ text: _t, ...s }) => s) };
    const segments = result.segments.map((s) => ({ id: s.id, kind: 'paragraph' as const, text: s.text }));
    expect(withText(scores, segments)).toEqual(result);
  });

  it('answers a platform with the verdict, its highlights and its second opinions in short', () => {
    const { result } = makeScan();
    const record = { id: 'r', verdict: result.document, segments: result.segments, images: [], remote: { local: { label: 'mixed' as const, probability: 0.5 }, providers: [{ id: 'assay', name: 'Assay server', ok: true, passages: 2 }], localOnly: false } };
    const answer = platformResult(record as never);
    expect(answer).toMatchObject({ recordId: 'r', label: 'mixed', judged: 2, remote: { asked: 1, used: 1 } });
    expect(answer.highlights.map((h) => h.id)).toEqual(['s2']);
  });
});
