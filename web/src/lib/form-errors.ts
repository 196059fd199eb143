// Puts the server's field errors ({ 'legalOfficeContact.phone': '…' }) on the matching antd form fields.
import type { FormInstance } from 'antd';
import { isApiError } from './api-client';

type NamePath = (string | number)[];

const toNamePath = (key: string): NamePath => key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

const sameName = (a: NamePath, b: NamePath) =>
  a.length === b.length && a.every((part, i) => String(part) === String(b[i]));

export interface AppliedErrors {
  /** The server's top message, to show above the form. */
  message: string;
  /** Field messages with no matching form field, to show with the top message. */
  unmatched: string[];
}

/**
 * Marks each field the server named; returns what could not be placed. `aliases` maps a server field name to a
 * form field name where they differ (e.g. scopeAgencyId shown by an agency picker named otherwise).
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  aliases: Record<string, string> = {},
): AppliedErrors {
  if (!isApiError(error)) return { message: String((error as Error)?.message ?? error), unmatched: [] };
  const registered = form.getFieldsError().map((f) => f.name as NamePath);
  const toSet: { name: NamePath; errors: string[] }[] = [];
  const unmatched: string[] = [];
  for (const [key, text] of Object.entries(error.fields)) {
    const name = toNamePath(aliases[key] ?? key);
    if (registered.some((r) => sameName(r, name))) toSet.push({ name, errors: [text] });
    else unmatched.push(`${key}: ${text}`);
  }
  if (toSet.length) {
    form.setFields(toSet);
    // Bring the first wrong field into view; the form may be long (the agency drawer scrolls).
    form.scrollToField(toSet[0].name, { block: 'center' });
  }
  return { message: error.message, unmatched };
}
