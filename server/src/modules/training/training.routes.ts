// Routes of the training module (placeholder until the module is written).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const trainingRoutes: FastifyPluginAsyncZod = async () => {};
