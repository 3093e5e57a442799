import { z } from 'zod';
import { base64url } from 'jose';
import { canonicalBytes } from './canonical';
import { PublicKeySchema, MAX_CONTACT_CHARS, MAX_NAME_CHARS, type PublicKey } from './format';
import { fingerprintOf } from './fingerprint';
import { t } from '../i18n';

/**
 * Signing identities: an Ed25519 key pair made with WebCrypto (the same in the extension and in Node),
 * and its key file. The private key exists in memory as material only when it is made or restored from
 * a file; the extension then keeps it as a non-extractable CryptoKey (lib/store/identities.ts), so that
 * moment is the one chance to write the passphrase-encrypted backup. The backup format is the CLI's
 * `--key` file format too: one identity moves between the extension, other browsers and the CLI.
 */
export const KEY_FILE_FORMAT = 'assay-key';
export const KEY_FILE_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: slow enough per guess, about half a second here. */
export const PBKDF2_ITERATIONS = 600_000;
/** A key file asking for fewer is refused (a weakened backup), or for more (a file that hangs the reader). */
export const MIN_PBKDF2_ITERATIONS = 100_000;
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
/** A passphrase shorter than this protects nothing against an offline guesser. */
export const MIN_PASSPHRASE_CHARS = 10;

const B64 = z.string().regex(/^[A-Za-z0-9_-]*$/).max(4_096);

const PrivatePartSchema = z.discriminatedUnion('protection', [
  /** A CLI key file made without a terminal or passphrase: protected by its file mode (0600) only. */
  z.strictObject({ protection: z.literal('none'), d: B64.length(43) }),
  z.strictObject({
    protection: z.literal('passphrase'),
    kdf: z.strictObject({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS), salt: B64.min(22) }),
    cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: B64.length(16) }),
    ciphertext: B64.min(1),
  }),
]);

export const KeyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(KEY_FILE_VERSION),
  name: z.string().min(1).max(MAX_NAME_CHARS),
  contact: z.string().min(1).max(MAX_CONTACT_CHARS).optional(),
  publicKey: PublicKeySchema,
  fingerprint: z.string().max(200),
  createdAt: z.iso.datetime({ offset: false }),
  private: PrivatePartSchema,
});
export type KeyFile = z.infer<typeof KeyFileSchema>;

/** An identity with its key material in memory: only between making or reading a key file and storing it. */
export interface OpenIdentity {
  name: string;
  contact?: string;
  publicKey: PublicKey;
  /** The private scalar, base64url (RFC 8037 `d`). */
  d: string;
  createdAt: string;
}

export class KeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyFileError';
  }
}

export async function generateIdentity(name: string, contact: string | undefined, now = new Date()): Promise<OpenIdentity> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  if (!jwk.x || !jwk.d) throw new Error(t('certify.key.noParts'));
  return { name, ...(contact ? { contact } : {}), publicKey: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, d: jwk.d, createdAt: now.toISOString() };
}

/** The private key as a non-extractable CryptoKey: it can sign, and its material can never be read back. */
export function importSigningKey(identity: Pick<OpenIdentity, 'publicKey' | 'd'>): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: identity.publicKey.x, d: identity.d }, { name: 'Ed25519' }, false, ['sign']);
}

/** Whether the private scalar belongs to the public key: sign a probe and verify it. */
async function matches(identity: Pick<OpenIdentity, 'publicKey' | 'd'>): Promise<boolean> {
  try {
    const probe = new TextEncoder().encode('assay key check');
    const signature = await crypto.subtle.sign('Ed25519', await importSigningKey(identity), probe);
    const key = await crypto.subtle.importKey('jwk', { ...identity.publicKey }, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify('Ed25519', key, signature, probe);
  } catch {
    return false;
  }
}

/** What the ciphertext is bound to: moving it under another public key or name fails to decrypt. */
const associatedData = (file: Pick<KeyFile, 'publicKey' | 'name'>) => canonicalBytes({ format: KEY_FILE_FORMAT, version: KEY_FILE_VERSION, publicKey: file.publicKey, name: file.name });

async function wrappingKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Writes a key file: encrypted under the passphrase, or (CLI without one) with the scalar in the clear. */
export async function writeKeyFile(identity: OpenIdentity, passphrase: string | undefined, iterations = PBKDF2_ITERATIONS): Promise<KeyFile> {
  const base = {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    name: identity.name,
    ...(identity.contact ? { contact: identity.contact } : {}),
    publicKey: identity.publicKey,
    fingerprint: await fingerprintOf(identity.publicKey),
    createdAt: identity.createdAt,
  } as const;
  if (passphrase === undefined) return KeyFileSchema.parse({ ...base, private: { protection: 'none', d: identity.d } });
  if (passphrase.length < MIN_PASSPHRASE_CHARS) throw new KeyFileError(t('certify.key.shortPassphrase', { n: MIN_PASSPHRASE_CHARS }));
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await wrappingKey(passphrase, salt, iterations);
  const plain = new TextEncoder().encode(identity.d);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: associatedData(base) as Uint8Array<ArrayBuffer> }, key, plain));
  return KeyFileSchema.parse({
    ...base,
    private: { protection: 'passphrase', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: base64url.encode(salt) }, cipher: { name: 'AES-GCM', iv: base64url.encode(iv) }, ciphertext: base64url.encode(ciphertext) },
  });
}

/** Reads a key file's JSON text, checking its shape; a KeyFileError says what is wrong. */
export function parseKeyFile(text: string): KeyFile {
  if (text.length > 64 * 1024) throw new KeyFileError(t('certify.key.tooLarge'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new KeyFileError(t('certify.key.notJson'));
  }
  const parsed = KeyFileSchema.safeParse(data);
  if (!parsed.success) {
    const format = (data as { format?: unknown } | null)?.format;
    throw new KeyFileError(format === KEY_FILE_FORMAT ? t('certify.key.damaged', { detail: z.prettifyError(parsed.error).split('\n')[0] ?? '' }) : t('certify.key.notKeyFile'));
  }
  return parsed.data;
}

/** Whether opening a key file needs a passphrase. */
export const needsPassphrase = (file: KeyFile): boolean => file.private.protection === 'passphrase';

/** Opens a key file: decrypts it with the passphrase when it is encrypted, and checks the pair. */
export async function openKeyFile(file: KeyFile, passphrase?: string): Promise<OpenIdentity> {
  let d: string;
  if (file.private.protection === 'none') d = file.private.d;
  else {
    if (passphrase === undefined) throw new KeyFileError(t('certify.key.encrypted'));
    const { kdf, cipher, ciphertext } = file.private;
    const key = await wrappingKey(passphrase, base64url.decode(kdf.salt), kdf.iterations);
    try {
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: base64url.decode(cipher.iv) as Uint8Array<ArrayBuffer>, additionalData: associatedData(file) as Uint8Array<ArrayBuffer> }, key, base64url.decode(ciphertext) as Uint8Array<ArrayBuffer>);
      d = new TextDecoder().decode(plain);
    } catch {
      throw new KeyFileError(t('certify.key.wrongPassphrase'));
    }
  }
  const identity: OpenIdentity = { name: file.name, ...(file.contact ? { contact: file.contact } : {}), publicKey: file.publicKey, d, createdAt: file.createdAt };
  if (!(await matches(identity))) throw new KeyFileError(t('certify.key.mismatch'));
  return identity;
}

/** The file name a backup is offered under. */
export function keyFileName(fingerprint: string): string {
  return `assay-key-${fingerprint.split('-').slice(0, 3).join('-')}.json`;
}
