// Fixtures of leaders' records written straight to the database, for the authorisation matrix.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { saveFile } from '../../platform/files/file-store';
import { TINY_PDF_BASE64 } from '../annual-filings/annual-filing.test-helpers';
import { leaderCourtAppearances, leaderStudySessions } from './leader-record.schema';

export const studySessionBodyFor = (agencyId: string) => ({
  agencyId,
  kind: 'centralised',
  date: '2026-03-12',
  topic: '集中学法：《行政执法监督条例》',
  participants: [{ name: '扎西', post: '局长' }],
  hours: 2,
});

export const courtAppearanceBodyFor = (agencyId: string) => ({
  agencyId,
  court: '香格里拉市人民法院',
  caseNumber: '（2026）云3401行初12号',
  cause: '行政处罚',
  hearingDate: '2026-04-08',
  appeared: true,
  appearedName: '扎西',
  appearedPost: '局长',
  appearedRank: 'principal',
  spoke: true,
});

export async function insertSessionFixture(
  ctx: AppContext,
  agency: { tenantId: string; id: string },
  opts: { storedDocument?: boolean } = {},
): Promise<{ tenantId: string; id: string; fileId: string }> {
  const id = randomUUID();
  let fileId: string = randomUUID();
  if (opts.storedDocument) {
    fileId = (
      await saveFile(ctx.db, ctx.config.dataDir, {
        tenantId: agency.tenantId,
        contentBase64: TINY_PDF_BASE64,
        fileName: '签到表.pdf',
        purpose: 'leader_study_session',
        kind: 'document',
        actorId: null,
        field: 'contentBase64',
      })
    ).id;
  }
  await ctx.db.insert(leaderStudySessions).values({
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    kind: 'centralised',
    date: '2026-03-12',
    topic: '集中学法',
    participants: [{ name: '扎西', post: '局长' }],
    minutes: 120,
    documents: [
      {
        fileId,
        fileName: '签到表.pdf',
        size: 100,
        contentType: 'application/pdf',
        uploadedAt: '2026-03-12T00:00:00.000Z',
        uploadedBy: '测试',
      },
    ],
  });
  return { tenantId: agency.tenantId, id, fileId };
}

export async function insertAppearanceFixture(
  ctx: AppContext,
  agency: { tenantId: string; id: string },
): Promise<{ tenantId: string; id: string }> {
  const id = randomUUID();
  const { agencyId: _a, ...body } = courtAppearanceBodyFor(agency.id);
  await ctx.db.insert(leaderCourtAppearances).values({ tenantId: agency.tenantId, id, agencyId: agency.id, ...body });
  return { tenantId: agency.tenantId, id };
}

export const sessionRow = (db: Executor, s: { tenantId: string; id: string }) => async () =>
  (
    await db
      .select()
      .from(leaderStudySessions)
      .where(and(eq(leaderStudySessions.tenantId, s.tenantId), eq(leaderStudySessions.id, s.id)))
  )[0] ?? null;

export const appearanceRow = (db: Executor, s: { tenantId: string; id: string }) => async () =>
  (
    await db
      .select()
      .from(leaderCourtAppearances)
      .where(and(eq(leaderCourtAppearances.tenantId, s.tenantId), eq(leaderCourtAppearances.id, s.id)))
  )[0] ?? null;

export const sessionsOfAgency = (db: Executor, a: { tenantId: string; id: string }) => () =>
  db
    .select()
    .from(leaderStudySessions)
    .where(and(eq(leaderStudySessions.tenantId, a.tenantId), eq(leaderStudySessions.agencyId, a.id)));

export const appearancesOfAgency = (db: Executor, a: { tenantId: string; id: string }) => () =>
  db
    .select()
    .from(leaderCourtAppearances)
    .where(and(eq(leaderCourtAppearances.tenantId, a.tenantId), eq(leaderCourtAppearances.agencyId, a.id)));
