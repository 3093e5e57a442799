/**
 * How a certificate travels as a file: its name and its largest size. Plain constants in a file of their
 * own: the mail content scripts look for attached certificates, and must not carry the certificate
 * schemas (format.ts) to do it (tests/build/content-scripts.test.ts).
 */

/** A certificate larger than this is refused unread: a 20,000-passage document signs to well under it. */
export const MAX_CERTIFICATE_BYTES = 1024 * 1024;

/** The file name a certificate is saved under, beside what it certifies. */
export const CERTIFICATE_EXTENSION = '.assay.json';
