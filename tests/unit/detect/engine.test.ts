import { describe, expect, it } from 'vitest';
import { detect, LOCAL_DETECTOR, MIN_DOCUMENT_WORDS, scorePassage, THRESHOLDS } from '../../../lib/detect';
import { MIN_WORDS } from '../../../lib/detect/abstain';
import { plainTextSegments } from '../../../lib/extract/plain';
import { DetectionResultSchema } from '../../../lib/schema/verdict';
import type { Segment } from '../../../lib/schema/deliverable';

const FORMAL_HUMAN_1961 =
  'The Fulton County Grand Jury said Friday an investigation of the city\u2019s recent primary election produced no evidence that any irregularities took place. The jury further said in term-end presentments that the City Executive Committee, which had over-all charge of the election, deserves the praise and thanks of the city for the manner in which the election was conducted. The September-October term jury had been charged by Fulton Superior Court Judge to investigate reports of possible irregularities in the hard-fought primary.';
const CASUAL_HUMAN =
  "Honestly the sequel is fine? The first half drags and the jokes land maybe half the time, but the last twenty minutes are great. I'd watch it again for the train scene alone, and my brother, who hated the first one, actually laughed out loud twice. Bring snacks though, it's long.";
const CHATBOT =
  "In today's fast-paced and ever-evolving digital landscape, it is crucial for businesses to leverage innovative strategies. Furthermore, a comprehensive approach not only fosters customer loyalty but also drives sustainable growth. Additionally, it is important to note that embracing data-driven insights plays a pivotal role in navigating the complexities of the modern marketplace.";
const SIMPLE_NON_NATIVE =
  'I am student from Vietnam and I study in university now. My city is very big and have many motorbike. Every morning I go to school by bus because it is cheap. I like my teacher because she is kind and she help me with English. In weekend I play football with my friend and we eat pho together.';

const seg = (text: string, id = 'p', kind: Segment['kind'] = 'paragraph'): Segment => ({ id, kind, text });

