import { readFile, stat } from 'node:fs/promises';
import { changeSummary, declarationLines, rememberSigner, spokenFingerprint, verifyCertificate, MAX_CERTIFICATE_BYTES, type GivenDocument, type GivenImage, type Status, type VerifyResult } from '../certify';
import { IMAGE_VERDICTS, LABELS, excerpt, verdictLine } from '../report/labels';
import { date, decimal, plural, t, type Locale } from '../i18n';
import type { Io } from './commands';
import { InputError } from './exit-codes';
import { checkWellKnown, wellKnownUrl, type WellKnownCheck } from '../certify/well-known';
import { unreadable } from './inputs';
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

/** `assay verify --help`, in the terminal's language. */
export const verifyUsage = () => t('cli.verify.usage');

function toGiven(files: readonly ReadFile[]): { documents: GivenDocument[]; images: GivenImage[] } {
  return {
    documents: files.flatMap((f) => (f.kind === 'document' ? [{ name: f.name, passages: f.result.segments, verdict: f.result.document }] : [])),
    images: files.flatMap((f) => (f.kind === 'image' ? [{ name: f.name, sha256: f.provenance.sha256 }] : [])),
  };
}

function wellKnownLine(check: WellKnownCheck): string {
  const url = check.url;
  if (check.state === 'listed') return t('cli.verify.listed', { url });
  if (check.state === 'not-listed') return plural('cli.verify.notListed', check.listed, { url });
  return t('cli.verify.couldNotCheck', { url, reason: 'reason' in check ? check.reason : t('cli.verify.unknownProblem') });
}

const headline = (result: VerifyResult) => t(result.status === 'valid' || result.status === 'unknown-key' ? 'cli.verify.valid' : 'cli.verify.invalid', { reason: result.reason });

/** The report's field names, padded to one width (at least the English one's) so the values line up. */
function fields() {
  const names = { signer: t('cli.verify.signer'), fingerprint: t('cli.verify.fingerprint'), thumbprint: t('cli.verify.thumbprint'), key: t('cli.verify.key'), signed: t('cli.verify.signed'), declared: t('cli.verify.declared'), note: t('cli.verify.note'), online: t('cli.verify.online') };
  const width = Math.max(13, ...Object.values(names).map((n) => n.length + 1));
  const field = (name: keyof typeof names) => names[name].padEnd(width);
  return { field, indent: ' '.repeat(width) };
}

const p = (probability: number) => t('verdict.p', { p: decimal(probability, 2) });

