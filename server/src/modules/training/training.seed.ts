// Demo training of 香格里拉市 (marked demo): over last year and this year, the justice bureau's tenant-wide
// public-law courses and each agency's professional courses, each agency's published annual plan linked to its
// courses, and attendance of the demo officers drawn so that most met the yearly hours last year and, this year,
// most are near done while some 10–15 % are behind the pro-rata figure. Officers linked to the demo accounts attend
// everything, so they meet the hours over any 12-month window (the certificate journey issues to them).
import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, or } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import { prng } from '../personnel/officer.demo-data';
import { officers } from '../personnel/officer.schema';
import { trainingAttendance, trainingCourses, trainingPlanItems, trainingPlans } from './training.schema';

type Kind = 'public_law' | 'professional' | 'new_officer' | 'other';

interface CourseSpec {
  title: string;
  hours: number;
  kind: Kind;
  start: string; // MM-DD
  end: string; // MM-DD
  online?: boolean;
  provider?: string;
}

/** The justice bureau's tenant-wide courses of a year (公共法律知识 and the new officers' induction). */
const BUREAU_COURSES: CourseSpec[] = [
  { title: '《中华人民共和国行政处罚法》专题培训', hours: 16, kind: 'public_law', start: '03-18', end: '03-19' },
  { title: '新任行政执法人员岗前培训', hours: 40, kind: 'new_officer', start: '04-07', end: '04-11' },
  { title: '行政执法“三项制度”实务培训', hours: 8, kind: 'public_law', start: '04-22', end: '04-22' },
  {
    title: '云南省行政执法人员网络学法（上半年）',
    hours: 12,
    kind: 'public_law',
    start: '01-10',
    end: '06-30',
    online: true,
    provider: '云南省司法厅行政执法人员网络培训平台',
  },
  { title: '《行政许可法》《行政强制法》专题培训', hours: 12, kind: 'public_law', start: '07-15', end: '07-16' },
  { title: '《行政复议法》（2023年修订）解读', hours: 8, kind: 'public_law', start: '09-10', end: '09-10' },
  {
    title: '习近平法治思想专题学习',
    hours: 8,
    kind: 'public_law',
    start: '10-21',
    end: '10-21',
    provider: '中共迪庆州委党校',
  },
  {
    title: '云南省行政执法人员网络学法（下半年）',
    hours: 12,
    kind: 'public_law',
    start: '07-01',
    end: '11-30',
    online: true,
    provider: '云南省司法厅行政执法人员网络培训平台',
  },
  { title: '行政执法文书制作与案卷评查培训', hours: 12, kind: 'public_law', start: '11-12', end: '11-13' },
  { title: '年度新法新规解读', hours: 8, kind: 'public_law', start: '12-10', end: '12-10' },
];

/** Professional courses (专业法律知识) by the agency's main enforcement domain. */
const PROFESSIONAL: Record<string, [string, string]> = {
  market_regulation: ['市场监管执法办案实务', '食品安全监督抽检与案件查办'],
  ecology_environment: ['生态环境执法与证据收集', '排污许可与环境监测执法'],
  culture_tourism: ['文化市场综合执法实务', '旅游市场秩序整治执法'],
  transport: ['交通运输行政执法规范化', '道路运输与治超执法实务'],
  agriculture: ['农业综合行政执法实务', '农药兽药饲料监管执法'],
  emergency_management: ['安全生产执法检查实务', '危险化学品与非煤矿山执法'],
  natural_resources: ['自然资源执法与土地卫片执法', '矿产资源违法案件查处'],
  housing_urban: ['住房城乡建设执法实务', '建筑市场与城镇燃气执法'],
  health: ['卫生健康监督执法实务', '医疗机构与公共场所卫生监督'],
  forestry_grassland: ['林草行政执法实务', '野生动植物保护执法'],
  water: ['水行政执法实务', '河湖“清四乱”与涉河建设执法'],
  comprehensive: ['乡镇综合行政执法实务', '赋权事项执法规范与文书'],
};
const FALLBACK: [string, string] = ['行政执法业务实务', '典型执法案例研讨'];

const ACTIVE = new Set(['in_post', 'seconded', 'suspended']);

