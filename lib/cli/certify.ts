import { constants } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { keyThumbprint, declarationLines } from '../certify';
import { loadC2paBuilderNode } from './c2pa-builder';
import { certify, certificateFileName, certificateJson, disagreements, buildClaims, AI_USES, AiUseKindSchema, type AiUse, type Declaration, type ScannedDocument, type ScannedImage } from '../certify';
import { generateIdentity, importSigningKey, KeyFileError, needsPassphrase, openKeyFile, parseKeyFile, writeKeyFile, MIN_PASSPHRASE_CHARS, type OpenIdentity } from '../certify/keys';
import { LOCAL_DETECTOR } from '../detect';
import { engineOf } from '../scan/service';
import { SensitivitySchema, type Sensitivity } from '../schema/sensitivity';
import type { Io } from './commands';
import { t } from '../i18n';
import { EXIT, InputError } from './exit-codes';
import { readForCertificate, type ReadFile } from './certify-files';

/** `assay certify --help`, in the terminal's language. */
export const certifyUsage = () => t('cli.certify.usage', { uses: AI_USES.join(', ') });

interface CertifyArgs {
  files: string[];
  declare: string[];
  name: string;
  key: string;
  out?: string;
  contact?: string;
  note: string;
  passages?: string;
  tool?: string;
  sensitivity: Sensitivity;
  embed: boolean;
}

const VALUE_FLAGS = ['--declare', '--name', '--key', '--out', '--contact', '--note', '--passages', '--tool', '--sensitivity'] as const;

export function parseCertifyArgs(argv: readonly string[]): CertifyArgs | string {
  const values: Record<string, string> = {};
  const files: string[] = [];
  let embed = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--embed') embed = true;
    else if ((VALUE_FLAGS as readonly string[]).includes(arg)) {
      const value = argv[++i];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) return t('cli.error.needsValue', { option: arg });
      values[arg] = value;
    } else if (arg.startsWith('--')) return t('cli.error.unknownOption', { option: arg });
    else files.push(arg);
  }
  if (files.length === 0) return t('cli.certify.noFiles');
  if (files.includes('-')) return t('cli.certify.stdin');
  for (const required of ['--declare', '--name', '--key']) if (!values[required]) return t('cli.certify.required', { option: required });
  const declare = values['--declare']!.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = declare.filter((use) => !AiUseKindSchema.safeParse(use).success);
  if (unknown.length) return t('cli.certify.declareTakes', { uses: AI_USES.join(', '), unknown: unknown.join(', ') });
  if (declare.includes('none') && declare.length > 1) return t('cli.certify.noneAlone');
  if (declare.includes('drafting') && !values['--passages']) return t('cli.certify.draftingNeedsPassages');
  if (declare.includes('images') && !values['--tool']) return t('cli.certify.imagesNeedTool');
  const sensitivity = SensitivitySchema.safeParse(values['--sensitivity'] ?? 'cautious');
  if (!sensitivity.success) return t('cli.error.sensitivity');
  return {
    files,
    declare,
    name: values['--name']!.trim(),
    key: values['--key']!,
    out: values['--out'],
    contact: values['--contact']?.trim() || undefined,
    note: values['--note'] ?? '',
    passages: values['--passages'],
    tool: values['--tool']?.trim(),
    sensitivity: sensitivity.data,
    embed,
  };
}

/** "3,5-7" or "notes.md:2" into passage references; a usage error names what does not exist. */
export function parsePassages(list: string, documents: readonly { name: string; passages: number }[]): { document: number; passage: number }[] | string {
  if (documents.length === 0) return t('cli.certify.passagesNoText');
  const refs: { document: number; passage: number }[] = [];
  for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
    const match = /^(?:(.+):)?(\d+)(?:-(\d+))?$/.exec(item);
    if (!match) return t('cli.certify.passagesBad', { item });
    const document = match[1] === undefined ? 0 : documents.findIndex((d) => d.name === match[1]);
    if (document < 0) return t('cli.certify.passagesNoFile', { name: match[1]! });
    const from = Number(match[2]);
    const to = match[3] === undefined ? from : Number(match[3]);
    const count = documents[document]!.passages;
    if (from < 1 || to < from || to > count) return t('cli.certify.passagesRange', { name: documents[document]!.name, count, item: item.replace(/^.+:/, '') });
    for (let n = from; n <= to; n++) refs.push({ document, passage: n - 1 });
  }
  return refs.length ? refs : t('cli.certify.passagesNone');
}

