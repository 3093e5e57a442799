/**
 * The terminal's twin of tests/component/i18n-check.ts: with `pseudoIndonesian()` every message comes
 * out wrapped in ⟦ ⟧, so a word of the CLI's output outside the markers never went through `t()`.
 * What may stand outside a message is what the user typed or the machine names: command names, flags,
 * file paths, placeholders like <file>, and the `assay:` that starts every message.
 */
export { pseudoIndonesian } from '../../component/i18n-check';

/** Command names: the same in every language. */
export const COMMAND_NAMES = ['assay', 'scan', 'score', 'eval', 'serve', 'audit', 'bench', 'certify', 'verify', 'help', 'stdin'];

/** The field's own terms and formats, the same in every language (metric names, file formats). */
export const TERMS = ['AI', 'AUROC', 'TPR', 'FPR', 'ECE', 'JSON', 'JSONL', 'PEM', 'UTF', 'HTTP', 'C2PA'];

/** Words left in CLI output once every message (innermost first), flag, path, placeholder and name is taken out. */
export function unmarkedWords(text: string, names: readonly string[] = []): string[] {
  let out = text;
  for (;;) {
    const next = out.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    if (next === out) break;
    out = next;
  }
  // Paths and names the test gave, longest first (a path contains shorter names).
  for (const name of [...names].sort((a, b) => b.length - a.length)) if (name) out = out.split(name).join(' ');
  out = out
    .replace(/(^|\s)--?[\w-]+/g, ' ') // flags
    .replace(/<[^<>\s]+>/g, ' ') // placeholders: <file>, <dirs|files|urls.txt…>
    .replace(/(?:\/[\w.@-]+)+\/?/g, ' '); // absolute paths
  const words = out.match(/\p{L}[\p{L}’']+/gu) ?? [];
  return [...new Set(words.filter((word) => !COMMAND_NAMES.includes(word) && !TERMS.includes(word)))];
}

/**
 * English words no Indonesian sentence of Assay's uses: grammar words and the CLI's own vocabulary.
 * Identifiers a user types (flag values, JSON field names, variable names) are taken out first.
 */
const ENGLISH = /\b(the|is|are|was|not|no|nothing|takes|needs|cannot|could|unknown|option|options|command|commands|usage|and|or|with|of|to|for|an|its|file|files|line|lines|empty|only|text|skipped|directory|permission|denied|valid|invalid|changed|exit|codes|done|failed|wrong|input|read|write|report|verdict|passages?|since|new|key)\b/gi;

/** English words in output that should be all Indonesian, past what the user typed and what a machine reads. */
export function englishWords(text: string, names: readonly string[] = []): string[] {
  let out = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) if (name) out = out.split(name).join(' ');
  out = out
    .replace(/"[^"\n]*"/g, ' ') // quoted identifiers: "id", "text", "human"|"ai"
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9<>]+)+\b/g, ' ') // environment variables
    .replace(/(^|[\s[(|])--?[\w-]+(?:\s+(?:cautious\|balanced\|sensitive|[A-Z_]+|\d[\d.]*))?/g, ' ') // flags, with a value as typed
    .replace(/\((?:\s*(?:ai|mixed|unsure|human|unknown),?)+\)/g, ' ') // verdicts as --json writes them
    .replace(/<[^<>\n]+>/g, ' ') // placeholders
    .replace(/(?:[\w.~$-]*\/[\w.@<>$-]+)+\/?/g, ' ') // paths and addresses
    .replace(/\b(cautious|balanced|sensitive|none|research|outline|editing|drafting|images|human|ai|mixed|unsure)\b(?=[,|)\s;]|$)/g, ' '); // values a user types
  return [...new Set((out.match(ENGLISH) ?? []).map((w) => w.toLowerCase()))];
}
