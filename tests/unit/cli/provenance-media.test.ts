// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../../lib/cli/exit-codes';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { sniffFile } from '../../../lib/provenance/sniff';
import { mov, mp3, mp4, otf, wav } from '../provenance/media';
import { actions, IPTC, signFile } from '../provenance/signing/sign';

/** `assay scan` on audio, video and files it cannot read (issue 14, item 16). */
const dir = mkdtempSync(join(tmpdir(), 'assay-media-'));
function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const generated = { assertions: [actions({ action: 'c2pa.created', digitalSourceType: `${IPTC}trainedAlgorithmicMedia` })] };

describe('assay scan on audio and video', () => {
  it.each([
    ['voice.wav', 'audio/wav', wav],
    ['voice.mp3', 'audio/mpeg', mp3],
    ['clip.mp4', 'video/mp4', mp4],
    ['clip.mov', 'video/quicktime', mov],
  ] as const)('%s: reads its Content Credentials into "provenance" (%s)', async (name, mimeType, make) => {
    // Named .txt: the bytes decide, not the name.
    const path = file(`${name}.txt`, await signFile(mimeType, make(), generated));
    const { code, out, err } = await run('scan', path, '--json');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({ provenance: 'ai-generated', mimeType, c2pa: { validation: 'valid-untrusted' } });
    expect(report.summary).toMatch(new RegExp(`this ${mimeType.startsWith('audio') ? 'audio' : 'video'} was made by generative AI`));
    expect(report).not.toHaveProperty('segments');
  });

  it('prints the provenance report for a signed video, and "no provenance data" for a plain recording', async () => {
    const signed = await run('scan', file('signed.mp4', await signFile('video/mp4', mp4(), generated)));
    expect(signed.code).toBe(0);
    expect(signed.out.join('\n')).toMatch(/^Assay video provenance: .*signed\.mp4 \(video\/mp4, [\d,]+ bytes\)\nVerdict: AI-generated/);
    const plain = await run('scan', file('plain.wav', wav()), '--json');
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.out.join(''))).toMatchObject({ provenance: 'no-provenance', mimeType: 'audio/wav', summary: expect.stringMatching(/proves nothing/) });
  });
});

describe('assay scan refuses what it cannot read', () => {
  const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0)]);
  const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, ...new Array(57).fill(0)]);
  const ogg = Uint8Array.from([...'OggS'].map((c) => c.charCodeAt(0)).concat(new Array(24).fill(0)));
  it.each([
    ['font.otf', otf(), /OpenType font/],
    ['archive.zip', zip, /ZIP archive/],
    ['tool', elf, /program/],
    ['audio.ogg', ogg, /Ogg/],
  ])('%s: a clear message and exit 4 (nothing to judge), nothing on stdout', async (name, bytes, format) => {
    const { code, out, err } = await run('scan', file(name, bytes), '--json');
    expect(code).toBe(EXIT.UNUSABLE);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(format);
    expect(err.join('\n')).toMatch(/cannot read this file/);
  });

  it('tells text that merely starts like a binary format from the format itself', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    for (const s of ["I'm free to talk about the video tomorrow.", 'true story: the font was fine', 'MZ is the abbreviation we used', 'ID3 tags are how MP3s carry titles', 'OTTO was here'])
      expect(sniffFile(text(s))).toBeUndefined();
  });
});
