// The working-day calendar (工作日历): national years, holidays and swapped working days, tenants' local holidays.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const calendarRoutes: FastifyPluginAsyncZod = async () => {};
