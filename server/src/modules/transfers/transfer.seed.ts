// Demo data of the transfers module for 香格里拉市: front-line minimums for the agencies with demo officers (a bit
// below their strength, one at the edge), an accepted plan ready for 「执行」, two submitted plans for the justice
// bureau (one below the minimum with its reason), and active secondments, one long-running (flagged).
import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import { moveOfficer } from '../personnel/officer-lookup.service';
import { officers } from '../personnel/officer.schema';
import { addMonths } from './secondment-flags';
import { computeBalance } from './transfer-balance';
import { openItems } from './staffing.service';
import {
  agencyStaffingMinimums,
  secondments,
  transferPlanEvents,
  transferPlans,
  type StoredTransferItem,
} from './transfer.schema';

const MINIMUM_BASIS = '香格里拉市司法局2024年6月26日通知第（四）项：保障一线执法队伍人员数量稳定，力量充足';

/** Idempotent: does nothing when the tenant already has demo transfer plans. */
export async function seedDemoTransfers(ctx: AppContext, tenantId: string, now: Date): Promise<void> {
  const [already] = await ctx.db
    .select({ id: transferPlans.id })
    .from(transferPlans)
    .where(and(eq(transferPlans.tenantId, tenantId), eq(transferPlans.demo, true)))
    .limit(1);
  if (already) return;
  // Agencies by their front-line strength (demo officers in post on front-line posts).
  const strength = await ctx.db
    .select({ id: agencies.id, name: agencies.name, n: sql<number>`count(*)::int` })
    .from(officers)
    .innerJoin(agencies, and(eq(agencies.tenantId, officers.tenantId), eq(agencies.id, officers.agencyId)))
    .where(
      and(
        eq(officers.tenantId, tenantId),
        eq(officers.demo, true),
        eq(officers.frontLine, true),
        eq(officers.status, 'in_post'),
        eq(agencies.status, 'active'),
      ),
    )
    .groupBy(agencies.id, agencies.name)
    .orderBy(desc(sql`count(*)`), agencies.name)
    .limit(10);
  if (strength.length < 4) return;
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const officersOf = async (ex: Executor, agencyId: string, limit: number) =>
    ex
      .select({
        id: officers.id,
        name: officers.name,
        agencyId: officers.agencyId,
        frontLine: officers.frontLine,
        status: officers.status,
      })
      .from(officers)
      .where(
        and(
          eq(officers.tenantId, tenantId),
          eq(officers.agencyId, agencyId),
          eq(officers.demo, true),
          eq(officers.status, 'in_post'),
          eq(officers.frontLine, true),
        ),
      )
      .orderBy(officers.name, officers.id)
      .limit(limit);

  await ctx.db.transaction(async (tx) => {
    // Minimums: 85 % of the strength, except the fourth agency which sits exactly at its minimum.
    const minimums = strength.map((a, i) => ({
      tenantId,
      agencyId: a.id,
      minimumFrontLine: i === 3 ? Number(a.n) : Math.floor(Number(a.n) * 0.85),
      basis: MINIMUM_BASIS,
      note: i === 3 ? '演示：现有力量恰为最低配置' : '演示数据',
      updatedAt: now,
    }));
    await tx.insert(agencyStaffingMinimums).values(minimums).onConflictDoNothing();
    const minOf = new Map(minimums.map((m) => [m.agencyId, m.minimumFrontLine]));

    const [a0, a1, a2, edge] = strength;
    const item = (
      p: Partial<StoredTransferItem> & Pick<StoredTransferItem, 'kind' | 'reason'>,
    ): StoredTransferItem => ({
      id: randomUUID(),
      officerId: null,
      officerName: null,
      officerAgencyId: null,
      officerFrontLine: null,
      destinationAgencyId: null,
      destinationName: null,
      newPersonName: null,
      post: null,
      frontLine: null,
      effectiveDate: today,
      executedAt: null,
      outcome: null,
      ...p,
    });
    const plan = async (
      agency: { id: string; name: string },
      title: string,
      state: 'accepted' | 'submitted',
      items: StoredTransferItem[],
      balanceReason: string | null,
    ) => {
      const involved = await tx
        .select({
          id: officers.id,
          agencyId: officers.agencyId,
          frontLine: officers.frontLine,
          status: officers.status,
        })
        .from(officers)
        .where(and(eq(officers.tenantId, tenantId), eq(officers.agencyId, agency.id)));
      const balance = computeBalance(agency.id, involved, openItems(items), minOf.get(agency.id) ?? null);
      const id = randomUUID();
      const submittedAt = new Date(now.getTime() - 5 * 86_400_000);
      await tx.insert(transferPlans).values({
        tenantId,
        id,
        agencyId: agency.id,
        title,
        year,
        state,
        items,
        submittedBalance: balance,
        balanceReason: balance.belowMinimum ? balanceReason : null,
        flagged: balance.belowMinimum,
        orgFiledOn: state === 'accepted' ? `${today.slice(0, 8)}01` : null,
        orgDocumentNo: state === 'accepted' ? `香组干备〔${year}〕12号` : null,
        submittedAt,
        decidedAt: state === 'accepted' ? new Date(now.getTime() - 2 * 86_400_000) : null,
        decidedByName: state === 'accepted' ? '司法局演示审核' : null,
        demo: true,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      });
      const events = [
        { action: 'create', fromState: null, toState: 'draft' },
        { action: 'submit', fromState: 'draft', toState: 'submitted' },
        ...(state === 'accepted' ? [{ action: 'accept', fromState: 'submitted', toState: 'accepted' }] : []),
      ];
      await tx.insert(transferPlanEvents).values(
        events.map((e, i) => ({
          tenantId,
          id: randomUUID(),
          planId: id,
          ...e,
          comments: e.action === 'submit' ? (balance.belowMinimum ? balanceReason : null) : null,
          actorName: e.action === 'accept' ? '司法局演示审核' : '演示单位',
          at: new Date(submittedAt.getTime() + i * 60_000),
        })),
      );
    };

    const [out0] = await officersOf(tx, a0.id, 1);
    await plan(
      a0,
      `${a0.name}${year}年第一批人员调整计划（演示）`,
      'accepted',
      [
        item({
          kind: 'out',
          officerId: out0.id,
          officerName: out0.name,
          officerAgencyId: a0.id,
          officerFrontLine: true,
          destinationAgencyId: a1.id,
          destinationName: a1.name,
          reason: '工作需要，交流任职',
        }),
        item({
          kind: 'in',
          newPersonName: '新进人员（演示）',
          post: '执法队员',
          frontLine: true,
          reason: '公开招录补充一线执法力量',
        }),
      ],
      null,
    );
    const [in1] = await officersOf(tx, a2.id, 1);
    await plan(
      a1,
      `${a1.name}${year}年补充计划（演示）`,
      'submitted',
      [
        item({
          kind: 'in',
          officerId: in1.id,
          officerName: in1.name,
          officerAgencyId: a2.id,
          officerFrontLine: true,
          frontLine: true,
          post: '执法队员',
          effectiveDate: addMonths(today, 1),
          reason: '补充一线执法力量',
        }),
      ],
      null,
    );
    const edgeOut = await officersOf(tx, edge.id, 2);
    await plan(
      edge,
      `${edge.name}${year}年人员调出计划（演示）`,
      'submitted',
      edgeOut.map((o) =>
        item({
          kind: 'out',
          officerId: o.id,
          officerName: o.name,
          officerAgencyId: edge.id,
          officerFrontLine: true,
          destinationName: '迪庆州有关部门',
          effectiveDate: addMonths(today, 1),
          reason: '上级部门选调',
        }),
      ),
      '上级部门选调两名执法骨干；已报组织部门，拟于三个月内通过公开招录补充，期间由综合执法队统筹调配力量',
    );

    // Secondments: three from the second agency, the first long-running and past its expected end.
    const seconded = await officersOf(tx, a2.id, 4);
    const specs = [
      { start: addMonths(today, -9), end: addMonths(today, -3), to: '迪庆州脱贫攻坚成果巩固专班' },
      { start: addMonths(today, -1), end: addMonths(today, 2), to: '市委巡察办' },
      { start: addMonths(today, -2), end: addMonths(today, 1), to: '市信访局专项工作组' },
    ];
    for (const [i, spec] of specs.entries()) {
      const o = seconded[i + 1];
      if (!o) break;
      const id = randomUUID();
      await tx.insert(secondments).values({
        tenantId,
        id,
        officerId: o.id,
        agencyId: a2.id,
        destination: spec.to,
        startDate: spec.start,
        expectedEndDate: spec.end,
        reason: '协助专项工作（演示）',
        approvalDocNo: `香人借〔${year}〕${i + 3}号`,
        demo: true,
        createdAt: now,
        updatedAt: now,
      });
      await moveOfficer(tx, {
        tenantId,
        officerId: o.id,
        kind: 'secondment',
        status: 'seconded',
        reason: `借调至${spec.to}（演示）`,
        actorId: null,
        now,
        detail: { secondmentId: id },
      });
    }
  });
}
