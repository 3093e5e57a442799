import { LABELS } from '../report/labels';
import type { Claims, Declaration, AiUseKind } from './format';

/**
 * The declaration in words, and where it disagrees with the scan. A freelancer who declares "no AI"
 * while passages are labelled AI is warned before signing; the scan stays in the certificate either
 * way, so the client sees both.
 */
export const USE_TEXT: Record<AiUseKind, string> = {
  none: 'No AI was used',
  research: 'AI for research',
  outline: 'AI for the outline',
  editing: 'AI for editing or polishing',
  drafting: 'AI drafted some passages',
  images: 'AI-generated images',
};

/** The choices as a form offers them, with a line of help each. */
export const USE_HELP: Record<AiUseKind, string> = {
  none: 'Everything delivered was made without AI tools.',
  research: 'AI helped find or summarise sources; the text is your own.',
  outline: 'AI suggested the structure; you wrote the text.',
  editing: 'You wrote the text; AI corrected or polished it.',
  drafting: 'AI wrote first drafts of the passages you name.',
  images: 'Some images were generated with an AI tool you name.',
};

/** One line per declared use: "AI drafted passages 3, 5 of report.md", "AI-generated images (Midjourney v7): cover.png". */
export function declarationLines(claims: Pick<Claims, 'declaration' | 'subject'>): string[] {
  const { documents, images } = claims.subject;
  return claims.declaration.uses.map((use) => {
    if (use.use === 'drafting') {
      const byDoc = new Map<number, number[]>();
      for (const p of use.passages) byDoc.set(p.document, [...(byDoc.get(p.document) ?? []), p.passage + 1]);
      const parts = [...byDoc].map(([d, ps]) => `passage${ps.length === 1 ? '' : 's'} ${ps.join(', ')}${documents.length > 1 ? ` of ${documents[d]?.name ?? '?'}` : ''}`);
      return `${USE_TEXT.drafting}: ${parts.join('; ')}`;
    }
    if (use.use === 'images') {
      const named = use.images.length ? use.images.map((i) => images[i]?.name ?? '?').join(', ') : 'all images';
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
    const more = undeclared.length > 8 ? ` and ${undeclared.length - 8} more` : '';
    const none = declaration.uses.some((u) => u.use === 'none');
    found.push({
      text: `${none ? 'You declare no AI use, but' : 'You do not declare drafting of them, but'} Assay labels ${undeclared.length === 1 ? 'passage' : 'passages'} ${where}${more} ${LABELS.ai.text}. The scan stays in the certificate beside your declaration.`,
    });
  }
  const generated = scan.images.filter((i) => i.verdict === 'ai-generated' || i.verdict === 'ai-edited').length;
  if (generated > 0 && !declaresImages)
    found.push({ text: `${generated === 1 ? 'An image carries' : `${generated} images carry`} provenance data saying AI generated or edited ${generated === 1 ? 'it' : 'them'}, and you do not declare generated images.` });
  return found;
}
