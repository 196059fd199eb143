// Every table, for drizzle-kit and for typed queries. Each module owns its own schema file.
export * from '../../modules/tenants/tenant.schema';
export * from '../../modules/agencies/agency.schema';
export * from '../../modules/accounts/account.schema';
export * from '../../modules/security-policy/security-policy.schema';
export * from '../audit/access-log.schema';
export * from '../../modules/laws/law.schema';
export * from '../../modules/laws/law-citation.schema';
export * from '../../modules/powers/power.schema';
export * from '../../modules/law-changes/law-change.schema';
export * from '../../modules/review-catalogues/review-catalogue.schema';
export * from '../../modules/referral-thresholds/referral-threshold.schema';
export * from '../../modules/benchmarks/benchmark.schema';
