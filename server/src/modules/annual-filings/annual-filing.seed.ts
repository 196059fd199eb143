// Demo annual filings of 香格里拉市 (marked demo): for the current year most agencies filed in the first quarter and
// the justice bureau accepted; some filed after 31 March, a few were returned or await a decision, a few are
// missing. About two thirds of the agencies also have last year's filings, all accepted. Every submitted filing
// carries a small real .docx (one per kind, generated once, stored content-addressed) so that downloads work.
// Deterministic and idempotent: nothing is written when the tenant already has demo filings.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import {
  ANNUAL_FILING_KIND_LABELS,
  type AnnualFilingKind,
  type AnnualFilingState,
  type StoredDocumentView,
  type TrainingPlanItem,
  type WorkPlanItem,
} from '../../../../contracts/annual-filing';
import type { AppContext } from '../../platform/context';
import { saveFile } from '../../platform/files/file-store';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import { prng } from '../personnel/officer.demo-data';
import { annualFilingEvents, annualFilings } from './annual-filing.schema';
import { requiredFilingKinds } from './annual-filing.rules';

const REVIEWER = '和丽华'; // the demo supervisor of the justice bureau
const DAY = 86_400_000;

const RETURN_COMMENTS = [
  '计划未列明涉企行政检查的频次上限和责任分工，请补充后重新报送',
  '培训计划学时合计不足60学时（每人每年），请调整课程安排',
  '工作任务缺少完成时限，请逐项明确到月',
  '请附经本单位党组（党委）会议审定的正式文件',
];

function workItems(short: string): WorkPlanItem[] {
  return [
    {
      task: '全面落实行政执法“三项制度”',
      measure: '执法决定作出之日起7个工作日内公示；重大执法决定100%法制审核',
      responsibleUnit: `${short}法规股`,
      deadlineMonth: 12,
    },
    {
      task: '规范涉企行政检查',
      measure: '制定并公示年度检查计划，推行“综合查一次”，同一企业年度检查不超过规定次数',
      responsibleUnit: `${short}执法机构`,
      deadlineMonth: 3,
    },
    {
      task: '开展行政执法案卷评查',
      measure: '每季度抽查案卷不少于10卷，问题清单限期整改',
      responsibleUnit: `${short}法规股`,
      deadlineMonth: 11,
    },
    {
      task: '落实行政执法责任制',
      measure: '梳理执法岗位职责，签订执法责任书，年底开展评议考核',
      responsibleUnit: `${short}办公室`,
      deadlineMonth: 6,
    },
  ];
}

function trainingItems(kind: AnnualFilingKind): TrainingPlanItem[] {
  if (kind === 'squad_training_plan') {
    return [
      { topic: '赋权事项清单及办理流程', audience: '综合行政执法队全体队员', hours: 16, month: 3 },
      { topic: '《行政处罚法》与现场执法规范', audience: '综合行政执法队全体队员', hours: 16, month: 5 },
      { topic: '执法文书制作与执法记录仪使用', audience: '综合行政执法队执法人员', hours: 12, month: 7 },
      { topic: '跟班学习（对口市级部门）', audience: '新进执法人员', hours: 24, month: 9 },
    ];
  }
  return [
    { topic: '习近平法治思想专题学习', audience: '全体执法人员', hours: 8, month: 3 },
    { topic: '《行政执法监督条例》解读', audience: '全体执法人员', hours: 8, month: 4 },
    { topic: '本领域法律法规及裁量基准', audience: '一线执法人员', hours: 24, month: 6 },
    { topic: '行政复议与行政诉讼典型案例', audience: '法制审核人员、执法人员', hours: 12, month: 9 },
    { topic: '执法文书规范与案卷评查', audience: '一线执法人员', hours: 8, month: 11 },
  ];
}

