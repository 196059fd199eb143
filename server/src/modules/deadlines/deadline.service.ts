// Use cases of the deadline engine: the rule catalogue with a tenant's settings applied, computing a due date on
// the tenant's calendar, and keeping the tenant's (and an agency's) values of configurable rules.
import type {
  AgencyDeadlineSettingBody,
  DeadlineComputeQuery,
  DeadlineResultView,
  DeadlineRulesView,
  DeadlineRuleView,
  DeadlineSettingBody,
  DeadlineSettingsView,
  DeadlineSettingView,
} from '../../../../contracts/deadline';
import { DEADLINE_RULE_IDS, type DeadlineRuleId } from '../../../../contracts/procedure';
import { can, scopesFor, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { forbidden, invalidInput, notFound, type FieldError } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import type { MessageKey } from '../../platform/i18n/messages';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import { findAgencyBriefInScope, type AgencyBrief } from '../agencies/agency.repository';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import { findTenant } from '../tenants/tenant.repository';
import {
  computeDeadline,
  DeadlineInputError,
  type DeadlineSettings,
  type Extension,
  type Suspension,
} from './deadline-compute';
import { DEADLINE_RULES, type DeadlineRule } from './deadline-rules';
import { deleteSetting, settingRowsOf, upsertSetting } from './deadline.repository';

type SettingsMap = Partial<Record<DeadlineRuleId, DeadlineSettings>>;
type Source = 'default' | 'tenant' | 'agency';

// ---- reach -----------------------------------------------------------------------------------------------------

/** The tenants one of the actor's grants lies in: every signed-in user computes deadlines there. */
export function tenantsInReach(actor: Actor): string[] {
  const out = new Set<string>();
  for (const g of actor.grants) {
    if (g.scopeKind === 'tenants') g.scopeTenants.forEach((t) => out.add(t));
    else out.add(actor.tenantId);
  }
  return [...out];
}

async function resolveTenant(ex: Executor, actor: Actor, tenant: string | undefined): Promise<string> {
  const reach = tenantsInReach(actor);
  const tenantId = tenant ?? (reach.includes(actor.tenantId) ? actor.tenantId : reach[0]);
  if (!tenantId || !reach.includes(tenantId) || !(await findTenant(ex, tenantId))) throw notFound('tenant_not_found');
  return tenantId;
}

const agencyCols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };

/** An agency of the tenant the actor reads (the organisation tree), or 404. */
async function resolveAgency(
  ex: Executor,
  actor: Actor,
  tenantId: string,
  agencyId: string | undefined,
): Promise<AgencyBrief | null> {
  if (!agencyId) return null;
  const found = await findAgencyBriefInScope(
    ex,
    agencyScopeWhere(scopesFor(actor, 'agency.read'), agencyCols),
    agencyId,
  );
  if (!found || found.tenantId !== tenantId) throw notFound('agency_not_found');
  return found;
}

// ---- settings --------------------------------------------------------------------------------------------------

interface Resolved {
  settings: SettingsMap;
  sources: Partial<Record<DeadlineRuleId, { amount: Source; extensionMax: Source }>>;
}

async function resolveSettings(ex: Executor, tenantId: string, agencyId?: string): Promise<Resolved> {
  const rows = await settingRowsOf(ex, tenantId, agencyId);
  const settings: SettingsMap = {};
  const sources: Resolved['sources'] = {};
  // Tenant first, then the agency's own value over it.
  const ordered = [...rows.filter((r) => r.scopeKey === 'tenant'), ...rows.filter((r) => r.scopeKey !== 'tenant')];
  for (const row of ordered) {
    if (!(row.ruleId in DEADLINE_RULES)) continue;
    const id = row.ruleId as DeadlineRuleId;
    const rule = DEADLINE_RULES[id];
    const source: Source = row.scopeKey === 'tenant' ? 'tenant' : 'agency';
    if (source === 'agency' && !rule.configurable?.perAgency) continue;
    const s = (settings[id] ??= {});
    const src = (sources[id] ??= { amount: 'default', extensionMax: 'default' });
    if (row.amount !== null && rule.configurable?.amount) {
      s.amount = row.amount;
      src.amount = source;
    }
    if (row.extensionMax !== null && rule.configurable?.extensionMax) {
      s.extensionMax = row.extensionMax;
      src.extensionMax = source;
    }
  }
  return { settings, sources };
}

/** The values of configurable rules for a tenant (and agency): the agency's over the tenant's over the default. */
export async function loadDeadlineSettings(ex: Executor, tenantId: string, agencyId?: string): Promise<SettingsMap> {
  return (await resolveSettings(ex, tenantId, agencyId)).settings;
}

