import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as classic from 'zod';
import { describeSchema } from '../../../lib/messaging/describe';
import { MESSAGING_RULES, type RuleEntry } from '../../../lib/messaging/rule-file';
import { ruleSchema, type Rule } from '../../../lib/messaging/rules';
import { PAGE_SCRIPT_REQUEST_RULES, PLATFORM_SCAN_REPLY, ENVELOPE } from '../../../lib/messaging/rules.generated';
import { REVISIONS_RULES } from '../../../lib/platforms/docs/revisions-schema';
import { RULE_FILES } from '../../../scripts/rules';

/**
 * Content scripts check messages with rules made from the zod schemas (lib/messaging/rules.ts), not
 * zod. These tests hold the rules to their schemas: the generated files are what the schemas make
 * today, and for every schema, a valid message and thousands of broken ones (each part replaced by a
 * wrong type, an out-of-range number, an over-long string or list, a missing or extra key…) are
 * accepted or refused by the rule exactly when zod accepts or refuses them, with the same output.
 */
const ROOT = join(import.meta.dirname, '../../..');

type Schema = z.core.$ZodType;
/** Every schema with a rule, by name. */
const PAIRS: [string, Schema][] = [...MESSAGING_RULES, ...REVISIONS_RULES].flatMap(({ name, from }: RuleEntry) =>
  '_zod' in from ? [[name, from as Schema] as [string, Schema]] : Object.entries(from).map(([message, schema]) => [`${name} ${message}`, schema] as [string, Schema]),
);

describe('the generated rules', () => {
  it.each(RULE_FILES.map((f) => [f.out, f]))('%s is what the schemas make today (run npm run rules after changing one)', (out, file) => {
    expect(readFileSync(join(ROOT, out), 'utf8')).toBe(file.text());
  });

  it('cover every message of the page side', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(15);
  });
});

describe('describeSchema refuses what the interpreter cannot check exactly', () => {
  it.each([
    ['a refinement', z.string().check(z.refine((s) => s.startsWith('a')))],
    ['a string format', z.email()],
    ['a regex', z.string().check(z.regex(/^a/))],
    ['a union', z.union([z.string(), z.number()])],
    ['a transform', z.pipe(z.string(), z.transform((s) => s.length))],
    ['a default', z.object({ a: z._default(z.string(), 'x') })],
    ['a strict object', z.strictObject({ a: z.string() })],
    ['a multipleOf check', z.number().check(z.multipleOf(2))],
    ['a tuple that accepts a shorter array', z.tuple([z.number(), z.unknown()])],
    ['a coercing schema', classic.z.coerce.number()],
    ['a record with number keys', z.record(z.number(), z.string())],
  ] as [string, Schema][])('%s', (_, schema) => {
    expect(() => describeSchema(schema)).toThrow(/cannot be checked by a rule/);
  });
});

/** A valid value for a rule: `edge` takes the bounds (longest strings, extreme numbers, every optional key). */
function sampleOf(rule: Rule, edge: boolean): unknown {
  switch (rule.t) {
    case 'unknown':
      return edge ? { any: ['thing'] } : 'x';
    case 'boolean':
      return edge;
    case 'string':
      return edge ? 'é'.repeat(rule.max ?? 30) : 'a'.repeat(rule.min ?? 1);
    case 'number':
      if (edge) return rule.lte ?? (rule.lt !== undefined ? rule.lt - 1 : rule.int ? Number.MAX_SAFE_INTEGER : 1e300);
      return rule.gte ?? (rule.gt !== undefined ? rule.gt + 1 : rule.int ? 0 : -2.5);
    case 'literal':
    case 'enum':
      return rule.values[edge ? rule.values.length - 1 : 0];
    case 'optional':
      return edge ? sampleOf(rule.of, edge) : undefined;
    case 'nullable':
      return edge ? sampleOf(rule.of, edge) : null;
    case 'array':
      return Array.from({ length: Math.max(rule.min ?? 0, edge ? 2 : 1) }, () => sampleOf(rule.of, edge));
    case 'tuple':
      return [...rule.items.map((item) => sampleOf(item, edge)), ...(rule.rest && edge ? [sampleOf(rule.rest, edge)] : [])];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(rule.shape)) {
        const value = sampleOf(item, edge);
        if (value !== undefined || item.t !== 'optional') out[key] = value;
      }
      if (rule.rest && edge) out.extra = sampleOf(rule.rest, edge);
      return out;
    }
    case 'record':
      return edge ? { ['k'.repeat(rule.key.t === 'string' ? (rule.key.max ?? 10) : 10)]: sampleOf(rule.value, edge) } : { a: sampleOf(rule.value, edge) };
  }
}

const HOSTILE: unknown[] = [undefined, null, true, false, 0, -1, 0.5, -0, Number.NaN, Infinity, -Infinity, 2 ** 53, '', 'x', '1', [], [1, 'a'], {}, { a: 1 }, new Date(0), Object.create(null)];

const LONGEST_TRIED = 50_000;

