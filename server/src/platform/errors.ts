// Errors are values of a few named kinds, mapped to HTTP and to the one error shape in one place (toErrorBody).
import type { ErrorBody, ErrorCode } from '../../../contracts/errors';
import { fill, type Lang } from './i18n/i18n';
import { fieldLabel, MESSAGES, type MessageKey } from './i18n/messages';

export interface FieldError {
  key: MessageKey;
  params?: Record<string, unknown>;
  /** A message already composed in both languages (e.g. password-policy problems). */
  text?: { zh: string; en: string };
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly params: Record<string, unknown> = {},
    readonly fields: Record<string, FieldError> = {},
  ) {
    super(messageKey);
  }
}

export const invalidInput = (fields: Record<string, FieldError | MessageKey>): AppError =>
  new AppError(
    'invalid_input',
    400,
    'invalid_input',
    {},
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? { key: v } : v])),
  );
export const notFound = (key: MessageKey = 'not_found', params: Record<string, unknown> = {}): AppError =>
  new AppError('not_found', 404, key, params);
export const forbidden = (key: MessageKey = 'forbidden'): AppError => new AppError('forbidden', 403, key);
export const unauthenticated = (key: MessageKey = 'unauthenticated'): AppError =>
  new AppError('unauthenticated', 401, key);
export const conflict = (fields: Record<string, FieldError | MessageKey>, key: MessageKey = 'conflict'): AppError =>
  new AppError(
    'conflict',
    409,
    key,
    {},
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? { key: v } : v])),
  );

export function localize(key: MessageKey, params: Record<string, unknown>, lang: Lang): string {
  return fill(MESSAGES[key][lang], params);
}

export function toErrorBody(err: AppError, lang: Lang, extra: Record<string, unknown> = {}): ErrorBody {
  const fieldNames = Object.keys(err.fields);
  const params = {
    ...err.params,
    ...extra,
    fields: fieldNames.map((f) => fieldLabel(f, lang)).join(lang === 'zh' ? '、' : ', '),
  };
  const body: ErrorBody = { error: { code: err.code, message: localize(err.messageKey, params, lang) } };
  if (fieldNames.length > 0) {
    body.error.fields = Object.fromEntries(
      fieldNames.map((f) => {
        const fe = err.fields[f];
        return [f, fe.text ? fe.text[lang] : localize(fe.key, fe.params ?? {}, lang)];
      }),
    );
  }
  return body;
}

/** Unique-constraint names → the field they protect, so a duplicate is reported on the right form field. */
const UNIQUE_FIELDS: Record<string, string> = {
  agencies_tenant_uscc_uq: 'uscc',
  agencies_tenant_name_uq: 'name',
  accounts_tenant_username_uq: 'username',
  tenants_pkey: 'code',
  benchmarks_tenant_agency_code_uq: 'code',
  benchmark_exemptions_tenant_agency_code_uq: 'code',
  power_items_agency_code_uq: 'code',
  officers_tenant_resident_id_uq: 'residentId',
  officers_tenant_account_uq: 'accountId',
  certificates_tenant_number_uq: 'number',
  training_attendance_course_officer_uq: 'officerId',
  training_plans_agency_year_uq: 'year',
  annual_filings_agency_year_kind_uq: 'kind',
};

/** Maps a PostgreSQL error (from pg or PGlite) to an AppError when it is the caller's fault. */
export function fromDatabaseError(err: unknown): AppError | null {
  const e = (err as { cause?: unknown })?.cause ?? err;
  const pgErr = e as { code?: string; constraint?: string; message?: string };
  if (pgErr?.code === '23505') {
    const constraint = pgErr.constraint ?? /constraint "([^"]+)"/.exec(pgErr.message ?? '')?.[1] ?? '';
    const field = UNIQUE_FIELDS[constraint] ?? 'id';
    return conflict({ [field]: 'duplicate' });
  }
  return null;
}
