// Queries of the documents module; writes take the caller's transaction.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { caseDocuments, documentNumberSequences, documentTemplates } from './document.schema';

export type CaseDocumentRow = typeof caseDocuments.$inferSelect;
export type DocumentTemplateRow = typeof documentTemplates.$inferSelect;

/**
 * The next number of a series. The upsert takes the row lock, so a concurrent transaction waits until this one
 * commits (then gets the next value) or rolls back (then gets this one): no gaps, no duplicates.
 */
export async function nextDocumentNumber(
  tx: Executor,
  key: { tenantId: string; agencyId: string; kind: string; year: number },
): Promise<number> {
  const [row] = await tx
    .insert(documentNumberSequences)
    .values({ ...key, lastValue: 1 })
    .onConflictDoUpdate({
      target: [
        documentNumberSequences.tenantId,
        documentNumberSequences.agencyId,
        documentNumberSequences.kind,
        documentNumberSequences.year,
      ],
      set: { lastValue: sql`${documentNumberSequences.lastValue} + 1` },
    })
    .returning({ value: documentNumberSequences.lastValue });
  return Number(row.value);
}

/** The latest version of a case's document of a kind (locked, so that two regenerations do not race). */
export async function findLatestVersionForUpdate(
  tx: Executor,
  tenantId: string,
  caseId: string,
  kind: string,
  instance: string,
): Promise<CaseDocumentRow | undefined> {
  const [row] = await tx
    .select()
    .from(caseDocuments)
    .where(
      and(
        eq(caseDocuments.tenantId, tenantId),
        eq(caseDocuments.caseId, caseId),
        eq(caseDocuments.kind, kind),
        eq(caseDocuments.instance, instance),
      ),
    )
    .orderBy(desc(caseDocuments.version))
    .limit(1)
    .for('update');
  return row;
}

export async function insertCaseDocument(tx: Executor, row: typeof caseDocuments.$inferInsert): Promise<void> {
  await tx.insert(caseDocuments).values(row);
}

export async function markSuperseded(tx: Executor, tenantId: string, id: string, at: Date): Promise<void> {
  await tx
    .update(caseDocuments)
    .set({ supersededAt: at })
    .where(and(eq(caseDocuments.tenantId, tenantId), eq(caseDocuments.id, id), isNull(caseDocuments.supersededAt)));
}

export async function listDocumentsOfCase(ex: Executor, tenantId: string, caseId: string): Promise<CaseDocumentRow[]> {
  return ex
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.tenantId, tenantId), eq(caseDocuments.caseId, caseId)))
    .orderBy(asc(caseDocuments.generatedAt), asc(caseDocuments.kind), asc(caseDocuments.version));
}

export async function findCaseDocument(
  ex: Executor,
  tenantId: string,
  caseId: string,
  id: string,
): Promise<CaseDocumentRow | undefined> {
  const [row] = await ex
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.tenantId, tenantId), eq(caseDocuments.caseId, caseId), eq(caseDocuments.id, id)));
  return row;
}

export async function listTemplateRows(ex: Executor, tenantId: string): Promise<DocumentTemplateRow[]> {
  return ex.select().from(documentTemplates).where(eq(documentTemplates.tenantId, tenantId));
}

export async function findTemplateRow(
  ex: Executor,
  tenantId: string,
  kind: string,
): Promise<DocumentTemplateRow | undefined> {
  const [row] = await ex
    .select()
    .from(documentTemplates)
    .where(and(eq(documentTemplates.tenantId, tenantId), eq(documentTemplates.kind, kind)));
  return row;
}

export async function upsertTemplateRow(tx: Executor, row: DocumentTemplateRow): Promise<void> {
  const { tenantId: _t, kind: _k, ...set } = row;
  await tx
    .insert(documentTemplates)
    .values(row)
    .onConflictDoUpdate({ target: [documentTemplates.tenantId, documentTemplates.kind], set });
}

export async function deleteTemplateRow(tx: Executor, tenantId: string, kind: string): Promise<boolean> {
  const rows = await tx
    .delete(documentTemplates)
    .where(and(eq(documentTemplates.tenantId, tenantId), eq(documentTemplates.kind, kind)))
    .returning({ kind: documentTemplates.kind });
  return rows.length > 0;
}
