import { readFile, stat } from 'node:fs/promises';
import { changeSummary, declarationLines, rememberSigner, spokenFingerprint, verifyCertificate, MAX_CERTIFICATE_BYTES, type GivenDocument, type GivenImage, type Status, type VerifyResult } from '../certify';
import { IMAGE_VERDICTS, LABELS, excerpt, verdictLine } from '../report/labels';
import type { Io } from './commands';
import { InputError } from './exit-codes';
import { checkWellKnown, wellKnownUrl, type WellKnownCheck } from '../certify/well-known';
import { knownSignersPath, loadKnownSigners, readForCertificate, saveKnownSigners, type ReadFile } from './certify-files';

/**
 * `assay verify <certificate> <files…>`: its own exit codes, as issue 12 lists them, so a script can
 * tell a changed text from a forged certificate from a new key.
 */
export const VERIFY_EXIT: Record<Status | 'could-not-verify', number> = {
  valid: 0,
  /** A file cannot be read, or the command line is wrong: nothing was verified. */
  'could-not-verify': 1,
  'content-changed': 2,
  'bad-signature': 3,
  /** Only when nothing else is wrong. */
  'unknown-key': 4,
  malformed: 5,
};

export const VERIFY_USAGE = `Usage: assay verify <certificate.assay.json> <files…> [--json] [--accept-new-key] [--check-domain <domain>]

  Checks a certificate offline: its signature, the files against the hashes it signed (and which
  passages changed), the signer's key against the keys seen before under that name, and Assay's scan
  at signing beside a scan of the files now. Prints VALID … or INVALID: <reason> first.

  --json             one JSON object instead of the report
  --accept-new-key   remember the signer's new key when a known name arrives with another one
  --check-domain <domain>  also look online whether the signer lists this key at
                     https://<domain>/.well-known/assay-key (the only step that uses the network)

  Exit codes: 0 valid · 1 could not verify (a file cannot be read, a wrong command line) ·
  2 content changed · 3 bad signature · 4 key not seen before (only when nothing else is wrong) ·
  5 malformed certificate. Known keys: known-signers.json in $ASSAY_HOME, else $XDG_CONFIG_HOME/assay, else ~/.config/assay.`;

function toGiven(files: readonly ReadFile[]): { documents: GivenDocument[]; images: GivenImage[] } {
  return {
    documents: files.flatMap((f) => (f.kind === 'document' ? [{ name: f.name, passages: f.result.segments, verdict: f.result.document }] : [])),
    images: files.flatMap((f) => (f.kind === 'image' ? [{ name: f.name, sha256: f.provenance.sha256 }] : [])),
  };
}

function wellKnownLine(check: WellKnownCheck): string {
  if (check.state === 'listed') return `Online:      the key is listed at ${check.url}`;
  if (check.state === 'not-listed') return `Online:      WARNING: the key is NOT listed at ${check.url} (${check.listed} other key${check.listed === 1 ? '' : 's'} listed there)`;
  return `Online:      could not check ${check.url}: ${'reason' in check ? check.reason : 'unknown problem'}`;
}

const headline = (result: VerifyResult) => (result.status === 'valid' || result.status === 'unknown-key' ? `VALID: ${result.reason}` : `INVALID: ${result.reason}`);

function report(result: VerifyResult, files: readonly ReadFile[]): string {
  const lines = [headline(result)];
  const claims = result.claims;
  if (!claims) return lines.join('\n');
  const { signer } = claims;
  lines.push(`Signer:      ${signer.name}${signer.contact ? ` <${signer.contact}>` : ''}`, `Fingerprint: ${spokenFingerprint(signer.fingerprint)}`, `Thumbprint:  ${result.thumbprint ?? ''} (what a signer publishes at https://<domain>/.well-known/assay-key)`);
  if (result.trust) {
    const trust = result.trust;
    lines.push(`Key:         ${trust.state === 'known' ? `seen before under this name (since ${new Date(trust.since).toISOString().slice(0, 10)})` : trust.state === 'new' ? 'not seen before under this name' : `WARNING: a new key for a name seen before with ${trust.previous.map((p) => p.fingerprint).join(', ')}`}`);
  }
  lines.push(`Signed:      ${claims.issuedAt.replace('T', ' ').slice(0, 16)} UTC`, ...declarationLines(claims).map((line, i) => `${i ? '             ' : 'Declared:    '}${line}`));
  if (claims.declaration.note) lines.push(`Note:        “${claims.declaration.note}”`);
  for (const doc of result.documents) {
    const then = claims.scan.documents[doc.index]!;
    const now = doc.now?.verdict;
    const state = doc.state === 'changed' ? changeSummary(doc.changes) : doc.state === 'not-given' ? 'not checked (not given)' : doc.state === 'unrelated' ? `${doc.given} does not belong to it` : 'unchanged';
    lines.push('', `${doc.name}: ${state}`, `  scan at signing: ${verdictLine(then.label, then.aiShare, ' · ', then.probability)} (p ${then.probability.toFixed(2)})${now ? `   now: ${verdictLine(now.label, now.aiShare, ' · ', now.probability)} (p ${now.probability.toFixed(2)})` : ''}`);
    const signed = claims.subject.documents[doc.index]!.passages;
    for (const change of doc.changes.slice(0, 20)) {
      const before = 'signed' in change ? `“${excerpt(signed[change.signed]!.opening, 50)}”, ${LABELS[then.passages[change.signed]!.label].passage ?? ''} at signing` : '';
      const after = 'now' in change && doc.now ? `“${excerpt(doc.now.passages[change.now]!.text, 50)}”${doc.now.passages[change.now]!.label ? `, ${LABELS[doc.now.passages[change.now]!.label!].passage ?? ''} now` : ''}` : '';
      if (change.kind === 'changed') lines.push(`  passage ${change.signed + 1} changed: was ${before}; now ${after}`);
      else if (change.kind === 'removed') lines.push(`  passage ${change.signed + 1} removed: ${before}`);
      else lines.push(`  added at ${change.now + 1}: ${after}`);
    }
  }
  for (const image of result.images) {
    const then = claims.scan.images[image.index]!;
    const given = files.find((f) => f.kind === 'image' && f.name === image.given);
    const now = given?.kind === 'image' ? IMAGE_VERDICTS[given.provenance.verdict].text : undefined;
    lines.push('', `${image.name}: ${image.state === 'not-given' ? 'not checked (not given)' : image.state === 'changed' ? 'the image file changed' : 'unchanged'}`, `  provenance at signing: ${then.verdict ? IMAGE_VERDICTS[then.verdict].text : 'not read'}${now ? `   now: ${now}` : ''}`);
  }
  for (const name of result.extra) lines.push('', `${name}: not covered by this certificate`);
  lines.push('', `Scan: ${claims.scan.engine.name} ${claims.scan.engine.version}, model ${claims.scan.engine.modelVersion}, ${claims.scan.sensitivity}`);
  return lines.join('\n');
}

