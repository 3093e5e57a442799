import type { PublicKey, Status } from '../certify';
import type { KnownSigner } from '../certify/tofu';

/** Rows of the certificate tables (schema v5). */

/** A signing identity of this browser: the private key can sign and can never be read back. */
export interface IdentityRow {
  /** The key's RFC 7638 thumbprint. */
  id: string;
  name: string;
  contact?: string;
  publicKey: PublicKey;
  fingerprint: string;
  createdAt: number;
  privateKey: CryptoKey;
  /** When its encrypted backup was written (at creation or restore). */
  backedUpAt: number;
  /** How it came here: made in this browser, or restored from a backup or CLI key file. */
  origin: 'created' | 'restored';
}

/** A key seen under a name (`id` is `${nameKey}|${thumbprint}`). */
export type SignerRow = KnownSigner & { id: string };

/** A certificate issued or verified in this browser, kept with its file so it can be saved again. */
export interface CertificateRow {
  id: string;
  kind: 'issued' | 'verified';
  at: number;
  /** The first document's or image's name. */
  title: string;
  signerName: string;
  fingerprint: string;
  /** The certificate file as issued or received. */
  text: string;
  /** For a verification: its outcome and reason. */
  status?: Status;
  reason?: string;
  /** The scan record the certificate was made from, when it was. */
  recordId?: string;
}
