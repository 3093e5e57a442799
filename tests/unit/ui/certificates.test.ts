// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { givenRecordImages, imageName, recordImages, signAndKeep, verifyAndKeep, givenFromRecord } from '../../../lib/ui/certificates';
import { openDatabase } from '../../../lib/store/db';
import { createIdentity, listCertificates, knownSigners } from '../../../lib/store/identities';
import type { ScanRecord } from '../../../lib/schema/record';
import { record } from '../../component/fixtures';

const provenance = (sha: string) => ({ verdict: 'ai-generated' as const, summary: 'C2PA: generated', evidence: [], sha256: sha.repeat(64), mimeType: 'image/png', bytes: 120 });
const withImages = (): ScanRecord => ({
  ...record({ id: 'page-1' }),
  images: [
    { id: 'i1', url: 'https://studio.example/img/hero%20shot.png?v=2', alt: 'Hero', width: 800, height: 400, provenance: provenance('a') },
    { id: 'i2', url: 'data:image/png;base64,AAAA', alt: 'Inline chart', width: 100, height: 100, provenance: provenance('b') },
    { id: 'i3', url: 'https://cdn.example/blocked.jpg', alt: '', width: 100, height: 100, provenance: null, error: 'not read: Assay may not read images from another site without your permission' },
  ],
});

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('certificates from scan records', () => {
  it('names page images by their address or alt text, covers the read ones and names the unread', () => {
    const page = withImages();
    expect(page.images.map(imageName)).toEqual(['hero shot.png', 'Inline chart', 'blocked.jpg']);
    const { images, unread } = recordImages(page);
    expect(images.map((i) => [i.name, i.sha256, i.provenance?.verdict])).toEqual([
      ['hero shot.png', 'a'.repeat(64), 'ai-generated'],
      ['Inline chart', 'b'.repeat(64), 'ai-generated'],
    ]);
    expect(unread).toEqual(['blocked.jpg']);
    expect(givenRecordImages(page).map((i) => i.name)).toEqual(['hero shot.png', 'Inline chart']);
  });

  it('signs a page with its images, keeps it, and verifies it against the same page: a changed image is named', async () => {
    const db = openDatabase(`ui-certificates-${Date.now()}`);
    names.push(db.name);
    try {
      const { row } = await createIdentity(db, 'Ana Lima', undefined, 'a long passphrase');
      const page = withImages();
      const { text, fileName } = await signAndKeep(db, { identity: row, records: [page], images: recordImages(page).images, declaration: { uses: [{ use: 'images', tool: 'Midjourney v7', images: [] }], note: '' }, recordId: page.id });
      expect(fileName).toMatch(/\.assay\.json$/);
      expect((await listCertificates(db))[0]).toMatchObject({ kind: 'issued', recordId: 'page-1', signerName: 'Ana Lima' });
      const same = await verifyAndKeep(db, text, [givenFromRecord(page)], givenRecordImages(page));
      expect(same.status).toBe('unknown-key');
      expect(await knownSigners(db, 'Ana Lima')).toHaveLength(1);
      const again = await verifyAndKeep(db, text, [givenFromRecord(page)], givenRecordImages(page));
      expect(again.status).toBe('valid');
      const swapped = givenRecordImages(page).map((i, n) => (n === 0 ? { ...i, sha256: 'c'.repeat(64) } : i));
      const changed = await verifyAndKeep(db, text, [givenFromRecord(page)], swapped);
      expect(changed.status).toBe('content-changed');
      expect(changed.reason).toBe('the content changed since signing: hero shot.png: the image file changed');
      expect((await listCertificates(db)).filter((c) => c.kind === 'verified')).toHaveLength(3);
    } finally {
      db.close();
    }
  });
});
