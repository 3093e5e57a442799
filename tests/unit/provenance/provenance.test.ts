// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasC2paManifest, ImageProvenanceSchema, MAX_IMAGE_BYTES, readProvenance, sniffMimeType, type C2paReader } from '../../../lib/provenance';
import { summarizeStore } from '../../../lib/provenance/c2pa';
import { loadC2paReaderNode } from '../../../lib/provenance/c2pa-node';
import { readPngText } from '../../../lib/provenance/png-text';
import { brokenJumbfSegment, exifSegment, iTXt, jpeg, png, tEXt, xmpSegment, zTXt } from './build';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/images');
let c2pa: C2paReader;

beforeAll(async () => {
  c2pa = await loadC2paReaderNode();
});

describe('the C2PA project test files', () => {
  it.each([
    ['adobe-20240110-single_manifest_store.pdf', 'ai-generated', 'valid-untrusted', /Adobe Firefly/],
    ['C.jpg', 'edited-origin-unknown', 'valid-untrusted', /non-AI algorithm.*not generative AI/],
    ['C_with_CAWG_data.jpg', 'captured', 'valid-untrusted', /camera/],
    ['CA.jpg', 'edited-origin-unknown', 'valid-untrusted', /do not state how the image was first made/],
    ['XCA.jpg', 'credentials-invalid', 'tampered', /changed after signing/],
    ['no_manifest.jpg', 'no-provenance', undefined, /proves nothing/],
    ['sample1.png', 'no-provenance', undefined, /proves nothing/],
    ['sample1.webp', 'no-provenance', undefined, /proves nothing/],
  ] as const)('%s → %s', async (file, verdict, validation, summary) => {
    const result = ImageProvenanceSchema.parse(await readProvenance(readFileSync(join(FIXTURES, file)), { c2pa }));
    expect(result.verdict).toBe(verdict);
    expect(result.c2pa?.validation).toBe(validation);
    expect(result.summary).toMatch(summary);
    expect(result.summary).not.toMatch(/\bhuman\b/i);
  });

  it('reports the stripped manifest pointer in no_manifest.jpg as evidence, without claiming C2PA', async () => {
    const bytes = readFileSync(join(FIXTURES, 'no_manifest.jpg'));
    expect(hasC2paManifest(bytes)).toBe(false);
    const result = await readProvenance(bytes, { c2pa });
    expect(result.evidence.some((e) => e.source === 'xmp' && /not in the file/.test(e.finding))).toBe(true);
  });

  it('walks every manifest of the PDF, the active one first, with signer and time', async () => {
    const result = await readProvenance(readFileSync(join(FIXTURES, 'adobe-20240110-single_manifest_store.pdf')), { c2pa });
    expect(result.c2pa!.manifests.length).toBe(3);
    expect(result.c2pa!.manifests[0]).toMatchObject({ active: true, signer: 'Adobe Inc.', signedAt: expect.stringMatching(/^2023-/) });
  });

  it('never loads the reader for a file without a manifest', async () => {
    const throwing: C2paReader = { read: () => Promise.reject(new Error('must not be called')) };
    for (const file of ['no_manifest.jpg', 'sample1.png', 'sample1.webp']) {
      expect((await readProvenance(readFileSync(join(FIXTURES, file)), { c2pa: throwing })).error).toBeUndefined();
    }
  });
});

