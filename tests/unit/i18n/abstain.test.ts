import { afterEach, describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect';
import { setLocale } from '../../../lib/i18n';
import { abstainText } from '../../../lib/report/abstain';
import { verdictMeaning } from '../../../lib/report/labels';

const INDONESIAN = [
  'Kami sudah menyelesaikan laporan untuk klien dan akan mengirimkannya besok pagi karena masih ada beberapa bagian yang harus diperiksa ulang oleh tim.',
  'Menurut saya hasil desain ini sudah cukup baik, tetapi warna latar belakang di halaman kedua masih terlalu gelap dan perlu dibuat lebih terang agar mudah dibaca.',
  'Jika ada pertanyaan tentang anggaran atau jadwal, silakan hubungi saya langsung lewat surel supaya kita bisa membahasnya dengan lebih cepat.',
].join('\n\n');

afterEach(() => setLocale('en'));

describe('the detector’s reasons for not judging, in the reader’s language', () => {
  it('says a document in Indonesian was not judged, in Indonesian', () => {
    const result = detect(INDONESIAN.split('\n\n').map((text, i) => ({ id: `p${i}`, kind: 'paragraph' as const, text })), { sensitivity: 'cautious' });
    expect(result.document.label).toBe('unknown');
    expect(result.document.abstain).toMatch(/^Not judged: Indonesian/);
    setLocale('id');
    const said = verdictMeaning(result.document);
    expect(said).toBe('Tidak dinilai: teks berbahasa Indonesia. Detektor ini dibuat untuk bahasa Inggris.');
    for (const segment of result.segments) expect(abstainText(segment.abstain!)).toMatch(/^tidak dinilai: berbahasa Indonesia;/);
  });

  it('knows every reason the detector gives, so none is left in English', () => {
    setLocale('id');
    const reasons = [
      'looks like code: not judged',
      'a table: not judged',
      'a quoted reply: not the sender’s own text',
      'not judged: French; the detector is built for English',
      'not judged: not recognised as English; the detector is built for English',
      'too short to judge on its own (1 word; needs 30); counted in the document',
      'too short to judge on its own (12 words; needs 30); counted in the document',
      'a signature or sign-off: not judged',
      'Not judged: a language other than English. The detector is built for English.',
      'Not enough text: no readable passages.',
      'Not enough text: 1,204 words of prose that can be judged (needs 1,500).',
      'Not enough text: 42 words of prose that can be judged (needs 80).',
    ];
    const english = /\b(judged|the|text|words?|needs|English|detector)\b/;
    for (const reason of reasons) expect(abstainText(reason), reason).not.toMatch(english);
    expect(abstainText('too short to judge on its own (12 words; needs 30); counted in the document')).toBe('terlalu pendek untuk dinilai sendiri (12 kata; perlu 30); tetap dihitung untuk dokumen');
  });

  it('leaves an unknown reason as written rather than lose it', () => {
    expect(abstainText('a reason the detector gives tomorrow')).toBe('a reason the detector gives tomorrow');
  });
});

describe('a passage’s reasons, in the reader’s language', () => {
  it('has words for every signal the detector explains, both ways', async () => {
    const { SIGNALS } = await import('../../../lib/detect/features');
    const { REASON_SIGNALS } = await import('../../../lib/report/reasons');
    const detectorSignals = ['word-choice', 'spelling-and-punctuation', 'sentence-patterns', ...SIGNALS.map((s) => s.id)];
    expect([...REASON_SIGNALS].sort()).toEqual([...detectorSignals].sort());
  });

  it('says the reason in Indonesian and keeps the passage’s own quoted words', async () => {
    const { reasonText } = await import('../../../lib/report/reasons');
    const reason = { signal: 'assistant-phrases', text: 'phrases typical of chat assistants: “in today’s fast-paced”', weight: 1.2 };
    expect(reasonText(reason)).toBe(reason.text);
    setLocale('id');
    expect(reasonText(reason)).toBe('frasa khas asisten percakapan AI: “in today’s fast-paced”');
    expect(reasonText({ signal: 'personal-voice', text: 'informal, personal voice (contractions, first person)', weight: -0.8 })).toBe('gaya santai dan personal (bentuk singkat, kata ganti orang pertama)');
  });
});

describe('in-page highlights, in the language the background sends', () => {
  it('describes a highlight in Indonesian', async () => {
    const { describeHighlight } = await import('../../../lib/page/overlay');
    const highlight = { id: 's1', label: 'unsure' as const, probability: 0.72, reasons: [{ signal: 'sentence-uniformity', text: 'sentence lengths unusually uniform', weight: 0.4 }] };
    expect(describeHighlight(highlight)).toEqual({ title: 'Unsure, leans machine-written — probability 0.72', reasons: ['sentence lengths unusually uniform'] });
    setLocale('id');
    expect(describeHighlight(highlight)).toEqual({ title: 'Tidak yakin, condong ke tulisan mesin — probabilitas 0,72', reasons: ['panjang kalimat terlalu seragam'] });
  });
});
