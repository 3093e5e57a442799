import { describe, expect, it } from 'vitest';
import { keyThumbprint, rememberSigner, verifyCertificate, MAX_CERTIFICATE_BYTES, type KnownSigner } from '../../../lib/certify';
import { REPORT, given, signMarkdown } from './helpers';
import { readCertificate } from '../../../lib/certify/verify';

/** The list of bad input and attacks, one test each, and the valid cases around them. */
const ANOTHER = `# Quarterly newsletter\n\nOur volunteers planted forty trees along the canal this spring, and the children from the primary school painted the markers themselves.\n\nNext month we meet in the library on Thursday evening; bring a friend and a mug.\n`;

async function knownFor(signed: Awaited<ReturnType<typeof signMarkdown>>): Promise<KnownSigner[]> {
  return [rememberSigner(signed.certificate.claims.signer, await keyThumbprint(signed.identity.publicKey), [], 1)];
}

describe('verifying a certificate', () => {
  it('is valid for the content it was signed over, with a known key', async () => {
    const signed = await signMarkdown();
    const result = await verifyCertificate(signed.text, { documents: [given('report.md', REPORT)], images: [], known: await knownFor(signed) });
    expect(result.status).toBe('valid');
    expect(result.reason).toMatch(/^signed by Ana Lima \([a-z]+(-[a-z]+){7}\) on 2026-12-01; content unchanged$/);
    expect(result.documents[0]?.state).toBe('unchanged');
  });

  it('says "a key not seen before" the first time, and only when nothing else is wrong', async () => {
    const signed = await signMarkdown();
    const result = await verifyCertificate(signed.text, { documents: [given('report.md', REPORT)], images: [], known: [] });
    expect(result.status).toBe('unknown-key');
    expect(result.reason).toMatch(/key not seen before/);
    const changed = await verifyCertificate(signed.text, { documents: [given('report.md', REPORT.replace('Maria', 'Marta'))], images: [], known: [] });
    expect(changed.status).toBe('content-changed');
  });

  it('keeps white-space-only layout changes valid: the hash is over normalised text', async () => {
    const signed = await signMarkdown();
    const relaid = REPORT.replace(/\. /g, '.  ').replace(/\n\n/g, '\n\n\n');
    const result = await verifyCertificate(signed.text, { documents: [given('report.md', relaid)], images: [], known: await knownFor(signed) });
    expect(result.status).toBe('valid');
  });
});

