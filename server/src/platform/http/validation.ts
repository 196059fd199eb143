// Request validation with zod: one schema per route validates, types and documents it. Issues become field errors.
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError, type FieldError, invalidInput } from '../errors';
import { MESSAGES, type MessageKey } from '../i18n/messages';

export class ValidationFailure extends Error {
  statusCode = 400;
  code = 'FST_ERR_VALIDATION';
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('validation failed');
  }
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = (schema as z.ZodType).safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: new ValidationFailure(result.error.issues) };
  };

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
};

function issueToField(issue: z.core.$ZodIssue): FieldError {
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      if (i.input === undefined || i.input === null) return { key: 'required' };
      return { key: 'invalid_type', params: { expected: TYPE_NAMES[String(i.expected)] ?? i.expected } };
    case 'too_small':
      if (i.origin === 'string') return i.input === '' ? { key: 'required' } : { key: 'too_short', params: i };
      if (i.origin === 'array' || i.origin === 'set') return { key: 'too_few_items', params: i };
      return { key: 'too_small_number', params: i };
    case 'too_big':
      if (i.origin === 'string') return { key: 'too_long', params: i };
      if (i.origin === 'array' || i.origin === 'set') return { key: 'too_many_items', params: i };
      return { key: 'too_big_number', params: i };
    case 'invalid_value':
      return { key: 'invalid_option', params: { options: (i.values as unknown[]).join(', ') } };
    case 'invalid_format':
      if (i.format === 'uuid') return { key: 'invalid_uuid' };
      if (i.format === 'date') return { key: 'invalid_date' };
      if (i.format === 'datetime') return { key: 'invalid_datetime' };
      if (i.format === 'regex' && issue.message in MESSAGES) return { key: issue.message as MessageKey };
      return { key: 'invalid_format' };
    case 'custom':
      return { key: issue.message in MESSAGES ? (issue.message as MessageKey) : 'invalid_format' };
    default:
      return { key: issue.message in MESSAGES ? (issue.message as MessageKey) : 'invalid_format' };
  }
}

/** Turns zod issues into an invalid_input AppError whose fields are keyed by dotted path. */
export function issuesToError(issues: z.core.$ZodIssue[], context?: string): AppError {
  const fields: Record<string, FieldError> = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const base = issue.path.join('.');
      for (const k of issue.keys) fields[base ? `${base}.${k}` : k] ??= { key: 'unknown_field' };
      continue;
    }
    const path = issue.path.join('.') || context || 'body';
    fields[path] ??= issueToField(issue);
  }
  return invalidInput(fields);
}
