// Helpers for the annual-filing tests: a tiny real PDF (the file store checks type by its bytes), bodies, and
// fixtures written straight to the database for the authorisation matrix.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AnnualFilingState } from '../../../../contracts/annual-filing';
import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { saveFile } from '../../platform/files/file-store';
import { annualFilingEvents, annualFilings } from './annual-filing.schema';
export const TINY_PDF_BASE64 = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
).toString('base64');

export const workPlanBody = (agencyId: string, year = 2026) => ({
  agencyId,
  year,
  kind: 'enforcement_work_plan' as const,
  summary: '全面推行行政执法“三项制度”，规范涉企行政检查。',
  workItems: [
    { task: '落实行政执法公示制度', measure: '执法决定7个工作日内公示', responsibleUnit: '法规股', deadlineMonth: 6 },
    { task: '开展案卷评查', measure: '每季度抽查不少于10卷', responsibleUnit: '法规股', deadlineMonth: 12 },
  ],
});

export const trainingPlanBody = (agencyId: string, kind: 'training_plan' | 'squad_training_plan', year = 2026) => ({
  agencyId,
  year,
  kind,
  trainingItems: [{ topic: '《行政处罚法》专题培训', audience: '全体执法人员', hours: 8, month: 4 }],
});

/** A filing written straight to the database (for the authorisation matrix): in `state`, with items and a document. */
export async function insertFilingFixture(
  ctx: AppContext,
  agency: { tenantId: string; id: string },
  opts: { state?: AnnualFilingState; year?: number; storedDocument?: boolean } = {},
): Promise<{ tenantId: string; id: string; fileId: string }> {
  const id = randomUUID();
  const state = opts.state ?? 'draft';
  const submitted = state === 'draft' ? null : new Date('2026-03-20T02:00:00Z');
  let fileId: string = randomUUID();
  if (opts.storedDocument) {
    fileId = (
      await saveFile(ctx.db, ctx.config.dataDir, {
        tenantId: agency.tenantId,
        contentBase64: TINY_PDF_BASE64,
        fileName: '计划.pdf',
        purpose: 'annual_filing',
        kind: 'document',
        actorId: null,
        field: 'contentBase64',
      })
    ).id;
  }
  await ctx.db.insert(annualFilings).values({
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    year: opts.year ?? 2026,
    kind: 'enforcement_work_plan',
    state,
    workItems: workPlanBody(agency.id).workItems,
    documents: [
      {
        fileId,
        fileName: '计划.pdf',
        size: 100,
        contentType: 'application/pdf',
        uploadedAt: '2026-03-01T00:00:00.000Z',
        uploadedBy: '测试',
      },
    ],
    firstSubmittedAt: submitted,
    submittedAt: submitted,
  });
  return { tenantId: agency.tenantId, id, fileId };
}

export const filingSnapshot = (db: Executor, f: { tenantId: string; id: string }) => async () => {
  const [row] = await db
    .select()
    .from(annualFilings)
    .where(and(eq(annualFilings.tenantId, f.tenantId), eq(annualFilings.id, f.id)));
  const events = await db
    .select()
    .from(annualFilingEvents)
    .where(and(eq(annualFilingEvents.tenantId, f.tenantId), eq(annualFilingEvents.filingId, f.id)));
  return { row: row ?? null, events: events.length };
};

export const filingsOfAgency = (db: Executor, a: { tenantId: string; id: string }) => () =>
  db
    .select()
    .from(annualFilings)
    .where(and(eq(annualFilings.tenantId, a.tenantId), eq(annualFilings.agencyId, a.id)));
