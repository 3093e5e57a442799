import { createHash, generateKeyPairSync, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { bits, bool, explicit, implicit, int, octets, oid, printable, seq, setOf, time, utf8 } from './der';

/**
 * Test certificates (EC P-256, ECDSA-SHA256) made at run time: a root CA, a C2PA claim signer and a
 * time-stamp authority. They follow the profile C2PA validators check for signers (v3, key usage
 * digitalSignature, an extended key usage from the C2PA list, authority key identifier, not a CA).
 */
export interface TestIdentity {
  key: KeyObject;
  /** DER. */
  cert: Uint8Array;
  pem: string;
  subject: Uint8Array;
  keyId: Uint8Array;
  serial: number;
}

const OID = {
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  country: '2.5.4.6',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  timeStamping: '1.3.6.1.5.5.7.3.8',
};
export const ECDSA_SHA256 = seq(oid(OID.ecdsaSha256));

function name(commonName: string): Uint8Array {
  return seq(setOf(seq(oid(OID.country), printable('ID'))), setOf(seq(oid(OID.organization), utf8('Assay tests'))), setOf(seq(oid(OID.commonName), utf8(commonName))));
}

function extension(id: string, critical: boolean, value: Uint8Array): Uint8Array {
  return critical ? seq(oid(id), bool(true), octets(value)) : seq(oid(id), octets(value));
}

let serials = 1000;

interface Options {
  commonName: string;
  issuer?: TestIdentity;
  notBefore: Date;
  notAfter: Date;
  role: 'ca' | 'signer' | 'tsa';
}

export function makeIdentity({ commonName, issuer, notBefore, notAfter, role }: Options): TestIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  // RFC 5280 §4.2.1.2 method 1: SHA-1 of the public key bits (the last 65 bytes of a P-256 SPKI).
  const keyId = new Uint8Array(createHash('sha1').update(spki.subarray(spki.length - 65)).digest());
  const subject = name(commonName);
  const serial = ++serials;
  const extensions = [
    extension(OID.basicConstraints, true, role === 'ca' ? seq(bool(true)) : seq()),
    // keyUsage bits: digitalSignature is bit 0; keyCertSign (5) and cRLSign (6) for the CA.
    extension(OID.keyUsage, true, role === 'ca' ? bits(Uint8Array.of(0x06), 1) : bits(Uint8Array.of(0x80), 7)),
    extension(OID.subjectKeyId, false, octets(keyId)),
  ];
  if (role !== 'ca') extensions.push(extension(OID.extKeyUsage, role === 'tsa', seq(oid(role === 'tsa' ? OID.timeStamping : OID.emailProtection))));
  if (issuer) extensions.push(extension(OID.authorityKeyId, false, seq(implicit(0, issuer.keyId))));
  const tbs = seq(explicit(0, int(2)), int(serial), ECDSA_SHA256, issuer?.subject ?? subject, seq(time(notBefore), time(notAfter)), subject, spki, explicit(3, seq(...extensions)));
  const signature = new Uint8Array(sign('sha256', tbs, issuer?.key ?? privateKey));
  const cert = seq(tbs, ECDSA_SHA256, bits(signature));
  const pem = new X509Certificate(Buffer.from(cert)).toString();
  return { key: privateKey, cert, pem, subject, keyId, serial };
}

const DAY = 86_400_000;

/** A root, a signer and a TSA; the signer's validity can be moved into the past to test expiry. */
export function makeTestPki(signerValidity?: { notBefore: Date; notAfter: Date }) {
  const now = Date.now();
  const root = makeIdentity({ commonName: 'Assay Test Root CA', notBefore: new Date(Date.UTC(2015, 0, 1)), notAfter: new Date(now + 3650 * DAY), role: 'ca' });
  const signer = makeIdentity({ commonName: 'Assay Test Signer', issuer: root, ...(signerValidity ?? { notBefore: new Date(now - 30 * DAY), notAfter: new Date(now + 365 * DAY) }), role: 'signer' });
  const tsa = makeIdentity({ commonName: 'Assay Test Time-Stamp Authority', issuer: root, notBefore: new Date(Date.UTC(2015, 0, 1)), notAfter: new Date(now + 3650 * DAY), role: 'tsa' });
  return { root, signer, tsa };
}
