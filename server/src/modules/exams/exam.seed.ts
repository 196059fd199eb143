// Demo data of the exams module (placeholder until the module is written).
import type { AppContext } from '../../platform/context';

/** Idempotent: does nothing when the tenant already has this module's demo data. */
export async function seedDemoExams(_ctx: AppContext, _tenantId: string, _now: Date): Promise<void> {}
