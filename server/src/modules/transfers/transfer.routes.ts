// Routes of transfers (调动计划) and secondments (借调), front-line strength and its minimums: thin — schema,
// auth, one service call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  balancePreviewBody,
  balanceView,
  orgFilingBody,
  secondmentCreateBody,
  secondmentEndBody,
  secondmentFlagsQuery,
  secondmentFlagView,
  secondmentListQuery,
  secondmentListView,
  secondmentView,
  staffingMinimumBody,
  agencyStrengthView,
  strengthListView,
  strengthQuery,
  transferAcceptBody,
  transferExecuteBody,
  transferPlanCreateBody,
  transferPlanListQuery,
  transferPlanListView,
  transferPlanUpdateBody,
  transferPlanView,
  transferReturnBody,
  transferSettingsBody,
  transferSettingsView,
  transferSubmitBody,
  transferWithdrawBody,
} from '../../../../contracts/transfer';
import { requireActor, runWrite } from '../../platform/http/request';
import { createSecondment, endSecondment, listSecondments } from './secondment.service';
import {
  getTransferSettings,
  listSecondmentFlags,
  listStrength,
  setStaffingMinimum,
  updateTransferSettings,
} from './staffing.service';
import {
  createPlan,
  decidePlan,
  executePlan,
  getPlan,
  listPlans,
  previewBalance,
  recordOrgFiling,
  submitPlan,
  updatePlanContent,
  withdrawPlan,
} from './transfer-plan.service';

const idParams = z.strictObject({ id: z.uuid() });
const agencyParams = z.strictObject({ agencyId: z.uuid() });
const TAGS = ['transfers'];

