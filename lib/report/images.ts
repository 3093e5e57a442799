import { t } from '../i18n';
import type { ImageRecord } from '../schema/record';

/** "images: 2 of 5 AI-generated (C2PA)" — the one-line image summary under the text verdict. */
export function imageSummary(images: readonly ImageRecord[]): string | undefined {
  if (images.length === 0) return undefined;
  const read = images.filter((i) => i.provenance);
  const ai = read.filter((i) => i.provenance!.verdict === 'ai-generated' || i.provenance!.verdict === 'ai-edited');
  // Credentials that are silent about the origin come after the metadata that decided: not a source.
  const deciding = (i: ImageRecord) => i.provenance!.evidence.filter((e) => e.source !== 'c2pa' || i.provenance!.evidence[0]?.source === 'c2pa');
  const sources = [...new Set(ai.flatMap((i) => deciding(i).map((e) => (e.source === 'c2pa' ? 'C2PA' : e.source === 'xmp' ? 'IPTC' : 'metadata'))))];
  const otherSite = images.filter((i) => !i.provenance && i.notRead === 'other-site').length;
  const unread = images.length - read.length - otherSite;
  const parts = [`${t('images.aiOf', { ai: ai.length, total: images.length })}${ai.length && sources.length ? ` (${sources.join(', ')})` : ''}`];
  if (otherSite > 0) parts.push(t('images.otherSite', { n: otherSite }));
  if (unread > 0) parts.push(t('images.unreadable', { n: unread }));
  return t('images.summary', { parts: parts.join(', ') });
}