/** Reads a line from the terminal without echoing it. */
async function askHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stderr.write(question);
  output._writeToOutput = () => undefined;
  try {
    return await new Promise<string>((done) => rl.question('', done));
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

const interactive = () => Boolean(process.stdin.isTTY && process.stderr.isTTY);

/** Opens the key file, or makes it (mode 0600) when it does not exist. Never prompts without a terminal. */
async function loadOrCreateKey(path: string, name: string, contact: string | undefined, io: Io): Promise<OpenIdentity> {
  const fromEnv = process.env.ASSAY_KEY_PASSPHRASE;
  let text: string | undefined;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(t('cli.certify.cannotReadKey', { path, error: (error as Error).message }), EXIT.UNREADABLE);
  }
  if (text !== undefined) {
    try {
      const file = parseKeyFile(text);
      const passphrase = needsPassphrase(file) ? (fromEnv ?? (interactive() ? await askHidden(t('cli.certify.askPassphrase', { path })) : undefined)) : undefined;
      if (needsPassphrase(file) && passphrase === undefined) throw new KeyFileError(t('cli.certify.encryptedNoTerminal', { path }));
      return await openKeyFile(file, passphrase);
    } catch (error) {
      throw new InputError(t('cli.certify.cannotOpenKey', { path, error: (error as Error).message }), EXIT.UNREADABLE);
    }
  }
  let passphrase = fromEnv;
  if (passphrase === undefined && interactive()) {
    const first = await askHidden(t('cli.certify.newKeyPassphrase', { path, min: MIN_PASSPHRASE_CHARS }));
    if (first) {
      if ((await askHidden(t('cli.certify.passphraseAgain'))) !== first) throw new InputError(t('cli.certify.passphrasesDiffer'), EXIT.USAGE);
      passphrase = first;
    }
  }
  const identity = await generateIdentity(name, contact);
  let file;
  try {
    file = await writeKeyFile(identity, passphrase || undefined);
  } catch (error) {
    throw new InputError((error as Error).message, EXIT.USAGE);
  }
  // O_EXCL: never overwrite a key file that appeared meanwhile.
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(t('cli.certify.cannotWriteKey', { path, error: error.message }), EXIT.UNREADABLE);
  });
  try {
    await handle.writeFile(`${JSON.stringify(file, null, 1)}\n`);
  } finally {
    await handle.close();
  }
  io.err(`assay: ${t('cli.certify.madeKey', { fingerprint: file.fingerprint, path, protection: t(passphrase ? 'cli.certify.encrypted' : 'cli.certify.notEncrypted') })}`);
  return identity;
}

function declarationOf(args: CertifyArgs, documents: readonly ScannedDocument[], images: readonly ScannedImage[]): Declaration | string {
  const uses: AiUse[] = [];
  for (const use of args.declare) {
    if (use === 'drafting') {
      const passages = parsePassages(args.passages!, documents.map((d) => ({ name: d.name, passages: d.passages.length })));
      if (typeof passages === 'string') return passages;
      uses.push({ use, passages });
    } else if (use === 'images') {
      if (images.length === 0) return t('cli.certify.imagesNoImage');
      uses.push({ use, tool: args.tool!, images: [] });
    } else uses.push({ use: use as 'none' | 'research' | 'outline' | 'editing' });
  }
  return { uses, note: args.note };
}

