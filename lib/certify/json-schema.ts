import { z } from 'zod';
import { CertificateSchema, FORMAT_VERSION } from './format';

/**
 * The JSON Schema of the certificate file, generated from the zod schema (the one definition); saved
 * as docs/certificate.schema.json by `npm run certificate-schema`, and a test keeps the two the same.
 * Rules across fields (one scan entry per document, declared passages that exist) are in the prose.
 */
export function certificateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CertificateSchema, { target: 'draft-2020-12', unrepresentable: 'throw' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: `urn:assay:schema:certificate:${FORMAT_VERSION}`,
    title: `Assay certificate, format version ${FORMAT_VERSION}`,
    description: 'A .assay.json file: readable claims and a detached JWS (EdDSA/Ed25519) over their RFC 8785 canonical form. See docs/certificates.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

export const certificateJsonSchemaText = (): string => `${JSON.stringify(certificateJsonSchema(), null, 2)}\n`;
