import type { ImageRecord } from '../schema/record';

/** "images: 2 of 5 AI-generated (C2PA)" — the one-line image summary under the text verdict. */
export function imageSummary(images: readonly ImageRecord[]): string | undefined {
  if (images.length === 0) return undefined;
  const read = images.filter((i) => i.provenance);
  const ai = read.filter((i) => i.provenance!.verdict === 'ai-generated' || i.provenance!.verdict === 'ai-edited');
  const sources = [...new Set(ai.flatMap((i) => i.provenance!.evidence.map((e) => (e.source === 'c2pa' ? 'C2PA' : e.source === 'xmp' ? 'IPTC' : 'metadata'))))];
  const unread = images.length - read.length;
  const parts = [`${ai.length} of ${images.length} AI-generated or AI-edited${ai.length && sources.length ? ` (${sources.join(', ')})` : ''}`];
  if (unread > 0) parts.push(`${unread} not readable`);
  return `Images: ${parts.join(', ')}`;
}
