// Procedures as versioned data (办案程序): the list and one definition, which the web draws as a diagram. Shared
// reference data: every signed-in user reads it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { procedureDefinitionView } from '../../../../contracts/procedure';
import { procedureListView, procedureVersionQuery } from '../../../../contracts/procedure-list';
import { getProcedure, listProcedures } from './procedure.service';

const TAGS = ['procedures'];

export const procedureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/procedures',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags: TAGS,
        summary: '办案程序：各程序的版本及今日适用的版本',
        response: { 200: procedureListView },
      },
    },
    async () => ({ items: listProcedures(app.ctx.now()) }),
  );

  app.get(
    '/api/procedures/:code',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags: TAGS,
        summary: '某一办案程序的定义（环节、流转、条件、文书、期限）：今日适用的版本，或 ?version=N',
        params: z.strictObject({ code: z.string().trim().min(1).max(64) }),
        querystring: procedureVersionQuery,
        response: { 200: procedureDefinitionView },
      },
    },
    async (req) => getProcedure(req.params.code, req.query.version, app.ctx.now()),
  );
};
