// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const REVIEW_CATALOGUE_MESSAGES = {
  catalogue_version_not_found: {
    zh: '目录版本 {versionNo} 不存在',
    en: 'Catalogue version {versionNo} not found',
  },
  catalogue_rule_not_found: {
    zh: '草稿中没有该目录规则',
    en: 'The draft has no such catalogue rule',
  },
  catalogue_no_draft: {
    zh: '该目录没有待发布的草稿',
    en: 'The catalogue has no draft',
  },
  catalogue_draft_empty: {
    zh: '草稿没有任何规则，不能发布',
    en: 'The draft has no rules: there is nothing to publish',
  },
  catalogue_effective_in_past: {
    zh: '生效日期不能早于今天（{today}），已作出的决定适用当时有效的目录',
    en: 'The effective date cannot be before today ({today}): past decisions keep the catalogue then in force',
  },
  catalogue_effective_before_previous: {
    zh: '生效日期不能早于上一版本（第 {versionNo} 版）的生效日期 {date}',
    en: 'The effective date cannot be before that of version {versionNo} ({date})',
  },
  catalogue_not_in_force: {
    zh: '{agency}在 {on} 没有生效的重大执法决定法制审核目录',
    en: '{agency} has no review catalogue in force on {on}',
  },
  catalogue_not_in_force_on: {
    zh: '该日（{on}）没有生效的目录',
    en: 'No catalogue in force on {on}',
  },
  catalogue_ticked_unknown: {
    zh: '所勾选的不是该目录中的“其他情形”项',
    en: 'Not one of the catalogue’s tickable items',
  },
} satisfies Record<string, Text>;

export const REVIEW_CATALOGUE_FIELD_LABELS: Record<string, Text> = {
  title: { zh: '名称', en: 'title' },
  basisText: { zh: '法律依据', en: 'legal basis' },
  basis: { zh: '引用条文', en: 'cited articles' },
  position: { zh: '排序', en: 'position' },
  condition: { zh: '认定条件', en: 'condition' },
  'condition.kind': { zh: '条件类型', en: 'condition kind' },
  'condition.kinds': { zh: '处罚种类', en: 'penalty kinds' },
  'condition.partyType': { zh: '当事人类型', en: 'party type' },
  'condition.minFineFen': { zh: '较大数额罚款标准', en: 'fine threshold' },
  'condition.minValueFen': { zh: '没收价值标准', en: 'confiscation threshold' },
  'condition.sectors': { zh: '所列领域', en: 'sectors' },
  effectiveFrom: { zh: '生效日期', en: 'effective date' },
  'decision.partyType': { zh: '当事人类型', en: 'party type' },
  'decision.penaltyKinds': { zh: '拟给予的处罚种类', en: 'proposed penalty kinds' },
  'decision.fineFen': { zh: '罚款金额', en: 'fine amount' },
  'decision.confiscationValueFen': { zh: '没收价值', en: 'confiscation value' },
  'decision.sectors': { zh: '涉及领域', en: 'sectors' },
  'decision.tickedRuleIds': { zh: '勾选的其他情形', en: 'ticked items' },
  draft: { zh: '草稿', en: 'draft' },
  on: { zh: '日期', en: 'date' },
  from: { zh: '比较的原版本', en: 'from version' },
  to: { zh: '比较的新版本', en: 'to version' },
  versionNo: { zh: '版本号', en: 'version number' },
};
