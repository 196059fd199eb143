// Training routes (执法人员培训): thin — schema, auth, one service call. Reading needs personnel.read (scoped);
// writing courses, attendance and plans needs training.write (scoped to the agency that keeps the record).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attendanceBulkBody,
  attendanceCandidateView,
  attendanceCandidatesQuery,
  attendanceListQuery,
  attendanceListView,
  attendanceUpdateBody,
  attendanceView,
  courseCreateBody,
  courseListQuery,
  courseListView,
  courseUpdateBody,
  courseView,
  hoursQuery,
  hoursView,
  planCreateBody,
  planListQuery,
  planListView,
  planUpdateBody,
  planView,
} from '../../../../contracts/training';
import { requireActor, runWrite } from '../../platform/http/request';
import { deleteAttendance, listAttendance, recordAttendance, updateAttendance } from './training-attendance.service';
import {
  attendanceCandidates,
  createCourse,
  deleteCourse,
  getCourse,
  listCourses,
  updateCourse,
} from './training-course.service';
import { hoursReport } from './training-hours-report.service';
import { createPlan, deletePlan, getPlan, listPlans, publishPlan, updatePlan } from './training-plan.service';

const idParams = z.strictObject({ id: z.uuid() });
const TAGS = ['training'];

export const trainingRoutes: FastifyPluginAsyncZod = async (app) => {
  // --- courses -------------------------------------------------------------------------------------------------
  app.get(
    '/api/training/courses',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '培训课程列表（本单位及面向全辖区的课程）',
        querystring: courseListQuery,
        response: { 200: courseListView },
      },
    },
    async (req) => listCourses(app.ctx.db, requireActor(req), req.query),
  );

  app.get(
    '/api/training/courses/:id',
    {
      config: { auth: 'personnel.read' },
      schema: { tags: TAGS, summary: '培训课程详情', params: idParams, response: { 200: courseView } },
    },
    async (req) => getCourse(app.ctx.db, requireActor(req), req.params.id),
  );

  app.get(
    '/api/training/courses/:id/candidates',
    {
      config: { auth: 'training.write' },
      schema: {
        tags: TAGS,
        summary: '可登记参训的执法人员（在岗、本人培训管理范围内、尚未登记本课程）',
        params: idParams,
        querystring: attendanceCandidatesQuery,
        response: { 200: z.object({ items: z.array(attendanceCandidateView) }) },
      },
    },
    async (req) => ({ items: await attendanceCandidates(app.ctx.db, requireActor(req), req.params.id, req.query) }),
  );

  app.post(
    '/api/training/courses',
    {
      config: { auth: 'training.write', action: 'training.course_create' },
      schema: { tags: TAGS, summary: '新增培训课程', body: courseCreateBody, response: { 201: courseView } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createCourse(tx, actor, req.body, app.ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/training/courses/:id',
    {
      config: { auth: 'training.write', action: 'training.course_update' },
      schema: {
        tags: TAGS,
        summary: '修改培训课程',
        params: idParams,
        body: courseUpdateBody,
        response: { 200: courseView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateCourse(tx, actor, req.params.id, req.body, app.ctx.now()));
    },
  );

  app.delete(
    '/api/training/courses/:id',
    {
      config: { auth: 'training.write', action: 'training.course_delete' },
      schema: { tags: TAGS, summary: '删除培训课程（无参训记录时）', params: idParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(req, (tx) => deleteCourse(tx, actor, req.params.id), 204);
      return reply.code(204).send();
    },
  );

  // --- attendance ----------------------------------------------------------------------------------------------
  app.get(
    '/api/training/attendance',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '参训记录（按执法人员或课程）',
        querystring: attendanceListQuery,
        response: { 200: attendanceListView },
      },
    },
    async (req) => listAttendance(app.ctx.db, requireActor(req), req.query),
  );

  app.post(
    '/api/training/attendance',
    {
      config: { auth: 'training.write', action: 'training.attendance_record' },
      schema: {
        tags: TAGS,
        summary: '批量登记参训（同一课程，全部成功或全部不写入）',
        body: attendanceBulkBody,
        response: { 201: z.object({ created: z.number().int(), items: z.array(attendanceView) }) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const out = await runWrite(req, (tx) => recordAttendance(tx, actor, req.body, app.ctx.now()), 201);
      return reply.code(201).send(out);
    },
  );

  app.patch(
    '/api/training/attendance/:id',
    {
      config: { auth: 'training.write', action: 'training.attendance_update' },
      schema: {
        tags: TAGS,
        summary: '修改参训记录（状态、计入学时）',
        params: idParams,
        body: attendanceUpdateBody,
        response: { 200: attendanceView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateAttendance(tx, actor, req.params.id, req.body, app.ctx.now()));
    },
  );

  app.delete(
    '/api/training/attendance/:id',
    {
      config: { auth: 'training.write', action: 'training.attendance_delete' },
      schema: { tags: TAGS, summary: '删除参训记录', params: idParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(req, (tx) => deleteAttendance(tx, actor, req.params.id), 204);
      return reply.code(204).send();
    },
  );

  // --- hours ---------------------------------------------------------------------------------------------------
  app.get(
    '/api/training/hours',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '执法人员年度学时统计（对照每人每年学时要求，含进度滞后名单）',
        querystring: hoursQuery,
        response: { 200: hoursView },
      },
    },
    async (req) => hoursReport(app.ctx.db, requireActor(req), req.query, app.ctx.now()),
  );

  // --- plans ---------------------------------------------------------------------------------------------------
  app.get(
    '/api/training/plans',
    {
      config: { auth: 'personnel.read' },
      schema: { tags: TAGS, summary: '年度培训计划列表', querystring: planListQuery, response: { 200: planListView } },
    },
    async (req) => listPlans(app.ctx.db, requireActor(req), req.query, app.ctx.now()),
  );

  app.get(
    '/api/training/plans/:id',
    {
      config: { auth: 'personnel.read' },
      schema: { tags: TAGS, summary: '年度培训计划详情及完成进度', params: idParams, response: { 200: planView } },
    },
    async (req) => getPlan(app.ctx.db, requireActor(req), req.params.id, app.ctx.now()),
  );

  app.post(
    '/api/training/plans',
    {
      config: { auth: 'training.write', action: 'training.plan_create' },
      schema: { tags: TAGS, summary: '编制年度培训计划（草稿）', body: planCreateBody, response: { 201: planView } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createPlan(tx, actor, req.body, app.ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/training/plans/:id',
    {
      config: { auth: 'training.write', action: 'training.plan_update' },
      schema: {
        tags: TAGS,
        summary: '修改年度培训计划（草稿）',
        params: idParams,
        body: planUpdateBody,
        response: { 200: planView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updatePlan(tx, actor, req.params.id, req.body, app.ctx.now()));
    },
  );

  app.post(
    '/api/training/plans/:id/publish',
    {
      config: { auth: 'training.write', action: 'training.plan_publish' },
      schema: { tags: TAGS, summary: '发布年度培训计划', params: idParams, response: { 200: planView } },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => publishPlan(tx, actor, req.params.id, app.ctx.now()));
    },
  );

  app.delete(
    '/api/training/plans/:id',
    {
      config: { auth: 'training.write', action: 'training.plan_delete' },
      schema: { tags: TAGS, summary: '删除年度培训计划（草稿）', params: idParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(req, (tx) => deletePlan(tx, actor, req.params.id), 204);
      return reply.code(204).send();
    },
  );
};
