import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ImageList, imageSummary } from '../../components/ImageList';
import type { ImageRecord } from '../../lib/schema/record';

const base = { width: 400, height: 300 };
function image(id: string, verdict: ImageRecord['provenance'] extends infer P ? (P extends { verdict: infer V } ? V : never) | null : never, source: 'c2pa' | 'xmp' | 'png-text' = 'c2pa'): ImageRecord {
  return {
    ...base,
    id,
    url: `https://cdn.example/${id}.jpg`,
    alt: `Image ${id}`,
    provenance: verdict
      ? { verdict, summary: `Summary of ${id}`, evidence: verdict === 'no-provenance' ? [] : [{ source, strength: 'strong', finding: 'f', details: {} }], sha256: 'a'.repeat(64), mimeType: 'image/jpeg', bytes: 10 }
      : null,
    ...(verdict ? {} : { error: 'not read: Assay may not read images from another site without your permission' }),
  };
}

describe('imageSummary', () => {
  it.each([
    [[], undefined],
    [[image('a', 'ai-generated'), image('b', 'captured'), image('c', 'no-provenance')], 'Images: 1 of 3 AI-generated or AI-edited (C2PA)'],
    [[image('a', 'ai-edited', 'xmp'), image('b', null)], 'Images: 1 of 2 AI-generated or AI-edited (IPTC), 1 not readable'],
    [[image('a', 'no-provenance')], 'Images: 0 of 1 AI-generated or AI-edited'],
  ])('sums up %#', (images, text) => {
    expect(imageSummary(images as ImageRecord[])).toBe(text);
  });
});

describe('ImageList', () => {
  it('lists each image with its verdict, says why one was not read, and never calls an image human', () => {
    render(<ImageList images={[image('a', 'ai-generated'), image('b', 'no-provenance'), image('c', null)]} />);
    expect(screen.getByRole('heading', { name: 'Images (3)' })).toBeInTheDocument();
    expect(screen.getByText('AI-generated')).toBeInTheDocument();
    expect(screen.getByText('Not read')).toBeInTheDocument();
    expect(screen.getByText(/without your permission/)).toBeInTheDocument();
    expect(screen.getByText(/proves nothing either way/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Images' })).not.toHaveTextContent(/\bhuman\b/i);
  });
  it('says which images sit on other sites and were not fetched; the button appears only where the user can allow them', async () => {
    const other = (id: string, host: string): ImageRecord => ({ ...base, id, url: `https://${host}/${id}.jpg`, alt: id, provenance: null, error: 'not read: hosted on another site', notRead: 'other-site' });
    const images = [image('a', 'captured'), other('b', 'cdn.one.net'), other('c', 'cdn.one.net'), other('d', 'img.two.org')];
    expect(imageSummary(images)).toBe('Images: 0 of 4 AI-generated or AI-edited, 3 on other sites not read');
    const { rerender } = render(<ImageList images={images} />);
    expect(screen.getByText(/3 images are hosted elsewhere \(cdn\.one\.net, img\.two\.org\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    const onRead = vi.fn(async (origins: string[]) => `asked for ${origins.join(' ')}`);
    rerender(<ImageList images={images} onReadOtherSites={onRead} />);
    const userEvent = (await import('@testing-library/user-event')).default;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Read images from other sites' }));
    expect(onRead).toHaveBeenCalledWith(['https://cdn.one.net/*', 'https://img.two.org/*']);
    expect(await screen.findByRole('status')).toHaveTextContent('asked for https://cdn.one.net/* https://img.two.org/*');
  });

  it('renders nothing without images', () => {
    const { container } = render(<ImageList images={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('ImageCheck', () => {
  it('reads chosen files locally and shows each verdict, or why a file could not be read', async () => {
    const { ImageCheck } = await import('../../components/dashboard/ImageCheck');
    const userEvent = (await import('@testing-library/user-event')).default;
    const user = userEvent.setup();
    const provenance = image('a', 'captured').provenance!;
    const reader = async (bytes: ArrayBuffer) => (bytes.byteLength === 3 ? { ok: false as const, error: 'the provenance reader stopped' } : { ok: true as const, provenance });
    render(<ImageCheck read={() => reader} />);
    await user.upload(screen.getByLabelText('Images to check'), [new File([new Uint8Array(10)], 'photo.jpg', { type: 'image/jpeg' }), new File([new Uint8Array(3)], 'bad.jpg', { type: 'image/jpeg' })]);
    const rows = await screen.findAllByTestId('checked-image');
    await screen.findByText('Captured (camera)');
    expect(rows.map((r) => r.getAttribute('data-verdict'))).toEqual(['captured', 'failed']);
    expect(screen.getByText('the provenance reader stopped')).toBeInTheDocument();
  });
});
