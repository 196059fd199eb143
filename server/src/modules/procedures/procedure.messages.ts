// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const PROCEDURE_MESSAGES = {
  procedure_not_found: {
    zh: '没有办案程序“{code}”',
    en: 'No procedure “{code}”',
  },
  procedure_version_not_found: {
    zh: '办案程序“{code}”没有第 {version} 版',
    en: 'Procedure “{code}” has no version {version}',
  },
  procedure_not_in_force: {
    zh: '办案程序“{code}”在 {on} 尚无生效的版本',
    en: 'Procedure “{code}” has no version in force on {on}',
  },
} satisfies Record<string, Text>;

export const PROCEDURE_FIELD_LABELS: Record<string, Text> = {
  version: { zh: '版本', en: 'version' },
};
