// The field-level difference between two contents of a power (before → after), for change requests and history.
// Pure. Values are compared as the list keeps them: text trimmed, lists of townships and articles as sets,
// sub-items in order, an empty remark the same as none.
import { POWER_FIELDS, type PowerField } from '../../../../contracts/power';
import type { ArticleRef } from '../../../../contracts/law';

/** What the diff compares: the fields of POWER_FIELDS. */
export interface ComparableContent {
  code: string;
  name: string;
  category: string;
  subItems: ReadonlyArray<{ code?: string | null; name: string }>;
  basisText: string;
  basisRefs: readonly ArticleRef[];
  duty: string;
  accountability: string;
  level: string;
  delegatedFromAgencyId: string | null;
  delegatedToTownshipIds: readonly string[];
  remarks: string | null;
}

export interface FieldDiff {
  field: PowerField;
  before: unknown;
  after: unknown;
}

const refKey = (r: ArticleRef) => `${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`;

/** The canonical form of one field's value, for comparing; null for an empty value. */
export function comparable(content: ComparableContent, field: PowerField): string | null {
  switch (field) {
    case 'code':
    case 'name':
    case 'category':
    case 'basisText':
    case 'duty':
    case 'accountability':
    case 'level':
      return content[field].trim() || null;
    case 'remarks':
      return content.remarks?.trim() || null;
    case 'delegatedFromAgencyId':
      return content.delegatedFromAgencyId || null;
    case 'subItems':
      return content.subItems.length
        ? JSON.stringify(content.subItems.map((s) => [s.code?.trim() || null, s.name.trim()]))
        : null;
    case 'basisRefs':
      return content.basisRefs.length ? JSON.stringify([...new Set(content.basisRefs.map(refKey))].sort()) : null;
    case 'delegatedToTownshipIds':
      return content.delegatedToTownshipIds.length
        ? JSON.stringify([...new Set(content.delegatedToTownshipIds)].sort())
        : null;
    default: {
      const never: never = field;
      throw new Error(`unknown power field ${String(never)}`);
    }
  }
}

function valueOf(content: ComparableContent, field: PowerField): unknown {
  return comparable(content, field) === null ? null : content[field];
}

/**
 * The fields that differ, in the order of POWER_FIELDS. An addition (no before) lists every field it fills; a
 * cancellation (no after) lists every field the item had.
 */
export function diffPowerContent(before: ComparableContent | null, after: ComparableContent | null): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const field of POWER_FIELDS) {
    const b = before ? comparable(before, field) : null;
    const a = after ? comparable(after, field) : null;
    if (a === b) continue;
    out.push({ field, before: before ? valueOf(before, field) : null, after: after ? valueOf(after, field) : null });
  }
  return out;
}

/** True when two contents are the same for every field (a "modify" that changes nothing). */
export const sameContent = (a: ComparableContent, b: ComparableContent): boolean => diffPowerContent(a, b).length === 0;
