// Cases (案件): parties, numbering, the one transition function, guards, deadlines.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const caseRoutes: FastifyPluginAsyncZod = async () => {};
