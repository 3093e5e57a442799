import { plural, t, type MessageKey } from '../i18n';
import { LABELS } from '../report/labels';
import type { Claims, Declaration, AiUseKind } from './format';

/**
 * The declaration in words, and where it disagrees with the scan. A freelancer who declares "no AI"
 * while passages are labelled AI is warned before signing; the scan stays in the certificate either
 * way, so the client sees both.
 */
const USE_KEYS: Record<AiUseKind, { text: MessageKey; help: MessageKey }> = {
  none: { text: 'certify.use.none', help: 'certify.useHelp.none' },
  research: { text: 'certify.use.research', help: 'certify.useHelp.research' },
  outline: { text: 'certify.use.outline', help: 'certify.useHelp.outline' },
  editing: { text: 'certify.use.editing', help: 'certify.useHelp.editing' },
  drafting: { text: 'certify.use.drafting', help: 'certify.useHelp.drafting' },
  images: { text: 'certify.use.images', help: 'certify.useHelp.images' },
};

/** A record whose values are read from the catalogue when read, so they follow the chosen language. */
function translated(field: 'text' | 'help'): Record<AiUseKind, string> {
  const out = {} as Record<AiUseKind, string>;
  for (const [use, keys] of Object.entries(USE_KEYS)) Object.defineProperty(out, use, { enumerable: true, get: () => t(keys[field]) });
  return out;
}

/** Each use in words, in the reader's language. */
export const USE_TEXT: Record<AiUseKind, string> = translated('text');

/** The choices as a form offers them, with a line of help each. */
export const USE_HELP: Record<AiUseKind, string> = translated('help');

/** " and 3 more" after a list cut short. */
const more = (n: number) => (n > 0 ? t('certify.more', { n }) : '');

/** One line per declared use: "AI drafted passages 3, 5 of report.md", "AI-generated images (Midjourney v7): cover.png". */
export function declarationLines(claims: Pick<Claims, 'declaration' | 'subject'>): string[] {
  const { documents, images } = claims.subject;
  return claims.declaration.uses.map((use) => {
    if (use.use === 'drafting') {
      const byDoc = new Map<number, number[]>();
      for (const p of use.passages) byDoc.set(p.document, [...(byDoc.get(p.document) ?? []), p.passage + 1]);
      const parts = [...byDoc].map(([d, ps]) => (documents.length > 1 ? plural('certify.declared.passagesOf', ps.length, { list: ps.join(', '), name: documents[d]?.name ?? '?' }) : plural('certify.declared.passages', ps.length, { list: ps.join(', ') })));
      return `${USE_TEXT.drafting}: ${parts.join('; ')}`;
    }
    if (use.use === 'images') {
      const named = use.images.length ? use.images.map((i) => images[i]?.name ?? '?').join(', ') : t('certify.declared.allImages');
      return `${USE_TEXT.images} (${use.tool}): ${named}`;
    }
    return USE_TEXT[use.use];
  });
}

export interface Disagreement {
  /** What the declaration says against what the scan found, in a sentence. */
  text: string;
}

/** Where the scan at signing contradicts the declaration (the form warns; the CLI prints it). */
export function disagreements(declaration: Declaration, scan: Pick<Claims['scan'], 'documents' | 'images'>, subject: Pick<Claims['subject'], 'documents'>): Disagreement[] {
  const found: Disagreement[] = [];
  const drafted = new Set(declaration.uses.flatMap((u) => (u.use === 'drafting' ? u.passages.map((p) => `${p.document}:${p.passage}`) : [])));
  const declaresImages = declaration.uses.some((u) => u.use === 'images');
  const flagged = scan.documents.flatMap((d, di) => d.passages.flatMap((p, pi) => (p.label === 'ai' ? [{ di, pi }] : [])));
  const undeclared = flagged.filter(({ di, pi }) => !drafted.has(`${di}:${pi}`));
  if (undeclared.length > 0) {
    const where = undeclared
      .slice(0, 8)
      .map(({ di, pi }) => `${pi + 1}${subject.documents.length > 1 ? ` (${subject.documents[di]?.name ?? '?'})` : ''}`)
      .join(', ');
    const stem = declaration.uses.some((u) => u.use === 'none') ? 'certify.disagree.none' : 'certify.disagree.undeclared';
    found.push({ text: plural(stem, undeclared.length, { where: `${where}${more(undeclared.length - 8)}`, label: LABELS.ai.text }) });
  }
  const generated = scan.images.filter((i) => i.verdict === 'ai-generated' || i.verdict === 'ai-edited').length;
  if (generated > 0 && !declaresImages)
    found.push({ text: plural('certify.disagree.images', generated) });
  return found;
}