describe('generator metadata built in the tests', () => {
  it('reads Stable Diffusion WebUI parameters from a PNG tEXt chunk as weak evidence', async () => {
    const bytes = png(tEXt('parameters', 'a cat in a hat\nNegative prompt: blurry\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1234, Size: 512x512'));
    const result = await readProvenance(bytes);
    expect(result.verdict).toBe('ai-generated');
    expect(result.evidence[0]).toMatchObject({ source: 'png-text', strength: 'weak' });
    expect(result.summary).toMatch(/weak/i);
  });

  it('reads ComfyUI prompt and workflow graphs from iTXt and zTXt chunks', async () => {
    const graph = JSON.stringify({ '3': { class_type: 'KSampler', inputs: { seed: 1 } } });
    expect((await readProvenance(png(iTXt('prompt', graph)))).verdict).toBe('ai-generated');
    const result = await readProvenance(png(await zTXt('workflow', JSON.stringify({ nodes: [{ type: 'KSampler' }] }))));
    expect(result.verdict).toBe('ai-generated');
    expect(result.evidence[0]!.finding).toMatch(/ComfyUI workflow/);
  });

  it('ignores ordinary PNG text', async () => {
    expect((await readProvenance(png(tEXt('Software', 'GIMP 2.10'), tEXt('parameters', 'none')))).verdict).toBe('no-provenance');
  });

  it.each([
    ['trainedAlgorithmicMedia', 'ai-generated'],
    ['compositeWithTrainedAlgorithmicMedia', 'ai-edited'],
    ['digitalCapture', 'captured'],
  ] as const)('reads IPTC DigitalSourceType %s from XMP as %s (moderate: unsigned)', async (term, verdict) => {
    const bytes = jpeg(xmpSegment(`Iptc4xmpExt:DigitalSourceType="http://cv.iptc.org/newscodes/digitalsourcetype/${term}"`));
    const result = await readProvenance(bytes);
    expect(result.verdict).toBe(verdict);
    expect(result.evidence[0]).toMatchObject({ source: 'xmp', strength: 'moderate' });
  });

  it('reads an EXIF Software tag naming a generator', async () => {
    const result = await readProvenance(jpeg(exifSegment(0x0131, 'Midjourney v6')));
    expect(result.verdict).toBe('ai-generated');
    expect(result.evidence[0]).toMatchObject({ source: 'exif', strength: 'weak', details: { tag: 'Software' } });
  });
});

describe('hostile and broken files', () => {
  it('refuses an oversized file with a clear error, without reading it', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    const result = await readProvenance(big);
    expect(result).toMatchObject({ verdict: 'no-provenance', error: 'file too large' });
  });

  it('reads what it can of a truncated PNG and says it was truncated', async () => {
    const full = png(tEXt('parameters', 'Steps: 20, Sampler: Euler, Seed: 1'));
    const cut = full.subarray(0, full.length - 20);
    const result = await readProvenance(cut);
    expect(result.verdict).toBe('ai-generated');
    expect(result.error).toMatch(/truncated/);
    expect((await readPngText(full.subarray(0, 30))).truncated).toBe(true);
  });

  it('trusts the bytes, not the file name: a PNG called .jpg is read as PNG', async () => {
    const bytes = png(tEXt('parameters', 'Steps: 30, Sampler: DPM++, Seed: 7'));
    expect(sniffMimeType(bytes)).toBe('image/png');
    expect((await readProvenance(bytes)).mimeType).toBe('image/png');
  });

  it('reports a file that is no image at all', async () => {
    expect(await readProvenance(new TextEncoder().encode('<html>not an image</html>'))).toMatchObject({ verdict: 'no-provenance', error: 'unknown file type' });
  });

  it('calls a JUMBF box with impossible lengths broken credentials, and the reader survives', async () => {
    const bytes = jpeg(brokenJumbfSegment());
    expect(hasC2paManifest(bytes)).toBe(true);
    const result = await readProvenance(bytes, { c2pa });
    expect(result.verdict).toBe('credentials-invalid');
    expect(result.evidence[0]!.finding).toMatch(/broken/);
    // The same reader still reads a good file afterwards.
    expect((await readProvenance(readFileSync(join(FIXTURES, 'C_with_CAWG_data.jpg')), { c2pa })).verdict).toBe('captured');
  });

  it('says so when credentials are present but no reader was given', async () => {
    const result = await readProvenance(jpeg(brokenJumbfSegment()));
    expect(result.error).toMatch(/no C2PA reader/);
  });
});

describe('summarizeStore', () => {
  it.each([
    [{ validation_state: 'Valid', validation_status: [{ code: 'signingCredential.untrusted' }] }, 'valid-untrusted'],
    [{ validation_state: 'Trusted' }, 'valid'],
    [{ validation_state: 'Invalid', validation_status: [{ code: 'claimSignature.mismatch' }] }, 'invalid'],
    [{ validation_state: 'Invalid', validation_status: [{ code: 'assertion.dataHash.mismatch' }] }, 'tampered'],
    [{ validation_state: 'Invalid', validation_status: [{ code: 'signingCredential.expired' }] }, 'invalid'],
  ] as const)('maps %j to %s', (status, validation) => {
    expect(summarizeStore({ manifests: {}, ...status }).validation).toBe(validation);
  });
  it('rejects a manifest store of the wrong shape', () => {
    expect(() => summarizeStore({ manifests: 'nope' })).toThrow();
  });
});
