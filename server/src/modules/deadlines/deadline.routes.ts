// Statutory deadlines (法定期限): the rule catalogue, per-tenant settings, and the compute endpoint.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const deadlineRoutes: FastifyPluginAsyncZod = async () => {};
