import { detect, LOCAL_DETECTOR } from '../../../lib/detect';
import { markdownSegments } from '../../../lib/extract/plain';
import { certify, certificateJson, type Certificate, type Declaration, type GivenDocument, type ScannedDocument } from '../../../lib/certify';
import { generateIdentity, importSigningKey, type OpenIdentity } from '../../../lib/certify/keys';

/** A short report: two human paragraphs, and two in the stock phrasing the detector flags. */
export const REPORT = `# Launch plan

I spent Tuesday morning at the shop with Maria, mostly watching who came in. Before eight it's builders and nurses coming off the night shift, and they want coffee and something they can eat with one hand. Nobody looked at the chalkboard.

The window is the bigger problem. From across the street you can't tell it's a bakery at all until you're close enough to smell it; the blinds are half down because of the afternoon sun and the trays sit too low.

In today's fast-paced and ever-evolving retail landscape, it is crucial to leverage a comprehensive, multifaceted strategy that seamlessly integrates community engagement, brand storytelling and data-driven insights. By fostering meaningful connections and embracing innovation, the bakery can unlock its full potential and position itself as a vibrant hub.

Furthermore, it is important to note that a robust digital presence plays a pivotal role in today's competitive landscape. By harnessing the power of social media and delving into customer feedback, the business can navigate challenges and foster lasting loyalty in a dynamic marketplace.
`;

export interface Signed {
  identity: OpenIdentity;
  certificate: Certificate;
  text: string;
  document: ScannedDocument;
}

/** Scans a Markdown text with the real detector, as the CLI does. */
export function scanMarkdown(name: string, markdown: string): ScannedDocument {
  const segments = markdownSegments(markdown);
  const result = detect(segments, { sensitivity: 'cautious' });
  return { name, source: { kind: 'file' }, passages: result.segments, verdict: result.document };
}

/** The given side of a verification: the same reader over the text in hand. */
export function given(name: string, markdown: string): GivenDocument {
  return { name, passages: markdownSegments(markdown) };
}

export async function signMarkdown(
  markdown = REPORT,
  options: { name?: string; declaration?: Declaration; identity?: OpenIdentity } = {},
): Promise<Signed> {
  const identity = options.identity ?? (await generateIdentity(options.name ?? 'Ana Lima', 'ana@example.org'));
  const document = scanMarkdown('report.md', markdown);
  const certificate = await certify(
    {
      signer: { name: identity.name, contact: identity.contact, publicKey: identity.publicKey },
      documents: [document],
      images: [],
      declaration: options.declaration ?? { uses: [{ use: 'research' }], note: 'Sources found with an assistant; all text my own.' },
      engine: { name: LOCAL_DETECTOR.name, version: LOCAL_DETECTOR.version, modelVersion: LOCAL_DETECTOR.model ?? 'unknown' },
      sensitivity: 'cautious',
      scannedAt: Date.UTC(2026, 11, 1, 12),
      issuedAt: new Date(Date.UTC(2026, 11, 1, 12, 5)),
    },
    await importSigningKey(identity),
  );
  return { identity, certificate, text: certificateJson(certificate), document };
}
