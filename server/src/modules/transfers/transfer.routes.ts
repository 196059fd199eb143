// Routes of the transfers module (placeholder until the module is written).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const transferRoutes: FastifyPluginAsyncZod = async () => {};
