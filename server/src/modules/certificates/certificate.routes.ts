// Certificate routes (执法证): thin — schema, auth, one service call. The justice bureau (certificate.write) issues,
// renews, suspends, revokes and imports; readers of personnel see them in scope; the public verifies them.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  certificateAlerts,
  certificateAlertsQuery,
  certificateDetail,
  certificateImportBody,
  certificateImportReport,
  certificateList,
  certificateListQuery,
  certificateOfficerQuery,
  certificateOfficerView,
  certificateReasonBody,
  issueCertificateBody,
  publicVerifyQuery,
  publicVerifyResult,
  renewCertificateBody,
} from '../../../../contracts/certificate';
import { requireActor, runWrite } from '../../platform/http/request';
import { importCertificates } from './certificate-import.service';
import { verificationPhoto, verifyCertificate } from './certificate-public.service';
import {
  certificateAlerts as alertsOf,
  getCertificate,
  listCertificates,
  officersForCertificate,
} from './certificate.service';
import { changeCertificateStatus, issueCertificate, renewCertificate } from './certificate-write.service';
import { certificateTemplate, XLSX_CONTENT_TYPE } from './certificate-xlsx';
import { sendDownload } from '../../platform/http/download';

const idParams = z.strictObject({ id: z.uuid() });
const TAGS = ['certificates'];
/** Public verification: per client address, so that the register cannot be harvested by enumeration. */
const PUBLIC_VERIFY_PER_MINUTE = 30;

export const certificateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/certificates',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '执法证列表（数据范围内；状态含按有效期判断的“已过期”）',
        querystring: certificateListQuery,
        response: { 200: certificateList },
      },
    },
    async (req) => listCertificates(app.ctx.db, requireActor(req), req.query, app.ctx.now()),
  );

  app.get(
    '/api/certificates/alerts',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '执法证到期提醒（按预警天数分组，及已过期仍在岗的）',
        querystring: certificateAlertsQuery,
        response: { 200: certificateAlerts },
      },
    },
    async (req) => alertsOf(app.ctx.db, requireActor(req), req.query, app.ctx.now()),
  );

  app.get(
    '/api/certificates/officers',
    {
      config: { auth: 'certificate.write' },
      schema: {
        tags: TAGS,
        summary: '可发证的执法人员及其发证条件（考试、培训学时、在岗、在编）',
        querystring: certificateOfficerQuery,
        response: { 200: z.object({ items: z.array(certificateOfficerView) }) },
      },
    },
    async (req) => officersForCertificate(app.ctx.db, requireActor(req), req.query, app.ctx.now()),
  );

  app.get(
    '/api/certificates/template.xlsx',
    {
      config: { auth: 'certificate.write' },
      schema: { tags: TAGS, summary: '历史执法证导入模板（.xlsx）', produces: [XLSX_CONTENT_TYPE] },
    },
    async (_req, reply) =>
      sendDownload(reply, {
        data: await certificateTemplate(),
        contentType: XLSX_CONTENT_TYPE,
        fileName: '执法证导入模板.xlsx',
        asciiName: 'certificates-template.xlsx',
      }),
  );

  app.post(
    '/api/certificates/import',
    {
      config: { auth: 'certificate.write', action: 'certificate.import' },
      schema: {
        tags: TAGS,
        summary: '导入历史执法证（.xlsx，逐行校验；默认有错即不导入）',
        body: certificateImportBody,
        response: { 200: certificateImportReport },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => importCertificates(tx, app.ctx, actor, req.body, req.lang, app.ctx.now()));
    },
  );

  app.get(
    '/api/certificates/:id',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '执法证详情（含全部变更记录）',
        params: idParams,
        response: { 200: certificateDetail },
      },
    },
    async (req) => getCertificate(app.ctx.db, requireActor(req), req.params.id, app.ctx.now()),
  );

  app.post(
    '/api/certificates',
    {
      config: { auth: 'certificate.write', action: 'certificate.issue' },
      schema: {
        tags: TAGS,
        summary: '发证（须在岗、在编，且已通过执法资格考试并完成培训学时）',
        body: issueCertificateBody,
        response: { 201: certificateDetail },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => issueCertificate(tx, actor, req.body, app.ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/api/certificates/:id/renew',
    {
      config: { auth: 'certificate.write', action: 'certificate.renew' },
      schema: {
        tags: TAGS,
        summary: '换证延续（新的有效期；发证条件同发证）',
        params: idParams,
        body: renewCertificateBody,
        response: { 200: certificateDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => renewCertificate(tx, actor, req.params.id, req.body, app.ctx.now()));
    },
  );

  for (const [action, summary] of [
    ['suspend', '暂扣执法证（须写明原因）'],
    ['reinstate', '恢复被暂扣的执法证（须写明原因）'],
    ['revoke', '注销执法证（须写明原因；注销后不可恢复）'],
  ] as const) {
    app.post(
      `/api/certificates/:id/${action}`,
      {
        config: { auth: 'certificate.write', action: `certificate.${action}` },
        schema: {
          tags: TAGS,
          summary,
          params: idParams,
          body: certificateReasonBody,
          response: { 200: certificateDetail },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        return runWrite(req, (tx) =>
          changeCertificateStatus(tx, actor, req.params.id, action, req.body.reason, app.ctx.now()),
        );
      },
    );
  }

  // --- public verification ---------------------------------------------------------------------------------------
  app.get(
    '/api/public/certificates/verify',
    {
      config: {
        auth: 'public',
        rateLimit: { max: PUBLIC_VERIFY_PER_MINUTE, timeWindow: '1 minute', keyGenerator: (req) => req.ip },
      },
      schema: {
        tags: ['public'],
        summary: '公开：查验执法证（证号或二维码），返回姓名、照片、单位、执法领域、有效期及今日状态',
        querystring: publicVerifyQuery,
        response: { 200: publicVerifyResult },
      },
    },
    async (req) => verifyCertificate(app.ctx, req.query, app.ctx.now()),
  );

  app.get(
    '/api/public/certificates/:token/photo',
    {
      config: {
        auth: 'public',
        rateLimit: { max: PUBLIC_VERIFY_PER_MINUTE * 2, timeWindow: '1 minute', keyGenerator: (req) => req.ip },
      },
      schema: {
        tags: ['public'],
        summary: '公开：执法证持证人照片（仅凭证件查验码；无照片或查验码不存在时为统一的占位图）',
        params: z.strictObject({ token: z.string().max(100) }),
      },
    },
    async (req, reply) => {
      const file = await verificationPhoto(app.ctx, req.params.token);
      return reply
        .header('content-type', file.contentType)
        .header('cache-control', 'private, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  );
};
