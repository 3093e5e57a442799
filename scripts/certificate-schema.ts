// Writes docs/certificate.schema.json from the zod schema in lib/certify/format.ts.
import { writeFileSync } from 'node:fs';
import { certificateJsonSchemaText } from '../lib/certify/json-schema';

const out = new URL('../docs/certificate.schema.json', import.meta.url);
writeFileSync(out, certificateJsonSchemaText());
console.log(`wrote ${out.pathname}`);
