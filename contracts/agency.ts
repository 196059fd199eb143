// Agency (执法主体) contracts: kinds, legal status and the request/response shapes.
import { z } from 'zod';
import { explainUscc } from './identifiers';
import { tenantCode } from './tenant';

export const AGENCY_KINDS = [
  'justice_bureau',
  'city_department',
  'vertical_branch',
  'township_government',
  'squad',
  'authorised_organisation',
  'entrusted_organisation',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, { zh: string; en: string }> = {
  justice_bureau: { zh: '司法局', en: 'Justice bureau' },
  city_department: { zh: '市级部门', en: 'City department' },
  vertical_branch: { zh: '垂直管理派驻机构', en: 'Vertical branch' },
  township_government: { zh: '乡镇人民政府', en: 'Township government' },
  squad: { zh: '综合行政执法队伍', en: 'Enforcement squad' },
  authorised_organisation: { zh: '法律法规授权组织', en: 'Authorised organisation' },
  entrusted_organisation: { zh: '受委托组织', en: 'Entrusted organisation' },
};

/** 执法主体资格: whether the body acts in its own name. */
export const LEGAL_STATUSES = ['administrative_organ', 'authorised', 'entrusted', 'internal_unit'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export const LEGAL_STATUS_LABELS: Record<LegalStatus, { zh: string; en: string }> = {
  administrative_organ: { zh: '行政机关（以自己名义执法）', en: 'Administrative organ' },
  authorised: { zh: '法律法规授权组织（以自己名义执法）', en: 'Authorised by law' },
  entrusted: { zh: '受委托（以委托机关名义执法）', en: 'Entrusted (acts in the entrusting organ’s name)' },
  internal_unit: { zh: '内设或派出队伍（以所属机关名义执法）', en: 'Internal unit (acts in its parent’s name)' },
};

export const AGENCY_STATUSES = ['active', 'abolished'] as const;
export type AgencyStatus = (typeof AGENCY_STATUSES)[number];

const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, { error: 'phone_format' });

export const uscc = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((v, ctx) => {
    // The message is a message id the server localises; check_char is the common case (a typo).
    const problem = explainUscc(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem === 'check_char' ? 'uscc_check' : `uscc_${problem}` });
  });

export const legalOfficeContact = z.strictObject({
  name: z.string().trim().min(1).max(50),
  phone,
});

export const agencyCreateBody = z.strictObject({
  tenantId: tenantCode.optional(),
  parentId: z.uuid().nullable().optional(),
  name: z.string().trim().min(2).max(100),
  shortName: z.string().trim().min(1).max(30).optional(),
  kind: z.enum(AGENCY_KINDS),
  legalStatus: z.enum(LEGAL_STATUSES),
  uscc: uscc.nullable().optional(),
  legalOfficeContact: legalOfficeContact.nullable().optional(),
  sortOrder: z.int().min(0).max(100000).optional(),
});
export type AgencyCreateBody = z.infer<typeof agencyCreateBody>;

export const agencyUpdateBody = z.strictObject({
  parentId: z.uuid().nullable().optional(),
  name: z.string().trim().min(2).max(100).optional(),
  shortName: z.string().trim().min(1).max(30).nullable().optional(),
  kind: z.enum(AGENCY_KINDS).optional(),
  legalStatus: z.enum(LEGAL_STATUSES).optional(),
  uscc: uscc.nullable().optional(),
  legalOfficeContact: legalOfficeContact.nullable().optional(),
  status: z.enum(AGENCY_STATUSES).optional(),
  sortOrder: z.int().min(0).max(100000).optional(),
});
export type AgencyUpdateBody = z.infer<typeof agencyUpdateBody>;

export const agencyView = z.object({
  id: z.string(),
  tenantId: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(AGENCY_KINDS),
  legalStatus: z.enum(LEGAL_STATUSES),
  uscc: z.string().nullable(),
  legalOfficeContact: z.object({ name: z.string(), phone: z.string() }).nullable(),
  status: z.enum(AGENCY_STATUSES),
  abolishedAt: z.string().nullable(),
  sortOrder: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), createChild: z.boolean() }),
});
export type AgencyView = z.infer<typeof agencyView>;

export const agencyListQuery = z.strictObject({
  tenant: tenantCode.optional(),
  status: z.enum(AGENCY_STATUSES).optional(),
  q: z.string().trim().max(50).optional(),
});
