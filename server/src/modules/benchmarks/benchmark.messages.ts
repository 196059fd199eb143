// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const BENCHMARK_MESSAGES = {
  benchmark_not_found: { zh: '裁量基准不存在或不在您的数据范围内', en: 'Benchmark not found or outside your scope' },
  benchmark_version_not_found: { zh: '该版本不存在', en: 'No such version' },
  benchmark_no_version_in_force: {
    zh: '{on} 没有施行中的版本',
    en: 'No version in force on {on}',
  },
  benchmark_code_taken: {
    zh: '编码 {code} 已被本单位其他裁量基准使用',
    en: 'Code {code} is already used by another benchmark of this agency',
  },
  benchmark_no_draft: { zh: '没有待发布的草稿', en: 'There is no draft to publish' },
  benchmark_effective_past: {
    zh: '施行日期不能早于今天（{today}）：已施行的版本不能追溯改变',
    en: 'The effective date cannot be before today ({today}): what was in force cannot change after the fact',
  },
  benchmark_effective_before_previous: {
    zh: '上一版本自 {date} 起施行，新版本的施行日期不能早于该日',
    en: 'The previous version applies from {date}: the new one cannot start earlier',
  },
  benchmark_invalid_content: { zh: '裁量基准的内容有误：{fields}', en: 'The benchmark has problems: {fields}' },
  benchmark_level_set_scope: {
    zh: '裁量档次是本行政区划统一的标准，由司法局（行政执法监督机构）设定：须有覆盖全行政区划的备案审查权限',
    en: 'The level set is a tenant-wide standard set by the justice bureau: it needs filing review over the whole tenant',
  },
  benchmark_level_in_use: {
    zh: '档次“{levelZh}”已被 {count} 项裁量基准使用（{codesZh}），不能删除：已发布的版本须保持原有含义',
    en: 'Level "{levelEn}" is used by {count} benchmark(s) ({codesEn}) and cannot be removed: published versions must keep their meaning',
  },
  benchmark_level_order_in_use: {
    zh: '档次“{levelZh}”原本轻于“{otherZh}”，两者都已被裁量基准使用（{codesZh}），不能调换轻重顺序',
    en: 'Level "{levelEn}" was milder than "{otherEn}" and both are used by benchmarks ({codesEn}): their order cannot change',
  },
  benchmark_level_name_taken: {
    zh: '与第 {n} 档的名称相同',
    en: 'Same name as level {n}',
  },
  benchmark_exemption_not_found: {
    zh: '清单事项不存在或不在您的数据范围内',
    en: 'List entry not found or outside your scope',
  },
  benchmark_exemption_code_taken: {
    zh: '编码 {code} 已被本单位其他清单事项使用',
    en: 'Code {code} is already used by another entry of this agency',
  },
  benchmark_exemption_not_draft: {
    zh: '已发布的清单事项不能修改：请撤回后新增',
    en: 'A published entry cannot change: withdraw it and add a new one',
  },
  benchmark_exemption_not_published: {
    zh: '只有已发布的清单事项可以撤回',
    en: 'Only a published entry can be withdrawn',
  },
  benchmark_withdraw_before_effective: {
    zh: '撤回日期不能早于施行日期（{date}）或今天',
    en: 'The withdrawal date cannot be before the effective date ({date}) or today',
  },
  benchmark_link_other_agency: {
    zh: '关联的裁量基准须属于同一单位',
    en: 'The linked benchmark must belong to the same agency',
  },
  benchmark_import_unreadable: {
    zh: '无法读取该文件，请上传 .xlsx 格式的裁量基准表',
    en: 'Cannot read this file: upload the benchmarks as .xlsx',
  },
  benchmark_import_no_header: {
    zh: '在前 10 行中找不到表头（须包含“编码”“违法行为”“违反条款”“处罚依据”“裁量档次”等列）',
    en: 'No header row in the first 10 rows (it needs 编码, 违法行为, 违反条款, 处罚依据, 裁量档次 …)',
  },
  benchmark_import_empty: { zh: '表格中没有数据行', en: 'The sheet has no data rows' },
} satisfies Record<string, Text>;

export const BENCHMARK_FIELD_LABELS: Record<string, Text> = {
  violation: { zh: '违法行为', en: 'violation' },
  violatedText: { zh: '违反条款', en: 'article violated' },
  violatedRefs: { zh: '违反条款（条文）', en: 'articles violated' },
  penaltyText: { zh: '处罚依据', en: 'penalty article' },
  penaltyRefs: { zh: '处罚依据（条文）', en: 'penalty articles' },
  levels: { zh: '裁量档次', en: 'levels' },
  'levels.key': { zh: '裁量档次', en: 'level' },
  'levels.name.zh': { zh: '档次名称', en: 'level name' },
  'levels.name.en': { zh: '档次英文名称', en: 'level name (English)' },
  'levels.conditionsText': { zh: '适用情形', en: 'circumstances' },
  'levels.conditions': { zh: '结构化条件', en: 'structured conditions' },
  'levels.conditions.items': { zh: '结构化条件', en: 'structured conditions' },
  'levels.conditions.items.items': { zh: '结构化条件', en: 'structured conditions' },
  'levels.penalties': { zh: '处罚', en: 'penalties' },
  'levels.penalties.kind': { zh: '处罚种类', en: 'penalty kind' },
  'levels.penalties.fine': { zh: '罚款幅度', en: 'fine range' },
  'levels.penalties.fine.minFen': { zh: '罚款下限', en: 'minimum fine' },
  'levels.penalties.fine.maxFen': { zh: '罚款上限', en: 'maximum fine' },
  'levels.penalties.fine.minTimes': { zh: '最低倍数', en: 'minimum multiple' },
  'levels.penalties.fine.maxTimes': { zh: '最高倍数', en: 'maximum multiple' },
  'levels.penalties.fine.below.maxFen': { zh: '基数不足时的罚款上限', en: 'maximum fine below the threshold' },
  'levels.penalties.period': { zh: '期限', en: 'period' },
  'levels.penalties.period.max': { zh: '期限上限', en: 'longest period' },
  'levels.penalties.period.unit': { zh: '期限单位', en: 'period unit' },
  'levels.penalties.note': { zh: '处罚说明', en: 'penalty note' },
  notes: { zh: '说明', en: 'notes' },
  effectiveFrom: { zh: '施行日期', en: 'effective date' },
  withdrawnOn: { zh: '撤回日期', en: 'withdrawal date' },
  facts: { zh: '违法事实', en: 'facts' },
  proposed: { zh: '拟作出的处罚', en: 'proposed penalty' },
  'proposed.fineFen': { zh: '拟罚款金额', en: 'proposed fine' },
  versionNo: { zh: '版本', en: 'version' },
  levelKey: { zh: '认定档次', en: 'level found' },
  conditionsText: { zh: '适用情形', en: 'circumstances' },
  conditions: { zh: '结构化条件', en: 'structured conditions' },
  basisText: { zh: '法律依据', en: 'legal basis' },
  basisRefs: { zh: '法律依据（条文）', en: 'legal basis articles' },
  measures: { zh: '处理措施', en: 'measures' },
  benchmarkId: { zh: '关联裁量基准', en: 'linked benchmark' },
};
