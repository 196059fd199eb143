// The working-day calendar (工作日历): national years, holidays and swapped working days, tenants' local holidays.
// Thin routes: schema, auth, one service call. Reading needs agency.read, the baseline every business role and the
// system administrator hold, so that the security and audit administrators stay within their own areas (三员分立);
// calendar.write enters a national year (system administrator, or a supervisor over a whole tenant) and keeps a
// tenant's local holidays (within it).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarDaysQuery,
  calendarDaysView,
  calendarTenantQuery,
  calendarYearParams,
  calendarYearsView,
  calendarYearView,
  calendarYearWriteView,
  localEntriesQuery,
  localEntriesView,
  localEntryBody,
  localEntryParams,
  localEntryWriteView,
  putCalendarYearBody,
} from '../../../../contracts/calendar';
import { requireActor, runWrite } from '../../platform/http/request';
import {
  addLocalEntry,
  calendarDays,
  getCalendarYear,
  listCalendarYears,
  listLocalEntries,
  putCalendarYear,
  removeLocalEntry,
} from './calendar.service';

const TAGS = ['calendar'];

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/calendar/years',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags: TAGS,
        summary: '工作日历：各年度是否已录入国务院节假日安排、条目数和本地节假日数',
        querystring: calendarTenantQuery,
        response: { 200: calendarYearsView },
      },
    },
    async (req) => listCalendarYears(app.ctx.db, requireActor(req), req.query, app.ctx.now()),
  );

  app.get(
    '/api/calendar/years/:year',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags: TAGS,
        summary: '某年度的节假日与调休上班日（全国 + 本行政区划的本地节假日）；未录入的年度为暂定',
        params: calendarYearParams,
        querystring: calendarTenantQuery,
        response: { 200: calendarYearView },
      },
    },
    async (req) => getCalendarYear(app.ctx.db, requireActor(req), req.params.year, req.query),
  );

  app.put(
    '/api/calendar/years/:year',
    {
      config: { auth: 'calendar.write', action: 'calendar.year_put' },
      schema: {
        tags: TAGS,
        summary: '录入或整体替换某年度的全国节假日安排（通知及全部条目）；该年度暂定的期限随之重算',
        params: calendarYearParams,
        body: putCalendarYearBody,
        response: { 200: calendarYearWriteView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => putCalendarYear(tx, actor, req.params.year, req.body, app.ctx.now()));
    },
  );

  app.get(
    '/api/calendar/local-entries',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags: TAGS,
        summary: '本行政区划的本地节假日（如自治地方的民族节日），各附依据',
        querystring: localEntriesQuery,
        response: { 200: localEntriesView },
      },
    },
    async (req) => listLocalEntries(app.ctx.db, requireActor(req), req.query),
  );

  app.post(
    '/api/calendar/local-entries',
    {
      config: { auth: 'calendar.write', action: 'calendar.local_add' },
      schema: {
        tags: TAGS,
        summary: '新增本地节假日（须写明依据）；该年度的期限随之重算',
        querystring: calendarTenantQuery,
        body: localEntryBody,
        response: { 201: localEntryWriteView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => addLocalEntry(tx, actor, req.query, req.body, app.ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.delete(
    '/api/calendar/local-entries/:date',
    {
      config: { auth: 'calendar.write', action: 'calendar.local_remove' },
      schema: {
        tags: TAGS,
        summary: '删除本地节假日；该年度的期限随之重算',
        params: localEntryParams,
        querystring: calendarTenantQuery,
        response: { 200: localEntryWriteView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => removeLocalEntry(tx, actor, req.query, req.params.date, app.ctx.now()));
    },
  );

  app.get(
    '/api/calendar/days',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags: TAGS,
        summary: '逐日：是否工作日、原因（周末/节假日/调休上班）、是否暂定（最多 400 天）',
        querystring: calendarDaysQuery,
        response: { 200: calendarDaysView },
      },
    },
    async (req) => calendarDays(app.ctx.db, requireActor(req), req.query),
  );
};
