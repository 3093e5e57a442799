/**
 * Zod schemas as plain data, for the content scripts. A content script loads on every matching page and
 * must stay under 50 kB (tests/build/content-scripts.test.ts); zod itself, even zod/mini, is ~20 kB of
 * each. So the page side's schemas stay zod (page-protocol.ts, wire-schemas.ts: the one protocol, the
 * types), `describe.ts` turns each into a rule (written to rules.generated.ts by `npm run rules`, and
 * compared with its schema by tests/unit/messaging/rules.test.ts), and this small interpreter checks a
 * message against a rule exactly as zod would check it against the schema: the same types, bounds,
 * unknown keys dropped, the same accepted values and the same output. A schema using anything this
 * interpreter does not know (a refinement, a transform, a string format…) cannot be described: the
 * generator throws instead of checking less.
 */
export type Rule =
  | { t: 'unknown' }
  | { t: 'boolean' }
  | { t: 'string'; min?: number; max?: number }
  /** `gte`/`lte` inclusive bounds, `gt`/`lt` strict ones; `int`: a safe integer (zod's `z.int()`). */
  | { t: 'number'; int?: true; gte?: number; gt?: number; lte?: number; lt?: number }
  | { t: 'literal'; values: readonly (string | number | boolean | null)[] }
  | { t: 'enum'; values: readonly (string | number)[] }
  | { t: 'optional'; of: Rule }
  | { t: 'nullable'; of: Rule }
  | { t: 'array'; of: Rule; min?: number; max?: number }
  /** Unknown keys are dropped, or checked against `rest` (zod's catchall; `{ t: 'unknown' }` for a loose object). */
  | { t: 'object'; shape: { readonly [key: string]: Rule }; rest?: Rule }
  | { t: 'record'; key: Rule; value: Rule }
  | { t: 'tuple'; items: readonly Rule[]; rest?: Rule };

export interface RuleIssue {
  path: PropertyKey[];
  message: string;
}

export type RuleResult<T> = { success: true; data: T; error?: undefined } | { success: false; data?: undefined; error: { issues: RuleIssue[] } };

/** A rule with zod's `safeParse`, so the wire (wire.ts) takes either. */
export interface RuleSchema<T = unknown> {
  readonly rule: Rule;
  safeParse(data: unknown): RuleResult<T>;
}

export function ruleSchema<T = unknown>(rule: Rule): RuleSchema<T> {
  return {
    rule,
    safeParse(data) {
      const issues: RuleIssue[] = [];
      const out = check(rule, data, [], issues);
      return issues.length ? { success: false, error: { issues } } : { success: true, data: out as T };
    },
  };
}

const isObject = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** What zod's record accepts: an object made by a literal or JSON (not a class instance, a date, a map). */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor = value.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/** Checks `value`, adds any problem to `issues`, and returns what zod's parse would output. */
function check(rule: Rule, value: unknown, path: PropertyKey[], issues: RuleIssue[]): unknown {
  const fail = (message: string) => {
    issues.push({ path, message });
    return undefined;
  };
  const length = (n: number, r: { min?: number; max?: number }) => {
    if (r.min !== undefined && n < r.min) fail(`at least ${r.min} long`);
    if (r.max !== undefined && n > r.max) fail(`at most ${r.max} long`);
  };
  switch (rule.t) {
    case 'unknown':
      return value;
    case 'boolean':
      return typeof value === 'boolean' ? value : fail('expected a boolean');
    case 'string':
      if (typeof value !== 'string') return fail('expected a string');
      length(value.length, rule);
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('expected a number');
      if (rule.int && !Number.isSafeInteger(value)) fail('expected a whole number');
      if ((rule.gte !== undefined && value < rule.gte) || (rule.gt !== undefined && value <= rule.gt)) fail('too small');
      if ((rule.lte !== undefined && value > rule.lte) || (rule.lt !== undefined && value >= rule.lt)) fail('too big');
      return value;
    case 'literal':
    case 'enum':
      return rule.values.includes(value as never) ? value : fail(`expected one of ${rule.values.join(', ')}`);
    case 'optional':
      return value === undefined ? undefined : check(rule.of, value, path, issues);
    case 'nullable':
      return value === null ? null : check(rule.of, value, path, issues);
    case 'array': {
      if (!Array.isArray(value)) return fail('expected an array');
      length(value.length, rule);
      return value.map((item, i) => check(rule.of, item, [...path, i], issues));
    }
    case 'tuple': {
      // Every item rejects `undefined` (describe.ts makes sure), so a shorter array fails as in zod.
      if (!Array.isArray(value)) return fail('expected an array');
      if (value.length < rule.items.length) return fail(`expected at least ${rule.items.length} items`);
      if (!rule.rest && value.length > rule.items.length) return fail(`expected ${rule.items.length} items`);
      return value.map((item, i) => check(rule.items[i] ?? rule.rest!, item, [...path, i], issues));
    }
    case 'object': {
      if (!isObject(value)) return fail('expected an object');
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(rule.shape)) {
        // As zod: `in` (a key given as undefined is given), and a key named __proto__ never copied.
        if (key === '__proto__') continue;
        const item = rule.shape[key]!;
        if (!(key in value)) {
          // An optional key left out stays out; any other is missing, even one that accepts anything.
          if (item.t !== 'optional') issues.push({ path: [...path, key], message: 'missing' });
          continue;
        }
        out[key] = check(item, value[key], [...path, key], issues);
      }
      if (rule.rest) {
        for (const key in value) {
          if (Object.prototype.hasOwnProperty.call(rule.shape, key) || key === '__proto__') continue;
          out[key] = check(rule.rest, value[key], [...path, key], issues);
        }
      }
      return out;
    }
    case 'record': {
      if (!isPlainObject(value)) return fail('expected an object');
      const out: Record<string, unknown> = {};
      for (const key of Reflect.ownKeys(value)) {
        if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
        if (typeof key === 'symbol') {
          fail('unexpected symbol key');
          continue;
        }
        const before = issues.length;
        check(rule.key, key, [...path, key], issues);
        if (issues.length > before) continue;
        out[key] = check(rule.value, value[key], [...path, key], issues);
      }
      return out;
    }
  }
}
