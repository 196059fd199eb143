// Demo leaders' records of 香格里拉市 (marked demo): legal study sessions of leading cadres in every enforcement
// agency and the city government's pre-meeting study (会前学法), through last year and this year up to today; and
// court appearances of agency heads in administrative cases before 香格里拉市人民法院 and 迪庆藏族自治州中级人民法院.
// Names, case numbers and outcomes are invented. Deterministic and idempotent.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { ArticleRef } from '../../../../contracts/law';
import type { CaseOutcome, StudyKind } from '../../../../contracts/leader-record';
import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import { requiredFilingKinds } from '../annual-filings/annual-filing.rules';
import { citationSegments, resolveWrittenCitationPartly } from '../laws/law-citation.service';
import { prng } from '../personnel/officer.demo-data';
import { SHANGRI_LA_AGENCIES } from '../seed/shangri-la.data';
import { leaderCourtAppearances, leaderStudySessions } from './leader-record.schema';

const TOPICS: Array<{ topic: string; laws: string }> = [
  { topic: '学习贯彻习近平法治思想', laws: '《中华人民共和国宪法》' },
  { topic: '《行政执法监督条例》专题学习', laws: '《行政执法监督条例》' },
  {
    topic: '《行政处罚法》专题学法：首违不罚与过罚相当',
    laws: '《中华人民共和国行政处罚法》第五条、第三十三条',
  },
  { topic: '新修订《行政复议法》解读', laws: '《中华人民共和国行政复议法》第二条、第十一条' },
  { topic: '行政机关负责人出庭应诉制度', laws: '《中华人民共和国行政诉讼法》第三条' },
  { topic: '《优化营商环境条例》与涉企行政检查', laws: '《优化营商环境条例》' },
  { topic: '《中华人民共和国民法典》与依法行政', laws: '《中华人民共和国民法典》' },
  { topic: '《中华人民共和国行政许可法》专题学习', laws: '《中华人民共和国行政许可法》第四条、第三十二条' },
];
const SURNAMES = ['和', '李', '杨', '王', '张', '赵', '鲁茸', '扎西', '格桑', '农布', '此里', '七林'];
const GIVEN = ['建华', '志强', '丽萍', '永明', '卓玛', '次仁', '春梅', '国荣', '文斌', '秀英', '顿珠', '拉姆'];
const CAUSES = ['行政处罚', '行政强制', '行政许可', '行政确认', '政府信息公开', '行政赔偿', '行政协议'];
const PLAINTIFFS = [
  '香格里拉市某某商贸有限公司',
  '香格里拉市某某旅游客运有限公司',
  '迪庆某某建筑工程有限公司',
  '某某（个体工商户）',
  '香格里拉市某某农牧专业合作社',
  '某某（自然人）',
];
/** Agencies most often sued: regulators with many penalty and licence decisions. */
const SUED = [
  'scjg',
  'zrzy',
  'sthj',
  'jtys',
  'zjj',
  'lcj',
  'whlv',
  'nync',
  'yjj',
  'wjj',
  'cgj',
  'jiantang',
  'xiaozhongdian',
];

type Row = { id: string; name: string; shortName: string | null; kind: string; status: string };

