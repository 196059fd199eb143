// Case documents (执法文书): .docx templates, generation, numbering and versions.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const documentRoutes: FastifyPluginAsyncZod = async () => {};
