// Officer routes (执法人员): thin — schema, auth, one service call. Full resident IDs and phone numbers are read
// only through their own routes, each call written to the access log (personalData).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  officerCreateBody,
  officerDetailView,
  officerListQuery,
  officerListView,
  officerPhotoBody,
  officerStatusBody,
  officerUpdateBody,
  officerView,
} from '../../../../contracts/officer';
import { noteRecords, requireActor, runWrite } from '../../platform/http/request';
import {
  changeOfficerStatus,
  createOfficer,
  getMyOfficer,
  getOfficer,
  listOfficers,
  loadOfficerPhoto,
  revealOfficerPhone,
  revealResidentId,
  setOfficerPhoto,
  updateOfficer,
} from './officer.service';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['personnel'];

export const officerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/officers',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags,
        summary: '执法人员列表（数据范围内；身份证号、电话脱敏）',
        querystring: officerListQuery,
        response: { 200: officerListView },
      },
    },
    async (req) => listOfficers(ctx, requireActor(req), req.query),
  );

  app.get(
    '/api/officers/mine',
    {
      config: { auth: 'personnel.read' },
      schema: { tags, summary: '当前账号关联的执法人员', response: { 200: officerDetailView } },
    },
    async (req) => getMyOfficer(ctx.db, requireActor(req)),
  );

  app.get(
    '/api/officers/:id',
    {
      config: { auth: 'personnel.read' },
      schema: { tags, summary: '执法人员详情（含变动记录）', params: idParams, response: { 200: officerDetailView } },
    },
    async (req) => getOfficer(ctx.db, requireActor(req), req.params.id),
  );

  app.post(
    '/api/officers',
    {
      config: { auth: 'personnel.write', action: 'officer.create' },
      schema: {
        tags,
        summary: '录入执法人员（身份证号按 GB 11643 校验，性别、出生日期由身份证号得出）',
        body: officerCreateBody,
        response: { 201: officerView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createOfficer(tx, ctx, actor, req.body, ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/officers/:id',
    {
      config: { auth: 'personnel.write', action: 'officer.update' },
      schema: {
        tags,
        summary: '修改执法人员信息（变更单位须办理调动，变更状态另有接口）',
        params: idParams,
        body: officerUpdateBody,
        response: { 200: officerView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateOfficer(tx, ctx, actor, req.params.id, req.body, ctx.now()));
    },
  );

  app.post(
    '/api/officers/:id/status',
    {
      config: { auth: 'personnel.write', action: 'officer.status' },
      schema: {
        tags,
        summary: '变更执法人员状态（在岗、借调、调离、退休、停职），须写明原因',
        params: idParams,
        body: officerStatusBody,
        response: { 200: officerView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => changeOfficerStatus(tx, actor, req.params.id, req.body, ctx.now()));
    },
  );

  app.get(
    '/api/officers/:id/resident-id',
    {
      config: { auth: 'personnel.read_personal', action: 'officer.reveal_resident_id', personalData: true },
      schema: {
        tags,
        summary: '查看完整身份证号（记入访问日志）',
        params: idParams,
        response: { 200: z.object({ residentId: z.string() }) },
      },
    },
    async (req) => {
      const { residentId, tenantId } = await revealResidentId(ctx, requireActor(req), req.params.id);
      noteRecords(req, [req.params.id], tenantId);
      return { residentId };
    },
  );

  app.get(
    '/api/officers/:id/phone',
    {
      config: { auth: 'personnel.read_personal', action: 'officer.reveal_phone', personalData: true },
      schema: {
        tags,
        summary: '查看完整联系电话（记入访问日志）',
        params: idParams,
        response: { 200: z.object({ phone: z.string().nullable() }) },
      },
    },
    async (req) => {
      const { phone, tenantId } = await revealOfficerPhone(ctx, requireActor(req), req.params.id);
      noteRecords(req, [req.params.id], tenantId);
      return { phone };
    },
  );

  app.put(
    '/api/officers/:id/photo',
    {
      config: { auth: 'personnel.write', action: 'officer.photo' },
      bodyLimit: 3 * 1024 * 1024,
      schema: {
        tags,
        summary: '上传执法人员照片（JPEG/PNG，不超过 2 MB，base64）',
        params: idParams,
        body: officerPhotoBody,
        response: { 200: officerView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => setOfficerPhoto(tx, ctx, actor, req.params.id, req.body, ctx.now()));
    },
  );

  app.get(
    '/api/officers/:id/photo',
    {
      config: { auth: 'personnel.read' },
      schema: { tags, summary: '执法人员照片', params: idParams },
    },
    async (req, reply) => {
      const file = await loadOfficerPhoto(ctx, requireActor(req), req.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
};