describe('detect', () => {
  it('returns output that passes the verdict schema, with offsets into the document text', () => {
    const result = detect([seg(FORMAL_HUMAN_1961, 'a'), seg('A heading', 'b', 'heading'), seg(CHATBOT, 'c')], { sensitivity: 'cautious' });
    expect(DetectionResultSchema.parse(result)).toEqual(result);
    const [a, b, c] = result.segments;
    expect(a!.start).toBe(0);
    expect(b!.start).toBe(a!.end + 2);
    expect(c!.start).toBe(b!.end + 2);
    expect(result.document.detectors).toEqual([LOCAL_DETECTOR]);
  });

  it('is deterministic', () => {
    const segments = [seg(CASUAL_HUMAN), seg(CHATBOT, 'c')];
    expect(detect(segments, { sensitivity: 'cautious' })).toEqual(detect(segments, { sensitivity: 'cautious' }));
  });

  it('scores chat-assistant prose far above casual and formal human prose', () => {
    const p = (text: string) => scorePassage(seg(text), 1).probability;
    expect(p(CHATBOT)).toBeGreaterThan(0.9);
    expect(p(CHATBOT)).toBeGreaterThan(p(CASUAL_HUMAN) + 0.5);
    expect(p(CHATBOT)).toBeGreaterThan(p(FORMAL_HUMAN_1961) + 0.3);
  });

  it('does not label 1961 newspaper prose or simple non-native English as machine-written', () => {
    for (const text of [FORMAL_HUMAN_1961, SIMPLE_NON_NATIVE, CASUAL_HUMAN]) {
      expect(scorePassage(seg(text), THRESHOLDS.cautious).label).toBe('human');
    }
  });

  it('labels a mixed document mixed, and only the machine passage AI', () => {
    const result = detect([seg(CASUAL_HUMAN, 'h'), seg(CHATBOT, 'm'), seg(FORMAL_HUMAN_1961, 'f')], { sensitivity: 'cautious' });
    expect(result.document.label).toBe('mixed');
    expect(result.segments.map((s) => s.label)).toEqual(['human', 'ai', 'human']);
    expect(result.document.aiShare).toBeGreaterThan(0.2);
    expect(result.document.aiShare).toBeLessThan(0.5);
  });

  it('explains each judged passage in plain words, machine-ward reasons first for an AI passage', () => {
    const verdict = scorePassage(seg(CHATBOT), THRESHOLDS.cautious);
    expect(verdict.reasons.length).toBeGreaterThan(0);
    expect(verdict.reasons[0]!.weight).toBeGreaterThan(0);
    expect(verdict.reasons.map((r) => r.text).join(' ')).toMatch(/chat assistants|overuse|uniform|machine/);
  });

  it.each([
    ['a short passage', seg('Too short to judge, really.'), /too short/],
    ['code', seg('const x = compute(a, b);\nif (x > 2) { return x; }\nexport default x;'), /code/],
    ['a table', seg('a | b\nc | d', 't', 'table'), /table/],
    ['a quoted reply', seg(`> ${CHATBOT}\n> quoted again`), /quoted reply/],
    ['French', seg('Nous sommes partis de Rennes un mardi matin, sous une pluie fine qui ne nous a pas quittés avant Saint-Malo. Le train était presque vide, et ma sœur a passé tout le trajet à dessiner les clochers que nous apercevions par la fenêtre.'), /French/],
  ])('abstains on %s with the reason, still giving a probability', (_, segment, reason) => {
    const verdict = scorePassage(segment, THRESHOLDS.cautious);
    expect(verdict.label).toBe('unknown');
    expect(verdict.abstain).toMatch(reason);
    expect(verdict.probability).toBeGreaterThanOrEqual(0);
  });

  it('says "Not enough text" for a document with too few judged words', () => {
    const result = detect([seg('Gallery', 'h', 'heading')], { sensitivity: 'cautious' });
    expect(result.document.label).toBe('unknown');
    expect(result.document.abstain).toMatch(/Not enough text/);
    expect(detect([], { sensitivity: 'cautious' }).document.abstain).toMatch(/no readable passages/);
    expect(MIN_DOCUMENT_WORDS).toBeGreaterThan(MIN_WORDS);
  });

  it('orders the presets from cautious to sensitive', () => {
    expect(THRESHOLDS.cautious).toBeGreaterThanOrEqual(THRESHOLDS.balanced);
    expect(THRESHOLDS.balanced).toBeGreaterThanOrEqual(THRESHOLDS.sensitive);
  });

  it('reports progress through a long document and finishes it', () => {
    const segments = plainTextSegments(Array.from({ length: 220 }, (_, i) => `${CASUAL_HUMAN} (${i})`).join('\n\n'));
    const calls: [number, number][] = [];
    const result = detect(segments, { sensitivity: 'cautious', onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.at(-1)).toEqual([220, 220]);
    expect(calls.length).toBeGreaterThanOrEqual(5);
    expect(result.document.passages).toBe(220);
  });

  it('scores a very long passage in windows: the same verdict as its parts, never a single 1,000-word guess', () => {
    const long = Array.from({ length: 8 }, () => CHATBOT).join(' ');
    const verdict = scorePassage(seg(long), THRESHOLDS.cautious);
    expect(verdict.words).toBeGreaterThan(400);
    expect(verdict.probability).toBeCloseTo(scorePassage(seg(CHATBOT), 1).probability, 1);
    const mixed = scorePassage(seg(`${Array.from({ length: 5 }, () => CASUAL_HUMAN).join(' ')} ${Array.from({ length: 5 }, () => CHATBOT).join(' ')}`), 1);
    expect(mixed.probability).toBeGreaterThan(0.2);
    expect(mixed.probability).toBeLessThan(0.9);
  });

  it('is not fooled by zero-width characters: same score, plus the evidence', () => {
    const disguised = CHATBOT.replace(/ /g, (m, i: number) => (i % 3 === 0 ? '\u200b ' : m));
    const plain = scorePassage(seg(CHATBOT), THRESHOLDS.cautious);
    const hidden = scorePassage(seg(disguised), THRESHOLDS.cautious);
    expect(hidden.probability).toBeCloseTo(plain.probability, 6);
    expect(hidden.reasons.some((r) => r.signal === 'invisible-chars')).toBe(true);
  });
});
