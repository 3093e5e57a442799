// Signing and verifying time for a 10,000-word document, and the certificate's size (issue 12).
// `npm run bench:certify`: the figures docs/certificates.md quotes come from this script.
import { detect, LOCAL_DETECTOR } from '../lib/detect';
import { markdownSegments } from '../lib/extract/plain';
import { certify, certificateJson, keyThumbprint, rememberSigner, verifyCertificate } from '../lib/certify';
import { generateIdentity, importSigningKey } from '../lib/certify/keys';

const WORDS = 10_000;
const RUNS = 7;
const SENTENCES = [
  'We walked the river path before the market opened and counted the herons standing in the shallows.',
  'My brother insists the old bridge was painted green once, though nobody else in the family remembers it.',
  'In today’s fast-paced landscape, it is crucial to leverage a comprehensive strategy that fosters meaningful engagement.',
  'The bakery on the corner sold out of rye by nine, so we settled for whatever was still warm.',
  'Furthermore, it is important to note that a robust presence plays a pivotal role in a dynamic marketplace.',
];

function document(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = Array.from({ length: 4 }, (_, j) => SENTENCES[(i + j) % SENTENCES.length]).join(' ') + ` (Note ${i + 1}.)`;
    count += text.split(/\s+/).length;
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const text = document(WORDS);
const segments = markdownSegments(text);
const scanStarted = performance.now();
const result = detect(segments, { sensitivity: 'cautious' });
const scanMs = performance.now() - scanStarted;
const identity = await generateIdentity('Ana Lima', 'ana@example.org');
const key = await importSigningKey(identity);
const input = {
  signer: { name: identity.name, contact: identity.contact, publicKey: identity.publicKey },
  documents: [{ name: 'report.md', source: { kind: 'file' as const }, passages: result.segments, verdict: result.document }],
  images: [],
  declaration: { uses: [{ use: 'research' as const }], note: 'Sources found with an assistant.' },
  engine: { name: LOCAL_DETECTOR.name, version: LOCAL_DETECTOR.version, modelVersion: LOCAL_DETECTOR.model ?? '' },
  sensitivity: 'cautious' as const,
  scannedAt: Date.now(),
};
const given = [{ name: 'report.md', passages: segments }];
const known = [rememberSigner({ name: identity.name, fingerprint: '' }, await keyThumbprint(identity.publicKey), [], 0)];

const signTimes: number[] = [];
const verifyTimes: number[] = [];
let certificateText = '';
for (let run = 0; run < RUNS; run++) {
  let started = performance.now();
  const certificate = await certify(input, key);
  signTimes.push(performance.now() - started);
  certificateText = certificateJson(certificate);
  started = performance.now();
  const verdict = await verifyCertificate(certificateText, { documents: given, images: [], known });
  verifyTimes.push(performance.now() - started);
  if (verdict.status !== 'valid') throw new Error(`verification failed: ${verdict.reason}`);
}
const bytes = new TextEncoder().encode(certificateText).length;
const words = segments.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
console.log(`document: ${words.toLocaleString('en')} words in ${segments.length} passages (scan with detect(): ${scanMs.toFixed(0)} ms, not part of the figures below)`);
console.log(`sign (claims, RFC 8785, Ed25519): median ${median(signTimes).toFixed(1)} ms of ${RUNS} (first ${signTimes[0]!.toFixed(1)} ms)`);
console.log(`verify (parse, signature, hashes, passage alignment): median ${median(verifyTimes).toFixed(1)} ms of ${RUNS} (first ${verifyTimes[0]!.toFixed(1)} ms)`);
console.log(`certificate: ${bytes.toLocaleString('en')} bytes (${(bytes / 1024).toFixed(1)} KiB), ${(bytes / words).toFixed(1)} bytes a word`);
