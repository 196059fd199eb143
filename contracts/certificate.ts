// Enforcement certificates (执法证 / 行政执法证件) shared by server and web: states, the number format, request and
// response schemas, the public verification answer and the .xlsx import layout.
import { z } from 'zod';
import { ENFORCEMENT_DOMAINS, enforcementDomain, type EnforcementDomain } from './personnel';
import { tenantCode } from './tenant';

/** Stored states. 'expired' is never stored: it is read from the expiry date on the Asia/Shanghai calendar. */
export const STORED_CERTIFICATE_STATUSES = ['valid', 'suspended', 'revoked'] as const;
export type StoredCertificateStatus = (typeof STORED_CERTIFICATE_STATUSES)[number];
export const CERTIFICATE_STATUSES = ['valid', 'suspended', 'revoked', 'expired'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export const certificateStatus = z.enum(CERTIFICATE_STATUSES);

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, { zh: string; en: string }> = {
  valid: { zh: '有效', en: 'Valid' },
  suspended: { zh: '已暂扣', en: 'Suspended' },
  revoked: { zh: '已注销', en: 'Revoked' },
  expired: { zh: '已过期', en: 'Expired' },
};

export const CERTIFICATE_EVENT_KINDS = [
  'issue',
  'import',
  'renew',
  'suspend',
  'reinstate',
  'revoke',
  'transfer_suspend',
] as const;
export type CertificateEventKind = (typeof CERTIFICATE_EVENT_KINDS)[number];
export const CERTIFICATE_EVENT_LABELS: Record<CertificateEventKind, { zh: string; en: string }> = {
  issue: { zh: '发证', en: 'Issued' },
  import: { zh: '导入（历史证件）', en: 'Imported (historical)' },
  renew: { zh: '换证延续', en: 'Renewed' },
  suspend: { zh: '暂扣', en: 'Suspended' },
  reinstate: { zh: '恢复', en: 'Reinstated' },
  revoke: { zh: '注销', en: 'Revoked' },
  transfer_suspend: { zh: '调离暂扣', en: 'Suspended on transfer' },
};

export const CERTIFICATE_SOURCES = ['platform', 'import', 'seed'] as const;
export type CertificateSource = (typeof CERTIFICATE_SOURCES)[number];

/**
 * The two-digit domain code inside a certificate number (执法类别代码): the domain's place in ENFORCEMENT_DOMAINS,
 * 01 综合行政执法 … 18 其他.
 */
export const domainCode = (d: EnforcementDomain): string => String(ENFORCEMENT_DOMAINS.indexOf(d) + 1).padStart(2, '0');

/**
 * The built-in "national style" number (the layout most provinces use for 行政执法证件 under the State Council's
 * unified certificate management, 国办发〔2018〕118号 and the provinces' 行政执法证件管理办法): the issuing
 * government's GB/T 2260 region code (6 digits) + the domain code of the first domain (2 digits) + a serial within
 * that region and domain (6 digits), 14 digits in all, e.g. 53340102000123. A tenant may replace it with its own
 * province's format (personnel settings: certificateNumberPattern, a regular expression matched whole).
 */
export const DEFAULT_CERTIFICATE_NUMBER_PATTERN = '[1-8]\\d{5}(0[1-9]|1[0-8])\\d{6}';

export const certificateNumber = z
  .string()
  .trim()
  .min(4)
  .max(40)
  .regex(/^[0-9A-Za-z-]+$/u);

// ---------------------------------------------------------------------------------------------------------------
// Views

export const certificateEventView = z.object({
  id: z.string(),
  kind: z.enum(CERTIFICATE_EVENT_KINDS),
  fromStatus: z.enum(STORED_CERTIFICATE_STATUSES).nullable(),
  toStatus: z.enum(STORED_CERTIFICATE_STATUSES),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type CertificateEventView = z.infer<typeof certificateEventView>;

export const certificateView = z.object({
  id: z.string(),
  tenantId: z.string(),
  number: z.string(),
  officer: z.object({ id: z.string(), name: z.string(), status: z.string() }),
  /** The agency the certificate was issued for, and the officer's current agency (scope follows the officer). */
  agency: z.object({ id: z.string(), name: z.string() }),
  domains: z.array(enforcementDomain),
  region: z.string(),
  issuingAuthority: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  storedStatus: z.enum(STORED_CERTIFICATE_STATUSES),
  /** The status today (Asia/Shanghai): a valid or suspended certificate past its expiry reads 'expired'. */
  status: certificateStatus,
  /** Days from today to the expiry date (negative once expired). */
  daysLeft: z.number(),
  source: z.enum(CERTIFICATE_SOURCES),
  /** The path of the public verification page this certificate's QR code encodes (append to the origin). */
  verifyPath: z.string(),
  /** The officer's photo through the certificate's verification token (public), or null. */
  photoPath: z.string().nullable(),
  demo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({
    renew: z.boolean(),
    suspend: z.boolean(),
    reinstate: z.boolean(),
    revoke: z.boolean(),
  }),
});
export type CertificateView = z.infer<typeof certificateView>;

export const certificateDetail = certificateView.extend({ events: z.array(certificateEventView) });
export type CertificateDetail = z.infer<typeof certificateDetail>;

export const certificateListQuery = z.strictObject({
  tenant: tenantCode.optional(),
  officerId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
  status: certificateStatus.optional(),
  domain: enforcementDomain.optional(),
  /** Part of the number or the officer's name. */
  q: z.string().trim().min(1).max(50).optional(),
  /** Only valid certificates expiring within this many days (0 = today). */
  expiringWithinDays: z.coerce.number().int().min(0).max(3660).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type CertificateListQuery = z.input<typeof certificateListQuery>;

export const certificateList = z.object({
  items: z.array(certificateView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type CertificateList = z.infer<typeof certificateList>;

// ---------------------------------------------------------------------------------------------------------------
// Eligibility (发证条件)

export const ELIGIBILITY_CHECKS = ['in_post', 'on_establishment', 'exam_passed', 'training_hours'] as const;
export type EligibilityCheck = (typeof ELIGIBILITY_CHECKS)[number];

export const eligibilityView = z.object({
  officerId: z.string(),
  eligible: z.boolean(),
  /** The window the exam and training hours are counted in (inclusive Asia/Shanghai dates). */
  window: z.object({ from: z.string(), to: z.string() }),
  checks: z.array(
    z.object({
      check: z.enum(ELIGIBILITY_CHECKS),
      ok: z.boolean(),
      message: z.object({ zh: z.string(), en: z.string() }),
    }),
  ),
  hours: z.number(),
  requiredHours: z.number(),
  passedExamOn: z.string().nullable(),
});
export type EligibilityView = z.infer<typeof eligibilityView>;

export const certificateOfficerQuery = z.strictObject({
  tenant: tenantCode.optional(),
  q: z.string().trim().min(1).max(50).optional(),
  officerId: z.uuid().optional(),
  /** The issue date eligibility is checked for (default today). */
  on: z.iso.date().optional(),
});

export const certificateOfficerView = z.object({
  id: z.string(),
  name: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  status: z.string(),
  staffingType: z.string(),
  domains: z.array(enforcementDomain),
  eligibility: eligibilityView,
  /** The officer's certificates that are not revoked (one valid certificate at a time). */
  currentCertificate: z.object({ id: z.string(), number: z.string(), status: certificateStatus }).nullable(),
});
export type CertificateOfficerView = z.infer<typeof certificateOfficerView>;

// ---------------------------------------------------------------------------------------------------------------
// Writes

const reason = z.string().trim().min(2).max(500);

export const issueCertificateBody = z.strictObject({
  officerId: z.uuid(),
  domains: z.array(enforcementDomain).min(1).max(6),
  issuedOn: z.iso.date(),
  expiresOn: z.iso.date(),
  /** Left out: the platform numbers it in the default national style (when the tenant keeps that style). */
  number: certificateNumber.optional(),
  issuingAuthority: z.string().trim().min(2).max(100).optional(),
});
export type IssueCertificateBody = z.input<typeof issueCertificateBody>;

export const renewCertificateBody = z.strictObject({
  issuedOn: z.iso.date(),
  expiresOn: z.iso.date(),
  reason: reason.optional(),
});
export type RenewCertificateBody = z.input<typeof renewCertificateBody>;

export const certificateReasonBody = z.strictObject({ reason });
export type CertificateReasonBody = z.input<typeof certificateReasonBody>;

// ---------------------------------------------------------------------------------------------------------------
// Alerts (到期提醒)

export const certificateAlertItem = z.object({
  id: z.string(),
  number: z.string(),
  officerName: z.string(),
  agencyName: z.string(),
  expiresOn: z.string(),
  daysLeft: z.number(),
});

export const certificateAlerts = z.object({
  today: z.string(),
  /** The tenant's alert day counts, largest first; each bucket holds those with daysLeft in (next smaller, days]. */
  buckets: z.array(z.object({ days: z.number(), count: z.number(), items: z.array(certificateAlertItem) })),
  expired: z.object({ count: z.number(), items: z.array(certificateAlertItem) }),
});
export type CertificateAlerts = z.infer<typeof certificateAlerts>;
export const certificateAlertsQuery = z.strictObject({ tenant: tenantCode.optional() });

// ---------------------------------------------------------------------------------------------------------------
// Public verification (公开查验): the name, photo, agency, domains, number, expiry and today's status — nothing else.

export const publicVerifyQuery = z.strictObject({
  tenant: tenantCode.optional(),
  number: certificateNumber.optional(),
  /** The token the certificate's QR code carries. */
  t: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/u)
    .optional(),
});

export const publicVerifyResult = z.union([
  z.object({ found: z.literal(false) }),
  z.object({
    found: z.literal(true),
    number: z.string(),
    name: z.string(),
    photoUrl: z.string().nullable(),
    agencyName: z.string(),
    domains: z.array(enforcementDomain),
    expiresOn: z.string(),
    status: certificateStatus,
    /** The Asia/Shanghai date the status is for. */
    checkedOn: z.string(),
  }),
]);
export type PublicVerifyResult = z.infer<typeof publicVerifyResult>;

// ---------------------------------------------------------------------------------------------------------------
// .xlsx import of historical certificates

export const CERTIFICATE_XLSX_COLUMNS = [
  { key: 'number', header: '证号', width: 20 },
  { key: 'name', header: '姓名', width: 12 },
  { key: 'residentId', header: '身份证号', width: 22 },
  { key: 'domains', header: '执法领域', width: 26 },
  { key: 'issuingAuthority', header: '发证机关', width: 24 },
  { key: 'issuedOn', header: '发证日期', width: 14 },
  { key: 'expiresOn', header: '有效期至', width: 14 },
  { key: 'status', header: '状态', width: 10 },
] as const;
export type CertificateXlsxColumnKey = (typeof CERTIFICATE_XLSX_COLUMNS)[number]['key'];

export const CERTIFICATE_IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;

export const certificateImportBody = z.strictObject({
  tenant: tenantCode.optional(),
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(14_000_000),
  mode: z.enum(CERTIFICATE_IMPORT_MODES).default('all_or_nothing'),
});
export type CertificateImportBody = z.input<typeof certificateImportBody>;

export const certificateImportIssue = z.object({
  row: z.number(),
  column: z.string(),
  header: z.string(),
  message: z.string(),
});
export type CertificateImportIssue = z.infer<typeof certificateImportIssue>;

export const certificateImportReport = z.object({
  rows: z.number(),
  imported: z.number(),
  rejected: z.array(certificateImportIssue),
});
export type CertificateImportReport = z.infer<typeof certificateImportReport>;
