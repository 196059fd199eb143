// Routes of the annual-filings module (placeholder until the module is written).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const annualFilingRoutes: FastifyPluginAsyncZod = async () => {};
