// Law changes (立改废): what a change touches (every record citing the changed text, in the caller's scope), recording
// a change and opening one review task per owning agency, and the agencies answering for each citing record.
// Nothing is changed silently: the citing records stay as they are until their agency revises them.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type {
  ImpactView,
  LawChangeBody,
  LawChangeView,
  ReviewOutcome,
  ReviewTaskView,
} from '../../../../contracts/law-change';
import { can, scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { agencies } from '../agencies/agency.schema';
import { lawCitations } from '../laws/law-citation.schema';
import { lawArticles, laws, lawVersions } from '../laws/law.schema';
import { lawChanges, lawReviewItems, lawReviewTasks } from './law-change.schema';

type Kind = LawChangeView['kind'];
type TextChanged = 'yes' | 'no' | 'removed';

/** Citations whose agency the actor reads (citations joined with their agency, for the path). */
const citationScope = (actor: Actor) =>
  agencyScopeWhere(scopesFor(actor, 'law_change.read'), {
    tenantId: agencies.tenantId,
    agencyId: lawCitations.agencyId,
    path: agencies.path,
  });

async function findVersion(ex: Executor, versionId: string) {
  const [row] = await ex
    .select({ version: lawVersions, title: laws.title })
    .from(lawVersions)
    .innerJoin(laws, eq(laws.id, lawVersions.lawId))
    .where(eq(lawVersions.id, versionId));
  return row ?? null;
}

async function articleLabels(ex: Executor, versionId: string): Promise<Map<number, string>> {
  const rows = await ex
    .select({ seq: lawArticles.seq, label: lawArticles.label })
    .from(lawArticles)
    .where(eq(lawArticles.versionId, versionId));
  return new Map(rows.map((r) => [r.seq, r.label]));
}

/** The records citing a version (or some of its articles) that the caller may see, grouped by agency. */
export async function previewImpact(
  ex: Executor,
  actor: Actor,
  versionId: string,
  articleSeqs: number[],
): Promise<ImpactView> {
  const version = await findVersion(ex, versionId);
  if (!version) throw notFound('not_found', { what: '法律法规版本' });
  const labels = await articleLabels(ex, versionId);
  const rows = await ex
    .select({ c: lawCitations, agencyName: agencies.name })
    .from(lawCitations)
    .innerJoin(agencies, and(eq(agencies.tenantId, lawCitations.tenantId), eq(agencies.id, lawCitations.agencyId)))
    .where(
      and(
        eq(lawCitations.versionId, versionId),
        articleSeqs.length ? inArray(lawCitations.articleSeq, articleSeqs) : undefined,
        citationScope(actor),
      ),
    )
    .orderBy(asc(agencies.name), asc(lawCitations.subjectLabel), asc(lawCitations.articleSeq));
  const byAgency = new Map<string, ImpactView['agencies'][number]>();
  for (const { c, agencyName } of rows) {
    const key = `${c.tenantId}:${c.agencyId}`;
    const group = byAgency.get(key) ?? { tenantId: c.tenantId, agencyId: c.agencyId, agencyName, records: [] };
    group.records.push({
      subjectKind: c.subjectKind,
      subjectId: c.subjectId,
      subjectLabel: c.subjectLabel,
      role: c.role,
      articleSeq: c.articleSeq,
      articleLabel: labels.get(c.articleSeq) ?? `#${c.articleSeq}`,
    });
    byAgency.set(key, group);
  }
  return { agencies: [...byAgency.values()], total: rows.length };
}

/**
 * Opens the review tasks of a change: one per (tenant, agency) citing the changed text, in every tenant (the law
 * library is shared, and so is the fact that a law changed), with one item per citing record and article.
 */
async function openTasks(
  tx: Tx,
  change: { id: string; versionId: string; articleSeqs: number[] },
  textChanged: (articleSeq: number) => TextChanged,
  now: Date,
): Promise<{ tasks: number; items: number }> {
  const labels = await articleLabels(tx, change.versionId);
  const citations = await tx
    .select()
    .from(lawCitations)
    .where(
      and(
        eq(lawCitations.versionId, change.versionId),
        change.articleSeqs.length ? inArray(lawCitations.articleSeq, change.articleSeqs) : undefined,
      ),
    )
    .orderBy(asc(lawCitations.tenantId), asc(lawCitations.agencyId), asc(lawCitations.subjectLabel));
  const groups = new Map<string, typeof citations>();
  for (const c of citations) {
    const key = `${c.tenantId}:${c.agencyId}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    const taskId = randomUUID();
    const { tenantId, agencyId } = group[0];
    await tx.insert(lawReviewTasks).values({ tenantId, id: taskId, changeId: change.id, agencyId, createdAt: now });
    await tx.insert(lawReviewItems).values(
      group.map((c, i) => ({
        tenantId,
        taskId,
        seq: i + 1,
        subjectKind: c.subjectKind,
        subjectId: c.subjectId,
        subjectLabel: c.subjectLabel,
        role: c.role,
        articleSeq: c.articleSeq,
        articleLabel: labels.get(c.articleSeq) ?? `#${c.articleSeq}`,
        textChanged: textChanged(c.articleSeq),
      })),
    );
  }
  return { tasks: groups.size, items: citations.length };
}

