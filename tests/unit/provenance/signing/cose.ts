import { createHash, sign } from 'node:crypto';
import { children, concat, contents, explicit, generalizedTime, int, octets, oid, seq, setOf, tlv } from './der';
import { ECDSA_SHA256, type TestIdentity } from './certs';
import { cbor, type Cbor } from '../../../../lib/certify/cbor';

/**
 * COSE_Sign1 (RFC 9052) as C2PA claim signatures use it, and an RFC 3161 time-stamp token to put in
 * its `sigTst2` header, written by the tests so a signed file can carry an expired certificate, a
 * time-stamp or a broken signature on purpose.
 */
const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
const SHA256 = seq(oid('2.16.840.1.101.3.4.2.1'));
const ID_CT_TST_INFO = '1.2.840.113549.1.9.16.1.4';

/** An RFC 3161 TimeStampToken over `imprintOf`, issued by `tsa` at `at`. */
export function timeStampToken(tsa: TestIdentity, at: Date, imprintOf: Uint8Array): Uint8Array {
  const tstInfo = seq(int(1), oid('1.3.6.1.4.1.99999.1'), seq(SHA256, octets(sha256(imprintOf))), int(Date.now()), generalizedTime(at));
  const attributes = [seq(oid('1.2.840.113549.1.9.3'), setOf(oid(ID_CT_TST_INFO))), seq(oid('1.2.840.113549.1.9.4'), setOf(octets(sha256(tstInfo))))];
  const signedAttrs = setOf(...attributes);
  const signature = new Uint8Array(sign('sha256', signedAttrs, tsa.key));
  // signedAttrs is [0] IMPLICIT in SignerInfo, but signed as a SET OF (RFC 5652 §5.4).
  const signerInfo = seq(int(1), seq(issuerOf(tsa.cert), int(tsa.serial)), SHA256, tlv(0xa0, contents(signedAttrs)), ECDSA_SHA256, octets(signature));
  const signedData = seq(int(3), setOf(SHA256), seq(oid(ID_CT_TST_INFO), explicit(0, octets(tstInfo))), tlv(0xa0, tsa.cert), setOf(signerInfo));
  return seq(oid('1.2.840.113549.1.7.2'), explicit(0, signedData));
}

/** The issuer Name of a DER certificate: the 4th element of its TBSCertificate. */
function issuerOf(cert: Uint8Array): Uint8Array {
  const tbs = children(contents(cert))[0]!;
  return children(contents(tbs))[3]!;
}

export interface SignOptions {
  signer: TestIdentity;
  chain: TestIdentity[];
  /** Adds a `sigTst2` time-stamp from this TSA at this time. */
  timeStamp?: { tsa: TestIdentity; at: Date };
  /** Flips a bit of the signature after signing: a claim signature that does not verify. */
  corruptSignature?: boolean;
}

const ES256 = -7;
const X5CHAIN = 33;

/** A tagged COSE_Sign1 over the claim, padded with a `pad` header to exactly `size` bytes. */
export function coseSign1(claim: Uint8Array, size: number, options: SignOptions): Uint8Array {
  const protectedHeader = cbor(new Map<number, Cbor>([[1, ES256], [X5CHAIN, [options.signer.cert, ...options.chain.map((c) => c.cert)]]]));
  const toBeSigned = cbor(['Signature1', protectedHeader, new Uint8Array(), claim]);
  const signature = new Uint8Array(sign('sha256', toBeSigned, { key: options.signer.key, dsaEncoding: 'ieee-p1363' }));
  const unprotected = new Map<string, Cbor>();
  if (options.timeStamp) {
    // C2PA v2 time-stamps (sigTst2) cover the signature, wrapped as a COSE countersignature.
    const countersigned = cbor(['CounterSignature', protectedHeader, new Uint8Array(), cbor(signature)]);
    unprotected.set('sigTst2', new Map([['tstTokens', [new Map([['val', timeStampToken(options.timeStamp.tsa, options.timeStamp.at, countersigned)]])]]]));
  }
  if (options.corruptSignature) signature[10]! ^= 0x01;
  const build = (padLength: number) => {
    const header = new Map(unprotected);
    header.set('pad', new Uint8Array(padLength));
    return cbor({ tag: 18, value: [protectedHeader, header, null, signature] });
  };
  // The pad's own length prefix grows at 24 and 256 bytes: settle on the length that fits exactly.
  let pad = Math.max(0, size - build(0).length);
  for (let tries = 0; tries < 4 && build(pad).length !== size; tries++) pad -= build(pad).length - size;
  const out = build(pad);
  if (out.length !== size) throw new Error(`COSE signature is ${out.length} bytes, not the ${size} reserved`);
  return out;
}

const EDDSA = -8;
const CONTENT_TYPE = 3;

/**
 * The signature of a CAWG identity claims aggregation (ICA) assertion: a COSE_Sign1 whose attached
 * payload is a W3C verifiable credential naming its issuer by a DID. The signature bytes are never
 * checked in the tests that use it (the issuer's DID document cannot be resolved offline), so they are
 * zeros; everything a validator reads before resolving the issuer is well-formed.
 */
export function icaSignature(issuerDid: string, signerPayload: { referencedAssertions: { url: string; hash: Uint8Array }[] }): Uint8Array {
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://cawg.io/identity/1.1/ica/context/'],
    type: ['VerifiableCredential', 'IdentityClaimsAggregationCredential'],
    issuer: issuerDid,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {
      verifiedIdentities: [{ type: 'cawg.social_media', username: 'assay-tests', uri: 'https://example.com/assay-tests', verifiedAt: '2025-01-01T00:00:00Z', provider: { id: 'https://example.com', name: 'Example' } }],
      c2paAsset: {
        referenced_assertions: signerPayload.referencedAssertions.map((a) => ({ url: a.url, hash: Buffer.from(a.hash).toString('base64') })),
        sig_type: 'cawg.identity_claims_aggregation',
        role: ['cawg.creator'],
      },
    },
  };
  const protectedHeader = cbor(new Map<number, Cbor>([[1, EDDSA], [CONTENT_TYPE, 'application/vc']]));
  return cbor({ tag: 18, value: [protectedHeader, new Map(), new TextEncoder().encode(JSON.stringify(credential)), new Uint8Array(64)] });
}
