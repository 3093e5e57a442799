// @peculiar/x509 resolves its parts through tsyringe, which needs the Reflect metadata API first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import type { PublicKey } from './format';
import { cbor, type Cbor } from './cbor';

/**
 * "Travels with the image": Content Credentials (C2PA) embedded in an image file, signed with the
 * freelancer's own Ed25519 key. C2PA signing wants an X.509 chain, so the key gets a certificate from
 * a one-off issuer made for it (its key discarded at once): validators then report the signer as "not
 * on a trust list", which is the honest answer for a freelancer's own key. The manifest says how the
 * image was made as declared (generated with a named tool, or opened and published as it was) and
 * carries an `org.assay.certificate` assertion naming the signer by name and fingerprint.
 *
 * The C2PA builder (WebAssembly) is passed in: the CLI loads it from node_modules.
 */
export interface C2paBuilderModule {
  WasmBuilder: {
    fromJson(json: string, context?: string): {
      sign(signer: { alg: string; reserveSize: number; sign: (claim: Uint8Array) => Promise<Uint8Array> }, identities: unknown[], format: string, source: Blob): Promise<Uint8Array | ArrayBuffer>;
      free(): void;
    };
  };
}

export interface ImageCredentials {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  signer: { name: string; fingerprint: string; thumbprint: string; publicKey: PublicKey; privateKey: CryptoKey };
  /** The generating tool, when the declaration names this image as generated. */
  generatedWith?: string;
  declaration: string[];
  /** SHA-256 of the file as the .assay.json certifies it (before the credentials were added). */
  sha256: string;
}

/** Room for the COSE signature: two Ed25519 certificates and the CBOR around them. */
const RESERVE_SIZE = 4_000;
const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';
const YEAR_MS = 365 * 86_400_000;

/** The key's certificate, issued by a one-off issuer whose private key never leaves this function. */
async function certificateChain(signer: ImageCredentials['signer'], now: Date): Promise<Uint8Array[]> {
  x509.cryptoProvider.set(crypto);
  const issuerKeys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = await crypto.subtle.importKey('jwk', { ...signer.publicKey }, { name: 'Ed25519' }, true, ['verify']);
  const cn = signer.name.replace(/[,+="<>#;\\]/g, ' ').slice(0, 60);
  const notBefore = new Date(now.getTime() - 86_400_000);
  const notAfter = new Date(now.getTime() + 5 * YEAR_MS);
  const issuer = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: `CN=${cn} (self-issued for Assay), O=Assay self-signed`,
    notBefore,
    notAfter,
    signingAlgorithm: { name: 'Ed25519' },
    keys: issuerKeys,
    extensions: [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true), await x509.SubjectKeyIdentifierExtension.create(issuerKeys.publicKey)],
  });
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '02',
    subject: `CN=${cn}, O=Assay self-signed, OU=${signer.fingerprint}`,
    issuer: issuer.subject,
    notBefore,
    notAfter,
    signingAlgorithm: { name: 'Ed25519' },
    publicKey,
    signingKey: issuerKeys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      // id-kp-emailProtection: one of the extended key usages C2PA accepts for claim signers.
      new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.4'], false),
      await x509.SubjectKeyIdentifierExtension.create(publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuerKeys.publicKey),
    ],
  });
  return [new Uint8Array(leaf.rawData), new Uint8Array(issuer.rawData)];
}

/** A tagged COSE_Sign1 (EdDSA) over the claim, padded to exactly the reserved size. */
async function coseSign1(claim: Uint8Array, chain: Uint8Array[], privateKey: CryptoKey): Promise<Uint8Array> {
  const protectedHeader = cbor(new Map<number, Cbor>([[1, -8], [33, chain]]));
  const toBeSigned = cbor(['Signature1', protectedHeader, new Uint8Array(), claim]);
  const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, toBeSigned as Uint8Array<ArrayBuffer>));
  const build = (pad: number) => cbor({ tag: 18, value: [protectedHeader, new Map([['pad', new Uint8Array(pad)]]), null, signature] });
  let pad = Math.max(0, RESERVE_SIZE - build(0).length);
  for (let tries = 0; tries < 4 && build(pad).length !== RESERVE_SIZE; tries++) pad -= build(pad).length - RESERVE_SIZE;
  const out = build(pad);
  if (out.length !== RESERVE_SIZE) throw new Error('the Content Credentials signature did not fit its reserved space');
  return out;
}

/** The image with Content Credentials embedded, signed with the freelancer's key. */
export async function embedImageCredentials(builderModule: C2paBuilderModule, image: ImageCredentials, now = new Date()): Promise<Uint8Array> {
  const chain = await certificateChain(image.signer, now);
  const action = image.generatedWith
    ? { action: 'c2pa.created', digitalSourceType: `${IPTC}trainedAlgorithmicMedia`, softwareAgent: { name: image.generatedWith } }
    : { action: 'c2pa.opened', parameters: { ingredientIds: ['delivered'] } };
  const manifest = {
    claim_generator_info: [{ name: 'Assay', version: '1' }],
    title: image.name,
    ...(image.generatedWith ? {} : { ingredients: [{ title: image.name, format: image.mimeType, relationship: 'parentOf', label: 'delivered' }] }),
    assertions: [
      { label: 'c2pa.actions.v2', data: { actions: [action] } },
      {
        label: 'org.assay.certificate',
        data: { signer: image.signer.name, fingerprint: image.signer.fingerprint, thumbprint: image.signer.thumbprint, declaration: image.declaration, certifiedSha256: image.sha256 },
      },
    ],
  };
  const builder = builderModule.WasmBuilder.fromJson(JSON.stringify(manifest), JSON.stringify({ verify: { verify_after_sign: false } }));
  try {
    const signed = await builder.sign({ alg: 'ed25519', reserveSize: RESERVE_SIZE, sign: (claim) => coseSign1(claim, chain, image.signer.privateKey) }, [], image.mimeType, new BytesBlob(image.bytes));
    return new Uint8Array(signed);
  } finally {
    builder.free();
  }
}

/** The builder reads its source with FileReaderSync (a worker API); this Blob gives its bytes straight. */
class BytesBlob extends Blob {
  constructor(readonly data: Uint8Array) {
    super([data as Uint8Array<ArrayBuffer>]);
  }
  override slice(start?: number, end?: number): BytesBlob {
    return new BytesBlob(this.data.subarray(start, end));
  }
}

/** Installs FileReaderSync over BytesBlob where the runtime has none (Node). */
export function provideFileReaderSync(): void {
  (globalThis as { FileReaderSync?: unknown }).FileReaderSync ??= class {
    readAsArrayBuffer(blob: BytesBlob): ArrayBuffer {
      return blob.data.slice().buffer;
    }
  };
}
