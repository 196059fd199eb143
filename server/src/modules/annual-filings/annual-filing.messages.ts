// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const ANNUAL_FILING_MESSAGES = {
  annual_filing_not_found: {
    zh: '年度备案不存在或不在您的数据范围内',
    en: 'Annual filing not found or outside your scope',
  },
  annual_filing_kind_not_required: {
    zh: '该单位无须报送此类备案（须报送：{kinds}）',
    en: 'This agency does not file this kind (it files: {kinds})',
  },
  annual_filing_exists: {
    zh: '该单位 {year} 年已有此类备案，请在原备案上修改',
    en: 'The agency already has this filing for {year}; edit that one',
  },
  annual_filing_year_too_far: {
    zh: '只能为今年或明年起草年度备案（今年为 {year} 年）',
    en: 'Filings can be drafted for this year or next only (this year is {year})',
  },
  annual_filing_items_wrong_kind: {
    zh: '工作计划填写“工作任务”，培训计划填写“培训课程”，不能混填',
    en: 'A work plan lists tasks and a training plan lists courses; not the other',
  },
  annual_filing_items_required: {
    zh: '报送前请至少填写一项',
    en: 'Add at least one item before submitting',
  },
  annual_filing_document_required: {
    zh: '报送前请上传计划正式文件（PDF、Word 或扫描件）',
    en: 'Upload the plan document (PDF, Word or a scan) before submitting',
  },
  annual_filing_documents_full: {
    zh: '每份备案最多上传 {max} 个文件',
    en: 'At most {max} documents per filing',
  },
  annual_filing_document_not_found: {
    zh: '该备案没有这个文件',
    en: 'The filing has no such document',
  },
  annual_filing_transition: {
    zh: '备案当前为“{state}”，不能{action}',
    en: 'The filing is {state}: it cannot be {action}',
  },
  annual_filing_delete_submitted: {
    zh: '已报送过的备案不能删除（报送记录须保留）',
    en: 'A filing that was ever submitted cannot be deleted (its history is kept)',
  },
  annual_filing_review_tenant_wide: {
    zh: '接收或退回年度备案须由司法局（全辖区范围的备案审查权限）办理',
    en: 'Only the justice bureau (filing review over the whole tenant) accepts or returns annual filings',
  },
} satisfies Record<string, Text>;

export const ANNUAL_FILING_FIELD_LABELS: Record<string, Text> = {
  year: { zh: '年度', en: 'year' },
  summary: { zh: '计划概要', en: 'summary' },
  workItems: { zh: '工作任务', en: 'work items' },
  'workItems.task': { zh: '工作任务', en: 'task' },
  'workItems.measure': { zh: '工作措施', en: 'measure' },
  'workItems.responsibleUnit': { zh: '责任单位', en: 'responsible unit' },
  'workItems.deadlineMonth': { zh: '完成时限（月）', en: 'deadline month' },
  trainingItems: { zh: '培训课程', en: 'training items' },
  'trainingItems.topic': { zh: '培训内容', en: 'topic' },
  'trainingItems.audience': { zh: '培训对象', en: 'audience' },
  'trainingItems.hours': { zh: '学时', en: 'hours' },
  'trainingItems.month': { zh: '培训月份', en: 'month' },
  documents: { zh: '计划文件', en: 'documents' },
  fileName: { zh: '文件名', en: 'file name' },
  contentBase64: { zh: '文件内容', en: 'file content' },
  comments: { zh: '意见', en: 'comments' },
  state: { zh: '备案状态', en: 'filing state' },
  fileId: { zh: '文件', en: 'file' },
};
