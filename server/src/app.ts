// Builds the Fastify application: plugins, hooks, error handling, the API modules and the web app's files.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessEntryFor } from './platform/http/request';
import { outcomeOf, recordAccess } from './platform/audit/access-log';
import type { AppContext } from './platform/context';
import { makeAuthenticate } from './platform/http/authenticate';
import { errorHandler } from './platform/http/error-handler';
import { validatorCompiler } from './platform/http/validation';
import { langFromHeader } from './platform/i18n/i18n';
import { AppError, forbidden, toErrorBody } from './platform/errors';
import { resolveActor, SESSION_COOKIE } from './modules/accounts/actor';
import { accountRoutes } from './modules/accounts/account.routes';
import { authRoutes } from './modules/accounts/auth.routes';
import { accessLogRoutes } from './modules/access-log/access-log.routes';
import { agencyRoutes } from './modules/agencies/agency.routes';
import { healthRoutes } from './modules/health/health.routes';
import { lawRoutes } from './modules/laws/law.routes';
import { benchmarkRoutes } from './modules/benchmarks/benchmark.routes';
import { powerRoutes } from './modules/powers/power.routes';
import { lawChangeRoutes } from './modules/law-changes/law-change.routes';
import { reviewCatalogueRoutes } from './modules/review-catalogues/review-catalogue.routes';
import { referralThresholdRoutes } from './modules/referral-thresholds/referral-threshold.routes';
import { securityPolicyRoutes } from './modules/security-policy/security-policy.routes';
import { tenantRoutes } from './modules/tenants/tenant.routes';
import { officerRoutes } from './modules/personnel/officer.routes';
import { trainingRoutes } from './modules/training/training.routes';
import { examRoutes } from './modules/exams/exam.routes';
import { certificateRoutes } from './modules/certificates/certificate.routes';
import { transferRoutes } from './modules/transfers/transfer.routes';
import { annualFilingRoutes } from './modules/annual-filings/annual-filing.routes';
import { leaderRecordRoutes } from './modules/leader-records/leader-record.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { deadlineRoutes } from './modules/deadlines/deadline.routes';
import { procedureRoutes } from './modules/procedures/procedure.routes';
import { documentRoutes } from './modules/documents/document.routes';
import { caseRoutes } from './modules/cases/case.routes';
import { personnelSettingsRoutes } from './modules/personnel/personnel-settings.routes';

export const API_VERSION = '0.1.0';

export interface RouteInfo {
  method: string;
  url: string;
  auth: string | undefined;
  action: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, with its declared auth: the authorisation matrix test walks this. */
    routeTable: RouteInfo[];
  }
}

