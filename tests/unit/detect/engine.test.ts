import { describe, expect, it } from 'vitest';
import { createDetector, detect, labelOf, LOCAL_DETECTOR, MIN_DOCUMENT_WORDS, scorePassage, shippedThresholds } from '../../../lib/detect';
import { MIN_WORDS } from '../../../lib/detect/abstain';
import params from '../../../lib/detect/model.json';
import type { ModelParams } from '../../../lib/detect/model';
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
const INDONESIAN =
  'Saya adalah seorang penulis lepas yang sudah bekerja selama lima tahun. Dalam pekerjaan ini saya menulis artikel untuk berbagai perusahaan dan juga blog pribadi. Saya sangat senang dengan pekerjaan ini karena bisa bekerja dari rumah dan mengatur waktu sendiri. Namun ada juga tantangan yang harus dihadapi setiap hari.';
/** Written for this test in the even, summarising register of a chat assistant, without its stock phrases. */
const ASSISTANT_REPORT = [
  'Remote work has changed how teams communicate, collaborate and measure productivity. Many organizations now rely on digital tools to coordinate tasks across time zones, and this shift has created both opportunities and challenges for managers and employees alike.',
  'One of the main benefits of remote work is flexibility. Employees can structure their day around their most productive hours, which often leads to higher job satisfaction. At the same time, companies can recruit talent from a much wider geographic area.',
  'However, remote work also presents several challenges. Communication can become fragmented when teams rely heavily on written messages, and new employees may find it harder to build relationships with their colleagues. Clear guidelines and regular check-ins can help address these issues.',
  'Another important consideration is the impact on company culture. Without shared office spaces, organizations need to be intentional about creating opportunities for connection, such as virtual team events, mentoring programs and occasional in-person gatherings.',
  'To make remote work successful, leaders should focus on outcomes rather than hours worked. Setting clear goals, providing the right tools and encouraging open feedback can help teams stay aligned and motivated, regardless of where they are located.',
  'Technology also plays a central role in the success of remote teams. Video conferencing platforms, project management software and shared document editors make it possible to collaborate in real time, but they also require training and thoughtful adoption to be used effectively.',
  'Security is another area that deserves careful attention. When employees access company systems from home networks, organizations must implement strong authentication, keep software up to date and provide clear guidance on protecting sensitive information.',
  'Employee well-being should not be overlooked. Working from home can blur the boundaries between professional and personal life, so managers should encourage regular breaks, reasonable working hours and open conversations about workload and stress.',
  'Performance evaluation may also need to evolve. Instead of relying on visibility in the office, organizations can use clear objectives, regular feedback and transparent metrics to assess contributions fairly and consistently across the team.',
  'Hybrid models are becoming increasingly popular as a compromise between remote and in-office work. They allow employees to enjoy flexibility while still benefiting from face-to-face collaboration, although they require careful coordination to ensure that everyone has equal opportunities.',
  'In summary, remote work offers significant advantages but requires thoughtful planning. By investing in communication, culture and clear expectations, organizations can create an environment where remote employees thrive and contribute effectively to shared goals.',
  'Launching a new product requires careful coordination across several teams. Marketing, sales, product development and customer support all need a shared understanding of the goals, the target audience and the timeline in order to deliver a consistent experience.',
  'The first step is to define the value proposition clearly. Teams should be able to explain in a few sentences what problem the product solves, who it is for and why it is better than the alternatives currently available on the market.',
  'Market research provides the foundation for these decisions. Surveys, interviews and competitive analysis can reveal unmet needs, pricing expectations and potential objections, helping the team refine both the product and its messaging before launch.',
  'Once the positioning is clear, the marketing team can develop a comprehensive campaign. This may include a landing page, email sequences, social media content and partnerships with relevant influencers or industry publications to build awareness.',
  'Sales enablement is equally important. Providing sales representatives with product demonstrations, frequently asked questions and competitive comparisons ensures that they can communicate the benefits confidently and respond to customer concerns effectively.',
  'Customer support teams should also be prepared well in advance. Detailed documentation, troubleshooting guides and clear escalation paths help ensure that early adopters receive timely assistance, which can significantly influence their overall impression of the product.',
  'Setting measurable goals allows the team to evaluate the success of the launch. Key performance indicators might include website traffic, conversion rates, customer acquisition costs and early retention, all of which should be tracked consistently.',
  'After the launch, gathering feedback is essential for continuous improvement. Monitoring reviews, support tickets and usage data can highlight areas where the product or the messaging needs adjustment, enabling the team to respond quickly.',
  'Finally, celebrating milestones and sharing lessons learned helps maintain momentum. A thoughtful retrospective allows the organization to build on what worked well and to plan future launches with greater confidence and efficiency.',
  'Budget planning deserves attention throughout the process. Allocating resources to the channels that are most likely to reach the target audience, while keeping a reserve for unexpected opportunities, helps the team remain flexible without overspending.',
  'Clear internal communication keeps every stakeholder aligned. Regular status updates, a shared timeline and a single source of truth for decisions reduce confusion and make it easier to identify risks before they become serious problems.',
  'Risk management should be part of the plan from the beginning. Identifying potential issues such as supply delays, technical defects or negative press coverage, and preparing responses in advance, allows the team to act quickly and calmly if challenges arise.',
  'Partnerships can extend the reach of a launch considerably. Collaborating with complementary brands, industry associations or community organizations can introduce the product to new audiences and lend it additional credibility in the eyes of potential customers.',
  'Accessibility and inclusivity should also be considered when designing launch materials. Ensuring that websites, videos and documents can be used by people with different abilities broadens the potential audience and reflects positively on the brand.',
  'Ultimately, a successful product launch is the result of careful preparation, clear communication and a willingness to learn. By aligning teams around shared goals and listening closely to customers, organizations can turn a single launch into lasting growth.',
];