export const transferRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/transfer-plans',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '调动计划列表（数据范围内；按单位、状态、年度筛选）',
        querystring: transferPlanListQuery,
        response: { 200: transferPlanListView },
      },
    },
    async (req) => listPlans(ctx.db, requireActor(req), req.query, ctx.now()),
  );

  app.get(
    '/api/transfer-plans/:id',
    {
      config: { auth: 'personnel.read' },
      schema: { tags: TAGS, summary: '调动计划详情', params: idParams, response: { 200: transferPlanView } },
    },
    async (req) => getPlan(ctx.db, requireActor(req), req.params.id, ctx.now()),
  );

  app.post(
    '/api/transfer-plans',
    {
      config: { auth: 'personnel.write', action: 'transfer_plan.create' },
      schema: {
        tags: TAGS,
        summary: '新建调动计划（调出、调入补充、岗位变动）',
        body: transferPlanCreateBody,
        response: { 201: transferPlanView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createPlan(tx, actor, req.body, ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.put(
    '/api/transfer-plans/:id',
    {
      config: { auth: 'personnel.write', action: 'transfer_plan.update' },
      schema: {
        tags: TAGS,
        summary: '修改调动计划（草稿或已退回）',
        params: idParams,
        body: transferPlanUpdateBody,
        response: { 200: transferPlanView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updatePlanContent(tx, actor, req.params.id, req.body, ctx.now()));
    },
  );

  app.post(
    '/api/transfer-plans/:id/submit',
    {
      config: { auth: 'personnel.write', action: 'transfer_plan.submit' },
      schema: {
        tags: TAGS,
        summary: '报司法局备案（一线力量低于最低配置时须说明理由）',
        params: idParams,
        body: transferSubmitBody,
        response: { 200: transferPlanView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => submitPlan(tx, actor, req.params.id, req.body, ctx.now()));
    },
  );

  app.post(
    '/api/transfer-plans/:id/withdraw',
    {
      config: { auth: 'personnel.write', action: 'transfer_plan.withdraw' },
      schema: {
        tags: TAGS,
        summary: '撤回调动计划',
        params: idParams,
        body: transferWithdrawBody,
        response: { 200: transferPlanView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => withdrawPlan(tx, actor, req.params.id, ctx.now()));
    },
  );

  app.post(
    '/api/transfer-plans/:id/accept',
    {
      config: { auth: 'filing.review', action: 'transfer_plan.accept' },
      schema: {
        tags: TAGS,
        summary: '司法局：予以备案',
        params: idParams,
        body: transferAcceptBody,
        response: { 200: transferPlanView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) =>
        decidePlan(tx, actor, req.params.id, 'accept', req.body.comments?.trim() || null, ctx.now()),
      );
    },
  );

  app.post(
    '/api/transfer-plans/:id/return',
    {
      config: { auth: 'filing.review', action: 'transfer_plan.return' },
      schema: {
        tags: TAGS,
        summary: '司法局：退回（附意见）',
        params: idParams,
        body: transferReturnBody,
        response: { 200: transferPlanView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => decidePlan(tx, actor, req.params.id, 'return', req.body.comments, ctx.now()));
    },
  );

  app.post(
    '/api/transfer-plans/:id/execute',
    {
      config: { auth: 'personnel.write', action: 'transfer_plan.execute' },
      schema: {
        tags: TAGS,
        summary: '执行已备案的调动计划（已到生效日期的事项）',
        params: idParams,
        body: transferExecuteBody,
        response: { 200: transferPlanView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => executePlan(tx, actor, req.params.id, ctx.now()));
    },
  );

  app.put(
    '/api/transfer-plans/:id/org-filing',
    {
      config: { auth: 'personnel.write', action: 'transfer_plan.org_filing' },
      schema: {
        tags: TAGS,
        summary: '登记组织部门备案情况（日期、文号；为空表示尚未备案）',
        params: idParams,
        body: orgFilingBody,
        response: { 200: transferPlanView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => recordOrgFiling(tx, actor, req.params.id, req.body, ctx.now()));
    },
  );

  app.post(
    '/api/transfer-plans/balance-preview',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '试算：计划执行后的一线执法力量',
        body: balancePreviewBody,
        response: { 200: balanceView },
      },
    },
    async (req) => previewBalance(ctx.db, requireActor(req), req.body),
  );

  app.get(
    '/api/secondments',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '借调登记列表（含预警标记）',
        querystring: secondmentListQuery,
        response: { 200: secondmentListView },
      },
    },
    async (req) => listSecondments(ctx.db, requireActor(req), req.query, ctx.now()),
  );

  app.post(
    '/api/secondments',
    {
      config: { auth: 'personnel.write', action: 'secondment.create' },
      schema: {
        tags: TAGS,
        summary: '登记借调（人员状态改为借调）',
        body: secondmentCreateBody,
        response: { 201: secondmentView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createSecondment(tx, actor, req.body, ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/api/secondments/:id/end',
    {
      config: { auth: 'personnel.write', action: 'secondment.end' },
      schema: {
        tags: TAGS,
        summary: '结束借调（人员回到在岗）',
        params: idParams,
        body: secondmentEndBody,
        response: { 200: secondmentView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => endSecondment(tx, actor, req.params.id, req.body, ctx.now()));
    },
  );

  app.get(
    '/api/secondment-flags',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '借调预警（一线力量不足、借调比例超限、超期或长期借调）',
        querystring: secondmentFlagsQuery,
        response: { 200: z.object({ items: z.array(secondmentFlagView) }) },
      },
    },
    async (req) => listSecondmentFlags(ctx.db, requireActor(req), req.query, ctx.now()),
  );

  app.get(
    '/api/staffing-strength',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '各单位一线执法力量（最低配置、现有、借调、计划执行后）',
        querystring: strengthQuery,
        response: { 200: strengthListView },
      },
    },
    async (req) => listStrength(ctx.db, requireActor(req), req.query),
  );

  app.put(
    '/api/staffing-minimums/:agencyId',
    {
      config: { auth: 'personnel.configure', action: 'staffing_minimum.set' },
      schema: {
        tags: TAGS,
        summary: '司法局：设定单位一线执法力量最低配置',
        params: agencyParams,
        body: staffingMinimumBody,
        response: { 200: agencyStrengthView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => setStaffingMinimum(tx, actor, req.params.agencyId, req.body, ctx.now()));
    },
  );

  app.get(
    '/api/transfer-settings',
    {
      config: { auth: 'personnel.read' },
      schema: { tags: TAGS, summary: '借调预警参数', response: { 200: transferSettingsView } },
    },
    async (req) => getTransferSettings(ctx.db, requireActor(req).tenantId),
  );

  app.put(
    '/api/transfer-settings',
    {
      config: { auth: 'personnel.configure', action: 'transfer.settings' },
      schema: {
        tags: TAGS,
        summary: '司法局：设置借调预警参数（借调比例上限、长期借调月数）',
        body: transferSettingsBody,
        response: { 200: transferSettingsView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateTransferSettings(tx, actor, req.body, ctx.now()));
    },
  );
};