const SUMMARIES: Record<AnnualFilingKind, string> = {
  enforcement_work_plan: '围绕严格规范公正文明执法，落实行政执法“三项制度”，规范涉企行政检查，提升执法质效。',
  training_plan: '按每名执法人员每年不少于60学时安排公共法律知识、专业法律知识和执法实务培训。',
  squad_training_plan: '围绕赋权乡镇执法事项，提升综合行政执法队伍依法履职能力，确保接得住、管得好。',
};

async function demoDocx(kind: AnnualFilingKind): Promise<string> {
  const title = ANNUAL_FILING_KIND_LABELS[kind].zh;
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          new Paragraph('（演示文件：由演示数据生成，不是任何单位的真实文件）'),
          new Paragraph(SUMMARIES[kind]),
        ],
      },
    ],
  });
  return (await Packer.toBuffer(doc)).toString('base64');
}

/** A Shanghai working-hours instant on `date` (YYYY-MM-DD): 09:00–17:00 +08:00. */
const shanghaiAt = (date: string, r: () => number) =>
  new Date(new Date(`${date}T09:00:00+08:00`).getTime() + Math.floor(r() * 8 * 3600_000));
const dateOf = (year: number, dayOfYear: number) =>
  new Date(Date.UTC(year, 0, 1) + (dayOfYear - 1) * DAY).toISOString().slice(0, 10);

interface Plan {
  state: AnnualFilingState | 'missing';
  late: boolean;
}

function planFor(r: () => number, currentYear: boolean): Plan {
  const x = r();
  const late = r() < (currentYear ? 0.18 : 0.1);
  if (!currentYear) return { state: 'accepted', late };
  if (x < 0.08) return { state: 'missing', late };
  if (x < 0.12) return { state: 'draft', late };
  if (x < 0.2) return { state: 'returned', late };
  if (x < 0.26) return { state: 'submitted', late };
  return { state: 'accepted', late };
}

