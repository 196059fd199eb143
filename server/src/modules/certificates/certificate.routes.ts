// Routes of the certificates module (placeholder until the module is written).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const certificateRoutes: FastifyPluginAsyncZod = async () => {};
