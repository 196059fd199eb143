// Every failure leaves through here, as { error: { code, message, fields? } } in the caller's language.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, fromDatabaseError, invalidInput, toErrorBody } from '../errors';
import { issuesToError, ValidationFailure } from './validation';

function classify(err: FastifyError | Error): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof ValidationFailure) {
    const context = (err as unknown as { validationContext?: string }).validationContext;
    return issuesToError(err.issues, context === 'body' ? 'body' : context);
  }
  const fe = err as FastifyError;
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && err instanceof SyntaxError)) {
    return new AppError('invalid_input', 400, 'invalid_body', {}, { body: { key: 'invalid_body' } });
  }
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return invalidInput({ body: 'required' });
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('invalid_input', 415, 'unsupported_media_type');
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('invalid_input', 413, 'payload_too_large');
  if (fe.statusCode === 429) return new AppError('rate_limited', 429, 'rate_limited');
  const db = fromDatabaseError(err);
  if (db) return db;
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
    return new AppError('invalid_input', fe.statusCode, 'invalid_format');
  return null;
}

export function errorHandler(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appErr = classify(err);
  if (appErr) {
    if (appErr.status === 429) reply.header('retry-after', '60');
    return reply.code(appErr.status).send(toErrorBody(appErr, req.lang ?? 'zh'));
  }
  req.log.error({ err }, 'unhandled error');
  const internal = new AppError('internal', 500, 'internal', { requestId: req.id });
  return reply.code(500).send(toErrorBody(internal, req.lang ?? 'zh'));
}
