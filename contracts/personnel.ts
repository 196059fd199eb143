// Enforcement personnel shared by server and web: officer code lists and the tenant's personnel settings.
// Each personnel module (certificates, training, exams, transfers, annual filings) keeps its own contract file;
// this one holds what they all use.
import { z } from 'zod';

/** Enforcement domains (执法领域): officers, certificates, exam questions and training are tagged with them. */
export const ENFORCEMENT_DOMAINS = [
  'comprehensive',
  'market_regulation',
  'ecology_environment',
  'culture_tourism',
  'transport',
  'agriculture',
  'emergency_management',
  'natural_resources',
  'housing_urban',
  'health',
  'forestry_grassland',
  'water',
  'public_security',
  'human_resources',
  'education',
  'civil_affairs',
  'ethnic_religious',
  'other',
] as const;
export type EnforcementDomain = (typeof ENFORCEMENT_DOMAINS)[number];
export const enforcementDomain = z.enum(ENFORCEMENT_DOMAINS);

export const DOMAIN_LABELS: Record<EnforcementDomain, { zh: string; en: string }> = {
  comprehensive: { zh: '综合行政执法', en: 'Comprehensive enforcement' },
  market_regulation: { zh: '市场监管', en: 'Market regulation' },
  ecology_environment: { zh: '生态环境', en: 'Ecology and environment' },
  culture_tourism: { zh: '文化市场和旅游', en: 'Culture market and tourism' },
  transport: { zh: '交通运输', en: 'Transport' },
  agriculture: { zh: '农业农村', en: 'Agriculture' },
  emergency_management: { zh: '应急管理', en: 'Emergency management' },
  natural_resources: { zh: '自然资源', en: 'Natural resources' },
  housing_urban: { zh: '住房城乡建设', en: 'Housing and urban development' },
  health: { zh: '卫生健康', en: 'Health' },
  forestry_grassland: { zh: '林业和草原', en: 'Forestry and grassland' },
  water: { zh: '水利', en: 'Water' },
  public_security: { zh: '公安', en: 'Public security' },
  human_resources: { zh: '人力资源社会保障', en: 'Human resources and social security' },
  education: { zh: '教育', en: 'Education' },
  civil_affairs: { zh: '民政', en: 'Civil affairs' },
  ethnic_religious: { zh: '民族宗教', en: 'Ethnic and religious affairs' },
  other: { zh: '其他', en: 'Other' },
};

export const OFFICER_STATUSES = ['in_post', 'seconded', 'transferred', 'retired', 'suspended'] as const;
export type OfficerStatus = (typeof OFFICER_STATUSES)[number];
export const OFFICER_STATUS_LABELS: Record<OfficerStatus, { zh: string; en: string }> = {
  in_post: { zh: '在岗', en: 'In post' },
  seconded: { zh: '借调', en: 'Seconded' },
  transferred: { zh: '调离', en: 'Transferred' },
  retired: { zh: '退休', en: 'Retired' },
  suspended: { zh: '停职', en: 'Suspended' },
};

/** 编制类型: only staff on an establishment may hold a certificate (编外人员 may assist, not enforce). */
export const STAFFING_TYPES = ['administrative', 'civil_service_managed', 'public_institution', 'other'] as const;
export type StaffingType = (typeof STAFFING_TYPES)[number];
export const STAFFING_TYPE_LABELS: Record<StaffingType, { zh: string; en: string }> = {
  administrative: { zh: '行政编制', en: 'Administrative establishment' },
  civil_service_managed: { zh: '参照公务员法管理事业编制', en: 'Civil-service-managed institution' },
  public_institution: { zh: '事业编制', en: 'Public institution' },
  other: { zh: '其他（编外）', en: 'Other (off establishment)' },
};

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, { zh: string; en: string }> = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
};

/** The tenant's personnel settings, kept by the justice bureau (personnel.configure). */
export const personnelSettingsView = z.object({
  /** Training hours each officer must complete per calendar year (default 60). */
  trainingHoursPerYear: z.number().int().min(1).max(500),
  /** Days before expiry at which a certificate alert is raised, largest first (default 90 and 30). */
  certificateAlertDays: z.array(z.number().int().min(1).max(366)).min(1).max(5),
  /**
   * The certificate number format as a regular expression (matched whole); null means the built-in national
   * style defined by the certificates module (contracts/certificate.ts).
   */
  certificateNumberPattern: z.string().min(1).max(200).nullable(),
  /** Months back from the issue date in which the exam must have been passed and the hours met (default 12). */
  eligibilityWindowMonths: z.number().int().min(1).max(60),
  /** Target share of legal reviewers among officers, in percent (default 5). */
  legalReviewerTargetPercent: z.number().int().min(1).max(100),
});
export type PersonnelSettingsView = z.infer<typeof personnelSettingsView>;
export const personnelSettingsBody = personnelSettingsView.partial().strict();

// ---------------------------------------------------------------------------------------------------------------
// Indicators shown per agency (队伍建设指标)

export const personnelIndicatorsQuery = z.strictObject({
  /** Calendar year the training and exam figures cover; certificates are counted as valid on `on`. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

const share = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  /** Percent with one decimal, null when the denominator is 0. */
  percent: z.number().nullable(),
});
export type Share = z.infer<typeof share>;

export const agencyIndicatorsView = z.object({
  agencyId: z.uuid().nullable(),
  agencyName: z.string(),
  /** Officers in post (在岗): the people who enforce, the denominator of the shares. */
  officersInPost: z.number().int(),
  validCertificate: share,
  legalReviewers: share.extend({ targetPercent: z.number().int(), meetsTarget: z.boolean() }),
  trainingHoursMet: share,
  examPassRate: share,
});
export type AgencyIndicatorsView = z.infer<typeof agencyIndicatorsView>;

export const personnelIndicatorsView = z.object({
  year: z.number().int(),
  on: z.string(),
  trainingHoursPerYear: z.number().int(),
  legalReviewerTargetPercent: z.number().int(),
  agencies: z.array(agencyIndicatorsView),
  total: agencyIndicatorsView,
});
export type PersonnelIndicatorsView = z.infer<typeof personnelIndicatorsView>;
