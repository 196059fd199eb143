// Statutory deadlines (法定期限), shared by server and web: the rule catalogue's view, the compute query and
// result, and the per-tenant (per-agency) settings of configurable rules. The rules themselves are data in
// server/src/modules/deadlines/deadline-rules.ts; the counting conventions are explained in docs/deadlines.md.
import { z } from 'zod';
import { DEADLINE_RULE_IDS } from './procedure';

type Label = { zh: string; en: string };
const label = z.object({ zh: z.string(), en: z.string() });

export const DEADLINE_UNITS = ['calendar_days', 'working_days', 'hours', 'months'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];
export const DEADLINE_UNIT_LABELS: Record<DeadlineUnit, Label> = {
  calendar_days: { zh: '日（自然日）', en: 'calendar days' },
  working_days: { zh: '个工作日', en: 'working days' },
  hours: { zh: '小时', en: 'hours' },
  months: { zh: '个月', en: 'months' },
};

export const DEADLINE_FLAGS = [
  'provisional_calendar',
  'rolled_forward',
  'suspended',
  'still_suspended',
  'extended',
] as const;
export type DeadlineFlag = (typeof DEADLINE_FLAGS)[number];
export const DEADLINE_FLAG_LABELS: Record<DeadlineFlag, Label> = {
  provisional_calendar: { zh: '暂定（节假日安排未公布）', en: 'Provisional (holidays not published)' },
  rolled_forward: { zh: '节假日顺延', en: 'Rolled forward past a holiday' },
  suspended: { zh: '扣除中止期间', en: 'Suspension excluded' },
  still_suspended: { zh: '中止尚未结束', en: 'Still suspended' },
  extended: { zh: '已批准延长', en: 'Extended with approval' },
};

const ruleId = z.enum(DEADLINE_RULE_IDS);
const tenant = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: 'region_code' });

export const deadlineRuleView = z.object({
  id: z.string(),
  statute: label,
  basis: z.string(),
  countingBasis: z.string(),
  title: label,
  startEvent: label,
  unit: z.enum(DEADLINE_UNITS),
  amount: z.number().int(),
  defaultAmount: z.number().int(),
  rollForward: z.boolean(),
  direction: z.enum(['after', 'before']),
  suspensionsAllowed: z.boolean(),
  extension: z
    .object({
      unit: z.enum(DEADLINE_UNITS),
      max: z.number().int(),
      defaultMax: z.number().int(),
      approver: label,
    })
    .nullable(),
  configurable: z
    .object({
      amount: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
      extensionMax: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
      perAgency: z.boolean(),
    })
    .nullable(),
  note: label,
});
export type DeadlineRuleView = z.infer<typeof deadlineRuleView>;

export const deadlineRulesQuery = z.strictObject({ tenant: tenant.optional(), agency: z.uuid().optional() });
export const deadlineRulesView = z.object({
  tenant: z.string(),
  agencyId: z.string().nullable(),
  items: z.array(deadlineRuleView),
});
export type DeadlineRulesView = z.infer<typeof deadlineRulesView>;

/**
 * `suspensions`: comma-separated `from..to` stretches (YYYY-MM-DD; `to` empty while still suspended), e.g.
 * `2026-03-10..2026-03-20,2026-05-06..`. `extension`: an approved extension in the rule's extension unit, approved on
 * `extensionApprovedOn` (default: the start date).
 */
export const deadlineComputeQuery = z.strictObject({
  rule: ruleId,
  start: z.string().trim().min(1).max(40),
  tenant: tenant.optional(),
  agency: z.uuid().optional(),
  suspensions: z.string().trim().max(2000).optional(),
  extension: z.coerce.number().int().min(1).max(365).optional(),
  extensionApprovedOn: z.iso.date().optional(),
});
export type DeadlineComputeQuery = z.infer<typeof deadlineComputeQuery>;

export const explanationStepView = z.object({
  kind: z.enum(['start', 'count', 'skip', 'suspension', 'extension', 'roll_forward', 'provisional', 'note']),
  date: z.string().optional(),
  text: label,
});
export type ExplanationStepView = z.infer<typeof explanationStepView>;

export const deadlineResultView = z.object({
  rule: z.string(),
  due: z.string(),
  dueAt: z.string().nullable(),
  provisional: z.boolean(),
  flags: z.array(z.string()),
  calendarVersion: z.string(),
  explanation: z.object({
    title: label,
    basis: z.string(),
    start: z.string(),
    unit: z.enum(DEADLINE_UNITS),
    amount: z.number().int(),
    steps: z.array(explanationStepView),
    summary: label,
  }),
});
export type DeadlineResultView = z.infer<typeof deadlineResultView>;

// ---- settings ------------------------------------------------------------------------------------------------

export const deadlineSettingsQuery = z.strictObject({ tenant: tenant.optional(), agency: z.uuid().optional() });

const settingValue = z.number().int().min(0).max(1000).nullable().optional();

/** The tenant's value for one configurable rule; null clears it (back to the statutory default). */
export const deadlineSettingBody = z.strictObject({
  tenant: tenant.optional(),
  rule: ruleId,
  amount: settingValue,
  extensionMax: settingValue,
});
export type DeadlineSettingBody = z.infer<typeof deadlineSettingBody>;

/** An agency's own legal-review time limit (法制审核时限); null clears it (back to the tenant's value). */
export const agencyDeadlineSettingBody = z.strictObject({
  rule: z.literal('LEGAL-REVIEW'),
  amount: z.number().int().min(0).max(1000).nullable(),
});
export type AgencyDeadlineSettingBody = z.infer<typeof agencyDeadlineSettingBody>;

export const deadlineSettingView = z.object({
  rule: z.string(),
  title: label,
  unit: z.enum(DEADLINE_UNITS),
  amount: z.number().int(),
  extensionMax: z.number().int().nullable(),
  /** Where each value comes from: the statute's default, the tenant's setting, or the agency's. */
  amountSource: z.enum(['default', 'tenant', 'agency']),
  extensionMaxSource: z.enum(['default', 'tenant', 'agency']).nullable(),
  configurable: deadlineRuleView.shape.configurable,
});
export type DeadlineSettingView = z.infer<typeof deadlineSettingView>;

export const deadlineSettingsView = z.object({
  tenant: z.string(),
  agencyId: z.string().nullable(),
  items: z.array(deadlineSettingView),
  abilities: z.object({ configureTenant: z.boolean(), configureAgency: z.boolean() }),
});
export type DeadlineSettingsView = z.infer<typeof deadlineSettingsView>;
