import { afterEach, describe, expect, it } from 'vitest';
import '../../../lib/i18n/all';
import { auditAbstainText, certificateDetailText, groupText, imagesText, noteText } from '../../../lib/audit/stored-text';
import { NO_GROUP } from '../../../lib/audit/group';
import { FILE_READERS } from '../../../lib/extract/files';
import { ownText } from '../../../lib/extract/files/eml';
import { setLocale } from '../../../lib/i18n';
import { loadC2paReaderNode } from '../../../lib/provenance/c2pa-node';
import { auditFile, type AuditEnv } from '../../../lib/scan/audit';
import { buildEml, buildZip } from '../../files/build';
import { png, tEXt } from '../provenance/build';

/**
 * The words readers store with an audited file, said again in Indonesian. The notes and reasons are
 * made by the real readers wherever a small input makes them, so a reader that changes its wording
 * fails here instead of falling back to English unseen.
 */
const env: AuditEnv = { sensitivity: 'cautious', loadC2pa: loadC2paReaderNode, now: () => 0 };
const enc = (text: string) => new TextEncoder().encode(text);
const english = /\b(the|left|out|read|files?|own|not|image|archive|quoted)\b/;

afterEach(() => setLocale('en'));

async function notesOf(path: string, bytes: Uint8Array, reader: keyof typeof FILE_READERS): Promise<string[]> {
  const content = await FILE_READERS[reader].read({ path, bytes });
  return content.notes;
}

describe('words an audit stores, in the reader’s language', () => {
  it('keeps every stored word as written for English readers', () => {
    expect(noteText('the signature was left out')).toBe('the signature was left out');
    expect(auditAbstainText('An image: no text to judge; its provenance is read instead.')).toBe('An image: no text to judge; its provenance is read instead.');
    expect(imagesText({ total: 2, ai: 1, unread: 0, summary: 'Images: 1 of 2 AI-generated or AI-edited (C2PA)' })).toBe('Images: 1 of 2 AI-generated or AI-edited (C2PA)');
    expect(groupText(NO_GROUP, 'none')).toBe('Ungrouped');
  });

  it('says in Indonesian what the readers left out of a mail, an archive and a saved page', async () => {
    const notes = [
      ...ownText('Thanks!\n\nOn Mon, Ann wrote:\n> the brief\n> more').notes,
      ...ownText('The copy is attached.\n\n-- \nBob Stone\nStudio').notes,
      ...(await notesOf('mail.eml', await buildEml({ from: 'Bob <bob@example.com>', subject: 'Copy', text: 'The copy.', attachments: [{ filename: 'a.txt', content: enc('one') }, { filename: 'b.txt', content: enc('two') }] }), 'eml')),
      ...(await notesOf('work.zip', buildZip({ 'a.md': enc('# A'), '__MACOSX/._a.md': enc('x') }), 'zip')),
      ...(await notesOf('page.html', enc('<html><body><p>Text of the page.</p><img src="https://cdn.example/a.png"><img src="b.png"></body></html>'), 'html')),
    ];
    expect(notes.length).toBeGreaterThanOrEqual(5);
    setLocale('id');
    const said = notes.map(noteText);
    for (const [i, line] of said.entries()) expect(line, notes[i]).not.toMatch(english);
    expect(said).toEqual(expect.arrayContaining(['tanda tangan tidak diikutkan', '2 lampiran dibaca sebagai berkas tersendiri', '1 berkas pengarsip (__MACOSX, .DS_Store) tidak diikutkan', '2 gambar dirujuk lewat alamat: tidak dibaca (gambar halaman yang disimpan tidak ada di dalam berkasnya)']));
  });

  it('knows the notes of inputs too large to build here, and leaves a note it does not know in English rather than lose it', () => {
    setLocale('id');
    expect(noteText('pages 2001–2400 not read (more than 2000 pages)')).toBe('halaman 2.001–2.400 tidak dibaca (lebih dari 2.000 halaman)');
    expect(noteText('3 more figures past the first 100: provenance not read')).toBe('3 gambar lagi setelah 100 yang pertama: asal-usulnya tidak dibaca');
    expect(noteText('an inline image past the first 100 was not read')).toBe('gambar sisipan setelah 100 yang pertama tidak dibaca');
    expect(noteText('1 quoted line left out')).toBe('1 baris kutipan tidak diikutkan');
    expect(noteText('a note no reader writes yet')).toBe('a note no reader writes yet');
  });

  it('says why an image, an archive and a short document have no text verdict, as the one-file audit stores it', async () => {
    const image = png(tEXt('parameters', 'a cat, Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Model: sd_xl_base'));
    const [imageItem] = await auditFile({ path: 'cover.png', bytes: image }, env);
    const [archiveItem] = await auditFile({ path: 'work.zip', bytes: buildZip({ 'a.md': enc('# A\n\nA short note.') }) }, env);
    const [shortItem] = await auditFile({ path: 'note.md', bytes: enc('# Note\n\nA short note, not enough to judge.') }, env);
    const reasons = [imageItem!.item.abstain!, archiveItem!.item.abstain!, shortItem!.item.abstain!];
    setLocale('id');
    expect(reasons.map(auditAbstainText)).toEqual([
      'Sebuah gambar: tidak ada teks untuk dinilai; yang dibaca adalah data asal-usulnya.',
      'Arsip berisi 1 berkas, masing-masing dicantumkan tersendiri.',
      expect.stringMatching(/^Teks tidak cukup: /),
    ]);
  });

  it('says a document’s image line again from its counts, with the sources it named, and names the ungrouped', () => {
    setLocale('id');
    expect(imagesText({ total: 3, ai: 1, unread: 1, summary: 'Images: 1 of 3 AI-generated or AI-edited (C2PA, IPTC), 1 not readable' })).toBe(
      'Gambar: 1 dari 3 dibuat atau disunting AI, menurut Kredensial Konten, data IPTC, 1 tidak terbaca',
    );
    expect(imagesText({ total: 2, ai: 0, unread: 0 })).toBe('Gambar: 0 dari 2 dibuat atau disunting AI');
    expect(groupText(NO_GROUP, 'none')).toBe('Tanpa grup');
    // A group the user typed is theirs, even when it reads "Ungrouped".
    expect(groupText(NO_GROUP, 'edited')).toBe(NO_GROUP);
    expect(certificateDetailText('the certificate could not be checked')).toBe('sertifikatnya tidak bisa diperiksa');
    expect(certificateDetailText('Signed by Alice Ng')).toBe('Signed by Alice Ng');
  });
});
