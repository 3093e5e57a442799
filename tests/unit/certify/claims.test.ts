import { describe, expect, it } from 'vitest';
import { buildClaims, certificatePage, declarationLines, disagreements, documentHash, verifyCertificate, certify, certificateJson, type CertifyInput } from '../../../lib/certify';
import { passageChanges } from '../../../lib/certify/diff';
import { generateIdentity, importSigningKey } from '../../../lib/certify/keys';
import { contentText } from '../../../lib/text/normalize';
import { sha256Hex } from '../../../lib/hash';
import { REPORT, scanMarkdown, signMarkdown } from './helpers';

const engine = { name: 'Assay local detector', version: '0.2.0', modelVersion: 'm2' };

async function input(overrides: Partial<CertifyInput> = {}): Promise<CertifyInput> {
  const identity = await generateIdentity('Ana Lima', undefined);
  return {
    signer: { name: identity.name, publicKey: identity.publicKey },
    documents: [scanMarkdown('report.md', REPORT)],
    images: [{ name: 'cover.png', sha256: 'a'.repeat(64), bytes: 1234, mimeType: 'image/png', provenance: { verdict: 'ai-generated', summary: 'C2PA says generated' } }],
    declaration: { uses: [{ use: 'none' }], note: '' },
    engine,
    sensitivity: 'cautious',
    scannedAt: 0,
    ...overrides,
  };
}

describe('claims', () => {
  it('hash the whole normalised text as scan records do, and every passage', async () => {
    const claims = await buildClaims(await input());
    const doc = claims.subject.documents[0]!;
    const scanned = scanMarkdown('report.md', REPORT);
    expect(doc.sha256).toBe(await sha256Hex(contentText(scanned.passages.map((p) => p.text))));
    expect(doc.sha256).toBe(await documentHash(scanned.passages));
    expect(doc.passages).toHaveLength(scanned.passages.length);
    expect(doc.passages[0]).toMatchObject({ kind: 'heading', opening: 'Launch plan', words: 2 });
    expect(claims.scan.documents[0]!.passages.map((p) => p.label)).toEqual(scanned.passages.map((p) => p.label));
    expect(claims.subject.images[0]).toEqual({ name: 'cover.png', sha256: 'a'.repeat(64), bytes: 1234, mimeType: 'image/png' });
    expect(claims.scan.images[0]).toEqual({ verdict: 'ai-generated', summary: 'C2PA says generated' });
  });

  it('refuse a declaration that names passages or images the certificate does not cover, or "none" with another use', async () => {
    await expect(buildClaims(await input({ declaration: { uses: [{ use: 'drafting', passages: [{ document: 0, passage: 99 }] }], note: '' } }))).rejects.toThrow(/does not cover/);
    await expect(buildClaims(await input({ declaration: { uses: [{ use: 'images', tool: 'Midjourney', images: [3] }], note: '' } }))).rejects.toThrow(/does not cover/);
    await expect(buildClaims(await input({ declaration: { uses: [{ use: 'none' }, { use: 'research' }], note: '' } }))).rejects.toThrow(/cannot be declared with another use/);
    await expect(buildClaims(await input({ documents: [], images: [] }))).rejects.toThrow(/at least one document or image/);
  });

  it('say where the declaration and the scan disagree (the form warns before signing)', async () => {
    const claims = await buildClaims(await input());
    const flagged = claims.scan.documents[0]!.passages.flatMap((p, i) => (p.label === 'ai' ? [i] : []));
    expect(flagged.length).toBeGreaterThan(0);
    const none = disagreements(claims.declaration, claims.scan, claims.subject);
    expect(none.map((d) => d.text)).toEqual([
      expect.stringMatching(new RegExp(`^You declare no AI use, but Assay labels passages? ${flagged.map((i) => i + 1).join(', ')} Likely AI\\.`)),
      'An image carries provenance data saying AI generated or edited it, and you do not declare generated images.',
    ]);
    const honest = { uses: [{ use: 'drafting' as const, passages: flagged.map((passage) => ({ document: 0, passage })) }, { use: 'images' as const, tool: 'Midjourney v7', images: [] }], note: '' };
    expect(disagreements(honest, claims.scan, claims.subject)).toEqual([]);
    expect(declarationLines({ declaration: honest, subject: claims.subject })).toEqual([`AI drafted some passages: passage${flagged.length > 1 ? 's' : ''} ${flagged.map((i) => i + 1).join(', ')}`, 'AI-generated images (Midjourney v7): all images']);
  });

  it('carry a Google Doc’s writing history as passages and the share pasted', async () => {
    const doc = scanMarkdown('Brief', REPORT);
    const pasted = doc.passages[3]!;
    const claims = await buildClaims(
      await input({
        documents: [{ ...doc, source: { kind: 'docs', url: 'https://docs.google.com/document/d/x/edit' }, process: { available: true, inserts: 120, totals: { insertedChars: 1000, pastedChars: 400, burstChars: 0 }, evidence: [{ segmentId: pasted.id, kind: 'paste', chars: 400, at: 0, text: 'x' }] } }],
        images: [],
      }),
    );
    expect(claims.subject.documents[0]!.process).toEqual({ source: 'google-docs-revisions', available: true, inserts: 120, insertedChars: 1000, pastedChars: 400, burstChars: 0, passages: [{ passage: 3, kind: 'paste', chars: 400, at: '1970-01-01T00:00:00.000Z' }] });
    expect(certificatePage(claims)).toContain('40% of inserted characters arrived in single pastes');
  });
});

describe('the certificate page', () => {
  it('escapes every value from the claims and loads nothing', async () => {
    const identity = await generateIdentity('<img src=x onerror=alert(1)>', undefined);
    const certificate = await certify({ ...(await input()), signer: { name: identity.name, publicKey: identity.publicKey }, declaration: { uses: [{ use: 'research' }], note: '</p><script>alert(2)</script>' } }, await importSigningKey(identity));
    const html = certificatePage(certificate.claims);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/Key fingerprint: <span class="words">[a-z]+ [a-z]+ · /);
  });

  it('shows a verification result when a client prints one', async () => {
    const signed = await signMarkdown();
    const result = await verifyCertificate(certificateJson(signed.certificate), { documents: [], images: [], known: [] });
    expect(certificatePage(signed.certificate.claims, { verification: result })).toContain('VALID: signed by Ana Lima');
  });
});

describe('passage changes', () => {
  it.each([
    [['a', 'b', 'c'], ['a', 'b', 'c'], []],
    [['a', 'b', 'c'], ['a', 'x', 'c'], [{ kind: 'changed', signed: 1, now: 1 }]],
    [['a', 'b', 'c'], ['a', 'c'], [{ kind: 'removed', signed: 1 }]],
    [['a', 'b'], ['x', 'a', 'b', 'y'], [{ kind: 'added', now: 0 }, { kind: 'added', now: 3 }]],
    [['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'], [{ kind: 'removed', signed: 1 }, { kind: 'added', now: 2 }]],
  ])('%j → %j', (signed, now, expected) => {
    expect(passageChanges(signed, now)).toEqual(expected);
  });

  it('aligns 20,000 passages with a few edits quickly', () => {
    const signed = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    const now = [...signed];
    now[5_000] = 'edited';
    now.splice(15_000, 1);
    const started = performance.now();
    expect(passageChanges(signed, now)).toEqual([{ kind: 'changed', signed: 5_000, now: 5_000 }, { kind: 'removed', signed: 15_000 }]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
