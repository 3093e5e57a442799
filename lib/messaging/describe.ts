import type * as z from 'zod/mini';
import type { Rule } from './rules';

/**
 * A zod schema as a rule for rules.ts: read from the schema's own definition, so the rule says what the
 * schema says. Anything the interpreter cannot check exactly as zod does throws here (refinements,
 * transforms, defaults, string formats, unions…): a rule never checks less than its schema.
 * Used by `npm run rules` (scripts/rules.ts) and its test, never by a content script (it needs zod).
 */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}
type Schema = z.core.$ZodType;

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

export function describeSchema(schema: Schema, where = 'schema'): Rule {
  const def = defOf(schema);
  const unsupported = (what: string): never => {
    throw new Error(`${where}: ${what} cannot be checked by a rule (lib/messaging/rules.ts)`);
  };
  if (def.coerce) unsupported('coercion');
  // A number format (`z.int()`) is a check that is also the schema itself.
  const checks = [...(def.check ? [def as unknown as CheckDef] : []), ...(def.checks ?? []).map((c) => c._zod.def)];
  const lengths = () => {
    const out: { min?: number; max?: number } = {};
    for (const c of checks) {
      if (c.check === 'max_length') out.max = Math.min(out.max ?? Infinity, c.maximum as number);
      else if (c.check === 'min_length') out.min = Math.max(out.min ?? 0, c.minimum as number);
      else unsupported(`the check "${c.check}" on a ${def.type}`);
    }
    return out;
  };
  const none = () => {
    if (checks.length) unsupported(`a check on a ${def.type}`);
  };
  switch (def.type) {
    case 'unknown':
    case 'boolean':
      none();
      return { t: def.type };
    case 'string': {
      if ((def as { format?: string }).format) unsupported('a string format');
      return { t: 'string', ...lengths() };
    }
    case 'number': {
      const rule: Extract<Rule, { t: 'number' }> = { t: 'number' };
      for (const c of checks) {
        if (c.check === 'number_format' && (c.format === 'safeint' || c.format === undefined)) rule.int = true;
        else if (c.check === 'greater_than') rule[c.inclusive ? 'gte' : 'gt'] = Math.max(rule[c.inclusive ? 'gte' : 'gt'] ?? -Infinity, c.value as number);
        else if (c.check === 'less_than') rule[c.inclusive ? 'lte' : 'lt'] = Math.min(rule[c.inclusive ? 'lte' : 'lt'] ?? Infinity, c.value as number);
        else unsupported(`the number check "${c.check}${c.format ? ` ${String(c.format)}` : ''}"`);
      }
      return rule;
    }
    case 'literal':
      none();
      return { t: 'literal', values: [...(def.values as (string | number | boolean | null)[])] };
    case 'enum': {
      none();
      // zod's enum values: the entries' values, less a numeric TypeScript enum's reverse mapping.
      const values = schema._zod.values;
      if (!values) unsupported('an enum without values');
      return { t: 'enum', values: [...values!] as (string | number)[] };
    }
    case 'optional':
    case 'nullable':
      none();
      return { t: def.type, of: describeSchema(def.innerType as Schema, where) };
    case 'array':
      return { t: 'array', of: describeSchema(def.element as Schema, `${where}[]`), ...lengths() };
    case 'object': {
      none();
      const shape: Record<string, Rule> = {};
      const given = def.shape as Record<string, Schema>;
      if (Object.getOwnPropertySymbols(given).length) unsupported('a symbol key');
      for (const key of Object.keys(given)) {
        const item = given[key]!;
        const rule = describeSchema(item, `${where}.${key}`);
        // Only `optional` may be left out: anything else that is optional to zod (a default…) is refused above.
        if ((item._zod.optin === 'optional') !== (rule.t === 'optional')) unsupported(`the optional key "${key}"`);
        shape[key] = rule;
      }
      const catchall = def.catchall as Schema | undefined;
      if (!catchall) return { t: 'object', shape };
      if (defOf(catchall).type === 'never') unsupported('a strict object');
      return { t: 'object', shape, rest: describeSchema(catchall, `${where}.*`) };
    }
    case 'record': {
      none();
      if ((def as { mode?: string }).mode === 'loose') unsupported('a loose record');
      const key = describeSchema(def.keyType as Schema, `${where} key`);
      if (key.t !== 'string') unsupported('a record whose keys are not strings');
      return { t: 'record', key, value: describeSchema(def.valueType as Schema, `${where}.*`) };
    }
    case 'tuple': {
      none();
      const items = (def.items as Schema[]).map((item, i) => describeSchema(item, `${where}[${i}]`));
      // The interpreter refuses a shorter array outright: exact only when the last item rejects undefined.
      const last = items[items.length - 1];
      if (!last || last.t === 'unknown' || last.t === 'optional') unsupported('a tuple whose last item accepts undefined');
      const rest = def.rest as Schema | null | undefined;
      return rest ? { t: 'tuple', items, rest: describeSchema(rest, `${where}[…]`) } : { t: 'tuple', items };
    }
    default:
      return unsupported(`a ${def.type} schema`);
  }
}
