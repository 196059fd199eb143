// Exporting an agency's list in force on a date as .xlsx in the layout the import reads, and the empty template.
import {
  POWER_CATEGORY_LABELS,
  POWER_LEVEL_LABELS,
  type PowerCategory,
  type PowerLevel,
} from '../../../../contracts/power';
import { can, tenantsReachable, type Actor } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { shanghaiDate } from '../../platform/legal-date';
import { findAgency } from '../agencies/agency.repository';
import { formatSubItems } from './power-sheet';
import { writePowersWorkbook, type SheetRow } from './power-xlsx';
import { agenciesByIds, versionsInForceOfAgency, type PowerVersionRow } from './power.repository';

export interface SpreadsheetFile {
  fileName: string;
  data: Buffer;
}

/** The cells of one version, as the sheet writes them. */
export function sheetRowOf(v: PowerVersionRow, seq: number, names: Map<string, string>): SheetRow {
  return {
    seq: String(seq),
    code: v.code,
    name: v.name,
    subItems: formatSubItems(v.subItems),
    category: POWER_CATEGORY_LABELS[v.category as PowerCategory].zh,
    basisText: v.basisText,
    duty: v.duty,
    accountability: v.accountability,
    level: POWER_LEVEL_LABELS[v.level as PowerLevel].zh,
    delegatedTo: v.delegatedToTownshipIds.map((id) => names.get(id) ?? id).join('、'),
    delegatedFrom: v.delegatedFromAgencyId ? (names.get(v.delegatedFromAgencyId) ?? v.delegatedFromAgencyId) : '',
    remarks: v.remarks ?? '',
  };
}

export async function exportPowers(
  ex: Executor,
  actor: Actor,
  q: { agencyId: string; on?: string },
  now: Date,
): Promise<SpreadsheetFile> {
  let agency: NonNullable<Awaited<ReturnType<typeof findAgency>>> | null = null;
  for (const tenantId of tenantsReachable(actor, 'power.read')) {
    const found = await findAgency(ex, tenantId, q.agencyId);
    if (found && can(actor, 'power.read', { tenantId, agencyPath: found.path })) agency = found;
  }
  if (!agency) throw notFound('agency_not_found');
  const on = q.on ?? shanghaiDate(now);
  const versions = await versionsInForceOfAgency(ex, { tenantId: agency.tenantId, agencyId: agency.id, on });
  const ids = versions.flatMap((v) => [
    ...(v.delegatedFromAgencyId ? [v.delegatedFromAgencyId] : []),
    ...v.delegatedToTownshipIds,
  ]);
  const names = new Map(
    (await agenciesByIds(ex, agency.tenantId, ids)).map((a) => [
      a.id,
      a.kind === 'township_government' ? a.name.replace(/^.*?市(?=.+[镇乡])/, '').replace(/人民政府$/, '') : a.name,
    ]),
  );
  const data = await writePowersWorkbook({
    title: `${agency.name}权责清单`,
    subtitle: `截至 ${on} 有效，共 ${versions.length} 项`,
    rows: versions.map((v, i) => sheetRowOf(v, i + 1, names)),
  });
  return { fileName: `${agency.name}权责清单-${on}.xlsx`, data };
}

export async function powersTemplate(): Promise<SpreadsheetFile> {
  const data = await writePowersWorkbook({ title: '权责清单', subtitle: '（填写说明见第二个工作表）', rows: [] });
  return { fileName: '权责清单导入模板.xlsx', data };
}