describe('bad input and attacks (issue 12)', () => {
  it('one changed character in the text: invalid, naming the passage that changed', async () => {
    const signed = await signMarkdown();
    const edited = REPORT.replace('Nobody looked', 'Nobody lookeD');
    const result = await verifyCertificate(signed.text, { documents: [given('report.md', edited)], images: [], known: await knownFor(signed) });
    expect(result.status).toBe('content-changed');
    expect(result.reason).toBe('the content changed since signing: report.md: passage 2 changed');
    expect(result.documents[0]?.changes).toEqual([{ kind: 'changed', signed: 1, now: 1 }]);
  });

  it('a removed and an added passage are named as such', async () => {
    const signed = await signMarkdown();
    const paragraphs = REPORT.split('\n\n');
    const edited = [...paragraphs.slice(0, 2), ...paragraphs.slice(3), 'A closing line I added after signing, to thank Maria for her time.\n'].join('\n\n');
    const result = await verifyCertificate(signed.text, { documents: [given('report.md', edited)], images: [], known: await knownFor(signed) });
    expect(result.reason).toBe('the content changed since signing: report.md: passage 3 removed, 1 passage added');
  });

  it('one changed character in the declaration: bad signature, saying the declaration differs', async () => {
    const signed = await signMarkdown();
    const tampered = signed.text.replace('"research"', '"researcH"'.replace('H', 'h')).replace('all text my own', 'all text my owN');
    expect(tampered).not.toBe(signed.text);
    const result = await verifyCertificate(tampered, { documents: [given('report.md', REPORT)], images: [], known: await knownFor(signed) });
    expect(result.status).toBe('bad-signature');
    expect(result.reason).toBe('the certificate was altered after signing (changed: the declaration)');
  });

  it('a declaration swapped for "no AI": bad signature', async () => {
    const signed = await signMarkdown();
    const tampered = signed.text.replace('"use": "research"', '"use": "none"');
    expect(tampered).not.toBe(signed.text);
    const result = await verifyCertificate(tampered, { documents: [given('report.md', REPORT)], images: [], known: [] });
    expect(result.status).toBe('bad-signature');
    expect(result.changedClaims).toEqual(['declaration']);
  });

  it('one changed character in the stored verdicts: bad signature, saying the verdicts differ', async () => {
    const signed = await signMarkdown();
    const cert = JSON.parse(signed.text);
    const passage = cert.claims.scan.documents[0].passages.find((p: { label: string }) => p.label === 'ai') ?? cert.claims.scan.documents[0].passages[0];
    passage.label = passage.label === 'ai' ? 'human' : 'ai';
    const result = await verifyCertificate(JSON.stringify(cert), { documents: [given('report.md', REPORT)], images: [], known: [] });
    expect(result.status).toBe('bad-signature');
    expect(result.reason).toBe('the certificate was altered after signing (changed: the stored verdicts)');
    // One digit of a probability is enough.
    const again = JSON.parse(signed.text);
    again.claims.scan.documents[0].probability = Math.min(1, again.claims.scan.documents[0].probability + 0.0001);
    expect((await verifyCertificate(JSON.stringify(again), { documents: [], images: [], known: [] })).status).toBe('bad-signature');
  });

  it('an edited content hash in the claims: bad signature, not "changed content"', async () => {
    const signed = await signMarkdown();
    const cert = JSON.parse(signed.text);
    cert.claims.subject.documents[0].passages[1].sha256 = '0'.repeat(64);
    const result = await verifyCertificate(JSON.stringify(cert), { documents: [given('report.md', REPORT)], images: [], known: [] });
    expect(result.status).toBe('bad-signature');
    expect(result.reason).toBe('the certificate was altered after signing (changed: the content hashes)');
  });

  it('a valid certificate presented with another deliverable: "does not belong to this content"', async () => {
    const signed = await signMarkdown();
    const result = await verifyCertificate(signed.text, { documents: [given('newsletter.md', ANOTHER)], images: [], known: await knownFor(signed) });
    expect(result.status).toBe('content-changed');
    expect(result.reason).toBe('the certificate does not belong to this content (newsletter.md)');
    expect(result.documents[0]?.state).toBe('unrelated');
  });

  it('a key substituted under the same name: signed validly, but warned', async () => {
    const original = await signMarkdown();
    const impostor = await signMarkdown(REPORT, { name: 'Ana Lima' });
    expect(impostor.identity.publicKey.x).not.toBe(original.identity.publicKey.x);
    const result = await verifyCertificate(impostor.text, { documents: [given('report.md', REPORT)], images: [], known: await knownFor(original) });
    expect(result.status).toBe('unknown-key');
    expect(result.trust?.state).toBe('key-changed');
    expect(result.reason).toContain(`WARNING: Ana Lima signed before with another key (${original.certificate.claims.signer.fingerprint})`);
    // The name is compared folded: case and spacing do not make a new signer.
    const respelled = await signMarkdown(REPORT, { name: 'ana  LIMA' });
    expect((await verifyCertificate(respelled.text, { documents: [given('report.md', REPORT)], images: [], known: await knownFor(original) })).trust?.state).toBe('key-changed');
  });

  it('a key swapped into a valid certificate without re-signing: bad signature', async () => {
    const original = await signMarkdown();
    const other = await signMarkdown();
    const cert = JSON.parse(original.text);
    cert.claims.signer.publicKey = other.certificate.claims.signer.publicKey;
    cert.claims.signer.fingerprint = other.certificate.claims.signer.fingerprint;
    const result = await verifyCertificate(JSON.stringify(cert), { documents: [given('report.md', REPORT)], images: [], known: [] });
    expect(result.status).toBe('bad-signature');
    // And a fingerprint that is not the key's own.
    const wrongWords = JSON.parse(original.text);
    wrongWords.claims.signer.fingerprint = other.certificate.claims.signer.fingerprint;
    expect((await verifyCertificate(JSON.stringify(wrongWords), { documents: [], images: [], known: [] })).reason).toBe('the fingerprint shown does not belong to the signing key');
  });

  it('a certificate cut off anywhere reads as cut short, whatever character the cut lands on', async () => {
    const signed = await signMarkdown();
    const reasons = new Set<string>();
    for (let end = 1; end < signed.text.length - 1; end += 7) {
      const read = readCertificate(signed.text.slice(0, end));
      reasons.add(read.ok ? 'read' : read.reason);
    }
    expect([...reasons]).toEqual(['the certificate is cut short (truncated): it is not complete JSON']);
    const notJson = readCertificate('{"a": 1} trailing');
    expect(notJson.ok ? '' : notJson.reason).toBe('the certificate is not valid JSON');
  });

  it('a truncated certificate: a clear error', async () => {
    const signed = await signMarkdown();
    const result = await verifyCertificate(signed.text.slice(0, Math.floor(signed.text.length / 2)), { documents: [], images: [], known: [] });
    expect(result.status).toBe('malformed');
    expect(result.reason).toBe('the certificate is cut short (truncated): it is not complete JSON');
  });

  it('an oversized certificate (over 1 MiB): refused unread', async () => {
    const signed = await signMarkdown();
    const cert = JSON.parse(signed.text);
    cert.padding = 'x'.repeat(MAX_CERTIFICATE_BYTES);
    const result = await verifyCertificate(JSON.stringify(cert), { documents: [], images: [], known: [] });
    expect(result.status).toBe('malformed');
    expect(result.reason).toMatch(/^the certificate is 1\.0 MiB, over the 1 MiB limit/);
  });

  it.each([
    ['not JSON', 'hello', 'the certificate is not valid JSON'],
    ['empty', '  ', 'the certificate file is empty'],
    ['a JSON array', '[1,2]', 'the certificate is not a JSON object with claims and a signature'],
    ['no claims', '{"signature":"a..b"}', 'the certificate has no claims'],
    ['another format', '{"claims":{"format":"x"},"signature":"a..b"}', 'this is not an Assay certificate (its claims do not say "assay-certificate")'],
  ])('a malformed certificate (%s): a clear error', async (_, text, reason) => {
    const result = await verifyCertificate(text, { documents: [], images: [], known: [] });
    expect(result.status).toBe('malformed');
    expect(result.reason).toBe(reason);
  });

  it('a malformed certificate (a field of the wrong shape, an unknown member): names the field', async () => {
    const signed = await signMarkdown();
    const cert = JSON.parse(signed.text);
    cert.claims.subject.documents[0].sha256 = 'not-a-hash';
    expect((await verifyCertificate(JSON.stringify(cert), { documents: [], images: [], known: [] })).reason).toMatch(/^the certificate is malformed: claims\.subject\.documents\.0\.sha256: /);
    const extra = JSON.parse(signed.text);
    extra.claims.signer.verified = true;
    expect((await verifyCertificate(JSON.stringify(extra), { documents: [], images: [], known: [] })).reason).toMatch(/^the certificate is malformed: claims\.signer/);
    const badSig = JSON.parse(signed.text);
    badSig.signature = 'abc';
    expect((await verifyCertificate(JSON.stringify(badSig), { documents: [], images: [], known: [] })).reason).toMatch(/^the certificate is malformed: signature: a detached JWS/);
  });

  it('an unknown format version: refused with the reason', async () => {
    const signed = await signMarkdown();
    const cert = JSON.parse(signed.text);
    cert.claims.version = 2;
    const result = await verifyCertificate(JSON.stringify(cert), { documents: [given('report.md', REPORT)], images: [], known: [] });
    expect(result.status).toBe('malformed');
    expect(result.reason).toBe('unknown format version 2: this Assay reads version 1 (update Assay to read it)');
    cert.claims.version = '1';
    expect((await verifyCertificate(JSON.stringify(cert), { documents: [], images: [], known: [] })).reason).toBe('unknown format version "1": this Assay reads version 1');
  });

  it('a signature made with another algorithm header: bad signature', async () => {
    const signed = await signMarkdown();
    const cert = JSON.parse(signed.text);
    const [, , sig] = cert.signature.split('.');
    cert.signature = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}..${sig}`;
    const result = await verifyCertificate(JSON.stringify(cert), { documents: [], images: [], known: [] });
    expect(result.status).toBe('bad-signature');
    expect(result.reason).toMatch(/not EdDSA/);
  });
});
