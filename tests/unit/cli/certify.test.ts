import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { parsePassages } from '../../../lib/cli/certify';
import { VERIFY_EXIT } from '../../../lib/cli/verify';
import { generateIdentity, writeKeyFile } from '../../../lib/certify/keys';
import { REPORT } from '../certify/helpers';

const dir = mkdtempSync(join(tmpdir(), 'assay-certify-'));
const home = join(dir, 'home');
const previousHome = process.env.ASSAY_HOME;
process.env.ASSAY_HOME = home;
afterAll(() => {
  if (previousHome === undefined) delete process.env.ASSAY_HOME;
  else process.env.ASSAY_HOME = previousHome;
});

let n = 0;
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
/** A fresh client each time unless a test wants memory: trust on first use lives in ASSAY_HOME. */
beforeEach(() => {
  process.env.ASSAY_HOME = join(home, String(++n));
});

/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

async function certified(name = `report-${n}.md`, extra: string[] = []) {
  const report = file(name, REPORT);
  const key = join(dir, `key-${n}.json`);
  const result = await run('certify', report, '--declare', 'research,editing', '--name', 'Ana Lima', '--key', key, '--note', 'Sources found with an assistant.', ...extra);
  return { report, key, result, certificate: result.out };
}

describe('assay certify', () => {
  it('writes <first file>.assay.json beside the first input, prints its absolute path, and makes the key file 0600 without prompting', async () => {
    const { report, key, result } = await certified();
    expect(result.code).toBe(0);
    expect(result.out).toBe(resolve(`${report}.assay.json`));
    expect(existsSync(result.out)).toBe(true);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(result.err).toMatch(/made a new key [a-z-]+ in .* NOT encrypted/);
    const certificate = JSON.parse(readFileSync(result.out, 'utf8'));
    expect(certificate.claims.declaration).toEqual({ uses: [{ use: 'research' }, { use: 'editing' }], note: 'Sources found with an assistant.' });
    expect(certificate.signature).toMatch(/^[\w-]+\.\.[\w-]+$/);
  });

  it('reuses the key file, honours --out, and covers images with --declare images --tool', async () => {
    const { key } = await certified();
    const image = file('cover.png', PNG);
    const report = file('second.md', REPORT);
    const out = join(dir, 'elsewhere.assay.json');
    const result = await run('certify', report, image, '--declare', 'images', '--tool', 'Midjourney v7', '--name', 'Ana Lima', '--key', key, '--out', out);
    expect(result.code).toBe(0);
    expect(result.out).toBe(out);
    expect(result.err).not.toMatch(/made a new key/);
    const claims = JSON.parse(readFileSync(out, 'utf8')).claims;
    expect(claims.subject.images[0]).toMatchObject({ name: 'cover.png', mimeType: 'image/png', bytes: PNG.length });
    expect(claims.declaration.uses).toEqual([{ use: 'images', tool: 'Midjourney v7', images: [] }]);
  });

  it('warns when the declaration disagrees with the scan, and signs the scan all the same', async () => {
    const report = file('none.md', REPORT);
    const result = await run('certify', report, '--declare', 'none', '--name', 'Ana Lima', '--key', join(dir, 'key-none.json'));
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/warning: You declare no AI use, but Assay labels passages? [\d, ]+ Likely AI/);
    expect(JSON.parse(readFileSync(result.out, 'utf8')).claims.scan.documents[0].passages.some((p: { label: string }) => p.label === 'ai')).toBe(true);
  });

  it('opens an encrypted key file (the extension’s backup format) with ASSAY_KEY_PASSPHRASE, and refuses a wrong one', async () => {
    const backup = await writeKeyFile(await generateIdentity('Ana Lima', undefined), 'a long passphrase', 100_000);
    const key = file('backup.json', JSON.stringify(backup));
    const report = file('enc.md', REPORT);
    process.env.ASSAY_KEY_PASSPHRASE = 'wrong passphrase!';
    try {
      const wrong = await run('certify', report, '--declare', 'none', '--name', 'Ana Lima', '--key', key);
      expect(wrong.code).toBe(3);
      expect(wrong.err).toMatch(/cannot be opened: Wrong passphrase/);
      process.env.ASSAY_KEY_PASSPHRASE = 'a long passphrase';
      const right = await run('certify', report, '--declare', 'none', '--name', 'Ana Lima', '--key', key);
      expect(right.code).toBe(0);
      expect(JSON.parse(readFileSync(right.out, 'utf8')).claims.signer.fingerprint).toBe(backup.fingerprint);
    } finally {
      delete process.env.ASSAY_KEY_PASSPHRASE;
    }
  });

  it('never prompts without a terminal: an encrypted key with no passphrase is an error that says how', async () => {
    const backup = await writeKeyFile(await generateIdentity('Ana Lima', undefined), 'a long passphrase', 100_000);
    const result = await run('certify', file('np.md', REPORT), '--declare', 'none', '--name', 'Ana Lima', '--key', file('np-key.json', JSON.stringify(backup)));
    expect(result.code).toBe(3);
    expect(result.err).toMatch(/give its passphrase in ASSAY_KEY_PASSPHRASE \(there is no terminal to ask on\)/);
  });

  it.each([
    [['certify', 'a.md', '--name', 'x', '--key', 'k'], /--declare is required/],
    [['certify', 'a.md', '--declare', 'ghostwriting', '--name', 'x', '--key', 'k'], /--declare takes none, research, outline, editing, drafting, images \(not ghostwriting\)/],
    [['certify', 'a.md', '--declare', 'none,research', '--name', 'x', '--key', 'k'], /none cannot be combined/],
    [['certify', 'a.md', '--declare', 'drafting', '--name', 'x', '--key', 'k'], /drafting needs --passages/],
    [['certify', 'a.md', '--declare', 'images', '--name', 'x', '--key', 'k'], /images needs --tool/],
    [['certify', '--declare', 'none', '--name', 'x', '--key', 'k'], /takes one or more files/],
  ])('refuses a wrong command line %j with exit 2', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('names drafted passages, and refuses ones the file does not have', async () => {
    expect(parsePassages('2,4-5', [{ name: 'a.md', passages: 6 }])).toEqual([{ document: 0, passage: 1 }, { document: 0, passage: 3 }, { document: 0, passage: 4 }]);
    expect(parsePassages('b.md:1', [{ name: 'a.md', passages: 6 }, { name: 'b.md', passages: 2 }])).toEqual([{ document: 1, passage: 0 }]);
    expect(parsePassages('7', [{ name: 'a.md', passages: 6 }])).toBe('--passages: a.md has passages 1 to 6, not 7');
    const result = await run('certify', file('d.md', REPORT), '--declare', 'drafting', '--passages', '99', '--name', 'x', '--key', join(dir, 'kd.json'));
    expect(result.code).toBe(2);
  });

  it('refuses unreadable and unusable inputs with the CLI’s codes', async () => {
    expect((await run('certify', join(dir, 'missing.md'), '--declare', 'none', '--name', 'x', '--key', join(dir, 'k0.json'))).code).toBe(3);
    expect((await run('certify', file('empty.md', ''), '--declare', 'none', '--name', 'x', '--key', join(dir, 'k0.json'))).code).toBe(4);
  });
});