/** Marks a version (or some of its articles) amended or repealed and opens the review tasks. */
export async function recordLawChange(
  tx: Tx,
  actor: Actor,
  versionId: string,
  body: LawChangeBody,
  now: Date,
): Promise<WriteResult<LawChangeView>> {
  const version = await findVersion(tx, versionId);
  if (!version) throw notFound('not_found', { what: '法律法规版本' });
  const labels = await articleLabels(tx, versionId);
  const seqs = [...new Set(body.articleSeqs)].sort((a, b) => a - b);
  const unknown = seqs.findIndex((s) => !labels.has(s));
  if (unknown >= 0)
    throw invalidInput({ [`articleSeqs.${body.articleSeqs.indexOf(seqs[unknown])}`]: 'article_not_in_version' });
  if (version.version.status === 'repealed') throw conflict({ versionId: 'law_already_repealed' });
  if (seqs.length === 0) {
    // The whole law: its status changes; the repeal date is the day it stops applying.
    await tx
      .update(lawVersions)
      .set(body.kind === 'repealed' ? { status: 'repealed', repealedDate: body.effectiveDate } : { status: 'amended' })
      .where(eq(lawVersions.id, versionId));
  }
  const id = randomUUID();
  await tx.insert(lawChanges).values({
    id,
    lawId: version.version.lawId,
    versionId,
    kind: body.kind,
    articleSeqs: seqs,
    effectiveDate: body.effectiveDate,
    note: body.note ?? null,
    createdTenantId: actor.tenantId,
    createdBy: actor.accountId,
    createdAt: now,
  });
  // A repeal removes the cited text; an amendment changes it.
  const opened = await openTasks(
    tx,
    { id, versionId, articleSeqs: seqs },
    () => (body.kind === 'repealed' ? 'removed' : 'yes'),
    now,
  );
  return {
    result: await getLawChange(tx, actor, id),
    recordIds: [id],
    detail: { law: version.title, kind: body.kind, articles: seqs.length, tasks: opened.tasks, items: opened.items },
  };
}

/**
 * A newly imported version replaces the one in force: every record citing the old version is to be reviewed. Items
 * say whether the cited article's text changed ('yes'), stayed the same ('no': re-point to the new version) or is
 * gone ('removed'), matching articles by number. Called by the importer inside its transaction.
 */
