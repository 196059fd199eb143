// Access-log routes (访问日志): search and CSV export for the audit administrator.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessLogEntry, accessLogQuery } from '../../../../contracts/access-log';
import { requireActor } from '../../platform/http/request';
import { exportAccessLogCsv, searchAccessLog } from './access-log.service';

export const accessLogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/access-log',
    {
      config: { auth: 'access_log.read', action: 'access_log.search', personalData: true },
      schema: {
        tags: ['audit'],
        summary: '查询访问日志',
        querystring: accessLogQuery,
        response: { 200: z.object({ items: z.array(accessLogEntry), total: z.number() }) },
      },
    },
    async (req) => searchAccessLog(app.ctx.db, requireActor(req), req.query),
  );

  app.get(
    '/api/access-log.csv',
    {
      config: { auth: 'access_log.read', action: 'access_log.export', personalData: true },
      schema: {
        tags: ['audit'],
        summary: '导出访问日志 CSV',
        querystring: accessLogQuery.omit({ page: true, pageSize: true }),
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const csv = await exportAccessLogCsv(app.ctx.db, requireActor(req), req.query);
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="access-log-${stamp}.csv"`)
        .send(csv);
    },
  );
};
