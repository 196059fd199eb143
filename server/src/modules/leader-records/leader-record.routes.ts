// Routes of the leader-records module (placeholder until the module is written).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const leaderRecordRoutes: FastifyPluginAsyncZod = async () => {};
