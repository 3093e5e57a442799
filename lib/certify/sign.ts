import { buildClaims, type CertifyInput } from './claims';
import { keyThumbprint } from './fingerprint';
import { CertificateSchema, CERTIFICATE_EXTENSION, MAX_CERTIFICATE_BYTES, type Certificate } from './format';
import { signClaims } from './jws';
import { decimal, t } from '../i18n';

/** Signs a certificate: claims from the scan and the declaration, a detached JWS with the signer's key. */
export async function certify(input: CertifyInput, signingKey: CryptoKey): Promise<Certificate> {
  const claims = await buildClaims(input);
  const signature = await signClaims(claims, signingKey, await keyThumbprint(claims.signer.publicKey));
  const certificate = CertificateSchema.parse({ claims, signature });
  const size = new TextEncoder().encode(certificateJson(certificate)).length;
  if (size > MAX_CERTIFICATE_BYTES) throw new Error(t('certify.sign.tooLarge', { size: decimal(size / 1024 / 1024, 1) }));
  return certificate;
}

/** The certificate file's text: readable JSON, one member a line. */
export function certificateJson(certificate: Certificate): string {
  return `${JSON.stringify(certificate, null, 1)}\n`;
}

/** `report.md` → `report.md.assay.json`; a page or Doc title becomes a safe file name. */
export function certificateFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120) || 'deliverable';
  return `${safe}${CERTIFICATE_EXTENSION}`;
}