function report(result: VerifyResult, files: readonly ReadFile[]): string {
  const lines = [headline(result)];
  const claims = result.claims;
  if (!claims) return lines.join('\n');
  const { field, indent } = fields();
  const { signer } = claims;
  lines.push(`${field('signer')}${signer.name}${signer.contact ? ` <${signer.contact}>` : ''}`, `${field('fingerprint')}${spokenFingerprint(signer.fingerprint)}`, `${field('thumbprint')}${result.thumbprint ?? ''} ${t('cli.verify.thumbprintHint')}`);
  if (result.trust) {
    const trust = result.trust;
    lines.push(`${field('key')}${trust.state === 'known' ? t('cli.verify.keyKnown', { date: date(trust.since) }) : trust.state === 'new' ? t('cli.verify.keyNew') : t('cli.verify.keyChanged', { previous: trust.previous.map((k) => k.fingerprint).join(', ') })}`);
  }
  lines.push(`${field('signed')}${claims.issuedAt.replace('T', ' ').slice(0, 16)} UTC`, ...declarationLines(claims).map((line, i) => `${i ? indent : field('declared')}${line}`));
  if (claims.declaration.note) lines.push(`${field('note')}“${claims.declaration.note}”`);
  for (const doc of result.documents) {
    const then = claims.scan.documents[doc.index]!;
    const now = doc.now?.verdict;
    const state = doc.state === 'changed' ? changeSummary(doc.changes) : doc.state === 'not-given' ? t('cli.verify.notGiven') : doc.state === 'unrelated' ? t('cli.verify.unrelated', { given: doc.given ?? '' }) : t('cli.verify.unchanged');
    const thenText = `${verdictLine(then.label, then.aiShare, ' · ', then.probability)} (${p(then.probability)})`;
    const nowText = now ? t('cli.verify.now', { verdict: `${verdictLine(now.label, now.aiShare, ' · ', now.probability)} (${p(now.probability)})` }) : '';
    lines.push('', `${doc.name}: ${state}`, `${t('cli.verify.scanAtSigning', { verdict: thenText })}${nowText}`);
    const signed = claims.subject.documents[doc.index]!.passages;
    for (const change of doc.changes.slice(0, 20)) {
      const before = 'signed' in change ? t('cli.verify.passageAtSigning', { text: excerpt(signed[change.signed]!.opening, 50), label: LABELS[then.passages[change.signed]!.label].passage ?? '' }) : '';
      const passageNow = 'now' in change && doc.now ? doc.now.passages[change.now]! : undefined;
      const after = passageNow ? (passageNow.label ? t('cli.verify.passageNow', { text: excerpt(passageNow.text, 50), label: LABELS[passageNow.label].passage ?? '' }) : `“${excerpt(passageNow.text, 50)}”`) : '';
      // Passage numbers as assay scan lists them, not in the language's number style.
      if (change.kind === 'changed') lines.push(t('cli.verify.passageChanged', { n: String(change.signed + 1), before, after }));
      else if (change.kind === 'removed') lines.push(t('cli.verify.passageRemoved', { n: String(change.signed + 1), before }));
      else lines.push(t('cli.verify.passageAdded', { n: String(change.now + 1), after }));
    }
  }
  for (const image of result.images) {
    const then = claims.scan.images[image.index]!;
    const given = files.find((f) => f.kind === 'image' && f.name === image.given);
    const now = given?.kind === 'image' ? IMAGE_VERDICTS[given.provenance.verdict].text : undefined;
    const state = image.state === 'not-given' ? t('cli.verify.notGiven') : image.state === 'changed' ? t('cli.verify.imageChanged') : t('cli.verify.unchanged');
    lines.push('', `${image.name}: ${state}`, `${t('cli.verify.provenanceAtSigning', { verdict: then.verdict ? IMAGE_VERDICTS[then.verdict].text : t('cli.verify.notRead') })}${now ? t('cli.verify.now', { verdict: now }) : ''}`);
  }
  for (const name of result.extra) lines.push('', t('cli.verify.notCovered', { name }));
  const { engine } = claims.scan;
  lines.push('', t('cli.verify.scan', { engine: engine.name, version: engine.version, model: engine.modelVersion, sensitivity: t(`sensitivity.${claims.scan.sensitivity}`) }));
  return lines.join('\n');
}

export async function verifyCommand(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(verifyUsage());
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
    ? t('cli.error.unknownOption', { option: unknown })
    : domainAt >= 0 && !wellKnown
      ? t('cli.verify.checkDomain')
      : positional.length < 2
        ? t('cli.verify.takes')
        : undefined;
  if (problem) {
    io.err(`assay: ${problem}\n\n${verifyUsage()}`);
    return VERIFY_EXIT['could-not-verify'];
  }
  const [certificatePath, ...paths] = positional as [string, ...string[]];
  let text: string;
  let files: ReadFile[];
  try {
    // Refused unread past the limit: a hostile file is never loaded whole.
    const size = (await stat(certificatePath)).size;
    if (size > MAX_CERTIFICATE_BYTES) {
      const reason = (locale?: Locale) => t('cli.verify.tooLarge', { size: decimal(size / 1024 / 1024, 1, locale) }, locale);
      // The JSON keeps the English reason, as the certificate library's reasons are.
      io.out(json ? JSON.stringify({ valid: false, exitCode: VERIFY_EXIT.malformed, status: 'malformed', reason: reason('en') }) : t('cli.verify.invalid', { reason: reason() }));
      return VERIFY_EXIT.malformed;
    }
    text = await readFile(certificatePath, 'utf8');
    files = [];
    for (const path of paths) files.push(await readForCertificate(path, 'cautious'));
  } catch (error) {
    const message = error instanceof InputError ? error.message : unreadable((error as NodeJS.ErrnoException).path ?? certificatePath, error).message;
    io.err(`assay: ${t('cli.verify.couldNotVerify', { error: message })}`);
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
  } else io.out(report(result, files) + (online ? `\n${fields().field('online')}${wellKnownLine(online)}` : ''));
  return code;
}