/** Values that break (or just meet) a rule at its edges. */
function edgesOf(rule: Rule): unknown[] {
  switch (rule.t) {
    case 'string':
      return [...(rule.max !== undefined ? ['a'.repeat(rule.max), 'a'.repeat(rule.max + 1)] : []), ...(rule.min !== undefined ? ['a'.repeat(rule.min - 1)] : [])];
    case 'number': {
      const bounds = [rule.gte, rule.gt, rule.lte, rule.lt].filter((b): b is number => b !== undefined);
      return [...bounds.flatMap((b) => [b, b - 1e-9, b + 1e-9, b - 1, b + 1]), 1.5, Number.MAX_SAFE_INTEGER, 2 ** 53, -(2 ** 53), 1e300];
    }
    case 'literal':
    case 'enum':
      return [...rule.values.map((v) => (typeof v === 'string' ? v.toUpperCase() : String(v))), 'nope'];
    case 'array': {
      const one = sampleOf(rule.of, false);
      const long = (n: number) => Array.from({ length: n }, () => one);
      // The longest lists (500,000 revisions) are tried one past their bound only: zod takes seconds over them.
      return [...(rule.max !== undefined ? [long(rule.max + 1), ...(rule.max <= LONGEST_TRIED ? [long(rule.max)] : [])] : []), [one, null]];
    }
    case 'object':
      return [JSON.parse('{"__proto__": {"polluted": true}}'), { ...(sampleOf(rule, true) as object), extra: 1 }];
    case 'record':
      return [{ ['k'.repeat(101)]: 'v' }, { a: 1 }, { [Symbol('s')]: 'v' }, JSON.parse('{"__proto__": "x", "b": "y"}')];
    case 'tuple':
      return [rule.items.map((item) => sampleOf(item, false)).slice(0, -1), [...rule.items.map((item) => sampleOf(item, false)), 'more']];
    default:
      return [];
  }
}

/** Every value made by replacing one part of `value` (checked by `rule`), as the whole message. */
function* mutants(rule: Rule, value: unknown, put: (v: unknown) => unknown): Generator<unknown> {
  for (const v of [...HOSTILE, ...edgesOf(rule)]) yield put(v);
  const inner = rule.t === 'optional' || rule.t === 'nullable' ? rule.of : undefined;
  if (inner && value !== undefined && value !== null) yield* mutants(inner, value, put);
  if ((rule.t === 'array' || rule.t === 'tuple') && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = rule.t === 'array' ? rule.of : (rule.items[i] ?? rule.rest!);
      yield* mutants(item, value[i], (v) => put(value.map((x, j) => (j === i ? v : x))));
    }
  }
  if (rule.t === 'object' && value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(rule.shape)) {
      const { [key]: _, ...without } = object;
      yield put(without);
      yield put({ ...object, [key]: undefined });
      yield* mutants(rule.shape[key]!, object[key], (v) => put({ ...object, [key]: v }));
    }
    if (rule.rest) yield* mutants(rule.rest, object.extra, (v) => put({ ...object, extra: v }));
  }
  if (rule.t === 'record' && value && typeof value === 'object') {
    const [key, item] = Object.entries(value)[0]!;
    yield* mutants(rule.value, item, (v) => put({ ...value, [key]: v }));
  }
}

/** Zod parses the longest lists slowly on a busy 2-core machine. */
const EQUIVALENCE_TIMEOUT_MS = 120_000;

describe('a rule accepts and refuses exactly what its zod schema does', () => {
  it.each(PAIRS)('%s', { timeout: EQUIVALENCE_TIMEOUT_MS }, (name, schema) => {
    const rule = describeSchema(schema, name);
    const check = ruleSchema(rule);
    let compared = 0;
    let refused = 0;
    for (const edge of [false, true]) {
      const sample = sampleOf(rule, edge);
      expect(z.safeParse(schema, sample).success, `${name}: the sample is valid`).toBe(true);
      for (const message of [sample, ...mutants(rule, sample, (v) => v)]) {
        const want = z.safeParse(schema, message);
        const got = check.safeParse(message);
        const shown = () => `${name}: ${String(JSON.stringify(message))?.slice(0, 200)}`;
        expect(got.success, shown()).toBe(want.success);
        if (want.success) expect(got.data, shown()).toStrictEqual(want.data);
        compared++;
        if (!want.success) refused++;
      }
    }
    // Something was really tried: most broken messages are refused.
    expect(refused).toBeGreaterThan(compared / 3);
  });
});

describe('rules on real messages', () => {
  const envelope = ruleSchema(ENVELOPE);
  const highlight = ruleSchema(PAGE_SCRIPT_REQUEST_RULES['page.highlight']);
  const scan = ruleSchema(PLATFORM_SCAN_REPLY);
  const result = { recordId: 'r', label: 'ai', probability: 0.9, aiShare: 0.5, passages: 3, judged: 2, highlights: [] };

  it('accept a good message and drop keys the schema does not name', () => {
    expect(envelope.safeParse({ assay: 1, name: 'page.extract', data: {}, extra: 'x' })).toEqual({ success: true, data: { assay: 1, name: 'page.extract', data: {} } });
    expect(scan.safeParse({ ...result, injected: '<img onerror>' }).data).toEqual(result);
  });

  it('refuse a bad one, saying where', () => {
    expect(envelope.safeParse({ assay: 2, name: 'x', data: {} }).success).toBe(false);
    expect(envelope.safeParse({ assay: 1, name: 'x'.repeat(65), data: {} }).success).toBe(false);
    expect(envelope.safeParse({ assay: 1, name: 'x' }).success).toBe(false);
    const bad = highlight.safeParse({ items: [{ id: 'a', label: 'ai', probability: 2, reasons: [] }], visible: true });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['items', 0, 'probability']);
    expect(scan.safeParse({ ...result, passages: 1.5 }).success).toBe(false);
    expect(scan.safeParse({ ...result, highlights: Array.from({ length: 20_001 }, () => ({ id: 'a', label: 'ai', probability: 1, reasons: [] })) }).success).toBe(false);
    expect(highlight.safeParse({ items: [], visible: true, messages: { ['k'.repeat(101)]: 'x' } }).success).toBe(false);
  });
});
