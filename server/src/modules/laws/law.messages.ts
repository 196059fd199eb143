// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
// The law library, citations and law changes (立改废).
import type { Text } from '../../platform/i18n/i18n';

export const LAW_MESSAGES = {
  article_not_in_version: { zh: '该条文不属于此版本', en: 'This article is not in that version' },
  effective_before_adopted: { zh: '施行日期不能早于通过日期', en: 'The effective date cannot precede adoption' },
  law_already_repealed: { zh: '该版本已废止', en: 'This version is already repealed' },
} satisfies Record<string, Text>;

export const LAW_FIELD_LABELS: Record<string, Text> = {
  level: { zh: '效力级别', en: 'level' },
  issuingBody: { zh: '制定机关', en: 'issuing body' },
  documentNumber: { zh: '文号', en: 'document number' },
  adoptedDate: { zh: '通过日期', en: 'adoption date' },
  articleSeqs: { zh: '条文', en: 'articles' },
  effectiveDate: { zh: '生效日期', en: 'effective date' },
  versionId: { zh: '法规版本', en: 'law version' },
  outcome: { zh: '审查结论', en: 'outcome' },
  note: { zh: '说明', en: 'note' },
  text: { zh: '引用文本', en: 'citation text' },
  contentBase64: { zh: '文件内容', en: 'file content' },
  content: { zh: '文件内容', en: 'file content' },
  fileName: { zh: '文件名', en: 'file name' },
};