/** Idempotent: does nothing when the tenant already has demo filings. */
export async function seedDemoAnnualFilings(ctx: AppContext, tenantId: string, now: Date): Promise<void> {
  const [already] = await ctx.db
    .select({ id: annualFilings.id })
    .from(annualFilings)
    .where(and(eq(annualFilings.tenantId, tenantId), eq(annualFilings.demo, true)))
    .limit(1);
  if (already) return;
  const filers = (
    await ctx.db
      .select({
        id: agencies.id,
        name: agencies.name,
        shortName: agencies.shortName,
        kind: agencies.kind,
        status: agencies.status,
      })
      .from(agencies)
      .where(eq(agencies.tenantId, tenantId))
      .orderBy(agencies.sortOrder, agencies.name)
  ).filter((a) => requiredFilingKinds(a).length > 0);
  if (filers.length === 0) return;

  const year = Number(shanghaiDate(now).slice(0, 4));
  const docs = new Map<AnnualFilingKind, string>();
  for (const k of ['enforcement_work_plan', 'training_plan', 'squad_training_plan'] as const)
    docs.set(k, await demoDocx(k));
  const r = prng(20260331);
  const filings: (typeof annualFilings.$inferInsert)[] = [];
  const events: (typeof annualFilingEvents.$inferInsert)[] = [];

  await ctx.db.transaction(async (tx) => {
    for (const [i, a] of filers.entries()) {
      const short = a.shortName ?? a.name;
      for (const y of [year - 1, year]) {
        if (y < year && i % 3 === 2) continue; // some agencies' last-year filings are not in the platform
        for (const kind of requiredFilingKinds(a)) {
          const plan = planFor(r, y === year);
          if (plan.state === 'missing') continue;
          // Submitted between 20 February and 31 March, or 2–25 April when late (day of year 51–90 / 92–115).
          const day = plan.late ? 92 + Math.floor(r() * 24) : 51 + Math.floor(r() * 40);
          let submitted: Date | null = plan.state === 'draft' ? null : shanghaiAt(dateOf(y, day), r);
          let state = plan.state;
          if (submitted && submitted.getTime() > now.getTime()) {
            submitted = null;
            state = 'draft';
          }
          const created = new Date((submitted ?? now).getTime() - (3 + Math.floor(r() * 10)) * DAY);
          const id = randomUUID();
          const seqOf = { n: 0 };
          const event = (
            action: string,
            from: string | null,
            to: string,
            at: Date,
            actorName: string,
            comments: string | null = null,
          ) =>
            events.push({
              tenantId,
              id: randomUUID(),
              filingId: id,
              seq: ++seqOf.n,
              action,
              fromState: from,
              toState: to,
              actorId: null,
              actorName,
              comments,
              at,
            });
          const keeper = `${short}法制机构`;
          event('create', null, 'draft', created, keeper);
          let decidedAt: Date | null = null;
          let reviewComments: string | null = null;
          let lastSubmit = submitted;
          if (submitted) {
            event('submit', 'draft', 'submitted', submitted, keeper);
            const decide = new Date(submitted.getTime() + (2 + Math.floor(r() * 8)) * DAY);
            if (state === 'returned' && decide <= now) {
              reviewComments = RETURN_COMMENTS[Math.floor(r() * RETURN_COMMENTS.length)];
              event('return', 'submitted', 'returned', decide, REVIEWER, reviewComments);
              decidedAt = decide;
            } else if (state === 'accepted' && decide <= now) {
              if (r() < 0.15) {
                // Returned once, corrected and resubmitted, then accepted: timeliness stays with the first submission.
                const back = RETURN_COMMENTS[Math.floor(r() * RETURN_COMMENTS.length)];
                event('return', 'submitted', 'returned', decide, REVIEWER, back);
                lastSubmit = new Date(decide.getTime() + 4 * DAY);
                event('submit', 'returned', 'submitted', lastSubmit, keeper);
              }
              decidedAt = new Date(lastSubmit!.getTime() + 3 * DAY);
              if (decidedAt > now) decidedAt = now;
              event('accept', 'submitted', 'accepted', decidedAt, REVIEWER, '准予备案');
            } else if (state !== 'draft') {
              state = 'submitted';
            }
          }
          const documents: StoredDocumentView[] = [];
          if (submitted) {
            const fileName = `${a.name}${y}年度${ANNUAL_FILING_KIND_LABELS[kind].zh.replace(/^年度/, '')}.docx`;
            const saved = await saveFile(tx, ctx.config.dataDir, {
              tenantId,
              contentBase64: docs.get(kind)!,
              fileName,
              purpose: 'annual_filing',
              kind: 'document',
              actorId: null,
              field: 'contentBase64',
            });
            documents.push({
              fileId: saved.id,
              fileName: saved.fileName,
              size: saved.size,
              contentType: saved.contentType,
              uploadedAt: new Date(submitted.getTime() - 3600_000).toISOString(),
              uploadedBy: keeper,
            });
          }
          filings.push({
            tenantId,
            id,
            agencyId: a.id,
            year: y,
            kind,
            state,
            summary: SUMMARIES[kind],
            workItems: kind === 'enforcement_work_plan' ? workItems(short) : [],
            trainingItems: kind === 'enforcement_work_plan' ? [] : trainingItems(kind),
            documents,
            firstSubmittedAt: submitted,
            submittedAt: lastSubmit,
            submittedByName: submitted ? keeper : null,
            decidedAt,
            decidedByName: decidedAt ? REVIEWER : null,
            reviewComments: state === 'returned' ? reviewComments : state === 'accepted' ? '准予备案' : null,
            demo: true,
            createdAt: created,
            updatedAt: decidedAt ?? lastSubmit ?? created,
          });
        }
      }
    }
    for (let i = 0; i < filings.length; i += 200) await tx.insert(annualFilings).values(filings.slice(i, i + 200));
    for (let i = 0; i < events.length; i += 500) await tx.insert(annualFilingEvents).values(events.slice(i, i + 500));
  });
}
