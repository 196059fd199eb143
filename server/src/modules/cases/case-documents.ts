// The documents (文书) a step produces: the case's data laid out as the documents module's CaseDocumentInput, then
// generated, numbered and stored in the step's transaction. Party IDs are printed in full: a document is a legal
// instrument served on the party (处罚法 第五十九条).
import {
  chineseDate,
  chineseUpperAmount,
  yuanText,
  type CaseDocumentInput,
  type DocumentParty,
} from '../../../../contracts/document';
import { CASE_SOURCE_LABELS, SERVICE_METHOD_LABELS, type ServiceMethod } from '../../../../contracts/case';
import { PENALTY_KIND_LABELS, type PenaltyKind } from '../../../../contracts/benchmark';
import type { DocumentKind } from '../../../../contracts/procedure';
import { decryptPersonal } from '../../platform/crypto/personal-data';
import type { Tx } from '../../platform/db/client';
import { generateCaseDocument } from '../documents/document.service';
import type { CaseFacts } from './case-context';

/** The people's government and court of the agency's place: where review and suits go (处罚法 第五十九条第五项). */
export function remedyBodies(agencyName: string): { reviewBody: string; court: string } {
  const place = /^(.+?(?:自治州|自治县|市|县|区|旗))/u.exec(agencyName)?.[1] ?? agencyName;
  return { reviewBody: `${place}人民政府`, court: `${place}人民法院` };
}

function penaltyBlock(p: { penaltyKinds?: PenaltyKind[]; fineFen?: number; noPenalty?: boolean } | null) {
  if (!p) return undefined;
  if (p.noPenalty) return { kindsText: '不予行政处罚', summaryText: '不予行政处罚。' };
  const kinds = p.penaltyKinds ?? [];
  const fine = p.fineFen ?? 0;
  const kindsText = kinds.map((k) => PENALTY_KIND_LABELS[k].zh).join('、');
  const parts = kinds.map((k) =>
    k === 'fine' ? `罚款人民币${yuanText(fine)}元（${chineseUpperAmount(fine)}）` : PENALTY_KIND_LABELS[k].zh,
  );
  return {
    kindsText,
    fineYuan: fine > 0 ? yuanText(fine) : undefined,
    fineUpper: fine > 0 ? chineseUpperAmount(fine) : undefined,
    summaryText: `${parts.join('；')}。`,
  };
}

export async function documentInput(facts: CaseFacts, date: string): Promise<CaseDocumentInput> {
  const row = facts.row;
  const parties = await facts.parties();
  const handlers = await facts.handlers();
  const certs = await facts.certificatesOn(date);
  const reviews = await facts.reviews();
  const lastReview = reviews.at(-1);
  const proposal = row.proposal as Record<string, unknown> | null;
  const decision = row.decision as Record<string, unknown> | null;
  const hearing = row.hearing as Record<string, string> | null;
  const service = row.service as Record<string, string> | null;
  const key = facts.app.dataKey;
  const docParties: DocumentParty[] = parties.map((p) => ({
    typeLabel: p.type === 'organisation' ? '法人或者其他组织' : '自然人',
    name: p.name,
    idLabel: p.type === 'organisation' ? '统一社会信用代码' : '公民身份号码',
    idNumber: p.idNumberEnc ? decryptPersonal(key, p.idNumberEnc) : p.idNumberMasked,
    legalRepresentative: p.legalRepresentative ?? undefined,
    address: p.addressEnc ? decryptPersonal(key, p.addressEnc) : (p.addressMasked ?? undefined),
    phone: p.phoneEnc ? decryptPersonal(key, p.phoneEnc) : undefined,
  }));
  const outcomeLabel = { agree: '同意', agree_with_changes: '修改后同意', disagree: '不同意' } as const;
  return {
    issuedOn: date,
    agency: { name: facts.found.agency.name },
    case: {
      number: row.number ?? '（待立案编号）',
      title: row.title,
      procedureLabel: facts.def.label.zh,
      sourceLabel: CASE_SOURCE_LABELS[row.source as keyof typeof CASE_SOURCE_LABELS]?.zh,
      openedOn: row.openedOn ? chineseDate(row.openedOn) : undefined,
      cause: row.title,
      facts: (proposal?.factsText as string | undefined) ?? row.facts ?? undefined,
      articlesViolated: proposal?.violatedArticles as string | undefined,
      articlesApplied: proposal?.appliedArticles as string | undefined,
      discretion: proposal?.benchmark
        ? {
            level: (proposal.benchmark as { level: { zh: string } }).level.zh,
            reason: (proposal.outsideRangeReason as string | null) ?? '在裁量基准规定的幅度内',
          }
        : undefined,
      penalty: penaltyBlock((decision ?? proposal) as never),
      decisionDate: row.decidedOn ? chineseDate(row.decidedOn) : undefined,
      paymentDeadlineText: '自收到本决定书之日起十五日内',
    },
    parties: docParties,
    officers: handlers.map((h) => ({
      name: h.officer?.name ?? '',
      certificateNumber: certs.get(h.officerId)?.[0]?.number ?? '',
    })),
    reviewer:
      lastReview?.outcome && lastReview.reviewerName
        ? {
            name: lastReview.reviewerName,
            opinion: lastReview.opinion ?? '',
            outcomeLabel: outcomeLabel[lastReview.outcome as keyof typeof outcomeLabel],
            date: lastReview.decidedOn ? chineseDate(lastReview.decidedOn) : undefined,
          }
        : undefined,
    hearing: hearing
      ? {
          date: hearing.hearingOn ? chineseDate(hearing.hearingOn) : undefined,
          place: hearing.place,
          host: hearing.hostName,
          requestedOn: hearing.requestedOn ? chineseDate(hearing.requestedOn) : undefined,
          summary: hearing.summary,
        }
      : undefined,
    service: service
      ? {
          methodLabel: SERVICE_METHOD_LABELS[service.method as ServiceMethod]?.zh ?? service.method,
          date: service.servedOn ? chineseDate(service.servedOn) : undefined,
          place: service.place ?? undefined,
          recipient: service.recipient,
          documentTitle: '行政处罚决定书',
        }
      : undefined,
    remedy: remedyBodies(facts.found.agency.name),
    payment: { payee: facts.found.agency.name, place: '当事人可通过指定银行或者电子支付系统缴纳罚款' },
    extra: { statementDays: '五', hearingDays: '五' },
  };
}

/** Records made again and again (each inspection, each inquiry) are documents of their own, not new versions. */
const ONE_PER_STEP = new Set<DocumentKind>(['inspection_record', 'inquiry_record']);

/** Generates the transition's documents in its transaction; returns their ids (for the access log). */
export async function generateStepDocuments(
  tx: Tx,
  facts: CaseFacts,
  kinds: readonly DocumentKind[],
  date: string,
  actorId: string,
  eventSeq: number,
): Promise<string[]> {
  if (kinds.length === 0) return [];
  const data = await documentInput(facts, date);
  const ids: string[] = [];
  for (const kind of kinds) {
    const out = await generateCaseDocument(tx, facts.app, {
      tenantId: facts.row.tenantId,
      agencyId: facts.row.agencyId,
      caseId: facts.row.id,
      kind,
      data,
      actorId,
      instance: ONE_PER_STEP.has(kind) ? `event-${eventSeq}` : undefined,
    });
    ids.push(out.id);
  }
  return ids;
}
