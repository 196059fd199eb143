// The public powers list (disclosure before enforcement): every agency of a tenant and its items in force today.
// Nothing personal: no authors, no guidance notes, no change requests.
import type {
  AgencyRefView,
  PublicAgencyPowers,
  PublicPowerAgency,
  PublicPowersIndex,
} from '../../../../contracts/power';
import type { AgencyKind } from '../../../../contracts/agency';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { shanghaiDate } from '../../platform/legal-date';
import { describeArticles } from '../laws/law-citation.service';
import { findTenant } from '../tenants/tenant.repository';
import { activeAgenciesOfTenant, agenciesByIds, countsInForce, versionsInForceOfAgency } from './power.repository';

async function tenantOrNotFound(ex: Executor, code: string) {
  const tenant = await findTenant(ex, code);
  if (!tenant) throw notFound('tenant_not_found');
  return { code: tenant.tenantId, name: tenant.name };
}

export async function publicPowersIndex(ex: Executor, code: string, now: Date): Promise<PublicPowersIndex> {
  const tenant = await tenantOrNotFound(ex, code);
  const on = shanghaiDate(now);
  const agencies = await activeAgenciesOfTenant(ex, tenant.code);
  const counts = await countsInForce(ex, tenant.code, on);
  return {
    tenant,
    on,
    agencies: agencies.map((a): PublicPowerAgency => {
      const mine = counts.filter((c) => c.agencyId === a.id);
      return {
        id: a.id,
        name: a.name,
        kind: a.kind as AgencyKind,
        itemCount: mine.reduce((n, c) => n + Number(c.n), 0),
        categoryCounts: Object.fromEntries(mine.map((c) => [c.category, Number(c.n)])),
      };
    }),
  };
}

export async function publicAgencyPowers(
  ex: Executor,
  code: string,
  agencyId: string,
  filter: { category?: string; q?: string },
  now: Date,
): Promise<PublicAgencyPowers> {
  const tenant = await tenantOrNotFound(ex, code);
  const [agency] = await agenciesByIds(ex, tenant.code, [agencyId]);
  if (!agency || agency.status !== 'active') throw notFound('agency_not_found');
  const on = shanghaiDate(now);
  const versions = await versionsInForceOfAgency(ex, {
    tenantId: tenant.code,
    agencyId,
    on,
    category: filter.category,
    q: filter.q || undefined,
  });
  const names = new Map<string, string>(
    (
      await agenciesByIds(
        ex,
        tenant.code,
        versions.flatMap((v) => [
          ...(v.delegatedFromAgencyId ? [v.delegatedFromAgencyId] : []),
          ...v.delegatedToTownshipIds,
        ]),
      )
    ).map((a): [string, string] => [a.id, a.name]),
  );
  const cited = await describeArticles(
    ex,
    versions.flatMap((v) => v.basisRefs),
  );
  const citation = new Map(cited.map((c) => [`${c.versionId}:${c.articleSeq}:${c.detail ?? ''}`, c.citation]));
  const ref = (id: string): AgencyRefView['name'] => names.get(id) ?? '';
  return {
    tenant,
    agency: { id: agency.id, name: agency.name, kind: agency.kind as AgencyKind },
    on,
    items: versions.map((v) => ({
      id: v.itemId,
      code: v.code,
      name: v.name,
      category: v.category as PublicAgencyPowers['items'][number]['category'],
      subItems: v.subItems.map((s) => ({ code: s.code ?? null, name: s.name })),
      basisText: v.basisText,
      basisCitations: v.basisRefs.flatMap((r) => {
        const c = citation.get(`${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`);
        return c ? [c] : [];
      }),
      duty: v.duty,
      accountability: v.accountability,
      level: v.level as PublicAgencyPowers['items'][number]['level'],
      delegatedFrom: v.delegatedFromAgencyId ? ref(v.delegatedFromAgencyId) : null,
      delegatedTo: v.delegatedToTownshipIds.map(ref),
      effectiveFrom: v.effectiveFrom,
    })),
  };
}
