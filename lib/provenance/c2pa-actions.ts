import { z } from 'zod';
import type { C2paManifestSummary } from './schema';

/**
 * How an asset was made, wherever a C2PA manifest states it. The IPTC digital source type sits in
 * different places across C2PA versions and tools:
 * - an action's own `digitalSourceType` (C2PA 1.x and 2.x);
 * - an action's `parameters`, plainly or under a vendor prefix (Adobe Firefly writes
 *   `parameters["com.adobe.digitalSourceType"]` on a `c2pa.opened` action);
 * - the `templates` of a `c2pa.actions.v2` assertion, which give defaults to every action of the
 *   same name (or `*`);
 * - IPTC/XMP-style metadata assertions inside the signed manifest (`stds.iptc`, `c2pa.metadata`,
 *   `cawg.metadata`): `Iptc4xmpExt:DigitalSourceType`.
 * The software agent likewise is a string, an object with a name, or (v2) an index into `softwareAgents`.
 */
const AgentSchema = z.union([z.string(), z.looseObject({ name: z.string().optional() })]);
const ActionSchema = z.looseObject({
  action: z.string(),
  digitalSourceType: z.string().optional(),
  softwareAgent: AgentSchema.optional(),
  softwareAgentIndex: z.number().int().nonnegative().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
});
const ActionsSchema = z.looseObject({
  actions: z.array(ActionSchema),
  templates: z.array(ActionSchema).optional(),
  softwareAgents: z.array(AgentSchema).optional(),
});

const ACTIONS_LABEL = /^c2pa\.actions(\.v2)?(__\d+)?$/;
const METADATA_LABEL = /^(stds\.iptc(\.photo-metadata)?|c2pa\.metadata|cawg\.metadata)(__\d+)?$/;
/** A parameter or metadata key that names the source type, whatever its vendor prefix. */
const SOURCE_TYPE_KEY = /(^|[.:])digitalSourceType$/i;

type Action = z.infer<typeof ActionSchema>;
type Assertion = { label: string; data: unknown };

const agentName = (agent: z.infer<typeof AgentSchema> | undefined) => (typeof agent === 'string' ? agent : agent?.name);

function sourceTypeIn(record: Record<string, unknown> | undefined): string | undefined {
  if (!record) return undefined;
  for (const [key, value] of Object.entries(record)) if (SOURCE_TYPE_KEY.test(key) && typeof value === 'string' && value.trim()) return value.trim();
  return undefined;
}

export function actionsOf(assertions: readonly Assertion[]): C2paManifestSummary['actions'] {
  const out: C2paManifestSummary['actions'] = [];
  for (const assertion of assertions) {
    if (!ACTIONS_LABEL.test(assertion.label)) continue;
    const parsed = ActionsSchema.safeParse(assertion.data);
    if (!parsed.success) continue;
    const { actions, templates = [], softwareAgents = [] } = parsed.data;
    const templateFor = (action: Action) => templates.find((t) => t.action === action.action) ?? templates.find((t) => t.action === '*');
    for (const action of actions) {
      const template = templateFor(action);
      const sourceType = action.digitalSourceType?.trim() || sourceTypeIn(action.parameters) || template?.digitalSourceType?.trim() || sourceTypeIn(template?.parameters);
      const agent =
        agentName(action.softwareAgent) ??
        (action.softwareAgentIndex !== undefined ? agentName(softwareAgents[action.softwareAgentIndex]) : undefined) ??
        agentName(template?.softwareAgent) ??
        (template?.softwareAgentIndex !== undefined ? agentName(softwareAgents[template.softwareAgentIndex]) : undefined);
      out.push({ action: action.action, ...(sourceType ? { digitalSourceType: sourceType } : {}), ...(agent ? { softwareAgent: agent } : {}) });
    }
  }
  return out;
}

/** A source type stated by a signed metadata assertion, as a pseudo-action named after the assertion. */
export function sourceTypeStatementsOf(assertions: readonly Assertion[]): C2paManifestSummary['actions'] {
  const out: C2paManifestSummary['actions'] = [];
  for (const assertion of assertions) {
    if (!METADATA_LABEL.test(assertion.label) || !assertion.data || typeof assertion.data !== 'object') continue;
    const sourceType = sourceTypeIn(assertion.data as Record<string, unknown>);
    if (sourceType) out.push({ action: assertion.label.replace(/__\d+$/, ''), digitalSourceType: sourceType });
  }
  return out;
}
