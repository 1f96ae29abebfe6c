/**
 * A bundled scenario's head: the fields the start screen shows of it (its card: title, summary,
 * objectives, turns, roles, languages; see `summarise` in src/store/scenarios.ts), cut at build
 * time so that the first screen carries no scenario's whole text. Read leniently, like
 * `summarise`: a field that is not there stays out, and the scenario is validated when chosen.
 */
const HEAD_FIELDS = [
  'id',
  'language',
  'languages',
  'title',
  'summary',
  'learningObjectives',
  'turns',
] as const;

export function scenarioHead(json: unknown): Record<string, unknown> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {};
  const j = json as Record<string, unknown>;
  const head: Record<string, unknown> = {};
  for (const k of HEAD_FIELDS) if (k in j) head[k] = j[k];
  if (Array.isArray(j.roles))
    head.roles = j.roles.map((r: unknown) =>
      r && typeof r === 'object' ? { name: (r as { name?: unknown }).name } : r,
    );
  return head;
}
