// What changed between two versions of a catalogue, rule by rule (a rule keeps its id across versions). Pure.
import type { ArticleRef } from '../../../../contracts/law';
import type { ReviewRuleCondition } from '../../../../contracts/review-catalogue';

export interface DiffableRule {
  ruleId: string;
  position: number;
  title: string;
  condition: ReviewRuleCondition;
  basisText: string | null;
  basisRefs: readonly ArticleRef[];
}

export interface RuleDiff<R extends DiffableRule> {
  added: R[];
  removed: R[];
  changed: { ruleId: string; before: R; after: R; fields: string[] }[];
  unchanged: number;
}

/** JSON with object keys sorted, so that key order never counts as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const refKey = (r: ArticleRef) => `${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`;

export function changedFields(before: DiffableRule, after: DiffableRule): string[] {
  const fields: string[] = [];
  if (before.title !== after.title) fields.push('title');
  if (canonical(before.condition) !== canonical(after.condition)) fields.push('condition');
  const refs = (r: DiffableRule) => r.basisRefs.map(refKey).sort().join('|');
  if ((before.basisText ?? '') !== (after.basisText ?? '') || refs(before) !== refs(after)) fields.push('basis');
  if (before.position !== after.position) fields.push('position');
  return fields;
}

export function diffRules<R extends DiffableRule>(from: readonly R[], to: readonly R[]): RuleDiff<R> {
  const before = new Map(from.map((r) => [r.ruleId, r]));
  const after = new Map(to.map((r) => [r.ruleId, r]));
  const out: RuleDiff<R> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const r of to) if (!before.has(r.ruleId)) out.added.push(r);
  for (const r of from) if (!after.has(r.ruleId)) out.removed.push(r);
  for (const r of to) {
    const old = before.get(r.ruleId);
    if (!old) continue;
    const fields = changedFields(old, r);
    if (fields.length) out.changed.push({ ruleId: r.ruleId, before: old, after: r, fields });
    else out.unchanged++;
  }
  return out;
}