interface SeedCourse {
  row: typeof trainingCourses.$inferInsert;
  /** Everyone may attend (the bureau's), or only the organiser's officers. */
  forAll: boolean;
}

/** Idempotent: does nothing when the tenant already has demo courses. */
export async function seedDemoTraining(ctx: AppContext, tenantId: string, now: Date): Promise<void> {
  const [already] = await ctx.db
    .select({ id: trainingCourses.id })
    .from(trainingCourses)
    .where(and(eq(trainingCourses.tenantId, tenantId), eq(trainingCourses.demo, true)))
    .limit(1);
  if (already) return;

  const agencyRows = await ctx.db
    .select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName, kind: agencies.kind })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.status, 'active')));
  const bureau = agencyRows.find((a) => a.kind === 'justice_bureau');
  if (!bureau) return;
  const people = await ctx.db
    .select({
      id: officers.id,
      agencyId: officers.agencyId,
      status: officers.status,
      joinedOn: officers.joinedOn,
      accountId: officers.accountId,
      domains: officers.domains,
    })
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), or(eq(officers.demo, true), isNotNull(officers.accountId))))
    .orderBy(officers.id);
  if (people.length === 0) return;

  const today = shanghaiDate(now);
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear - 1, thisYear];
  const r = prng(6060);

  // The organisers: the bureau, and every agency with officers (its main domain names its courses).
  const byAgency = new Map<string, typeof people>();
  for (const p of people) byAgency.set(p.agencyId, [...(byAgency.get(p.agencyId) ?? []), p]);
  const organisers = agencyRows.filter((a) => a.id !== bureau.id && (byAgency.get(a.id)?.length ?? 0) >= 3);

  const courses: SeedCourse[] = [];
  const plans: (typeof trainingPlans.$inferInsert)[] = [];
  const items: (typeof trainingPlanItems.$inferInsert)[] = [];
  const plan = (agencyId: string, year: number) => {
    const id = randomUUID();
    plans.push({
      tenantId,
      id,
      agencyId,
      year,
      status: 'published',
      note: `${year}年度行政执法人员培训计划：确保每名执法人员全年参加不少于60学时的培训（公共法律知识、专业法律知识、新法新规）。`,
      publishedAt: new Date(`${year}-01-20T02:00:00Z`),
      demo: true,
      createdAt: new Date(`${year}-01-15T02:00:00Z`),
    });
    return id;
  };
  const item = (
    planId: string,
    n: number,
    spec: { title: string; kind: Kind; month: number; hours: number },
    audience: string,
  ) => {
    const id = randomUUID();
    items.push({
      tenantId,
      id,
      planId,
      title: spec.title,
      kind: spec.kind,
      plannedMonth: spec.month,
      hoursTenths: spec.hours * 10,
      audience,
      sortOrder: n,
    });
    return id;
  };
  const course = (
    agencyId: string,
    year: number,
    spec: CourseSpec,
    forAll: boolean,
    planItemId: string,
    provider: string,
  ) =>
    courses.push({
      forAll,
      row: {
        tenantId,
        id: randomUUID(),
        agencyId,
        title: `${year}年${spec.title}`,
        hoursTenths: spec.hours * 10,
        provider: spec.provider ?? provider,
        kind: spec.kind,
        domains: [],
        startDate: `${year}-${spec.start}`,
        endDate: `${year}-${spec.end}`,
        online: spec.online ?? false,
        maxParticipants: null,
        openToAll: forAll,
        planItemId,
        demo: true,
        createdAt: new Date(`${year}-01-20T02:00:00Z`),
      },
    });

  for (const year of years) {
    const bp = plan(bureau.id, year);
    BUREAU_COURSES.forEach((spec, n) => {
      const month = Number(spec.end.slice(0, 2));
      const audience = spec.kind === 'new_officer' ? '当年新取得执法资格的人员' : '全市行政执法人员';
      course(bureau.id, year, spec, true, item(bp, n, { ...spec, month }, audience), '香格里拉市司法局');
    });
    organisers.forEach((a, i) => {
      const domains = byAgency.get(a.id)!.flatMap((p) => p.domains);
      const top = [...new Set(domains)].sort(
        (x, y) => domains.filter((d) => d === y).length - domains.filter((d) => d === x).length,
      )[0];
      const [t1, t2] = PROFESSIONAL[top ?? ''] ?? FALLBACK;
      const m1 = 3 + (i % 5);
      const m2 = 8 + (i % 3);
      const pad = (m: number) => String(m).padStart(2, '0');
      const ap = plan(a.id, year);
      const specs: CourseSpec[] = [
        { title: t1, hours: 12, kind: 'professional', start: `${pad(m1)}-1${i % 9}`, end: `${pad(m1)}-1${i % 9}` },
        { title: t2, hours: 12, kind: 'professional', start: `${pad(m2)}-2${i % 8}`, end: `${pad(m2)}-2${i % 8}` },
      ];
      specs.forEach((spec, n) => {
        const month = Number(spec.end.slice(0, 2));
        course(
          a.id,
          year,
          { ...spec, title: spec.title },
          false,
          item(ap, n, { ...spec, month }, '本单位执法人员'),
          a.shortName ?? a.name,
        );
      });
      item(ap, 2, { title: '典型执法案例研讨', kind: 'professional', month: 12, hours: 4 }, '本单位执法人员');
    });
  }

  // Attendance: each officer has a diligence per year; the demo accounts' officers attend everything.
  const attendance: (typeof trainingAttendance.$inferInsert)[] = [];
  const recordedAt = (c: SeedCourse) => new Date(`${c.row.endDate}T10:00:00Z`);
  for (const p of people) {
    const linked = p.accountId !== null;
    const base = r() < 0.85 ? 0.62 + r() * 0.38 : 0.25 + r() * 0.35;
    for (const year of years) {
      if (year === thisYear && !ACTIVE.has(p.status)) continue;
      const diligence = linked ? 1 : Math.min(1, Math.max(0.2, base + (r() - 0.5) * 0.1));
      const newOfficer = p.joinedOn !== null && Number(p.joinedOn.slice(0, 4)) === year;
      for (const c of courses) {
        if (!c.row.startDate.startsWith(String(year))) continue;
        if (!c.forAll && c.row.agencyId !== p.agencyId) continue;
        if (c.row.kind === 'new_officer' && !newOfficer) continue;
        const goes = c.row.kind === 'new_officer' || r() < diligence;
        const future = c.row.startDate > today;
        if (!goes) {
          // A few were registered and did not come.
          if (!future && r() < 0.05) {
            attendance.push({
              tenantId,
              id: randomUUID(),
              courseId: c.row.id!,
              officerId: p.id,
              status: 'absent',
              hoursTenths: 0,
              reason: '因执法任务未能参训',
              recordedAt: recordedAt(c),
              demo: true,
            });
          }
          continue;
        }
        if (future) {
          attendance.push({
            tenantId,
            id: randomUUID(),
            courseId: c.row.id!,
            officerId: p.id,
            status: 'registered',
            hoursTenths: 0,
            recordedAt: now,
            demo: true,
          });
          continue;
        }
        const reduced = !linked && c.row.hoursTenths >= 80 && r() < 0.03;
        attendance.push({
          tenantId,
          id: randomUUID(),
          courseId: c.row.id!,
          officerId: p.id,
          status: 'attended',
          hoursTenths: reduced ? c.row.hoursTenths - 40 : c.row.hoursTenths,
          reason: reduced ? '因执法任务提前离开，按实际参训时长计入' : null,
          recordedAt: recordedAt(c),
          demo: true,
        });
      }
    }
  }

  await ctx.db.transaction(async (tx) => {
    await tx.insert(trainingPlans).values(plans);
    for (let i = 0; i < items.length; i += 1000) await tx.insert(trainingPlanItems).values(items.slice(i, i + 1000));
    const rows = courses.map((c) => c.row);
    for (let i = 0; i < rows.length; i += 500) await tx.insert(trainingCourses).values(rows.slice(i, i + 500));
    // 10 columns a row: 6,000 rows stay under PostgreSQL's 65,535 bind parameters per statement.
    for (let i = 0; i < attendance.length; i += 6000) {
      await tx.insert(trainingAttendance).values(attendance.slice(i, i + 6000));
    }
  });
}
