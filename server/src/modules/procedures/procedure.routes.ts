// Procedures as versioned data (办案程序): definitions, validation, the API the diagram reads.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const procedureRoutes: FastifyPluginAsyncZod = async () => {};
