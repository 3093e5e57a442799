// `npm run rules`: writes the rules content scripts check messages with (lib/messaging/rules.ts), made
// from the zod schemas they stand for. Run after changing a schema in lib/messaging/page-protocol.ts,
// lib/messaging/wire-schemas.ts or lib/platforms/docs/revisions-schema.ts; a unit test fails until then.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MESSAGING_RULES, ruleFile } from '../lib/messaging/rule-file';
import { REVISIONS_RULES } from '../lib/platforms/docs/revisions-schema';

export const RULE_FILES = [
  { out: 'lib/messaging/rules.generated.ts', text: () => ruleFile('lib/messaging/page-protocol.ts and wire-schemas.ts', './rules', MESSAGING_RULES) },
  { out: 'lib/platforms/docs/revisions-rules.generated.ts', text: () => ruleFile('lib/platforms/docs/revisions-schema.ts', '../../messaging/rules', REVISIONS_RULES) },
];

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const root = join(import.meta.dirname, '..');
  for (const { out, text } of RULE_FILES) {
    writeFileSync(join(root, out), text());
    console.log(`wrote ${out}`);
  }
}
