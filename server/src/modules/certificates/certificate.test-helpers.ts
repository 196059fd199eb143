// Test helpers of the certificates module: eligibility evidence written through the training module's helpers and
// the exams module's table (a graded, passed sitting), and certificates written directly (no route).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { newSecret } from '../../platform/crypto/tokens';
import { examSittings } from '../exams/exam.schema';
import { attend, makeCourse } from '../training/training.test-helpers';
import { certificateEvents, certificates } from './certificate.schema';

/** Training hours (a course ending on `on`) and/or a passed exam graded on `on` for the officer. */
export async function makeEligible(
  ctx: AppContext,
  officer: { tenantId: string; id: string; agencyId: string },
  opts: { on: string; hours?: number; passed?: boolean } = { on: '2026-06-01' },
) {
  const hours = opts.hours ?? 60;
  if (hours > 0) {
    const course = await makeCourse(
      ctx,
      { tenantId: officer.tenantId, id: officer.agencyId },
      { hours, endDate: opts.on },
    );
    await attend(ctx, course, officer.id, { hours });
  }
  if (opts.passed ?? true) {
    const at = new Date(`${opts.on}T10:00:00+08:00`);
    await ctx.db.insert(examSittings).values({
      tenantId: officer.tenantId,
      id: randomUUID(),
      examId: randomUUID(),
      officerId: officer.id,
      attemptNo: 1,
      seed: 1,
      startedAt: new Date(at.getTime() - 3600_000),
      deadlineAt: at,
      submittedAt: at,
      gradedAt: at,
      score: 85,
      maxScore: 100,
      passMark: 60,
      passed: true,
      status: 'graded',
    });
  }
}

let serial = 0;

/** A certificate row written directly: valid, issued a year ago, expiring in four years unless told. */
export async function makeCertificate(
  db: Executor,
  officer: { tenantId: string; id: string; agencyId: string },
  opts: {
    number?: string;
    status?: 'valid' | 'suspended' | 'revoked';
    issuedOn?: string;
    expiresOn?: string;
    domains?: string[];
  } = {},
) {
  const id = randomUUID();
  const number = opts.number ?? `T${Date.now().toString(36)}${(serial++).toString(36)}${id.slice(0, 4)}`.toUpperCase();
  const token = newSecret(18);
  await db.insert(certificates).values({
    tenantId: officer.tenantId,
    id,
    number,
    officerId: officer.id,
    agencyId: officer.agencyId,
    domains: opts.domains ?? ['market_regulation'],
    region: officer.tenantId,
    issuingAuthority: '测试县人民政府',
    issuedOn: opts.issuedOn ?? '2025-01-01',
    expiresOn: opts.expiresOn ?? '2029-12-31',
    status: opts.status ?? 'valid',
    source: 'import',
    verifyToken: token,
  });
  return { id, number, token, tenantId: officer.tenantId };
}

/** The certificate row and its history (for "nothing changed" checks). */
export async function certificateSnapshot(db: Executor, c: { tenantId: string; id: string }) {
  const [row] = await db
    .select()
    .from(certificates)
    .where(and(eq(certificates.tenantId, c.tenantId), eq(certificates.id, c.id)));
  const events = await db
    .select({ id: certificateEvents.id })
    .from(certificateEvents)
    .where(and(eq(certificateEvents.tenantId, c.tenantId), eq(certificateEvents.certificateId, c.id)));
  return { row, events: events.length };
}

/** Certificates of an officer (to check that a refused issue wrote nothing). */
export async function certificatesOf(db: Executor, officer: { tenantId: string; id: string }) {
  return db
    .select()
    .from(certificates)
    .where(and(eq(certificates.tenantId, officer.tenantId), eq(certificates.officerId, officer.id)));
}

/** An officer of the agency holding one certificate (the authorisation matrix's target). */
export async function certificateFixture(
  ctx: AppContext,
  agency: { tenantId: string; id: string },
  opts: { status?: 'valid' | 'suspended' | 'revoked'; eligibleOn?: string } = {},
) {
  const { makeOfficer } = await import('../../testing/factories');
  const officer = await makeOfficer(ctx, agency);
  if (opts.eligibleOn) await makeEligible(ctx, officer, { on: opts.eligibleOn });
  const certificate = await makeCertificate(ctx.db, officer, { status: opts.status });
  return { officer, certificate };
}
