// Demo personnel of 香格里拉市, in dependency order: officers first, then their training and exam results, the
// certificates those earn, transfers, annual filings and leaders' records. Each step is idempotent.
import type { AppContext } from '../../platform/context';
import { seedDemoOfficers } from './officer.seed';
import { seedDemoTraining } from '../training/training.seed';
import { seedDemoExams } from '../exams/exam.seed';
import { seedDemoCertificates } from '../certificates/certificate.seed';
import { seedDemoTransfers } from '../transfers/transfer.seed';
import { seedDemoAnnualFilings } from '../annual-filings/annual-filing.seed';
import { seedDemoLeaderRecords } from '../leader-records/leader-record.seed';

export async function seedDemoPersonnel(ctx: AppContext, tenantId: string): Promise<void> {
  const now = ctx.now();
  await seedDemoOfficers(ctx, tenantId, now);
  await seedDemoTraining(ctx, tenantId, now);
  await seedDemoExams(ctx, tenantId, now);
  await seedDemoCertificates(ctx, tenantId, now);
  await seedDemoTransfers(ctx, tenantId, now);
  await seedDemoAnnualFilings(ctx, tenantId, now);
  await seedDemoLeaderRecords(ctx, tenantId, now);
}