function ruleView(rule: DeadlineRule, s: DeadlineSettings | undefined): DeadlineRuleView {
  return {
    id: rule.id,
    statute: rule.statute,
    basis: rule.basis,
    countingBasis: rule.countingBasis,
    title: rule.title,
    startEvent: rule.startEvent,
    unit: rule.unit,
    amount: s?.amount ?? rule.amount,
    defaultAmount: rule.amount,
    rollForward: rule.rollForward,
    direction: rule.direction,
    suspensionsAllowed: rule.suspensionsAllowed,
    extension: rule.extension
      ? {
          unit: rule.extension.unit,
          max: s?.extensionMax ?? rule.extension.max,
          defaultMax: rule.extension.max,
          approver: rule.extension.approver,
        }
      : null,
    configurable: rule.configurable,
    note: rule.note,
  };
}

export async function listRules(
  ex: Executor,
  actor: Actor,
  query: { tenant?: string; agency?: string },
): Promise<DeadlineRulesView> {
  const tenantId = await resolveTenant(ex, actor, query.tenant);
  const agency = await resolveAgency(ex, actor, tenantId, query.agency);
  const settings = await loadDeadlineSettings(ex, tenantId, agency?.id);
  return {
    tenant: tenantId,
    agencyId: agency?.id ?? null,
    items: DEADLINE_RULE_IDS.map((id) => ruleView(DEADLINE_RULES[id], settings[id])),
  };
}

async function settingsView(
  ex: Executor,
  actor: Actor,
  tenantId: string,
  agency: AgencyBrief | null,
): Promise<DeadlineSettingsView> {
  const { settings, sources } = await resolveSettings(ex, tenantId, agency?.id);
  const items: DeadlineSettingView[] = DEADLINE_RULE_IDS.filter((id) => DEADLINE_RULES[id].configurable).map((id) => {
    const rule = DEADLINE_RULES[id];
    return {
      rule: id,
      title: rule.title,
      unit: rule.unit,
      amount: settings[id]?.amount ?? rule.amount,
      extensionMax: rule.extension ? (settings[id]?.extensionMax ?? rule.extension.max) : null,
      amountSource: sources[id]?.amount ?? 'default',
      extensionMaxSource: rule.extension ? (sources[id]?.extensionMax ?? 'default') : null,
      configurable: rule.configurable,
    };
  });
  return {
    tenant: tenantId,
    agencyId: agency?.id ?? null,
    items,
    abilities: {
      configureTenant: tenantsWithWholeScope(actor, 'personnel.configure').includes(tenantId),
      configureAgency:
        !!agency && can(actor, 'review_catalogue.write', { tenantId: agency.tenantId, agencyPath: agency.path }),
    },
  };
}

export async function getDeadlineSettings(
  ex: Executor,
  actor: Actor,
  query: { tenant?: string; agency?: string },
): Promise<DeadlineSettingsView> {
  const tenantId = await resolveTenant(ex, actor, query.tenant);
  return settingsView(ex, actor, tenantId, await resolveAgency(ex, actor, tenantId, query.agency));
}

function checkRange(value: number, range: { min: number; max: number } | null): FieldError | null {
  if (!range) return { key: 'deadline_setting_not_configurable' };
  if (value < range.min || value > range.max) return { key: 'deadline_setting_range', params: range };
  return null;
}

/** The tenant-wide value of a configurable rule, set by the justice bureau (whole-tenant personnel.configure). */
export async function setTenantDeadlineSetting(
  tx: Tx,
  actor: Actor,
  body: DeadlineSettingBody,
  now: Date,
): Promise<WriteResult<DeadlineSettingsView>> {
  const whole = tenantsWithWholeScope(actor, 'personnel.configure');
  const tenantId = body.tenant ?? actor.tenantId;
  if (!whole.includes(tenantId)) throw forbidden();
  if (!(await findTenant(tx, tenantId))) throw notFound('tenant_not_found');
  const rule = DEADLINE_RULES[body.rule];
  if (!rule.configurable) throw invalidInput({ rule: 'deadline_rule_not_configurable' });
  const errors: Record<string, FieldError> = {};
  if (body.amount != null) {
    const e = checkRange(body.amount, rule.configurable.amount);
    if (e) errors.amount = e;
  }
  if (body.extensionMax != null) {
    const e = checkRange(body.extensionMax, rule.configurable.extensionMax);
    if (e) errors.extensionMax = e;
  }
  if (Object.keys(errors).length) throw invalidInput(errors);
  const [current] = (await settingRowsOf(tx, tenantId)).filter((r) => r.ruleId === rule.id);
  const amount = body.amount === undefined ? (current?.amount ?? null) : body.amount;
  const extensionMax = body.extensionMax === undefined ? (current?.extensionMax ?? null) : body.extensionMax;
  if (amount === null && extensionMax === null) await deleteSetting(tx, tenantId, 'tenant', rule.id);
  else
    await upsertSetting(tx, {
      tenantId,
      scopeKey: 'tenant',
      agencyId: null,
      ruleId: rule.id,
      amount,
      extensionMax,
      updatedAt: now,
      updatedBy: actor.accountId,
    });
  return {
    result: await settingsView(tx, actor, tenantId, null),
    recordIds: [tenantId],
    tenantId,
    detail: { rule: rule.id, amount, extensionMax },
  };
}