export interface BuildOptions {
  logger?: boolean;
  /** Serve the built web app from dist/web (default: when it exists). */
  serveWeb?: boolean;
}

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : { level: ctx.config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    trustProxy: ctx.config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('ctx', ctx);
  app.decorate('routeTable', [] as RouteInfo[]);
  app.addHook('onRoute', (r) => {
    // The API documentation and the web app's static files are public; every API route declares its own auth.
    if (r.config?.auth === undefined && (r.url.startsWith('/api/docs') || !r.url.startsWith('/api'))) {
      r.config = { ...(r.config ?? {}), auth: 'public' };
    }
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) {
      if (m === 'HEAD') continue;
      app.routeTable.push({ method: m, url: r.url, auth: r.config?.auth, action: r.config?.action });
    }
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('lang', 'zh');
  app.decorateRequest('audit', null as never);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(cookie);
  // preHandler: the sign-in limit is keyed by IP and username, so it needs the parsed body.
  await app.register(rateLimit, { global: false, hook: 'preHandler' });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'xzzf 行政执法监督平台 API',
        version: API_VERSION,
        description:
          '错误统一为 { error: { code, message, fields } }；消息默认中文，请求头 Accept-Language: en 返回英文。会话 Cookie 或 Authorization: Bearer <接口令牌>。',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', async (req, reply) => {
    req.lang = langFromHeader(req.headers['accept-language']);
    req.audit = { recordIds: [], tenantId: null, detail: null, logged: false };
    reply.header('x-request-id', req.id);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    // The web app loads only its own scripts; Ant Design injects styles, the TOTP QR code is a data: image.
    // The API documentation page sets its own policy (it needs inline scripts).
    if (!req.url.startsWith('/api/docs')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
          "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
      );
    }
    return payload;
  });

  // Defence in depth behind SameSite=Strict: a state-changing request carrying a browser Origin must come from
  // this site (API tokens from other systems send no Origin and are unaffected).
  app.addHook('onRequest', async (req) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return;
    const origin = req.headers.origin;
    if (!origin || origin === 'null') return;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw forbidden('cross_site');
    }
    if (host !== req.headers.host) throw forbidden('cross_site');
  });

  const authenticate = makeAuthenticate((req) => {
    const auth = req.headers.authorization;
    return resolveActor(ctx, {
      bearer: auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined,
      cookie: req.cookies[SESSION_COOKIE],
    });
  });
  // Before validation: an unauthenticated caller learns nothing from field errors, and failures are logged with the actor.
  app.addHook('preValidation', authenticate);

  // Every write, every sign-in attempt and every read of personal data that was not already logged inside its
  // transaction (failures, denials, personal-data reads) is logged here, before the response leaves: once a
  // client has an answer, its log row exists. Personal data is not sent if its read cannot be logged.
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.audit || req.audit.logged) return payload;
    const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
    const personal = req.routeOptions.config?.personalData === true;
    if (!isWrite && !personal) return payload;
    if (req.routeOptions.url === undefined && !isWrite) return payload;
    req.audit.logged = true;
    try {
      await recordAccess(ctx.db, accessEntryFor(req, reply.statusCode, outcomeOf(reply.statusCode)));
    } catch (err) {
      req.log.error({ err }, 'access log write failed');
      if (personal && reply.statusCode < 400) {
        reply.code(500).header('content-type', 'application/json; charset=utf-8');
        return JSON.stringify(toErrorBody(new AppError('internal', 500, 'internal', { requestId: req.id }), req.lang));
      }
    }
    return payload;
  });

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(tenantRoutes);
  await app.register(agencyRoutes);
  await app.register(accountRoutes);
  await app.register(securityPolicyRoutes);
  await app.register(accessLogRoutes);
  await app.register(lawRoutes);
  await app.register(benchmarkRoutes);
  await app.register(powerRoutes);
  await app.register(lawChangeRoutes);
  await app.register(reviewCatalogueRoutes);
  await app.register(referralThresholdRoutes);
  await app.register(personnelSettingsRoutes);
  await app.register(officerRoutes);
  await app.register(trainingRoutes);
  await app.register(examRoutes);
  await app.register(certificateRoutes);
  await app.register(transferRoutes);
  await app.register(annualFilingRoutes);
  await app.register(leaderRecordRoutes);
  await app.register(calendarRoutes);
  await app.register(deadlineRoutes);
  await app.register(procedureRoutes);
  await app.register(documentRoutes);
  await app.register(caseRoutes);

  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  const webDir = join(ctx.config.rootDir, 'dist', 'web');
  const serveWeb = opts.serveWeb ?? existsSync(join(webDir, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((req, reply) => {
    const isAsset = req.url.startsWith('/assets/') || /\.[a-z0-9]{2,5}(\?|$)/i.test(req.url);
    if (req.url.startsWith('/api/') || req.url === '/api' || !serveWeb || req.method !== 'GET' || isAsset) {
      return reply.code(404).send(toErrorBody(new AppError('not_found', 404, 'route_not_found'), req.lang ?? 'zh'));
    }
    // The web app's client-side routes all load index.html.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });

  return app;
}
