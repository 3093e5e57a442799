import { z } from 'zod';
import type { Signer } from './format';

/**
 * Trust on first use: a client remembers each signer's key under the name it came with. The first
 * certificate from a name is "a key not seen before"; later ones with the same key are "known"; a
 * known name arriving with another key is warned about — it is how an impostor would look, and also
 * how a freelancer who lost their key would, so the client decides (the new key is not trusted silently).
 */
export const KnownSignerSchema = z.object({
  /** The name as signed; compared folded (nameKey). */
  name: z.string().max(200),
  nameKey: z.string().max(200),
  /** RFC 7638 thumbprint of the key. */
  thumbprint: z.string().max(64),
  fingerprint: z.string().max(200),
  firstSeen: z.number(),
  lastSeen: z.number(),
});
export type KnownSigner = z.infer<typeof KnownSignerSchema>;

/** Names compare without regard to case, Unicode form or spacing: "Ana  Lima" is "ana lima". */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export type SignerTrust =
  | { state: 'known'; since: number }
  | { state: 'new' }
  /** The name is known with other keys: `previous` are those keys. */
  | { state: 'key-changed'; previous: KnownSigner[] };

/** What the client's memory says of a signer; `known` are the remembered entries for its name. */
export function signerTrust(signer: Pick<Signer, 'name'>, thumbprint: string, known: readonly KnownSigner[]): SignerTrust {
  const sameName = known.filter((k) => k.nameKey === nameKey(signer.name));
  const same = sameName.find((k) => k.thumbprint === thumbprint);
  if (same) return { state: 'known', since: same.firstSeen };
  if (sameName.length > 0) return { state: 'key-changed', previous: sameName };
  return { state: 'new' };
}

/** The entry to store after a verification: first sight is remembered; a changed key only when the user accepts it. */
export function rememberSigner(signer: Pick<Signer, 'name' | 'fingerprint'>, thumbprint: string, known: readonly KnownSigner[], now: number): KnownSigner {
  const existing = known.find((k) => k.nameKey === nameKey(signer.name) && k.thumbprint === thumbprint);
  return existing ? { ...existing, lastSeen: now } : { name: signer.name, nameKey: nameKey(signer.name), thumbprint, fingerprint: signer.fingerprint, firstSeen: now, lastSeen: now };
}
