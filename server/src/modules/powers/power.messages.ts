// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const POWER_MESSAGES = {
  power_code_format: {
    zh: '编码只能由字母、数字和 . _ - 组成，且以字母或数字开头',
    en: 'A code is letters, digits and . _ - starting with a letter or digit',
  },
  power_item_not_found: { zh: '权责事项不存在或不在您的数据范围内', en: 'Power not found or outside your scope' },
  power_request_not_found: {
    zh: '备案申请不存在或不在您的数据范围内',
    en: 'Change request not found or outside your scope',
  },
  power_item_cancelled: { zh: '该事项已于 {date} 取消', en: 'This power was cancelled as of {date}' },
  power_item_twice: { zh: '同一事项在一份申请中只能变更一次', en: 'A request may change a power only once' },
  power_no_difference: {
    zh: '调整后的内容与现行版本相同，没有需要备案的变化',
    en: 'The modified content is the same as the current version: nothing to file',
  },
  power_code_twice: { zh: '编码 {code} 在本申请中重复', en: 'Code {code} is used twice in this request' },
  power_code_taken: { zh: '编码 {code} 已被本单位其他事项使用', en: 'Code {code} is already used by another power' },
  power_delegated_from_self: {
    zh: '委托/下放部门不能是本单位自己',
    en: 'The delegating department cannot be the agency itself',
  },
  power_not_a_township: { zh: '{name} 不是乡镇人民政府', en: '{name} is not a township government' },
  power_guidance_not_delegator: {
    zh: '只有下放该职权的部门可以提出指导意见',
    en: 'Only the department that delegated this power may give guidance on it',
  },
  power_invalid_transition: {
    zh: '备案申请当前的状态不允许此操作',
    en: 'The change request’s state does not allow this',
  },
  power_base_stale: {
    zh: '该事项在本申请起草后已有新的备案版本，请打开申请重新保存后再提交',
    en: 'The power has a newer accepted version since this change was written: open the request and save it again',
  },
  power_request_stale: {
    zh: '申请中的部分事项已有新的备案版本：{fields}',
    en: 'Some powers in the request have newer versions: {fields}',
  },
  power_request_empty: { zh: '申请中没有任何变更', en: 'The request holds no changes' },
  power_effective_date_past: {
    zh: '生效日期不能早于今天（{today}）；确需追溯生效的，请填写追溯理由',
    en: 'The effective date cannot be before today ({today}) unless you give the reason for back-dating',
  },
  power_effective_before_latest: {
    zh: '事项 {code} 已有自 {date} 起生效的版本，生效日期不能早于该日',
    en: 'Power {code} already has a version in force from {date}: the effective date cannot be earlier',
  },
  power_import_unreadable: {
    zh: '无法读取该文件，请上传 .xlsx 格式的权责清单',
    en: 'Cannot read this file: upload the powers list as .xlsx',
  },
  power_import_no_header: {
    zh: '在前 10 行中找不到表头（须包含“职权编码”“职权名称”“职权类别”“实施依据”等列）',
    en: 'No header row in the first 10 rows (it needs 职权编码, 职权名称, 职权类别, 实施依据 …)',
  },
  power_import_empty: { zh: '表格中没有数据行', en: 'The sheet has no data rows' },
  power_import_rows_invalid: {
    zh: '表格中有 {count} 处错误，未导入任何内容',
    en: '{count} problems in the sheet: nothing was imported',
  },
  power_import_nothing_valid: {
    zh: '没有可以导入的有效行（{count} 处错误）',
    en: 'No valid rows to import ({count} problems)',
  },
} satisfies Record<string, Text>;

export const POWER_FIELD_LABELS: Record<string, Text> = {
  title: { zh: '标题', en: 'title' },
  changes: { zh: '变更事项', en: 'changes' },
  'changes.kind': { zh: '变更类型', en: 'kind of change' },
  'changes.itemId': { zh: '事项', en: 'power' },
  'changes.reason': { zh: '变更理由', en: 'reason' },
  'changes.reasonText': { zh: '理由说明', en: 'reason text' },
  'changes.content': { zh: '事项内容', en: 'content' },
  'changes.content.code': { zh: '职权编码', en: 'code' },
  'changes.content.name': { zh: '职权名称', en: 'name' },
  'changes.content.category': { zh: '职权类别', en: 'category' },
  'changes.content.subItems': { zh: '子项', en: 'sub-items' },
  'changes.content.subItems.name': { zh: '子项名称', en: 'sub-item name' },
  'changes.content.subItems.code': { zh: '子项编码', en: 'sub-item code' },
  'changes.content.basisText': { zh: '实施依据', en: 'legal basis' },
  'changes.content.basisRefs': { zh: '关联条文', en: 'linked articles' },
  'changes.content.duty': { zh: '责任事项', en: 'duty' },
  'changes.content.accountability': { zh: '追责情形', en: 'accountability' },
  'changes.content.level': { zh: '行使层级', en: 'level' },
  'changes.content.delegatedFromAgencyId': { zh: '委托/下放部门', en: 'delegating department' },
  'changes.content.delegatedToTownshipIds': { zh: '下放乡镇', en: 'townships' },
  'changes.content.remarks': { zh: '备注', en: 'remarks' },
  comments: { zh: '意见', en: 'comments' },
  effectiveDate: { zh: '生效日期', en: 'effective date' },
  backdateReason: { zh: '追溯理由', en: 'reason for back-dating' },
  text: { zh: '内容', en: 'text' },
  fileName: { zh: '文件名', en: 'file name' },
  contentBase64: { zh: '文件', en: 'file' },
  mode: { zh: '导入方式', en: 'import mode' },
  reasonText: { zh: '理由说明', en: 'reason text' },
  cancelMissing: { zh: '取消表中未列事项', en: 'cancel missing powers' },
  'rows.code': { zh: '职权编码', en: 'code' },
  'rows.name': { zh: '职权名称', en: 'name' },
  'rows.subItems': { zh: '子项', en: 'sub-items' },
  'rows.category': { zh: '职权类别', en: 'category' },
  'rows.basisText': { zh: '实施依据', en: 'legal basis' },
  'rows.duty': { zh: '责任事项', en: 'duty' },
  'rows.accountability': { zh: '追责情形', en: 'accountability' },
  'rows.level': { zh: '行使层级', en: 'level' },
  'rows.delegatedTo': { zh: '下放乡镇', en: 'townships' },
  'rows.delegatedFrom': { zh: '委托/下放部门', en: 'delegating department' },
  'rows.remarks': { zh: '备注', en: 'remarks' },
};
