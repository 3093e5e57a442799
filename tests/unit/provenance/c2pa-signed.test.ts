// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hasC2paManifest, readProvenance, type C2paReader, type ImageProvenance } from '../../../lib/provenance';
import { loadC2paReaderNode } from '../../../lib/provenance/c2pa-node';
import { imageSummary } from '../../../lib/report/images';
import { baselineJpeg, concat, png, xmpSegment } from './build';
import { makeTestPki } from './signing/certs';
import { actions, IPTC, signFile, type ManifestDefinition } from './signing/sign';

/**
 * Files signed by the tests through the project's C2PA builder, each made to show one thing a reader
 * reports: where a source type sits, a broken signature, a changed file, an expired certificate with
 * and without a time-stamp, a CAWG identity that fails or cannot be checked offline, a multi-part hash.
 */
let c2pa: C2paReader;
beforeAll(async () => {
  c2pa = await loadC2paReaderNode();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const read = (bytes: Uint8Array, trustAnchors?: string[]) => readProvenance(bytes, { c2pa, trustAnchors });
const allText = (r: ImageProvenance) => [r.summary, ...r.evidence.map((e) => e.finding)].join('\n');
const created = (term: string, extra: Record<string, unknown> = {}) => actions({ action: 'c2pa.created', digitalSourceType: IPTC + term, ...extra });
const generated: ManifestDefinition = { assertions: [created('trainedAlgorithmicMedia')] };
const TRAINED_XMP = `Iptc4xmpExt:DigitalSourceType="${IPTC}trainedAlgorithmicMedia"`;

/** A manifest whose first action opens a parent file, as the format requires of every "opened". */
const opening = (...more: Record<string, unknown>[]): ManifestDefinition => ({
  ingredients: [{ title: 'Source image', format: 'image/png', relationship: 'parentOf', label: 'parent' }],
  assertions: [actions({ action: 'c2pa.opened', parameters: { ingredientIds: ['parent'] } }, ...more)],
});

describe('where the source type sits (item 13)', () => {
  it('reads it from an action\'s parameters, as Adobe Firefly writes it ("com.adobe.digitalSourceType")', async () => {
    const firefly: ManifestDefinition = {
      claim_generator_info: [{ name: 'Adobe_Firefly' }],
      ingredients: [{ title: 'Generated Image', format: 'image/png', relationship: 'parentOf', label: 'parent' }],
      assertions: [
        actions({ action: 'c2pa.opened', parameters: { ingredientIds: ['parent'], 'com.adobe.digitalSourceType': `${IPTC}trainedAlgorithmicMedia`, 'com.adobe.modelId': 'gemini-flash', 'com.adobe.type': 'remoteProvider.3rdParty' } }),
      ],
    };
    const result = await read(await signFile('image/png', png(), firefly));
    expect(result.c2pa?.validation).toBe('valid-untrusted');
    expect(result.verdict).toBe('ai-generated');
    expect(result.summary).toMatch(/made by generative AI/);
  });

  it('reads it from a plain "digitalSourceType" parameter and from the actions template of the same action', async () => {
    const parameter = await read(await signFile('image/png', png(), opening({ action: 'c2pa.edited', parameters: { digitalSourceType: `${IPTC}compositeWithTrainedAlgorithmicMedia` } })));
    expect(parameter.c2pa?.validation).toBe('valid-untrusted');
    expect(parameter.verdict).toBe('ai-edited');
    const template = opening({ action: 'c2pa.edited' });
    (template.assertions[0]!.data as Record<string, unknown>).templates = [{ action: 'c2pa.edited', digitalSourceType: `${IPTC}trainedAlgorithmicMedia` }];
    const fromTemplate = await read(await signFile('image/png', png(), template));
    expect(fromTemplate.c2pa?.validation).toBe('valid-untrusted');
    expect(fromTemplate.verdict).toBe('ai-generated');
  });

  it('lets consistent IPTC metadata decide when the credentials are silent about the origin, and says so', async () => {
    const result = await read(await signFile('image/jpeg', baselineJpeg(xmpSegment(TRAINED_XMP)), opening()));
    expect(result.c2pa?.validation).toBe('valid-untrusted');
    expect(result.verdict).toBe('ai-generated');
    expect(result.summary).toMatch(/IPTC metadata/);
    expect(result.summary).toMatch(/do not state how/);
    // The page's image line credits the metadata that decided, not the silent credentials.
    expect(imageSummary([{ id: 'a', url: 'https://example.com/a.jpg', alt: '', width: 100, height: 100, provenance: result }])).toBe('Images: 1 of 1 AI-generated or AI-edited (IPTC)');
  });

  it('keeps the signed source type when unsigned metadata contradicts it, and reports the conflict', async () => {
    const result = await read(await signFile('image/jpeg', baselineJpeg(xmpSegment(TRAINED_XMP)), { assertions: [created('digitalCapture')] }));
    expect(result.verdict).toBe('captured');
    expect(allText(result)).toMatch(/contradict/);
  });
});

describe('saying precisely what failed (item 14)', () => {
  it('a broken claim signature is "invalid", not "changed after signing"; the image still matches', async () => {
    const result = await read(await signFile('image/png', png(), generated, { corruptSignature: true }));
    expect(result.verdict).toBe('credentials-invalid');
    expect(result.c2pa?.validation).toBe('invalid');
    expect(result.summary).toMatch(/signature .*does not verify/);
    expect(result.summary).not.toMatch(/changed after signing/);
    expect(result.c2pa?.problems).toEqual([expect.objectContaining({ code: 'claimSignature.mismatch', effect: 'invalid' })]);
  });

  it('a changed pixel is "tampered": the image was changed after signing', async () => {
    const signed = await signFile('image/jpeg', baselineJpeg(), generated);
    const changed = signed.slice();
    changed[changed.length - 3]! ^= 0x10; // the scan data, inside the hashed range
    const result = await read(changed);
    expect(result.c2pa?.validation).toBe('tampered');
    expect(result.summary).toMatch(/changed after signing/);
  });

  it('an expired certificate with a time-stamp inside its validity is judged at the signed time, not today', async () => {
    const past = makeTestPki({ notBefore: new Date(Date.UTC(2020, 0, 1)), notAfter: new Date(Date.UTC(2021, 0, 1)) });
    const result = await read(await signFile('image/png', png(), generated, { signer: past.signer, chain: [past.root], timeStamp: { tsa: past.tsa, at: new Date(Date.UTC(2020, 5, 1)) } }));
    expect(result.c2pa?.validation).toBe('valid-untrusted');
    expect(result.verdict).toBe('ai-generated');
    expect(allText(result)).toMatch(/time-stamp/);
    expect(allText(result)).toMatch(/expired since/);
  });

  it('an expired certificate without a time-stamp is invalid, and the words say why', async () => {
    const past = makeTestPki({ notBefore: new Date(Date.UTC(2020, 0, 1)), notAfter: new Date(Date.UTC(2021, 0, 1)) });
    const result = await read(await signFile('image/png', png(), generated, { signer: past.signer, chain: [past.root] }));
    expect(result.c2pa?.validation).toBe('invalid');
    expect(result.summary).toMatch(/certificate has expired and no time-stamp/);
    expect(result.summary).toMatch(/still matches what was signed/);
  });

  it('a time-stamp from an authority the user trusts needs no second reading', async () => {
    const past = makeTestPki({ notBefore: new Date(Date.UTC(2020, 0, 1)), notAfter: new Date(Date.UTC(2021, 0, 1)) });
    const bytes = await signFile('image/png', png(), generated, { signer: past.signer, chain: [past.root], timeStamp: { tsa: past.tsa, at: new Date(Date.UTC(2020, 5, 1)) } });
    const result = await read(bytes, [past.root.pem]);
    expect(result.c2pa?.validation).toBe('valid');
    expect(allText(result)).not.toMatch(/not on the trust list/);
  });

  it('a bad identity-assertion signature leaves the credentials valid and the image untouched, and is reported apart', async () => {
    const result = await read(await signFile('image/jpeg', baselineJpeg(), { assertions: [created('digitalCapture')] }, { identity: { kind: 'x509-bad-signature' } }));
    expect(result.c2pa?.validation).toBe('valid-untrusted');
    expect(result.verdict).toBe('captured');
    expect(allText(result)).not.toMatch(/changed after signing/);
    expect(result.c2pa?.identity).toBe('invalid');
    expect(allText(result)).toMatch(/identity .*signature does not verify/i);
  });

  it('an identity issuer that can only be looked up online makes nothing invalid, and the reader never goes online', async () => {
    const fetches: string[] = [];
    vi.stubGlobal('fetch', (input: unknown) => {
      fetches.push(String(input instanceof Request ? input.url : input));
      return Promise.reject(new Error('tests never use the network'));
    });
    const result = await read(await signFile('image/jpeg', baselineJpeg(), { assertions: [created('digitalCapture')] }, { identity: { kind: 'ica', issuer: 'did:web:identity.assay-tests.example' } }));
    expect(fetches).toEqual([]);
    expect(result.c2pa?.validation).toBe('valid-untrusted');
    expect(result.verdict).toBe('captured');
    expect(result.c2pa?.identity).toBe('unchecked');
    expect(allText(result)).toMatch(/could not be checked here/);
  });

  it('a multi-part hash whose optional part is gone "could not be checked here"; a changed required part is still tampering', async () => {
    const image = baselineJpeg();
    const optional = new Uint8Array(256).fill(7);
    // Part locations count from the start of the signed file (C2PA 2.2, multi-asset hash), which holds
    // the manifest: sign once to learn its size, then again with the real offsets (same size).
    const multi = (primaryLength: number): ManifestDefinition => ({
      assertions: [
        created('digitalCapture'),
        {
          label: 'c2pa.hash.multi-asset',
          data: {
            parts: [
              { location: { byteOffset: 0, length: primaryLength }, hashAssertion: { url: 'self#jumbf=c2pa.assertions/c2pa.hash.data.part', hash: Array(32).fill(0) }, optional: false },
              { location: { byteOffset: primaryLength, length: optional.length }, hashAssertion: { url: 'self#jumbf=c2pa.assertions/c2pa.hash.data.part__1', hash: Array(32).fill(0) }, optional: true },
            ],
          },
        },
      ],
    });
    const draft = await signFile('image/jpeg', concat(image, optional), multi(image.length + 5000));
    const primaryLength = draft.length - optional.length;
    const signed = await signFile('image/jpeg', concat(image, optional), multi(primaryLength));
    expect(signed.length).toBe(draft.length);
    expect((await read(signed)).c2pa?.validation).toBe('valid-untrusted');
    const withoutOptional = await read(signed.subarray(0, primaryLength));
    expect(withoutOptional.c2pa?.validation).toBe('unchecked');
    expect(withoutOptional.verdict).toBe('captured');
    expect(allText(withoutOptional)).toMatch(/could not be checked here/);
    expect(allText(withoutOptional)).not.toMatch(/changed after signing/);
    const changed = signed.slice();
    changed[primaryLength - 3]! ^= 0x10;
    expect((await read(changed)).c2pa?.validation).toBe('tampered');
  });
});

describe('the manifest pointer note (item 15)', () => {
  it('says nothing about missing credentials when the manifest the XMP points to is embedded', async () => {
    const pointer = 'dcterms:provenance="self#jumbf=/c2pa/urn:c2pa:assay-test"';
    const signed = await signFile('image/jpeg', baselineJpeg(xmpSegment(pointer)), generated);
    expect(hasC2paManifest(signed)).toBe(true);
    const result = await read(signed);
    expect(allText(result)).not.toMatch(/not in the file/);
    // Stripped of its manifest, the same pointer is reported.
    expect(allText(await read(baselineJpeg(xmpSegment(pointer))))).toMatch(/not in the file/);
  });
});
