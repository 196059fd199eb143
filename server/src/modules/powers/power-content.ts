// An item's content: checking and normalising what an agency proposes (delegation agencies, the legal basis
// resolved to articles), and turning stored rows into the shape readers and the diff use.
import type { PowerContentInput, PowerContentView } from '../../../../contracts/power';
import { powerContentInput } from '../../../../contracts/power';
import type { Executor } from '../../platform/db/client';
import type { FieldError } from '../../platform/errors';
import { checkArticleRefs } from '../laws/law-citation.service';
import { AppError } from '../../platform/errors';
import { resolveWrittenCitationPartly } from '../laws/law-citation.service';
import type { ComparableContent } from './power-diff';
import type { StoredPowerContent } from './power.schema';
import type { PowerVersionRow } from './power.repository';
import { agenciesByIds } from './power.repository';

type AgencyInfo = Awaited<ReturnType<typeof agenciesByIds>>[number];

/** What checking one content needs to know: its tenant and agency, the agencies it may name, the day. */
export interface ContentContext {
  tenantId: string;
  agencyId: string;
  /** Agencies of the tenant by id (all the contents of a request are checked against one lookup). */
  agencies: Map<string, AgencyInfo>;
  /** The Asia/Shanghai date the written basis is resolved on. */
  on: string;
  now: Date;
}

/** Loads the agencies a batch of contents names, once. */
export async function agencyLookup(
  ex: Executor,
  tenantId: string,
  contents: ReadonlyArray<Pick<PowerContentInput, 'delegatedFromAgencyId' | 'delegatedToTownshipIds'> | null>,
): Promise<Map<string, AgencyInfo>> {
  const ids = contents.flatMap((c) =>
    c ? [...(c.delegatedFromAgencyId ? [c.delegatedFromAgencyId] : []), ...(c.delegatedToTownshipIds ?? [])] : [],
  );
  return new Map((await agenciesByIds(ex, tenantId, ids)).map((a) => [a.id, a]));
}

/**
 * Checks one proposed content and returns it normalised, with the basis resolved. Problems are added to
 * `errors` under `${prefix}.<field>`; the basis not resolving is not an error (the item is flagged instead).
 */
export async function prepareContent(
  ex: Executor,
  raw: PowerContentInput,
  cx: ContentContext,
  prefix: string,
  errors: Record<string, FieldError>,
): Promise<StoredPowerContent | null> {
  const input = powerContentInput.parse(raw);
  let ok = true;
  const from = input.delegatedFromAgencyId ?? null;
  if (from) {
    const a = cx.agencies.get(from);
    if (!a || a.status !== 'active') {
      errors[`${prefix}.delegatedFromAgencyId`] = { key: 'agency_not_found' };
      ok = false;
    } else if (from === cx.agencyId) {
      errors[`${prefix}.delegatedFromAgencyId`] = { key: 'power_delegated_from_self' };
      ok = false;
    }
  }
  const towns = [...new Set(input.delegatedToTownshipIds)];
  towns.forEach((id, i) => {
    const a = cx.agencies.get(id);
    if (!a || a.status !== 'active') {
      errors[`${prefix}.delegatedToTownshipIds.${i}`] = { key: 'agency_not_found' };
      ok = false;
    } else if (a.kind !== 'township_government') {
      errors[`${prefix}.delegatedToTownshipIds.${i}`] = { key: 'power_not_a_township', params: { name: a.name } };
      ok = false;
    }
  });

  let basisRefs = input.basisRefs ?? [];
  let basisProblems: StoredPowerContent['basisProblems'] = [];
  const explicit = !!input.basisRefs?.length;
  if (explicit) {
    try {
      await checkArticleRefs(ex, basisRefs, `${prefix}.basisRefs`);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      Object.assign(errors, err.fields);
      ok = false;
    }
  } else {
    const resolved = await resolveWrittenCitationPartly(ex, input.basisText, { on: cx.on, now: cx.now });
    basisRefs = resolved.refs;
    basisProblems = resolved.problems;
  }
  if (!ok) return null;
  return {
    code: input.code,
    name: input.name,
    category: input.category,
    subItems: input.subItems.map((s) => ({ code: s.code || null, name: s.name })),
    basisText: input.basisText,
    basisRefs,
    basisRefsExplicit: explicit,
    basisProblems,
    duty: input.duty,
    accountability: input.accountability,
    level: input.level,
    delegatedFromAgencyId: from,
    delegatedToTownshipIds: towns,
    remarks: input.remarks?.trim() || null,
  };
}

/** The content as readers see it (from a stored change or a version row). */
export function contentView(c: StoredPowerContent | PowerVersionRow): PowerContentView {
  return {
    code: c.code,
    name: c.name,
    category: c.category as PowerContentView['category'],
    subItems: c.subItems.map((s) => ({ code: s.code ?? null, name: s.name })),
    basisText: c.basisText,
    basisRefs: c.basisRefs,
    basisLinked: c.basisProblems.length === 0 && c.basisRefs.length > 0,
    basisProblems: c.basisProblems,
    duty: c.duty,
    accountability: c.accountability,
    level: c.level as PowerContentView['level'],
    delegatedFromAgencyId: c.delegatedFromAgencyId ?? null,
    delegatedToTownshipIds: c.delegatedToTownshipIds ?? [],
    remarks: c.remarks ?? null,
  };
}

/** The content of a version as the editor starts from it (for a modify). */
export function contentInputOf(v: PowerVersionRow): PowerContentInput {
  return {
    code: v.code,
    name: v.name,
    category: v.category as PowerContentView['category'],
    subItems: v.subItems,
    basisText: v.basisText,
    duty: v.duty,
    accountability: v.accountability,
    level: v.level as PowerContentView['level'],
    delegatedFromAgencyId: v.delegatedFromAgencyId,
    delegatedToTownshipIds: v.delegatedToTownshipIds,
    remarks: v.remarks,
  };
}

export const comparableOf = (c: StoredPowerContent | PowerVersionRow): ComparableContent => contentView(c);
