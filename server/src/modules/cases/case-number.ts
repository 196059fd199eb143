// Case numbers (案号) per agency, kind and year in the agency's pattern, e.g. 香市监罚〔2026〕12号 (the agency's
// code derived as document numbers derive it). The counter row is
// incremented with INSERT … ON CONFLICT DO UPDATE … RETURNING inside the numbering transaction: concurrent openings
// queue on the row lock (no duplicates), and a rolled-back opening rolls its increment back (no gaps).
import { and, eq, sql } from 'drizzle-orm';
import type { CaseKind } from '../../../../contracts/procedure';
import type { Executor, Tx } from '../../platform/db/client';
import { deriveDocumentPrefix } from '../documents/document-number';
import { caseNumberPatterns, caseNumberSequences } from './case.schema';

/** The kind's character in the number (罚 for penalties, 许 for licences…). */
export const KIND_CHARACTERS: Record<CaseKind, string> = {
  penalty: '罚',
  licence: '许',
  coercion: '强',
  inspection: '检',
  levy: '征',
  benefit: '给',
  confirmation: '确',
};

export function defaultCaseNumberPattern(agencyName: string, kind: CaseKind): string {
  return `${deriveDocumentPrefix(agencyName)}${KIND_CHARACTERS[kind]}〔{year}〕{seq}号`;
}

export function formatCaseNumber(pattern: string, year: number, seq: number): string {
  return pattern.replaceAll('{year}', String(year)).replaceAll('{seq}', String(seq));
}

export async function caseNumberPatternOf(
  ex: Executor,
  tenantId: string,
  agency: { id: string; name: string },
  kind: CaseKind,
): Promise<{ pattern: string; custom: boolean }> {
  const [row] = await ex
    .select({ pattern: caseNumberPatterns.pattern })
    .from(caseNumberPatterns)
    .where(
      and(
        eq(caseNumberPatterns.tenantId, tenantId),
        eq(caseNumberPatterns.agencyId, agency.id),
        eq(caseNumberPatterns.kind, kind),
      ),
    );
  return row
    ? { pattern: row.pattern, custom: true }
    : { pattern: defaultCaseNumberPattern(agency.name, kind), custom: false };
}

/** Takes the next number of the agency's kind and year, in the caller's transaction. */
export async function takeCaseNumber(
  tx: Tx,
  tenantId: string,
  agency: { id: string; name: string },
  kind: CaseKind,
  year: number,
): Promise<{ number: string; year: number; seq: number }> {
  const [row] = await tx
    .insert(caseNumberSequences)
    .values({ tenantId, agencyId: agency.id, kind, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [
        caseNumberSequences.tenantId,
        caseNumberSequences.agencyId,
        caseNumberSequences.kind,
        caseNumberSequences.year,
      ],
      set: { lastValue: sql`${caseNumberSequences.lastValue} + 1` },
    })
    .returning({ lastValue: caseNumberSequences.lastValue });
  const { pattern } = await caseNumberPatternOf(tx, tenantId, agency, kind);
  return { number: formatCaseNumber(pattern, year, row.lastValue), year, seq: row.lastValue };
}

export async function setCaseNumberPattern(
  tx: Tx,
  tenantId: string,
  agencyId: string,
  kind: CaseKind,
  pattern: string,
): Promise<void> {
  await tx
    .insert(caseNumberPatterns)
    .values({ tenantId, agencyId, kind, pattern })
    .onConflictDoUpdate({
      target: [caseNumberPatterns.tenantId, caseNumberPatterns.agencyId, caseNumberPatterns.kind],
      set: { pattern, updatedAt: new Date() },
    });
}
