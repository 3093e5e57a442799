/**
 * The user's additions to the C2PA trust list: certificates in PEM, pasted in the dashboard or given
 * to the CLI with `--trust`. A signer whose chain reaches one of them is reported "valid, signer
 * trusted" instead of "valid, but the signer is not on the trust list". The C2PA reader checks the
 * certificates themselves; this only finds the PEM blocks and bounds their number and size.
 */
export const MAX_TRUST_ANCHORS = 50;
export const MAX_TRUST_TEXT = 200_000;

const PEM = /-----BEGIN CERTIFICATE-----\s*([A-Za-z0-9+/=\s]{40,16000}?)\s*-----END CERTIFICATE-----/g;

export interface TrustList {
  /** Each certificate as a normalized PEM block. */
  anchors: string[];
  /** Text that is neither blank nor inside a certificate block (a paste gone wrong). */
  stray: boolean;
}

export function parseTrustList(text: string): TrustList {
  const input = text.slice(0, MAX_TRUST_TEXT);
  const anchors: string[] = [];
  for (const match of input.matchAll(PEM)) {
    if (anchors.length >= MAX_TRUST_ANCHORS) break;
    const body = match[1]!.replace(/\s+/g, '');
    const lines = body.match(/.{1,64}/g) ?? [];
    const pem = ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----'].join('\n');
    if (!anchors.includes(pem)) anchors.push(pem);
  }
  const rest = input.replace(PEM, '').trim();
  return { anchors, stray: rest.length > 0 };
}