const seg = (text: string, id = 'p', kind: Segment['kind'] = 'paragraph'): Segment => ({ id, kind, text });
const segs = (texts: readonly string[]) => texts.map((t, i) => seg(t, `p${i}`));

describe('detect', () => {
  it('returns output that passes the verdict schema, with offsets into the document text', () => {
    const result = detect([seg(FORMAL_HUMAN_1961, 'a'), seg('A heading', 'b', 'heading'), seg(CHATBOT, 'c')], { sensitivity: 'cautious' });
    expect(DetectionResultSchema.parse(result)).toEqual(result);
    const [a, b, c] = result.segments;
    expect(a!.start).toBe(0);
    expect(b!.start).toBe(a!.end + 2);
    expect(c!.start).toBe(b!.end + 2);
    expect(result.document.detectors).toEqual([LOCAL_DETECTOR]);
    expect(result.document.humanThreshold).toBe(shippedThresholds().human);
  });

  it('is deterministic', () => {
    const segments = [seg(CASUAL_HUMAN), seg(CHATBOT, 'c')];
    expect(detect(segments, { sensitivity: 'cautious' })).toEqual(detect(segments, { sensitivity: 'cautious' }));
  });

  it('scores chat-assistant prose far above casual and formal human prose, and labels it AI at the default', () => {
    const p = (text: string) => scorePassage(seg(text), 'cautious').probability;
    expect(scorePassage(seg(CHATBOT), 'cautious').label).toBe('ai');
    expect(p(CHATBOT)).toBeGreaterThan(p(CASUAL_HUMAN) + 0.5);
    expect(p(CHATBOT)).toBeGreaterThan(p(FORMAL_HUMAN_1961) + 0.3);
  });

  it('never labels 1961 newspaper prose, casual prose or simple non-native English as machine-written', () => {
    for (const sensitivity of ['cautious', 'balanced', 'sensitive'] as const) {
      for (const text of [FORMAL_HUMAN_1961, SIMPLE_NON_NATIVE, CASUAL_HUMAN]) {
        expect(['human', 'unsure'], `${sensitivity}: ${text.slice(0, 30)}`).toContain(scorePassage(seg(text), sensitivity).label);
      }
    }
  });

  it('calls a document with one machine passage among human ones Mixed, and labels only that passage AI', () => {
    const result = detect([seg(CASUAL_HUMAN, 'h'), seg(CHATBOT, 'm'), seg(SIMPLE_NON_NATIVE, 'f')], { sensitivity: 'cautious' });
    expect(result.document.label).toBe('mixed');
    expect(result.segments.map((s) => s.label === 'ai')).toEqual([false, true, false]);
    expect(result.document.aiShare).toBeGreaterThan(0.2);
    expect(result.document.aiShare).toBeLessThan(0.5);
  });

  it('judges a document as a document: a long machine text is surer than any one of its passages', () => {
    const result = detect(segs(ASSISTANT_REPORT), { sensitivity: 'cautious' });
    expect(result.document.words).toBeGreaterThan(750);
    expect(result.document.label).toBe('ai');
    const strongest = Math.max(...result.segments.map((s) => s.probability));
    expect(result.document.probability).toBeGreaterThan(strongest);
    const shorter = detect(segs(ASSISTANT_REPORT.slice(0, 3)), { sensitivity: 'cautious' });
    expect(result.document.probability).toBeGreaterThan(shorter.document.probability);
  });

  it('explains each judged passage in plain words, machine-ward reasons first for an AI passage', () => {
    const verdict = scorePassage(seg(CHATBOT), 'cautious');
    expect(verdict.reasons.length).toBeGreaterThan(0);
    expect(verdict.reasons[0]!.weight).toBeGreaterThan(0);
    expect(verdict.reasons.map((r) => r.text).join(' ')).toMatch(/machine/);
    // The words quoted are the passage's own.
    const quoted = verdict.reasons.flatMap((r) => [...r.text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!));
    for (const word of quoted) expect(CHATBOT.toLowerCase()).toContain(word);
  });

  it('reads a short sentence with brackets as a short sentence, not as code', () => {
    expect(scorePassage(seg('See the appendix (page 4) for details.'), 'cautious').abstain).toMatch(/too short/);
  });

  it.each([
    ['a short passage', seg('Too short to judge, really.'), /too short to judge on its own \(5 words; needs 30\)/],
    ['code', seg('const total = compute(first, second);\nif (total > limit) { return fallback(total, limit); }\nfor (const item of items) { results.push(transform(item, options)); }\nexport default function run(config) { return start(config, total, results); }'), /code/],
    ['code marked as code by the page', seg('x = f(a)', 'c', 'code'), /code/],
    ['a table', seg('a | b\nc | d', 't', 'table'), /table/],
    ['a quoted reply', seg(`> ${CHATBOT}\n> quoted again`), /quoted reply/],
    ['French', seg('Nous sommes partis de Rennes un mardi matin, sous une pluie fine qui ne nous a pas quittés avant Saint-Malo. Le train était presque vide, et ma sœur a passé tout le trajet à dessiner les clochers que nous apercevions par la fenêtre.'), /not judged: French/],
    ['Indonesian', seg(INDONESIAN), /not judged: Indonesian/],
  ])('abstains on %s with the reason, still giving a probability', (_, segment, reason) => {
    const verdict = scorePassage(segment, 'cautious');
    expect(verdict.label).toBe('unknown');
    expect(verdict.abstain).toMatch(reason);
    expect(verdict.probability).toBeGreaterThanOrEqual(0);
  });

  it('never labels a document in Indonesian: Not enough text, with the language named', () => {
    const result = detect(segs([INDONESIAN, INDONESIAN.replace('lima', 'enam'), 'Terima kasih banyak atas perhatiannya.']), { sensitivity: 'sensitive' });
    expect(result.document.label).toBe('unknown');
    expect(result.document.abstain).toBe('Not judged: Indonesian. The detector is built for English.');
  });

  it('judges short passages together: a document of short points still gets a verdict', () => {
    const points = CHATBOT.split('. ').map((s) => `${s.replace(/\.$/, '')}.`);
    const result = detect(segs(points), { sensitivity: 'cautious' });
    expect(result.segments.every((s) => s.label === 'unknown')).toBe(true);
    expect(result.document.label).not.toBe('unknown');
  });

  it('says "Not enough text" for a document with too few words, and for an empty one', () => {
    const result = detect([seg('Gallery', 'h', 'heading')], { sensitivity: 'cautious' });
    expect(result.document.label).toBe('unknown');
    expect(result.document.abstain).toBe(`Not enough text: 1 word of prose that can be judged (needs ${MIN_DOCUMENT_WORDS}).`);
    expect(detect([], { sensitivity: 'cautious' }).document.abstain).toBe('Not enough text: no readable passages.');
    expect(MIN_DOCUMENT_WORDS).toBeGreaterThan(MIN_WORDS);
  });

  it('orders the presets from cautious to sensitive, with Likely human below them all', () => {
    const t = shippedThresholds();
    expect(t.presets.cautious.document).toBeGreaterThanOrEqual(t.presets.balanced.document);
    expect(t.presets.balanced.document).toBeGreaterThanOrEqual(t.presets.sensitive.document);
    expect(t.presets.cautious.passage).toBeGreaterThanOrEqual(t.presets.balanced.passage);
    expect(t.presets.balanced.passage).toBeGreaterThanOrEqual(t.presets.sensitive.passage);
    for (const preset of Object.values(t.presets)) {
      expect(preset.passage).toBeGreaterThanOrEqual(preset.document);
      expect(t.human).toBeLessThan(preset.document);
    }
  });

  it('reports progress through a long document and finishes it', () => {
    const segments = plainTextSegments(Array.from({ length: 220 }, (_, i) => `${CASUAL_HUMAN} (${i})`).join('\n\n'));
    const calls: [number, number][] = [];
    const result = detect(segments, { sensitivity: 'cautious', onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.at(-1)).toEqual([220, 220]);
    expect(calls.length).toBeGreaterThanOrEqual(5);
    expect(result.document.passages).toBe(220);
  });

  it('scores a very long passage in windows: more of the same is surer, half and half is in between', () => {
    const long = Array.from({ length: 8 }, () => CHATBOT).join(' ');
    const verdict = scorePassage(seg(long), 'cautious');
    expect(verdict.words).toBeGreaterThan(400);
    expect(verdict.probability).toBeGreaterThanOrEqual(scorePassage(seg(CHATBOT), 'cautious').probability);
    const half = scorePassage(seg(`${Array.from({ length: 5 }, () => CASUAL_HUMAN).join(' ')} ${Array.from({ length: 5 }, () => CHATBOT).join(' ')}`), 'cautious');
    expect(half.probability).toBeGreaterThan(scorePassage(seg(Array.from({ length: 10 }, () => CASUAL_HUMAN).join(' ')), 'cautious').probability);
    expect(half.probability).toBeLessThan(verdict.probability);
  });

  it('is not fooled by zero-width characters or look-alike letters: same score, plus the evidence', () => {
    const disguised = CHATBOT.replace(/ /g, (m, i: number) => (i % 3 === 0 ? '\u200b ' : m)).replace(/o/g, '\u043e');
    const plain = scorePassage(seg(CHATBOT), 'cautious');
    const hidden = scorePassage(seg(disguised), 'cautious');
    expect(hidden.probability).toBeCloseTo(plain.probability, 6);
    expect(hidden.reasons.some((r) => r.signal === 'invisible-chars')).toBe(true);
    expect(hidden.reasons.some((r) => r.signal === 'homoglyphs')).toBe(true);
  });
});

describe('labels', () => {
  it('puts Unsure strictly between the two thresholds', () => {
    expect(labelOf(0.95, 0.9, 0.1)).toBe('ai');
    expect(labelOf(0.9, 0.9, 0.1)).toBe('ai');
    expect(labelOf(0.5, 0.9, 0.1)).toBe('unsure');
    expect(labelOf(0.1, 0.9, 0.1)).toBe('human');
    expect(labelOf(0.01, 0.9, 0.1)).toBe('human');
  });

  it('says Likely human only when the document is below the human threshold and no passage is labelled AI', () => {
    const base = params as unknown as ModelParams;
    const lenient = createDetector({ ...base, thresholds: { ...base.thresholds, human: 0.45 } });
    expect(lenient.detect(segs([CASUAL_HUMAN, SIMPLE_NON_NATIVE]), { sensitivity: 'cautious' }).document.label).toBe('human');
    // A machine passage makes it Mixed, whatever the document's probability.
    expect(lenient.detect(segs([CASUAL_HUMAN, SIMPLE_NON_NATIVE, CASUAL_HUMAN.replace('fine', 'okay'), CHATBOT]), { sensitivity: 'cautious' }).document.label).toBe('mixed');
    // With the shipped threshold the same human text is Unsure or Likely human, never flagged.
    expect(['human', 'unsure']).toContain(detect(segs([CASUAL_HUMAN, SIMPLE_NON_NATIVE]), { sensitivity: 'cautious' }).document.label);
  });
});