export async function recordNewVersion(
  tx: Tx,
  input: { lawId: string; oldVersionId: string; newVersionId: string; effectiveDate: string; now: Date },
): Promise<{ changeId: string; tasks: number }> {
  // One after the other: a transaction's client runs one query at a time.
  const articlesOf = (versionId: string) =>
    tx
      .select({ seq: lawArticles.seq, number: lawArticles.number, suffix: lawArticles.suffix, text: lawArticles.text })
      .from(lawArticles)
      .where(eq(lawArticles.versionId, versionId));
  const oldArticles = await articlesOf(input.oldVersionId);
  const newArticles = await articlesOf(input.newVersionId);
  const newByNumber = new Map(newArticles.map((a) => [`${a.number}:${a.suffix}`, a.text]));
  const changed = new Map<number, TextChanged>();
  for (const a of oldArticles) {
    const next = newByNumber.get(`${a.number}:${a.suffix}`);
    changed.set(a.seq, next === undefined ? 'removed' : next === a.text ? 'no' : 'yes');
  }
  const id = randomUUID();
  await tx.insert(lawChanges).values({
    id,
    lawId: input.lawId,
    versionId: input.oldVersionId,
    newVersionId: input.newVersionId,
    kind: 'new_version',
    articleSeqs: [],
    changedArticleSeqs: [...changed].filter(([, c]) => c !== 'no').map(([seq]) => seq),
    effectiveDate: input.effectiveDate,
    createdAt: input.now,
  });
  const opened = await openTasks(
    tx,
    { id, versionId: input.oldVersionId, articleSeqs: [] },
    (seq) => changed.get(seq) ?? 'yes',
    input.now,
  );
  return { changeId: id, tasks: opened.tasks };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading changes and tasks.

const taskScope = (actor: Actor, permission: 'law_change.read' | 'law_change.write') =>
  agencyScopeWhere(scopesFor(actor, permission), {
    tenantId: lawReviewTasks.tenantId,
    agencyId: lawReviewTasks.agencyId,
    path: agencies.path,
  });

const countsSql = {
  itemCount: sql<number>`(select count(*)::int from law_review_items i where i.tenant_id = ${lawReviewTasks.tenantId} and i.task_id = ${lawReviewTasks.id})`,
  resolvedCount: sql<number>`(select count(*)::int from law_review_items i where i.tenant_id = ${lawReviewTasks.tenantId} and i.task_id = ${lawReviewTasks.id} and i.outcome is not null)`,
};

async function tasksWhere(ex: Executor, actor: Actor, where: SQL | undefined, withItems: boolean) {
  const rows = await ex
    .select({ task: lawReviewTasks, agencyName: agencies.name, path: agencies.path, ...countsSql })
    .from(lawReviewTasks)
    .innerJoin(agencies, and(eq(agencies.tenantId, lawReviewTasks.tenantId), eq(agencies.id, lawReviewTasks.agencyId)))
    .where(and(where, taskScope(actor, 'law_change.read')))
    .orderBy(desc(lawReviewTasks.createdAt), asc(agencies.name));
  const items =
    withItems && rows.length
      ? await ex
          .select()
          .from(lawReviewItems)
          .where(
            and(
              inArray(
                lawReviewItems.taskId,
                rows.map((r) => r.task.id),
              ),
              inArray(lawReviewItems.tenantId, [...new Set(rows.map((r) => r.task.tenantId))]),
            ),
          )
          .orderBy(asc(lawReviewItems.seq))
      : [];
  return rows.map((r): ReviewTaskView => ({
    id: r.task.id,
    tenantId: r.task.tenantId,
    changeId: r.task.changeId,
    agencyId: r.task.agencyId,
    agencyName: r.agencyName,
    status: r.task.status as 'open' | 'done',
    createdAt: r.task.createdAt.toISOString(),
    completedAt: r.task.completedAt?.toISOString() ?? null,
    itemCount: r.itemCount,
    resolvedCount: r.resolvedCount,
    ...(withItems
      ? {
          items: items
            .filter((i) => i.taskId === r.task.id && i.tenantId === r.task.tenantId)
            .map((i) => ({
              seq: i.seq,
              subjectKind: i.subjectKind,
              subjectId: i.subjectId,
              subjectLabel: i.subjectLabel,
              role: i.role,
              articleSeq: i.articleSeq,
              articleLabel: i.articleLabel,
              textChanged: i.textChanged as TextChanged,
              outcome: i.outcome as ReviewOutcome | null,
              note: i.note,
              resolvedAt: i.resolvedAt?.toISOString() ?? null,
            })),
        }
      : {}),
    abilities: {
      resolve:
        r.task.status === 'open' && can(actor, 'law_change.write', { tenantId: r.task.tenantId, agencyPath: r.path }),
    },
  }));
}

function labelsOf(seqs: number[], labels: Map<number, string>): string[] {
  return seqs.map((s) => labels.get(s) ?? `#${s}`);
}

async function presentChanges(
  ex: Executor,
  actor: Actor,
  rows: Array<typeof lawChanges.$inferSelect>,
  withTasks: boolean,
) {
  if (rows.length === 0) return [];
  const versionIds = [...new Set(rows.flatMap((r) => [r.versionId, ...(r.newVersionId ? [r.newVersionId] : [])]))];
  const versions = await ex
    .select({ id: lawVersions.id, date: lawVersions.versionDate, title: laws.title })
    .from(lawVersions)
    .innerJoin(laws, eq(laws.id, lawVersions.lawId))
    .where(inArray(lawVersions.id, versionIds));
  const vById = new Map(versions.map((v) => [v.id, v]));
  const tasks = await tasksWhere(
    ex,
    actor,
    inArray(
      lawReviewTasks.changeId,
      rows.map((r) => r.id),
    ),
    withTasks,
  );
  // The labels of every article the changes name, in one query (not one per change).
  const named = rows.filter((r) => r.articleSeqs.length || r.changedArticleSeqs.length);
  const labelRows = named.length
    ? await ex
        .select({ versionId: lawArticles.versionId, seq: lawArticles.seq, label: lawArticles.label })
        .from(lawArticles)
        .where(
          and(
            inArray(lawArticles.versionId, [...new Set(named.map((r) => r.versionId))]),
            inArray(lawArticles.seq, [...new Set(named.flatMap((r) => [...r.articleSeqs, ...r.changedArticleSeqs]))]),
          ),
        )
    : [];
  const out: LawChangeView[] = [];
  for (const r of rows) {
    const labels = new Map(labelRows.filter((l) => l.versionId === r.versionId).map((l) => [l.seq, l.label]));
    const mine = tasks.filter((t) => t.changeId === r.id);
    out.push({
      id: r.id,
      kind: r.kind as Kind,
      lawId: r.lawId,
      lawTitle: vById.get(r.versionId)?.title ?? '',
      versionId: r.versionId,
      versionDate: vById.get(r.versionId)?.date ?? '',
      newVersionId: r.newVersionId,
      newVersionDate: r.newVersionId ? (vById.get(r.newVersionId)?.date ?? null) : null,
      articleLabels: labelsOf(r.articleSeqs, labels),
      changedArticleLabels: labelsOf(r.changedArticleSeqs, labels),
      effectiveDate: r.effectiveDate,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      progress: {
        agencies: mine.length,
        done: mine.filter((t) => t.status === 'done').length,
        items: mine.reduce((n, t) => n + t.itemCount, 0),
        resolved: mine.reduce((n, t) => n + t.resolvedCount, 0),
      },
      ...(withTasks ? { tasks: mine } : {}),
    });
  }
  return out;
}

/** Every change (they are facts about the shared law library), with progress over the tasks the caller sees. */
export async function listLawChanges(ex: Executor, actor: Actor): Promise<LawChangeView[]> {
  const rows = await ex.select().from(lawChanges).orderBy(desc(lawChanges.createdAt)).limit(200);
  return presentChanges(ex, actor, rows, false);
}

export async function getLawChange(ex: Executor, actor: Actor, id: string): Promise<LawChangeView> {
  const rows = await ex.select().from(lawChanges).where(eq(lawChanges.id, id));
  if (!rows[0]) throw notFound('not_found', { what: '法律变更' });
  return (await presentChanges(ex, actor, rows, true))[0];
}

/** The review tasks in the caller's scope, newest first, each with the change it answers. */
export async function listReviewTasks(
  ex: Executor,
  actor: Actor,
  filter: { status?: 'open' | 'done' },
): Promise<ReviewTaskView[]> {
  const tasks = await tasksWhere(ex, actor, filter.status ? eq(lawReviewTasks.status, filter.status) : undefined, true);
  const changes = tasks.length
    ? await ex
        .select({ c: lawChanges, title: laws.title, date: lawVersions.versionDate })
        .from(lawChanges)
        .innerJoin(lawVersions, eq(lawVersions.id, lawChanges.versionId))
        .innerJoin(laws, eq(laws.id, lawChanges.lawId))
        .where(inArray(lawChanges.id, [...new Set(tasks.map((t) => t.changeId))]))
    : [];
  const byId = new Map(changes.map((c) => [c.c.id, c]));
  return tasks.map((t) => {
    const c = byId.get(t.changeId)!;
    return {
      ...t,
      change: { kind: c.c.kind as Kind, lawTitle: c.title, versionDate: c.date, effectiveDate: c.c.effectiveDate },
    };
  });
}

/** An agency answers for one citing record; the task is done when every record is answered. */
export async function resolveReviewItem(
  tx: Tx,
  actor: Actor,
  taskId: string,
  seq: number,
  body: { outcome: ReviewOutcome; note: string },
  now: Date,
): Promise<WriteResult<ReviewTaskView>> {
  const [found] = await tx
    .select({ task: lawReviewTasks })
    .from(lawReviewTasks)
    .innerJoin(agencies, and(eq(agencies.tenantId, lawReviewTasks.tenantId), eq(agencies.id, lawReviewTasks.agencyId)))
    .where(and(eq(lawReviewTasks.id, taskId), taskScope(actor, 'law_change.write')))
    .for('update', { of: lawReviewTasks });
  if (!found) throw notFound('not_found', { what: '审查任务' });
  const { tenantId } = found.task;
  const updated = await tx
    .update(lawReviewItems)
    .set({ outcome: body.outcome, note: body.note, resolvedBy: actor.accountId, resolvedAt: now })
    .where(and(eq(lawReviewItems.tenantId, tenantId), eq(lawReviewItems.taskId, taskId), eq(lawReviewItems.seq, seq)))
    .returning({ seq: lawReviewItems.seq });
  if (updated.length === 0) throw notFound('not_found', { what: '审查事项' });
  const [{ open }] = await tx
    .select({ open: sql<number>`count(*)::int` })
    .from(lawReviewItems)
    .where(
      and(
        eq(lawReviewItems.tenantId, tenantId),
        eq(lawReviewItems.taskId, taskId),
        sql`${lawReviewItems.outcome} is null`,
      ),
    );
  await tx
    .update(lawReviewTasks)
    .set(open === 0 ? { status: 'done', completedAt: now } : { status: 'open', completedAt: null })
    .where(and(eq(lawReviewTasks.tenantId, tenantId), eq(lawReviewTasks.id, taskId)));
  const [view] = await tasksWhere(
    tx,
    actor,
    and(eq(lawReviewTasks.tenantId, tenantId), eq(lawReviewTasks.id, taskId)),
    true,
  );
  return { result: view, recordIds: [taskId], tenantId, detail: { seq, outcome: body.outcome } };
}