export async function verifyCommand(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(VERIFY_USAGE);
    return VERIFY_EXIT.valid;
  }
  const json = argv.includes('--json');
  const accept = argv.includes('--accept-new-key');
  const domainAt = argv.indexOf('--check-domain');
  const domain = domainAt >= 0 ? argv[domainAt + 1] : undefined;
  const rest = argv.filter((_, i) => domainAt < 0 || (i !== domainAt && i !== domainAt + 1));
  const unknown = rest.find((a) => a.startsWith('--') && a !== '--json' && a !== '--accept-new-key');
  const positional = rest.filter((a) => !a.startsWith('--'));
  // ASSAY_WELL_KNOWN_BASE replaces "https://" (tests serve the file on loopback over plain HTTP).
  const wellKnown = domain ? wellKnownUrl(domain, process.env.ASSAY_WELL_KNOWN_BASE || 'https://') : undefined;
  const problem = unknown
    ? `unknown option ${unknown}`
    : domainAt >= 0 && !wellKnown
      ? '--check-domain takes a domain (example.com), a site address or an e-mail address'
      : positional.length < 2
        ? 'assay verify takes a certificate and the files it covers'
        : undefined;
  if (problem) {
    io.err(`assay: ${problem}\n\n${VERIFY_USAGE}`);
    return VERIFY_EXIT['could-not-verify'];
  }
  const [certificatePath, ...paths] = positional as [string, ...string[]];
  let text: string;
  let files: ReadFile[];
  try {
    // Refused unread past the limit: a hostile file is never loaded whole.
    const size = (await stat(certificatePath)).size;
    if (size > MAX_CERTIFICATE_BYTES) {
      const reason = `the certificate is ${(size / 1024 / 1024).toFixed(1)} MiB, over the 1 MiB limit: no Assay certificate is that large`;
      io.out(json ? JSON.stringify({ valid: false, exitCode: VERIFY_EXIT.malformed, status: 'malformed', reason }) : `INVALID: ${reason}`);
      return VERIFY_EXIT.malformed;
    }
    text = await readFile(certificatePath, 'utf8');
    files = [];
    for (const path of paths) files.push(await readForCertificate(path, 'cautious'));
  } catch (error) {
    const message = error instanceof InputError ? error.message : `cannot read ${(error as NodeJS.ErrnoException).path ?? certificatePath}: ${(error as Error).message}`;
    io.err(`assay: could not verify: ${message}`);
    return VERIFY_EXIT['could-not-verify'];
  }
  const knownPath = knownSignersPath();
  const known = await loadKnownSigners(knownPath).catch((error: Error) => {
    io.err(`assay: ${error.message}`);
    return undefined;
  });
  if (!known) return VERIFY_EXIT['could-not-verify'];
  const result = await verifyCertificate(text, { ...toGiven(files), known });
  // Trust on first use: a first key is remembered once everything else checks out; a changed one only when accepted.
  if (result.status === 'unknown-key' && result.claims && result.thumbprint && (result.trust?.state === 'new' || accept)) {
    const entry = rememberSigner(result.claims.signer, result.thumbprint, known, Date.now());
    await saveKnownSigners(knownPath, [...known.filter((k) => !(k.nameKey === entry.nameKey && k.thumbprint === entry.thumbprint)), entry]);
  }
  const code = VERIFY_EXIT[result.status];
  const online = wellKnown && result.thumbprint && result.status !== 'malformed' ? await checkWellKnown(wellKnown, result.thumbprint) : undefined;
  if (json) {
    const { claims, ...rest } = result;
    io.out(JSON.stringify({ valid: code === 0 || code === 4, exitCode: code, ...rest, ...(online ? { wellKnown: online } : {}), documents: rest.documents.map(({ now: _now, ...d }) => d), signer: claims?.signer, issuedAt: claims?.issuedAt, declaration: claims ? declarationLines(claims) : undefined, note: claims?.declaration.note }));
  } else io.out(report(result, files) + (online ? `\n${wellKnownLine(online)}` : ''));
  return code;
}