/** Idempotent: does nothing when the tenant already has demo leaders' records. */
export async function seedDemoLeaderRecords(ctx: AppContext, tenantId: string, now: Date): Promise<void> {
  const [already] = await ctx.db
    .select({ id: leaderStudySessions.id })
    .from(leaderStudySessions)
    .where(and(eq(leaderStudySessions.tenantId, tenantId), eq(leaderStudySessions.demo, true)))
    .limit(1);
  if (already) return;
  const rows = (await ctx.db
    .select({
      id: agencies.id,
      name: agencies.name,
      shortName: agencies.shortName,
      kind: agencies.kind,
      status: agencies.status,
    })
    .from(agencies)
    .where(eq(agencies.tenantId, tenantId))
    .orderBy(agencies.sortOrder, agencies.name)) as Row[];
  const filers = rows.filter((a) => requiredFilingKinds(a).length > 0);
  if (filers.length === 0) return;
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const r = prng(3401);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const person = () => `${pick(SURNAMES)}${pick(GIVEN)}`;
  const dateIn = (y: number) => {
    const d = new Date(Date.UTC(y, 0, 1) + Math.floor(r() * 365) * 86_400_000).toISOString().slice(0, 10);
    return d <= today ? d : null;
  };
  const laws = await linkTopics(ctx.db, now);

  const sessions: (typeof leaderStudySessions.$inferInsert)[] = [];
  const addSession = (
    agencyId: string | null,
    kind: StudyKind,
    date: string,
    t: (typeof TOPICS)[number],
    participants: { name: string; post: string }[],
    minutes: number,
    lecturer: string | null,
  ) =>
    sessions.push({
      tenantId,
      id: randomUUID(),
      agencyId,
      kind,
      date,
      topic: t.topic,
      lawsText: t.laws,
      ...laws.get(t.laws)!,
      lecturer,
      participants,
      minutes,
      note: null,
      demo: true,
    });

  // The city government's executive meetings: 会前学法 about every other month.
  for (const y of [year - 1, year]) {
    for (let m = 1; m <= 12; m += 2) {
      const date = `${y}-${String(m).padStart(2, '0')}-${String(8 + Math.floor(r() * 15)).padStart(2, '0')}`;
      if (date > today) continue;
      const participants = [
        { name: person(), post: '市长' },
        { name: person(), post: '常务副市长' },
        { name: person(), post: '副市长' },
        { name: person(), post: '市政府秘书长' },
      ];
      addSession(null, 'pre_meeting', date, pick(TOPICS), participants, 30, '市司法局负责人');
    }
  }
  for (const a of filers) {
    const head = a.kind === 'township_government' ? '镇长' : '局长';
    const leaders = [
      { name: person(), post: a.kind === 'township_government' ? '党委书记' : '党组书记、' + head },
      { name: person(), post: `副${head}` },
      { name: person(), post: `副${head}` },
    ];
    for (const y of [year - 1, year]) {
      const n = 2 + Math.floor(r() * 3);
      for (let i = 0; i < n; i++) {
        const date = dateIn(y);
        if (!date) continue;
        const kind: StudyKind = i === 0 ? 'special_topic' : r() < 0.6 ? 'centralised' : 'pre_meeting';
        addSession(
          a.id,
          kind,
          date,
          pick(TOPICS),
          leaders.slice(0, 2 + Math.floor(r() * 2)),
          kind === 'pre_meeting' ? 30 : 60 + 30 * Math.floor(r() * 4),
          kind === 'special_topic' ? '市委党校教师' : null,
        );
      }
    }
  }

  // Court appearances: the agencies most often sued (by the data file's keys), or the first filers elsewhere.
  const byName = new Map(filers.map((a) => [a.name, a]));
  const named = SUED.flatMap((key) => {
    const row = byName.get(SHANGRI_LA_AGENCIES.find((d) => d.key === key)?.name ?? '');
    return row ? [row] : [];
  });
  const sued = named.length ? named : filers.slice(0, SUED.length);
  const appearances: (typeof leaderCourtAppearances.$inferInsert)[] = [];
  const caseNo = { basic: new Map<number, number>(), appeal: new Map<number, number>() };
  for (const y of [year - 1, year]) {
    for (const a of sued) {
      const n = r() < 0.5 ? 1 : 2;
      for (let i = 0; i < n; i++) {
        const date = dateIn(y);
        if (!date) continue;
        const appeal = r() < 0.2;
        const counter = appeal ? caseNo.appeal : caseNo.basic;
        const seq = (counter.get(y) ?? (appeal ? 3 : 8)) + 1 + Math.floor(r() * 4);
        counter.set(y, seq);
        const appeared = r() < 0.85;
        const principal = appeared && r() < 0.55;
        const head = a.kind === 'township_government' ? '镇长' : '局长';
        const daysAgo = (Date.parse(today) - Date.parse(date)) / 86_400_000;
        const outcome: CaseOutcome =
          daysAgo < 60
            ? 'pending'
            : pick([
                'upheld',
                'upheld',
                'upheld',
                'dismissed',
                'withdrawn',
                'revoked',
                'confirmed_unlawful',
                'mediated',
              ] as const);
        const outcomeDate =
          outcome === 'pending'
            ? null
            : new Date(Date.parse(date) + (20 + Math.floor(r() * 40)) * 86_400_000).toISOString().slice(0, 10);
        appearances.push({
          tenantId,
          id: randomUUID(),
          agencyId: a.id,
          court: appeal ? '迪庆藏族自治州中级人民法院' : '香格里拉市人民法院',
          caseNumber: appeal ? `（${y}）云34行终${seq}号` : `（${y}）云3401行初${seq}号`,
          cause: pick(CAUSES),
          plaintiff: pick(PLAINTIFFS),
          hearingDate: date,
          appeared,
          appearedName: appeared ? person() : null,
          appearedPost: appeared ? (principal ? head : `副${head}`) : null,
          appearedRank: appeared ? (principal ? 'principal' : 'deputy') : null,
          spoke: appeared && r() < 0.9,
          absenceReason: appeared
            ? null
            : pick([
                '同日参加上级召开的防汛抗旱紧急会议',
                '因公出差在外（已向法院书面说明）',
                '因病住院（已向法院书面说明）',
              ]),
          delegateName: appeared ? null : person(),
          delegatePost: appeared ? null : '法规股股长',
          outcome,
          outcomeDate: outcomeDate && outcomeDate <= today ? outcomeDate : null,
          note: null,
          demo: true,
        });
      }
    }
  }
  for (const a of appearances) if (a.outcome !== 'pending' && !a.outcomeDate) a.outcome = 'pending';

  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < sessions.length; i += 200)
      await tx.insert(leaderStudySessions).values(sessions.slice(i, i + 200));
    if (appearances.length) await tx.insert(leaderCourtAppearances).values(appearances);
  });
}

/** Each topic's laws linked once (the article citations the library holds), not once per session. */
async function linkTopics(ex: Executor, now: Date) {
  const out = new Map<string, { lawRefs: ArticleRef[]; lawProblems: Array<{ zh: string; en: string }> }>();
  for (const t of TOPICS) {
    const cited = citationSegments(t.laws).filter((s) => /第.+条/.test(s));
    if (cited.length === 0) {
      out.set(t.laws, { lawRefs: [], lawProblems: [] });
      continue;
    }
    const res = await resolveWrittenCitationPartly(ex, cited.join(''), { now });
    out.set(t.laws, { lawRefs: res.refs, lawProblems: res.problems });
  }
  return out;
}
