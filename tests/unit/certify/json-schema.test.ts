import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificateJsonSchemaText } from '../../../lib/certify/json-schema';
import { signMarkdown } from './helpers';

type Schema = Record<string, any>;

/** A small JSON Schema checker (the keywords the generated schema uses), enough to test the schema itself. */
function errors(schema: Schema, value: unknown, path = '$', root: Schema = schema): string[] {
  if (schema.$ref) return errors(root.$defs[schema.$ref.replace('#/$defs/', '')], value, path, root);
  if (schema.anyOf) return schema.anyOf.some((s: Schema) => errors(s, value, path, root).length === 0) ? [] : [`${path}: matches no alternative`];
  if (schema.oneOf) return schema.oneOf.filter((s: Schema) => errors(s, value, path, root).length === 0).length === 1 ? [] : [`${path}: matches not exactly one alternative`];
  const out: string[] = [];
  if ('const' in schema && value !== schema.const) out.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) out.push(`${path}: not one of ${schema.enum.join(', ')}`);
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (schema.type && !(schema.type === type || (schema.type === 'integer' && Number.isInteger(value)) || (schema.type === 'number' && type === 'number'))) return [...out, `${path}: not ${schema.type}`];
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${path}: does not match ${schema.pattern}`);
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) out.push(`${path}: too long`);
    if (schema.minLength !== undefined && [...value].length < schema.minLength) out.push(`${path}: too short`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${path}: below minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${path}: too many items`);
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push(`${path}: too few items`);
    if (schema.items) value.forEach((item, i) => out.push(...errors(schema.items, item, `${path}[${i}]`, root)));
  }
  if (type === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) out.push(`${path}: lacks ${key}`);
    for (const [key, item] of Object.entries(object)) {
      if (schema.properties?.[key]) out.push(...errors(schema.properties[key], item, `${path}.${key}`, root));
      else if (schema.additionalProperties === false) out.push(`${path}: unexpected ${key}`);
    }
  }
  return out;
}

describe('docs/certificate.schema.json', () => {
  const text = readFileSync(new URL('../../../docs/certificate.schema.json', import.meta.url), 'utf8');

  it('is the schema generated from lib/certify/format.ts (run npm run certificate-schema after a change)', () => {
    expect(text).toBe(certificateJsonSchemaText());
  });

  it('accepts a real certificate, and rejects one with an unknown member, a bad hash or an unknown use', async () => {
    const schema = JSON.parse(text) as Schema;
    const { text: certificate } = await signMarkdown();
    expect(errors(schema, JSON.parse(certificate))).toEqual([]);
    const extra = JSON.parse(certificate);
    extra.claims.signer.verified = true;
    expect(errors(schema, extra)).toContain('$.claims.signer: unexpected verified');
    const hash = JSON.parse(certificate);
    hash.claims.subject.documents[0].sha256 = 'XYZ';
    expect(errors(schema, hash).join()).toMatch(/\$\.claims\.subject\.documents\[0\]\.sha256: does not match/);
    const use = JSON.parse(certificate);
    use.claims.declaration.uses = [{ use: 'ghostwriting' }];
    expect(errors(schema, use).join()).toMatch(/\$\.claims\.declaration\.uses\[0\]/);
  });
});