describe('assay verify: output and exit codes', () => {
  it('0 VALID for a known key, 4 the first time (then remembered)', async () => {
    const { report, certificate } = await certified();
    const first = await run('verify', certificate, report);
    expect(first.code).toBe(VERIFY_EXIT['unknown-key']);
    expect(first.code).toBe(4);
    expect(first.out.split('\n')[0]).toMatch(/^VALID: signed by Ana Lima \([a-z-]+\) on \d{4}-\d\d-\d\d; content unchanged; a key not seen before$/);
    const second = await run('verify', certificate, report);
    expect(second.code).toBe(0);
    expect(second.out.split('\n')[0]).toMatch(/^VALID: signed by Ana Lima .*; content unchanged$/);
    expect(second.out).toMatch(/Declared:    AI for research\n {13}AI for editing or polishing/);
    expect(second.out).toMatch(/scan at signing: .* now: /);
  });

  it('--json: one object with the status, exit code, reason and the checks', async () => {
    const { report, certificate } = await certified();
    const result = await run('verify', certificate, report, '--json');
    const parsed = JSON.parse(result.out);
    expect(parsed).toMatchObject({ valid: true, exitCode: 4, status: 'unknown-key', signer: { name: 'Ana Lima' }, declaration: ['AI for research', 'AI for editing or polishing'] });
    expect(parsed.documents[0]).toMatchObject({ state: 'unchanged', name: expect.stringMatching(/\.md$/) });
  });

  it('2 INVALID when one character of the text changed, naming the passage', async () => {
    const { report, certificate } = await certified();
    writeFileSync(report, REPORT.replace('Maria', 'Marta'));
    const result = await run('verify', certificate, report);
    expect(result.code).toBe(2);
    expect(result.out.split('\n')[0]).toMatch(/^INVALID: the content changed since signing: report-\d+\.md: passage 2 changed$/);
    expect(result.out).toMatch(/passage 2 changed: was “I spent Tuesday.*”, .* at signing; now “I spent Tuesday/);
  });

  it('2 "does not belong to this content" for a valid certificate with another deliverable', async () => {
    const { certificate } = await certified();
    const other = file('other.md', '# Newsletter\n\nOur volunteers planted forty trees along the canal this spring.\n');
    const result = await run('verify', certificate, other);
    expect(result.code).toBe(2);
    expect(result.out.split('\n')[0]).toBe('INVALID: the certificate does not belong to this content (other.md)');
  });

  it('3 INVALID when the declaration or the stored verdicts were edited', async () => {
    const { report, certificate } = await certified();
    const text = readFileSync(certificate, 'utf8');
    const declaration = file('tampered-declaration.assay.json', text.replace('"research"', '"outline"'));
    const first = await run('verify', declaration, report);
    expect(first.code).toBe(3);
    expect(first.out.split('\n')[0]).toBe('INVALID: the certificate was altered after signing (changed: the declaration)');
    const cert = JSON.parse(text);
    cert.claims.scan.documents[0].label = cert.claims.scan.documents[0].label === 'human' ? 'ai' : 'human';
    const verdicts = await run('verify', file('tampered-verdicts.assay.json', JSON.stringify(cert)), report);
    expect(verdicts.code).toBe(3);
    expect(verdicts.out.split('\n')[0]).toBe('INVALID: the certificate was altered after signing (changed: the stored verdicts)');
  });

  it('4 with a WARNING when a known name arrives with a new key; remembered only with --accept-new-key', async () => {
    const { report, certificate } = await certified();
    expect((await run('verify', certificate, report)).code).toBe(4);
    const impostorKey = join(dir, `impostor-${n}.json`);
    const impostor = await run('certify', file(`copy-${n}.md`, REPORT), '--declare', 'none', '--name', 'Ana Lima', '--key', impostorKey);
    const warned = await run('verify', impostor.out, report);
    expect(warned.code).toBe(4);
    expect(warned.out.split('\n')[0]).toMatch(/^VALID: .*; WARNING: Ana Lima signed before with another key \([a-z-]+\)$/);
    expect((await run('verify', impostor.out, report)).code).toBe(4);
    expect((await run('verify', impostor.out, report, '--accept-new-key')).code).toBe(4);
    expect((await run('verify', impostor.out, report)).code).toBe(0);
  });

  it('5 for a truncated, oversized or malformed certificate, and for an unknown format version', async () => {
    const { report, certificate } = await certified();
    const text = readFileSync(certificate, 'utf8');
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['truncated', text.slice(0, 300), /^INVALID: the certificate is cut short \(truncated\)/],
      ['oversized', text.replace('"claims"', `"padding": "${'x'.repeat(1024 * 1024)}", "claims"`), /^INVALID: the certificate is 1\.0 MiB, over the 1 MiB limit/],
      ['malformed', '{"claims": {"format": "assay-certificate", "version": 1}, "signature": "x"}', /^INVALID: the certificate is malformed: claims\./],
      ['version', text.replace('"version": 1', '"version": 7'), /^INVALID: unknown format version 7: this Assay reads version 1 \(update Assay to read it\)$/],
    ];
    for (const [name, content, message] of cases) {
      const result = await run('verify', file(`${name}.assay.json`, content), report);
      expect(result.code, name).toBe(5);
      expect(result.out.split('\n')[0], name).toMatch(message);
    }
  });

  it('1 when it could not verify: a missing file, a wrong command line', async () => {
    const { certificate } = await certified();
    const missing = await run('verify', certificate, join(dir, 'nope.md'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/could not verify: no such file/);
    expect((await run('verify', certificate)).code).toBe(1);
    expect((await run('verify', certificate, 'x', '--bogus')).code).toBe(1);
  });

  it('verifies a certificate copied elsewhere with the files renamed (matched by content)', async () => {
    const { report, certificate } = await certified();
    const copy = join(dir, `renamed-${n}.md`);
    copyFileSync(report, copy);
    expect((await run('verify', certificate, copy)).out.split('\n')[0]).toMatch(/content unchanged/);
  });
});

