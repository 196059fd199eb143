// Officers (执法人员): request/response shapes shared by server and web, and the pure reading of a resident ID
// (GB 11643-1999) that both sides use — its problem in words, and the birth date and sex it encodes.
import { z } from 'zod';
import { isValidRegionCode, residentIdCheckChar } from './identifiers';
import { ENFORCEMENT_DOMAINS, OFFICER_STATUSES, SEXES, STAFFING_TYPES } from './personnel';
import { tenantCode } from './tenant';

// ---------------------------------------------------------------------------------------------------------------
// Resident ID (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd for men,
// even for women), ISO 7064 MOD 11-2 check character.

export type ResidentIdProblem = 'format' | 'region' | 'birth_date' | 'check_char';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** What is wrong with an 18-character resident ID, in reading order; null when valid. `now` bounds the birth date. */
export function residentIdProblem(id: string, now: Date): ResidentIdProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!isValidRegionCode(id.slice(0, 6))) return 'region';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  const today = new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  if (y < 1900 || !real || birthDateOfResidentId(id) > today) return 'birth_date';
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return 'check_char';
  return null;
}

/** Canonical form: trimmed, spaces out, a lower-case x made capital. */
export const normaliseResidentId = (s: string): string => s.replace(/\s+/g, '').toUpperCase();

