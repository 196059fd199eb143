// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const CALENDAR_MESSAGES = {} satisfies Record<string, Text>;

export const CALENDAR_FIELD_LABELS: Record<string, Text> = {};
