// Routes of the exams module (placeholder until the module is written).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const examRoutes: FastifyPluginAsyncZod = async () => {};