/** YYYY-MM-DD from positions 7–14. */
export const birthDateOfResidentId = (id: string): string =>
  `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

/** Position 17: odd for men, even for women (GB 11643-1999 §4.3). */
export const sexOfResidentId = (id: string): 'male' | 'female' => (Number(id[16]) % 2 === 1 ? 'male' : 'female');

export const RESIDENT_ID_PROBLEM_MESSAGES: Record<ResidentIdProblem, { zh: string; en: string }> = {
  format: {
    zh: '身份证号应为 18 位：17 位数字加 1 位校验码（数字或 X）',
    en: 'A resident ID has 18 characters: 17 digits and a check character (digit or X)',
  },
  region: { zh: '身份证号前 6 位不是有效的行政区划代码', en: 'The first 6 digits are not a valid region code' },
  birth_date: {
    zh: '身份证号第 7–14 位不是有效的出生日期',
    en: 'Digits 7–14 are not a valid date of birth',
  },
  check_char: {
    zh: '身份证号第 18 位校验码不符（GB 11643），请核对是否有错字',
    en: 'The check character (position 18) does not match (GB 11643); check for a typo',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Requests

/** Mainland mobile (11 digits) or a landline with its area code (0887-8221201, optional extension). */
export const officerPhone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, { error: 'phone_format' });

const officerName = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[\p{Script=Han}A-Za-z·•.\s]+$/u, { error: 'officer_name_format' });

const residentIdInput = z.string().trim().min(1).max(30).overwrite(normaliseResidentId);

export const officerCreateBody = z.strictObject({
  name: officerName,
  /** Checked in the service (GB 11643 check character, birth date not in the future). */
  residentId: residentIdInput,
  /** Derived from the resident ID; when given, must agree with it. */
  sex: z.enum(SEXES).optional(),
  birthDate: z.iso.date().optional(),
  ethnicity: z.string().trim().max(20).nullable().optional(),
  phone: officerPhone.nullable().optional(),
  agencyId: z.uuid(),
  post: z.string().trim().min(1).max(50),
  frontLine: z.boolean().optional(),
  legalReviewer: z.boolean().optional(),
  staffingType: z.enum(STAFFING_TYPES),
  domains: z.array(z.enum(ENFORCEMENT_DOMAINS)).min(1).max(ENFORCEMENT_DOMAINS.length),
  legalQualification: z.boolean().optional(),
  joinedOn: z.iso.date().nullable().optional(),
  /** The platform account the officer signs in with (same tenant; one officer per account). */
  accountId: z.uuid().nullable().optional(),
});
export type OfficerCreateBody = z.input<typeof officerCreateBody>;

/**
 * Edits. `agencyId` is accepted only unchanged: moving an officer to another agency is a transfer (调动), filed
 * through the transfers module; status changes go through POST /api/officers/:id/status with a reason.
 */
export const officerUpdateBody = z.strictObject({
  name: officerName.optional(),
  residentId: residentIdInput.optional(),
  sex: z.enum(SEXES).optional(),
  birthDate: z.iso.date().optional(),
  ethnicity: z.string().trim().max(20).nullable().optional(),
  phone: officerPhone.nullable().optional(),
  agencyId: z.uuid().optional(),
  post: z.string().trim().min(1).max(50).optional(),
  frontLine: z.boolean().optional(),
  legalReviewer: z.boolean().optional(),
  staffingType: z.enum(STAFFING_TYPES).optional(),
  domains: z.array(z.enum(ENFORCEMENT_DOMAINS)).min(1).max(ENFORCEMENT_DOMAINS.length).optional(),
  legalQualification: z.boolean().optional(),
  joinedOn: z.iso.date().nullable().optional(),
  accountId: z.uuid().nullable().optional(),
});
export type OfficerUpdateBody = z.input<typeof officerUpdateBody>;

export const officerStatusBody = z.strictObject({
  status: z.enum(OFFICER_STATUSES),
  reason: z.string().trim().min(1).max(500),
});
export type OfficerStatusBody = z.infer<typeof officerStatusBody>;

export const OFFICER_PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const officerPhotoBody = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  /** JPEG or PNG, at most 2 MB, base64-encoded. */
  contentBase64: z.string().min(1).max(2_900_000),
});
export type OfficerPhotoBody = z.infer<typeof officerPhotoBody>;

export const officerListQuery = z.strictObject({
  tenant: tenantCode.optional(),
  /** The agency and everything below it. */
  agencyId: z.uuid().optional(),
  status: z.enum(OFFICER_STATUSES).optional(),
  domain: z.enum(ENFORCEMENT_DOMAINS).optional(),
  legalReviewer: z.enum(['true', 'false']).optional(),
  /** A name, the last digits of the masked resident ID, or a whole resident ID (matched by its digest). */
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type OfficerListQuery = z.infer<typeof officerListQuery>;

// ---------------------------------------------------------------------------------------------------------------
// Responses (never the encrypted columns or the digest)

export const officerView = z.object({
  id: z.string(),
  tenantId: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  name: z.string(),
  sex: z.enum(SEXES),
  ethnicity: z.string().nullable(),
  birthDate: z.string(),
  residentIdMasked: z.string(),
  phoneMasked: z.string().nullable(),
  post: z.string(),
  frontLine: z.boolean(),
  legalReviewer: z.boolean(),
  staffingType: z.enum(STAFFING_TYPES),
  domains: z.array(z.enum(ENFORCEMENT_DOMAINS)),
  legalQualification: z.boolean(),
  status: z.enum(OFFICER_STATUSES),
  joinedOn: z.string().nullable(),
  hasPhoto: z.boolean(),
  account: z.object({ id: z.string(), username: z.string(), displayName: z.string() }).nullable(),
  demo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), readPersonal: z.boolean(), changeStatus: z.boolean() }),
});
export type OfficerView = z.infer<typeof officerView>;

export const officerEventView = z.object({
  id: z.string(),
  kind: z.string(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type OfficerEventView = z.infer<typeof officerEventView>;

export const officerDetailView = officerView.extend({ events: z.array(officerEventView) });
export type OfficerDetailView = z.infer<typeof officerDetailView>;

export const officerListView = z.object({
  items: z.array(officerView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type OfficerListView = z.infer<typeof officerListView>;

export const OFFICER_EVENT_LABELS: Record<string, { zh: string; en: string }> = {
  created: { zh: '录入', en: 'Recorded' },
  updated: { zh: '修改信息', en: 'Edited' },
  status: { zh: '状态变更', en: 'Status changed' },
  transfer_out: { zh: '调出', en: 'Transferred out' },
  transfer_in: { zh: '调入', en: 'Transferred in' },
  secondment: { zh: '借调', en: 'Seconded' },
  secondment_end: { zh: '借调结束', en: 'Secondment ended' },
  photo: { zh: '更新照片', en: 'Photo updated' },
};
