// Roles, permissions and data-scope kinds: shared by the server (policy) and the web app (menus).

export const ROLES = [
  'officer',
  'legal_reviewer',
  'agency_leader',
  'legal_office',
  'supervisor',
  'liaison',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** The three separate administrators (三员分立): each holds one admin role and no other role. */
export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const satisfies readonly Role[];
export const BUSINESS_ROLES = ROLES.filter((r) => !(ADMIN_ROLES as readonly string[]).includes(r));
export const isAdminRole = (role: Role): boolean => (ADMIN_ROLES as readonly string[]).includes(role);

export const SCOPE_KINDS = ['own_agency', 'agency_subtree', 'tenant', 'tenants'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const PERMISSIONS = [
  'tenant.read',
  'tenant.write',
  'agency.read',
  'agency.write',
  'account.read',
  'account.write',
  'account.read_personal',
  'grant.read',
  'grant.write',
  'api_token.read',
  'api_token.write',
  'security_policy.read',
  'security_policy.write',
  'access_log.read',
  'law.read',
  'law.write',
  'power.read',
  'power.write',
  'benchmark.read',
  'benchmark.write',
  'review_catalogue.read',
  'review_catalogue.write',
  'referral_threshold.read',
  'referral_threshold.write',
  'filing.review',
  'law_change.read',
  'law_change.write',
  'personnel.read',
  'personnel.write',
  'personnel.read_personal',
  'personnel.configure',
  'certificate.write',
  'training.write',
  'exam.write',
  'exam.take',
  'calendar.write',
  'case.read',
  'case.write',
  'case.review',
  'case.approve',
  'document_template.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Reading the legal knowledge every case is checked against. */
const KNOWLEDGE_READ = [
  'law.read',
  'power.read',
  'benchmark.read',
  'review_catalogue.read',
  'referral_threshold.read',
  'law_change.read',
] as const satisfies readonly Permission[];
/** Keeping an agency's own knowledge: its powers list, benchmarks, review catalogue and referral thresholds. */
const KNOWLEDGE_WRITE = [
  'power.write',
  'benchmark.write',
  'review_catalogue.write',
  'referral_threshold.write',
  'law_change.write',
] as const satisfies readonly Permission[];

/** Reading enforcement personnel: officers (masked), certificates, training, exams, transfers, filings. */
const PERSONNEL_READ = ['personnel.read', 'exam.take'] as const satisfies readonly Permission[];
/**
 * An agency keeping its own people: officers, training attendance, transfer plans and secondments, annual filings,
 * leaders' study sessions and court appearances; seeing the full resident ID and phone of its own officers.
 */
const PERSONNEL_KEEP = [
  'personnel.write',
  'personnel.read_personal',
  'training.write',
] as const satisfies readonly Permission[];

/**
 * What each role may do. Business roles read the agency tree; only the justice bureau (supervisor) and the
 * system administrator change it (the justice bureau confirms who is an enforcement agency). The three
 * administrators are separated: the system administrator runs accounts and business grants but reads no
 * business data beyond the organisation tree and no access log; the security administrator sets the security
 * policy and grants the administrator roles; the audit administrator reads the access log and nothing else.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Officers handle cases (case.write: open, investigate, propose, notify, decide, serve, execute, close).
  officer: ['agency.read', ...KNOWLEDGE_READ, ...PERSONNEL_READ, 'case.read', 'case.write'],
  // Legal reviewers review major decisions (case.review) and read the cases in their scope.
  legal_reviewer: ['agency.read', ...KNOWLEDGE_READ, ...PERSONNEL_READ, 'case.read', 'case.review'],
  // The agency's leader and its legal office keep the agency's own legal knowledge (权责清单, 裁量基准, 审核目录,
  // 移送标准), submit list changes for filing and answer the review tasks a law change opens.
  // The leader approves (立案审批, extensions, collective discussion, coercive measures: case.approve) and may handle;
  // the legal office reviews (case.review) and approves.
  agency_leader: [
    'agency.read',
    ...KNOWLEDGE_READ,
    ...KNOWLEDGE_WRITE,
    ...PERSONNEL_READ,
    ...PERSONNEL_KEEP,
    'case.read',
    'case.write',
    'case.approve',
  ],
  legal_office: [
    'agency.read',
    ...KNOWLEDGE_READ,
    ...KNOWLEDGE_WRITE,
    ...PERSONNEL_READ,
    ...PERSONNEL_KEEP,
    'case.read',
    'case.review',
    'case.approve',
  ],
  // The justice bureau keeps the law library (法律法规库) that every agency's lists cite, and accepts or returns
  // the agencies' filings (备案); it reads every agency's knowledge but does not write it.
  // It also manages certificates (执法证), the exam bank, tenant-wide training and the personnel settings, and
  // accepts or returns transfer plans and annual filings (filing.review).
  supervisor: [
    'tenant.read',
    'agency.read',
    'agency.write',
    ...KNOWLEDGE_READ,
    'law.write',
    'filing.review',
    'personnel.read',
    ...PERSONNEL_KEEP,
    'personnel.configure',
    'certificate.write',
    'exam.write',
    // It reads every case in its region, keeps the working-day calendar (and the tenant's local holidays) and the
    // tenant's document templates.
    'case.read',
    'calendar.write',
    'document_template.write',
  ],
  // Police and procuratorate liaisons read the referral thresholds they receive cases against.
  liaison: ['agency.read', 'law.read', 'referral_threshold.read'],
  sysadmin: [
    'tenant.read',
    'tenant.write',
    'agency.read',
    'agency.write',
    'account.read',
    'account.write',
    'account.read_personal',
    'grant.read',
    'grant.write',
    'api_token.read',
    'api_token.write',
    'security_policy.read',
    // The national working-day calendar is system reference data the system administrator keeps up to date.
    'calendar.write',
  ],
  secadmin: ['security_policy.read', 'security_policy.write', 'grant.read', 'grant.write', 'account.read'],
  auditor: ['access_log.read'],
};

/** Which roles a holder of grant.write may grant: the system administrator grants business roles only. */
export const GRANTABLE_ROLES: Partial<Record<Role, readonly Role[]>> = {
  sysadmin: BUSINESS_ROLES,
  secadmin: ADMIN_ROLES,
};

/** Permissions an API token may carry (read-mostly integrations). */
export const TOKEN_PERMISSIONS = [
  'tenant.read',
  'agency.read',
  'agency.write',
] as const satisfies readonly Permission[];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  officer: { zh: '执法人员', en: 'Officer' },
  legal_reviewer: { zh: '法制审核人员', en: 'Legal reviewer' },
  agency_leader: { zh: '单位负责人', en: 'Agency leader' },
  legal_office: { zh: '单位法制机构', en: 'Agency legal office' },
  supervisor: { zh: '司法局执法监督人员', en: 'Justice-bureau supervisor' },
  liaison: { zh: '公安/检察联络员', en: 'Police/procuratorate liaison' },
  sysadmin: { zh: '系统管理员', en: 'System administrator' },
  secadmin: { zh: '安全管理员', en: 'Security administrator' },
  auditor: { zh: '安全审计员', en: 'Audit administrator' },
};

export const SCOPE_LABELS: Record<ScopeKind, { zh: string; en: string }> = {
  own_agency: { zh: '本单位', en: 'Own agency' },
  agency_subtree: { zh: '本单位及下级', en: 'Agency subtree' },
  tenant: { zh: '本行政区划', en: 'Whole tenant' },
  tenants: { zh: '指定多个行政区划', en: 'Set of tenants' },
};
