// Liveness and readiness: the database answers.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['public'],
        summary: '健康检查',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), time: z.string() }),
        },
      },
    },
    async () => {
      await app.ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: app.ctx.database.kind, time: app.ctx.now().toISOString() };
    },
  );
};