export async function certifyCommand(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(certifyUsage());
    return EXIT.OK;
  }
  const args = parseCertifyArgs(argv);
  if (typeof args === 'string') {
    io.err(`assay: ${args}\n\n${certifyUsage()}`);
    return EXIT.USAGE;
  }
  const read: ReadFile[] = [];
  for (const path of args.files) read.push(await readForCertificate(path, args.sensitivity));
  const documents: ScannedDocument[] = read.flatMap((f) => (f.kind === 'document' ? [{ name: f.name, source: { kind: 'file' as const }, passages: f.result.segments, verdict: f.result.document }] : []));
  const images: ScannedImage[] = read.flatMap((f) => (f.kind === 'image' ? [{ name: f.name, sha256: f.provenance.sha256, bytes: f.bytes.length, mimeType: f.provenance.mimeType, provenance: { verdict: f.provenance.verdict, summary: f.provenance.summary } }] : []));
  const declaration = declarationOf(args, documents, images);
  if (typeof declaration === 'string') {
    io.err(`assay: ${declaration}`);
    return EXIT.USAGE;
  }
  const identity = await loadOrCreateKey(args.key, args.name, args.contact, io);
  const firstDocument = read.find((f): f is Extract<ReadFile, { kind: 'document' }> => f.kind === 'document');
  const input = {
    signer: { name: args.name, contact: args.contact ?? identity.contact, publicKey: identity.publicKey },
    documents,
    images,
    declaration,
    // The engine that scanned the text; with images alone, the one that would have.
    engine: firstDocument ? engineOf(firstDocument.result) : { name: LOCAL_DETECTOR.name, version: LOCAL_DETECTOR.version, modelVersion: LOCAL_DETECTOR.model ?? LOCAL_DETECTOR.version },
    sensitivity: args.sensitivity,
    scannedAt: Date.now(),
  };
  // The scan is signed whatever it says; where it contradicts the declaration, the signer hears it first.
  const claims = await buildClaims(input);
  for (const warning of disagreements(claims.declaration, claims.scan, claims.subject)) io.err(`assay: ${t('cli.warning', { text: warning.text })}`);
  const certificate = await certify(input, await importSigningKey(identity));
  const first = resolve(args.files[0]!);
  const out = resolve(args.out ?? join(dirname(first), certificateFileName(read[0]!.name)));
  try {
    await writeFile(out, certificateJson(certificate));
  } catch (error) {
    throw new InputError(t('cli.certify.cannotWrite', { path: out, error: (error as Error).message }), EXIT.UNREADABLE);
  }
  if (args.embed) await embedCredentials(read, certificate, identity, io);
  io.out(out);
  return EXIT.OK;
}

/** `--embed`: each image again, with Content Credentials signed by the same key, beside the original. */
async function embedCredentials(read: readonly ReadFile[], certificate: Awaited<ReturnType<typeof certify>>, identity: OpenIdentity, io: Io): Promise<void> {
  const images = read.filter((f): f is Extract<ReadFile, { kind: 'image' }> => f.kind === 'image');
  if (images.length === 0) {
    io.err(`assay: ${t('cli.note', { text: t('cli.certify.embedNoImage') })}`);
    return;
  }
  const { embedImageCredentials } = await import('../certify/c2pa-image');
  const builder = await loadC2paBuilderNode();
  const { claims } = certificate;
  const lines = declarationLines(claims);
  const privateKey = await importSigningKey(identity);
  const thumbprint = await keyThumbprint(identity.publicKey);
  for (const [index, image] of images.entries()) {
    const generated = claims.declaration.uses.find((u) => u.use === 'images' && (u.images.length === 0 || u.images.includes(index)));
    const embedded = await embedImageCredentials(builder, {
      name: image.name,
      mimeType: image.provenance.mimeType,
      bytes: image.bytes,
      signer: { name: claims.signer.name, fingerprint: claims.signer.fingerprint, thumbprint, publicKey: identity.publicKey, privateKey },
      ...(generated && generated.use === 'images' ? { generatedWith: generated.tool } : {}),
      declaration: lines,
      sha256: image.provenance.sha256,
    });
    const target = image.path.replace(/(\.[^./\\]+)?$/, (ext) => `.credentials${ext}`);
    await writeFile(target, embedded);
    io.err(`assay: ${t('cli.certify.wroteImage', { path: resolve(target), fingerprint: claims.signer.fingerprint })}`);
  }
}
