// @vitest-environment node
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { EXIT } from '../../../lib/cli/exit-codes';
import { readProvenance, type C2paReader } from '../../../lib/provenance';
import { loadC2paReaderNode } from '../../../lib/provenance/c2pa-node';
import { MAX_TRUST_ANCHORS, parseTrustList } from '../../../lib/provenance/trust';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/images');

/** The X.509 certificates a C2PA file carries in its signatures (DER sequences found in its bytes). */
function certificatesIn(bytes: Uint8Array): X509Certificate[] {
  const found: X509Certificate[] = [];
  for (let i = 0; i + 4 < bytes.length; i++) {
    if (bytes[i] !== 0x30 || bytes[i + 1] !== 0x82) continue;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    try {
      const cert = new X509Certificate(Buffer.from(bytes.subarray(i, i + 4 + length)));
      if (!found.some((c) => c.fingerprint256 === cert.fingerprint256)) found.push(cert);
    } catch {
      // Not a certificate: DER-looking bytes are common in compressed data.
    }
  }
  return found;
}
const byCommonName = (certs: X509Certificate[], cn: string) => certs.find((c) => c.subject.split('\n').includes(`CN=${cn}`))!.toString();

const A = '-----BEGIN CERTIFICATE-----\n' + 'QUJD'.repeat(30) + '\n-----END CERTIFICATE-----';
const B = '-----BEGIN CERTIFICATE-----\n' + 'REVG'.repeat(30) + '\n-----END CERTIFICATE-----';

describe('parseTrustList', () => {
  it.each([
    ['nothing', '', 0, false],
    ['one certificate', A, 1, false],
    ['two, with blank lines and CRLF between', `${A}\r\n\r\n${B}\n`, 2, false],
    ['the same one twice', `${A}\n${A}`, 1, false],
    ['a certificate and stray text', `${A}\nhello`, 1, true],
    ['only text', 'not a certificate', 0, true],
    ['an unterminated block', '-----BEGIN CERTIFICATE-----\nQUJD', 0, true],
  ])('%s', (_, text, count, stray) => {
    const list = parseTrustList(text);
    expect(list.anchors).toHaveLength(count);
    expect(list.stray).toBe(stray);
    for (const pem of list.anchors) expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END CERTIFICATE-----$/);
  });

  it(`keeps at most ${MAX_TRUST_ANCHORS} certificates`, () => {
    const many = Array.from({ length: 80 }, (_, i) => `-----BEGIN CERTIFICATE-----\n${btoa(`certificate number ${i} `.repeat(4))}\n-----END CERTIFICATE-----`).join('\n');
    expect(parseTrustList(many).anchors).toHaveLength(MAX_TRUST_ANCHORS);
  });
});

describe('a trust list the user extends', () => {
  let c2pa: C2paReader;
  beforeAll(async () => {
    c2pa = await loadC2paReaderNode();
  });

  it.each([
    ['adobe-20240110-single_manifest_store.pdf', 'Adobe Product Services G3', 'DigiCert Trusted G4 RSA4096 SHA256 TimeStamping CA'],
    ['C.jpg', 'Intermediate CA', 'DigiCert Trusted Root G4'],
  ])('%s: valid but untrusted, trusted once its CA (%s) is added, not by an unrelated one', async (file, ca, unrelated) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
    const certs = certificatesIn(bytes);
    expect((await readProvenance(bytes, { c2pa })).c2pa?.validation).toBe('valid-untrusted');
    const trusted = await readProvenance(bytes, { c2pa, trustAnchors: [byCommonName(certs, ca)] });
    expect(trusted.c2pa?.validation).toBe('valid');
    expect(trusted.summary + trusted.evidence.map((e) => e.finding).join(' ')).toMatch(/signer trusted/);
    expect((await readProvenance(bytes, { c2pa, trustAnchors: [byCommonName(certs, unrelated)] })).c2pa?.validation).toBe('valid-untrusted');
  });

  it('assay scan --trust <pem> reports the signer trusted; a file with no certificate is refused', async () => {
    const pdf = join(FIXTURES, 'adobe-20240110-single_manifest_store.pdf');
    const dir = mkdtempSync(join(tmpdir(), 'assay-trust-'));
    const pem = join(dir, 'adobe.pem');
    writeFileSync(pem, byCommonName(certificatesIn(readFileSync(pdf)), 'Adobe Product Services G3'));
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(await main(['scan', pdf, '--json', '--trust', pem], io)).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ provenance: 'ai-generated', c2pa: { validation: 'valid' } });
    const empty = join(dir, 'empty.pem');
    writeFileSync(empty, 'nothing here');
    expect(await main(['scan', pdf, '--trust', empty], io)).toBe(EXIT.UNUSABLE);
    expect(err.join('\n')).toMatch(/holds no PEM certificate/);
  });
});
