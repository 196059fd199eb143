// Leaders' records routes (领导干部学法、负责人出庭应诉): thin — schema, auth, one service call. Reading needs
// personnel.read in scope; the agency's keepers (personnel.write) record.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentUploadBody } from '../../../../contracts/annual-filing';
import {
  courtAppearanceBody,
  courtAppearanceUpdateBody,
  courtAppearanceView,
  leaderSummaryQuery,
  leaderSummaryView,
  recordListQuery,
  studySessionBody,
  studySessionUpdateBody,
  studySessionView,
} from '../../../../contracts/leader-record';
import { noteRecords, requireActor, runWrite } from '../../platform/http/request';
import {
  addSessionDocument,
  createAppearance,
  createSession,
  deleteAppearance,
  deleteSession,
  leaderSummary,
  listAppearances,
  listSessions,
  readSessionDocument,
  updateAppearance,
  updateSession,
} from './leader-record.service';
import { sendDownload } from '../../platform/http/download';

const idParams = z.strictObject({ id: z.uuid() });
const fileParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });
const TAGS = ['leader-records'];
const SESSIONS = '/api/leader-records/study-sessions';
const HEARINGS = '/api/leader-records/court-appearances';

export const leaderRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => app.ctx.now();

  app.get(
    '/api/leader-records/summary',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '领导干部学法与负责人出庭应诉年度汇总（按单位）',
        querystring: leaderSummaryQuery,
        response: { 200: leaderSummaryView },
      },
    },
    async (req) => leaderSummary(app.ctx.db, requireActor(req), req.query),
  );

  // --- Study sessions (领导干部学法) ---
  app.get(
    SESSIONS,
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '领导干部学法记录',
        querystring: recordListQuery,
        response: { 200: z.object({ items: z.array(studySessionView) }) },
      },
    },
    async (req) => ({ items: await listSessions(app.ctx.db, requireActor(req), req.query) }),
  );

  app.post(
    SESSIONS,
    {
      config: { auth: 'personnel.write', action: 'leader_session.create' },
      schema: { tags: TAGS, summary: '登记学法记录', body: studySessionBody, response: { 201: studySessionView } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createSession(tx, actor, req.body, now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    `${SESSIONS}/:id`,
    {
      config: { auth: 'personnel.write', action: 'leader_session.update' },
      schema: {
        tags: TAGS,
        summary: '修改学法记录',
        params: idParams,
        body: studySessionUpdateBody,
        response: { 200: studySessionView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateSession(tx, actor, req.params.id, req.body, now()));
    },
  );

  app.delete(
    `${SESSIONS}/:id`,
    {
      config: { auth: 'personnel.write', action: 'leader_session.delete' },
      schema: { tags: TAGS, summary: '删除学法记录', params: idParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(req, (tx) => deleteSession(tx, actor, req.params.id), 204);
      return reply.code(204).send();
    },
  );

  app.post(
    `${SESSIONS}/:id/documents`,
    {
      config: { auth: 'personnel.write', action: 'leader_session.upload' },
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags: TAGS,
        summary: '上传学法材料（PDF、Word、Excel 或图片，base64）',
        params: idParams,
        body: documentUploadBody,
        response: { 200: studySessionView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) =>
        addSessionDocument(tx, actor, app.ctx.config.dataDir, req.params.id, req.body, now()),
      );
    },
  );

  app.get(
    `${SESSIONS}/:id/documents/:fileId`,
    {
      config: { auth: 'personnel.read', action: 'leader_session.download' },
      schema: { tags: TAGS, summary: '下载学法材料', params: fileParams },
    },
    async (req, reply) => {
      const { file, tenantId } = await readSessionDocument(
        app.ctx.db,
        requireActor(req),
        app.ctx.config.dataDir,
        req.params.id,
        req.params.fileId,
      );
      noteRecords(req, [req.params.id, file.id], tenantId);
      return sendDownload(reply, { data: file.bytes, contentType: file.contentType, fileName: file.fileName });
    },
  );

  // --- Court appearances (负责人出庭应诉) ---
  app.get(
    HEARINGS,
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '行政机关负责人出庭应诉记录',
        querystring: recordListQuery,
        response: { 200: z.object({ items: z.array(courtAppearanceView) }) },
      },
    },
    async (req) => ({ items: await listAppearances(app.ctx.db, requireActor(req), req.query) }),
  );

  app.post(
    HEARINGS,
    {
      config: { auth: 'personnel.write', action: 'leader_appearance.create' },
      schema: {
        tags: TAGS,
        summary: '登记出庭应诉（行政诉讼法第三条第三款）',
        body: courtAppearanceBody,
        response: { 201: courtAppearanceView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createAppearance(tx, actor, req.body, now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    `${HEARINGS}/:id`,
    {
      config: { auth: 'personnel.write', action: 'leader_appearance.update' },
      schema: {
        tags: TAGS,
        summary: '修改出庭应诉记录（如补记裁判结果）',
        params: idParams,
        body: courtAppearanceUpdateBody,
        response: { 200: courtAppearanceView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateAppearance(tx, actor, req.params.id, req.body, now()));
    },
  );

  app.delete(
    `${HEARINGS}/:id`,
    {
      config: { auth: 'personnel.write', action: 'leader_appearance.delete' },
      schema: { tags: TAGS, summary: '删除出庭应诉记录', params: idParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(req, (tx) => deleteAppearance(tx, actor, req.params.id), 204);
      return reply.code(204).send();
    },
  );
};
