// `npm run openapi`: writes docs/openapi.json from the protocol's zod schemas.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocument } from '../lib/classify/openapi';

const out = join(import.meta.dirname, '../docs/openapi.json');
writeFileSync(out, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`wrote ${out}`);
