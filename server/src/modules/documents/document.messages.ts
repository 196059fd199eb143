// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const DOCUMENT_MESSAGES = {
  case_document_not_found: { zh: '案件没有该文书', en: 'The case has no such document' },
  document_template_not_docx: {
    zh: '不是有效的 Word 文档（.docx）：文件应为包含 word/document.xml 的 Office Open XML 文档',
    en: 'Not a Word document (.docx): the file must be an Office Open XML package with word/document.xml',
  },
  document_template_syntax: {
    zh: '模板标签有误：{tag}（{problem}）',
    en: 'Template tag error: {tag} ({problem})',
  },
  document_template_unknown_tag: {
    zh: '模板中的标签 {tag} 不是可用的字段（见“文书模板 — 可用字段”）',
    en: 'The tag {tag} is not a field templates may use (see Document templates → Fields)',
  },
  document_template_group_as_text: {
    zh: '模板中的标签 {tag} 是列表或分组，应写作 {#…}…{/…}',
    en: 'The tag {tag} is a list or group: write it as {#…}…{/…}',
  },
} satisfies Record<string, Text>;

/** docxtemplater's error ids in words (the library explains in English only). */
export const TEMPLATE_SYNTAX_PROBLEMS: Record<string, Text> = {
  unclosed_tag: { zh: '标签没有闭合的“}”', en: 'the tag has no closing "}"' },
  unopened_tag: { zh: '“}”之前没有“{”', en: 'a "}" without an opening "{"' },
  unclosed_loop: { zh: '循环或条件没有结束标签', en: 'a loop or condition is not closed' },
  unopened_loop: { zh: '结束标签没有对应的开始标签', en: 'a closing tag without its opening tag' },
  unbalanced_loop_tags: { zh: '循环或条件的开始与结束标签不配对', en: 'loop or condition tags do not pair up' },
  closing_tag_does_not_match_opening_tag: {
    zh: '结束标签与开始标签不一致',
    en: 'the closing tag does not match the opening tag',
  },
  duplicate_open_tag: { zh: '重复的“{”', en: 'a duplicated "{"' },
  duplicate_close_tag: { zh: '重复的“}”', en: 'a duplicated "}"' },
  scopeparser_compilation_failed: { zh: '标签无法解析', en: 'the tag cannot be parsed' },
};

// Field labels are one table for the whole API: generic names (kind, contentBase64, fileName, note) keep the label
// their first module gave them.
export const DOCUMENT_FIELD_LABELS: Record<string, Text> = {};