describe('assay verify --check-domain (the optional online identity check)', () => {
  it('says whether the key is listed at the domain’s .well-known/assay-key, and works offline without it', async () => {
    const { createServer } = await import('node:http');
    const { keyThumbprint } = await import('../../../lib/certify');
    const { report, certificate } = await certified();
    const thumbprint = await keyThumbprint(JSON.parse(readFileSync(certificate, 'utf8')).claims.signer.publicKey);
    const lists: Record<string, string> = { 'good.test': `# Ana Lima's keys\n${thumbprint}\n`, 'other.test': `${'A'.repeat(43)}\n` };
    const server = createServer((request, response) => {
      const host = (request.headers.host ?? '').split(':')[0]!;
      // The same server stands for every domain: the test's base address puts the domain in the path.
      const domain = request.url?.split('/')[1] ?? '';
      const list = request.url?.endsWith('/.well-known/assay-key') ? lists[domain] : undefined;
      response.writeHead(list && host === '127.0.0.1' ? 200 : 404, { 'content-type': 'text/plain' }).end(list ?? 'not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as { port: number }).port;
    process.env.ASSAY_WELL_KNOWN_BASE = `http://127.0.0.1:${port}/`;
    try {
      const listed = await run('verify', certificate, report, '--check-domain', 'good.test');
      expect(listed.out).toMatch(/Online: {6}the key is listed at http:\/\/127\.0\.0\.1:\d+\/good\.test\/\.well-known\/assay-key/);
      const other = await run('verify', certificate, report, '--check-domain', 'ana@other.test');
      expect(other.out).toMatch(/Online: {6}WARNING: the key is NOT listed at .*other\.test.* \(1 other key listed there\)/);
      const missing = await run('verify', certificate, report, '--check-domain', 'https://missing.test/about', '--json');
      expect(JSON.parse(missing.out).wellKnown).toMatchObject({ state: 'unavailable', reason: 'the server answered 404' });
      expect((await run('verify', certificate, report, '--check-domain', 'not a domain')).code).toBe(1);
    } finally {
      delete process.env.ASSAY_WELL_KNOWN_BASE;
      server.close();
    }
  });
});

describe('assay certify --embed (Content Credentials that travel with the image)', () => {
  it('writes each image with C2PA signed by the same key: valid, signer not on a trust list, as declared', async () => {
    const { readProvenance } = await import('../../../lib/provenance');
    const { loadC2paReaderNode } = await import('../../../lib/provenance/c2pa-node');
    const { keyThumbprint } = await import('../../../lib/certify');
    const generated = file('generated.png', PNG);
    const photo = file('photo.png', PNG.slice());
    const key = join(dir, `embed-key-${n}.json`);
    const result = await run('certify', file('brief.md', REPORT), generated, photo, '--declare', 'images', '--tool', 'Midjourney v7', '--name', 'Ana Lima', '--key', key, '--embed');
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/wrote .*generated\.credentials\.png \(the image with Content Credentials signed by [a-z-]+\)/);
    const claims = JSON.parse(readFileSync(result.out, 'utf8')).claims;
    const reader = await loadC2paReaderNode();
    const embedded = new Uint8Array(readFileSync(join(dir, 'generated.credentials.png')));
    const provenance = await readProvenance(embedded, { c2pa: reader });
    // Sound credentials whose signer is on no trust list: the honest answer for a freelancer's own key.
    expect(provenance.c2pa?.validation).toBe('valid-untrusted');
    expect(provenance.c2pa?.contentMatches).toBe(true);
    expect(provenance.verdict).toBe('ai-generated');
    expect(provenance.c2pa?.manifests[0]?.actions[0]).toMatchObject({ action: 'c2pa.created', softwareAgent: 'Midjourney v7' });
    const store = JSON.parse(await reader.read('image/png', embedded, {}) as string);
    const active = store.manifests[store.active_manifest];
    const assertion = active.assertions.find((a: { label: string }) => a.label === 'org.assay.certificate');
    expect(assertion.data).toMatchObject({ signer: 'Ana Lima', fingerprint: claims.signer.fingerprint, thumbprint: await keyThumbprint(claims.signer.publicKey), certifiedSha256: claims.subject.images[0].sha256 });
    expect(active.signature_info).toMatchObject({ alg: 'Ed25519', common_name: 'Ana Lima', issuer: 'Assay self-signed' });
    expect(existsSync(join(dir, 'photo.credentials.png'))).toBe(true);
  });

  it('an image not declared as generated is "opened" as delivered, never called generated', async () => {
    const { readProvenance } = await import('../../../lib/provenance');
    const { loadC2paReaderNode } = await import('../../../lib/provenance/c2pa-node');
    const photo = file('plain.png', PNG.slice());
    const result = await run('certify', photo, '--declare', 'none', '--name', 'Ana Lima', '--key', join(dir, `embed-none-${n}.json`), '--embed');
    expect(result.code).toBe(0);
    const provenance = await readProvenance(new Uint8Array(readFileSync(join(dir, 'plain.credentials.png'))), { c2pa: await loadC2paReaderNode() });
    expect(provenance.c2pa?.validation).toBe('valid-untrusted');
    expect(provenance.c2pa?.manifests[0]?.actions[0]?.action).toBe('c2pa.opened');
    expect(provenance.verdict).not.toBe('ai-generated');
  });
});
