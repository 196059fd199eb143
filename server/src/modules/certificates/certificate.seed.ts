// Demo certificates for the demo officers (officers.demo): most officers in post hold a valid certificate expiring
// over the next one to five years (about 3 % within 30 days, 6 % within 90), some have lapsed, a few are suspended
// or revoked with their reasons; off-establishment staff (编外) hold none, retired officers' certificates are
// expired or revoked. Historical (source 'seed', demo): the exam and training check does not apply.
import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { domainCode } from '../../../../contracts/certificate';
import type { EnforcementDomain } from '../../../../contracts/personnel';
import type { AppContext } from '../../platform/context';
import { newSecret } from '../../platform/crypto/tokens';
import { shanghaiDate } from '../../platform/legal-date';
import { officers } from '../personnel/officer.schema';
import { addDays, addMonths } from './certificate.machine';
import { certificateEvents, certificates } from './certificate.schema';
import { defaultAuthority } from './certificate-write.service';

/** A stable number in [0, n) from the officer id, so that the demo looks the same every time. */
const pick = (id: string, salt: string, n: number) =>
  createHash('sha256').update(`${salt}:${id}`).digest().readUInt32BE(0) % n;

const SUSPEND_REASONS = [
  '因涉嫌违纪接受调查，暂扣执法证',
  '年度考核不称职，暂扣执法证待复核',
  '违反执法程序被投诉查实，暂扣整改',
];
const REVOKE_REASONS = ['辞去公职，注销执法证', '调离行政执法岗位，注销执法证', '受到开除处分，注销执法证'];

export async function seedDemoCertificates(ctx: AppContext, tenantId: string, now: Date): Promise<void> {
  const [done] = await ctx.db
    .select({ id: certificates.id })
    .from(certificates)
    .where(and(eq(certificates.tenantId, tenantId), eq(certificates.demo, true)))
    .limit(1);
  if (done) return;
  const people = await ctx.db
    .select({
      id: officers.id,
      agencyId: officers.agencyId,
      status: officers.status,
      staffingType: officers.staffingType,
      domains: officers.domains,
    })
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), eq(officers.demo, true)))
    .orderBy(officers.id);
  if (people.length === 0) return;
  const today = shanghaiDate(now);
  const authority = await defaultAuthority(ctx.db, tenantId);
  const serials = new Map<string, number>();
  const certRows: (typeof certificates.$inferInsert)[] = [];
  const eventRows: (typeof certificateEvents.$inferInsert)[] = [];
  const at = (d: string) => new Date(`${d}T09:00:00+08:00`);

  for (const o of people) {
    if (o.staffingType === 'other') continue;
    const r = pick(o.id, 'spread', 1000);
    let expiresOn: string;
    let status: 'valid' | 'suspended' | 'revoked' = 'valid';
    let reason: string | null = null;
    if (o.status === 'retired' || o.status === 'transferred') {
      expiresOn = addDays(today, -(30 + pick(o.id, 'past', 700)));
      if (r < 400) {
        status = 'revoked';
        reason = o.status === 'retired' ? '退休，注销执法证' : '调离行政执法岗位，注销执法证';
      }
    } else if (r < 30) expiresOn = addDays(today, pick(o.id, 'soon', 31));
    else if (r < 90) expiresOn = addDays(today, 31 + pick(o.id, 'soon', 60));
    else if (r < 130) expiresOn = addDays(today, -(1 + pick(o.id, 'past', 200)));
    else {
      expiresOn = addDays(today, 91 + pick(o.id, 'later', 1735));
      if (o.status === 'suspended' || r < 145) {
        status = 'suspended';
        reason = o.status === 'suspended' ? '停职期间暂扣执法证' : SUSPEND_REASONS[r % SUSPEND_REASONS.length];
      } else if (r < 155) {
        status = 'revoked';
        reason = REVOKE_REASONS[r % REVOKE_REASONS.length];
      }
    }
    let issuedOn = addDays(addMonths(expiresOn, -60), 1);
    if (issuedOn > today) issuedOn = today;
    const domains = (o.domains.length ? o.domains : ['comprehensive']) as EnforcementDomain[];
    const prefix = `${tenantId}${domainCode(domains[0])}`;
    const serial = (serials.get(prefix) ?? 0) + 1;
    serials.set(prefix, serial);
    const id = randomUUID();
    certRows.push({
      tenantId,
      id,
      number: `${prefix}${String(serial).padStart(6, '0')}`,
      officerId: o.id,
      agencyId: o.agencyId,
      domains,
      region: tenantId,
      issuingAuthority: authority,
      issuedOn,
      expiresOn,
      status,
      source: 'seed',
      verifyToken: newSecret(18),
      demo: true,
      createdAt: now,
      updatedAt: now,
    });
    const base = { tenantId, certificateId: id, actorId: null, actorName: null };
    eventRows.push({
      ...base,
      id: randomUUID(),
      kind: 'import',
      fromStatus: null,
      toStatus: 'valid',
      reason: null,
      detail: { demo: true, issuedOn, expiresOn },
      at: at(issuedOn),
    });
    if (status !== 'valid') {
      const when = addDays(issuedOn, 200 + pick(o.id, 'when', 300));
      eventRows.push({
        ...base,
        id: randomUUID(),
        kind: status === 'suspended' ? 'suspend' : 'revoke',
        fromStatus: 'valid',
        toStatus: status,
        reason,
        detail: { demo: true },
        at: at(when < today ? when : today),
      });
    }
  }
  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < certRows.length; i += 500) await tx.insert(certificates).values(certRows.slice(i, i + 500));
    for (let i = 0; i < eventRows.length; i += 500)
      await tx.insert(certificateEvents).values(eventRows.slice(i, i + 500));
  });
}
