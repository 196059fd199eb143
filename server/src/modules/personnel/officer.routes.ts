// Routes of the personnel module (placeholder until the module is written).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const officerRoutes: FastifyPluginAsyncZod = async () => {};