/** An agency's own legal-review time limit, set by its leader or legal office (review_catalogue.write). */
export async function setAgencyDeadlineSetting(
  tx: Tx,
  actor: Actor,
  agencyId: string,
  body: AgencyDeadlineSettingBody,
  now: Date,
): Promise<WriteResult<DeadlineSettingsView>> {
  const agency = await findAgencyBriefInScope(
    tx,
    agencyScopeWhere(scopesFor(actor, 'review_catalogue.read'), agencyCols),
    agencyId,
  );
  if (!agency) throw notFound('agency_not_found');
  if (!can(actor, 'review_catalogue.write', { tenantId: agency.tenantId, agencyPath: agency.path })) throw forbidden();
  const rule = DEADLINE_RULES[body.rule];
  if (!rule.configurable?.perAgency) throw invalidInput({ rule: 'deadline_rule_not_per_agency' });
  if (body.amount !== null) {
    const e = checkRange(body.amount, rule.configurable.amount);
    if (e) throw invalidInput({ amount: e });
    await upsertSetting(tx, {
      tenantId: agency.tenantId,
      scopeKey: agency.id,
      agencyId: agency.id,
      ruleId: rule.id,
      amount: body.amount,
      extensionMax: null,
      updatedAt: now,
      updatedBy: actor.accountId,
    });
  } else {
    await deleteSetting(tx, agency.tenantId, agency.id, rule.id);
  }
  return {
    result: await settingsView(tx, actor, agency.tenantId, agency),
    recordIds: [agency.id],
    tenantId: agency.tenantId,
    detail: { rule: rule.id, amount: body.amount },
  };
}

// ---- compute ---------------------------------------------------------------------------------------------------

const STRETCH = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?$/;

/** `2026-03-10..2026-03-20,2026-05-06..` → suspensions (validated further by the engine). */
export function parseSuspensions(text: string | undefined): Suspension[] {
  if (!text) return [];
  return text.split(',').map((part) => {
    const m = STRETCH.exec(part.trim());
    if (!m) throw invalidInput({ suspensions: 'deadline_suspensions_format' });
    return { from: m[1], to: m[2] ?? null };
  });
}

/** The query's field a DeadlineInputError names. */
const QUERY_FIELD: Record<string, string> = { extensions: 'extension' };

export function inputErrorToAppError(err: DeadlineInputError, fieldMap: Record<string, string> = QUERY_FIELD) {
  const field = fieldMap[err.field] ?? err.field;
  return invalidInput({ [field]: { key: err.reason as MessageKey, params: err.params } });
}

/** A due date on the tenant's calendar with its (or the agency's) settings: GET /api/deadlines/compute. */
export async function computeForActor(
  ex: Executor,
  actor: Actor,
  query: DeadlineComputeQuery,
  now: Date,
): Promise<DeadlineResultView> {
  const tenantId = await resolveTenant(ex, actor, query.tenant);
  const agency = await resolveAgency(ex, actor, tenantId, query.agency);
  const suspensions = parseSuspensions(query.suspensions);
  const extensions: Extension[] = query.extension
    ? [
        {
          amount: query.extension,
          approvedOn: query.extensionApprovedOn ?? query.start,
          reason: '试算',
        },
      ]
    : [];
  const [calendar, settings] = await Promise.all([
    loadWorkingCalendar(ex, tenantId),
    loadDeadlineSettings(ex, tenantId, agency?.id),
  ]);
  try {
    return computeDeadline({
      rule: query.rule,
      start: query.start,
      calendar,
      suspensions,
      extensions,
      settings: settings[query.rule],
      asOf: shanghaiDate(now),
    });
  } catch (err) {
    if (err instanceof DeadlineInputError) throw inputErrorToAppError(err);
    throw err;
  }
}
