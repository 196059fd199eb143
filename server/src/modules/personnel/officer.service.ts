// Use cases on officers (执法人员): list and read within scope, record and edit them, change their status with a
// reason, reveal the full resident ID or phone (logged by the route), and keep their photo. Personal data is
// SM4-encrypted at rest, shown masked, and found by the HMAC-SM3 digest of the resident ID.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { maskPhone, maskResidentId } from '../../../../contracts/identifiers';
import {
  birthDateOfResidentId,
  normaliseResidentId,
  OFFICER_PHOTO_MAX_BYTES,
  residentIdProblem,
  sexOfResidentId,
  type OfficerCreateBody,
  type OfficerDetailView,
  type OfficerListQuery,
  type OfficerListView,
  type OfficerPhotoBody,
  type OfficerStatusBody,
  type OfficerUpdateBody,
  type OfficerView,
} from '../../../../contracts/officer';
import type { Permission } from '../../../../contracts/roles';
import { scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { AppContext } from '../../platform/context';
import { decryptPersonal, encryptPersonal } from '../../platform/crypto/personal-data';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import { loadFile, saveFile, type LoadedFile } from '../../platform/files/file-store';
import type { WriteResult } from '../../platform/http/request';
import { accounts } from '../accounts/account.schema';
import { agencies } from '../agencies/agency.schema';
import { moveOfficer, residentIdDigest } from './officer-lookup.service';
import { presentOfficer, presentOfficerDetail } from './officer.presenter';
import {
  findAgency,
  findAgencyInScope,
  findOfficerByAccount,
  findOfficerByDigest,
  findOfficerInScope,
  insertOfficer,
  insertOfficerEvent,
  listOfficerEvents,
  listOfficerRows,
  updateOfficerRow,
  type OfficerInsert,
  type OfficerRecord,
} from './officer.repository';

const cols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };
const scopeOf = (actor: Actor, permission: Permission) => agencyScopeWhere(scopesFor(actor, permission), cols);

// ---------------------------------------------------------------------------------------------------------------
// Pure rules

/**
 * The resident ID's own facts (GB 11643-1999): checked whole, then the sex (digit 17) and birth date (digits 7–14)
 * it encodes, which must agree with any the caller gave. Throws invalid_input naming the field.
 */
export function checkIdentity(
  input: { residentId: string; sex?: string; birthDate?: string },
  now: Date,
): { residentId: string; sex: 'male' | 'female'; birthDate: string } {
  const residentId = normaliseResidentId(input.residentId);
  const problem = residentIdProblem(residentId, now);
  if (problem) throw invalidInput({ residentId: `resident_id_${problem}` });
  const sex = sexOfResidentId(residentId);
  const birthDate = birthDateOfResidentId(residentId);
  const wrong: Record<string, 'officer_sex_mismatch' | 'officer_birth_date_mismatch'> = {};
  if (input.sex !== undefined && input.sex !== sex) wrong.sex = 'officer_sex_mismatch';
  if (input.birthDate !== undefined && input.birthDate !== birthDate) wrong.birthDate = 'officer_birth_date_mismatch';
  if (Object.keys(wrong).length) throw invalidInput(wrong);
  return { residentId, sex, birthDate };
}

/** What the search box holds: a whole resident ID (matched by digest), or a name / masked-ID tail. */
export function classifyOfficerSearch(q: string | undefined): { residentId?: string; text?: string } {
  const s = q?.trim();
  if (!s) return {};
  const id = normaliseResidentId(s);
  if (/^\d{17}[\dX]$/.test(id)) return { residentId: id };
  return { text: s };
}

// ---------------------------------------------------------------------------------------------------------------
// Reads

export async function listOfficers(ctx: AppContext, actor: Actor, query: OfficerListQuery): Promise<OfficerListView> {
  const tenantId = query.tenant ?? actor.tenantId;
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  let agencyPath: string | undefined;
  if (query.agencyId) {
    const a = await findAgency(ctx.db, tenantId, query.agencyId);
    if (!a) return { items: [], total: 0, page, pageSize };
    agencyPath = a.path;
  }
  const search = classifyOfficerSearch(query.q);
  const { rows, total } = await listOfficerRows(
    ctx.db,
    {
      scopeWhere: scopeOf(actor, 'personnel.read'),
      tenantId,
      agencyPath,
      status: query.status,
      domain: query.domain,
      legalReviewer: query.legalReviewer === undefined ? undefined : query.legalReviewer === 'true',
      text: search.text,
      residentIdDigest: search.residentId ? residentIdDigest(ctx.dataKey, search.residentId) : undefined,
    },
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  return { items: rows.map((r) => presentOfficer(r, actor)), total, page, pageSize };
}

async function readable(ex: Executor, actor: Actor, id: string): Promise<OfficerRecord> {
  const row = await findOfficerInScope(ex, scopeOf(actor, 'personnel.read'), id);
  if (!row) throw notFound('officer_not_found');
  return row;
}

/** The officer within the permission's scope; readable but not within it is forbidden, unreadable not found. */
async function within(ex: Executor, actor: Actor, id: string, permission: Permission): Promise<OfficerRecord> {
  const row = await findOfficerInScope(ex, scopeOf(actor, permission), id);
  if (!row) {
    await readable(ex, actor, id);
    throw forbidden('out_of_scope');
  }
  return row;
}

async function writable(tx: Executor, actor: Actor, id: string): Promise<OfficerRecord> {
  const row = await within(tx, actor, id, 'personnel.write');
  if (row.agency.status !== 'active') throw conflict({ agencyId: 'agency_abolished' });
  return row;
}

export async function getOfficer(ex: Executor, actor: Actor, id: string): Promise<OfficerDetailView> {
  const row = await readable(ex, actor, id);
  return presentOfficerDetail(row, await listOfficerEvents(ex, row.officer.tenantId, id), actor);
}

/** The officer record linked to the signed-in account (one's own record, whatever one's data scope). */
export async function getMyOfficer(ex: Executor, actor: Actor): Promise<OfficerDetailView> {
  const { rows } = await listOfficerRows(
    ex,
    { scopeWhere: sql`true`, tenantId: actor.tenantId, accountId: actor.accountId },
    { limit: 1, offset: 0 },
  );
  if (!rows[0]) throw notFound('officer_none_for_account');
  return presentOfficerDetail(rows[0], await listOfficerEvents(ex, actor.tenantId, rows[0].officer.id), actor);
}

export async function revealResidentId(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ residentId: string; tenantId: string }> {
  const row = await within(ctx.db, actor, id, 'personnel.read_personal');
  return { residentId: decryptPersonal(ctx.dataKey, row.officer.residentIdEnc), tenantId: row.officer.tenantId };
}

export async function revealOfficerPhone(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ phone: string | null; tenantId: string }> {
  const row = await within(ctx.db, actor, id, 'personnel.read_personal');
  const enc = row.officer.phoneEnc;
  return { phone: enc ? decryptPersonal(ctx.dataKey, enc) : null, tenantId: row.officer.tenantId };
}

export async function loadOfficerPhoto(ctx: AppContext, actor: Actor, id: string): Promise<LoadedFile> {
  const row = await readable(ctx.db, actor, id);
  if (!row.officer.photoFileId) throw notFound('officer_no_photo');
  return loadFile(ctx.db, ctx.config.dataDir, row.officer.tenantId, row.officer.photoFileId);
}

// ---------------------------------------------------------------------------------------------------------------
// Writes

async function assertUniqueResidentId(tx: Executor, tenantId: string, digest: string, exceptId?: string) {
  if (await findOfficerByDigest(tx, tenantId, digest, exceptId))
    throw conflict({ residentId: 'resident_id_duplicate' });
}

/** An account to link: in the tenant, within the caller's reach, not linked to another officer. */
async function checkAccount(tx: Executor, actor: Actor, tenantId: string, accountId: string, exceptId?: string) {
  const [found] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .innerJoin(agencies, and(eq(agencies.tenantId, accounts.tenantId), eq(agencies.id, accounts.agencyId)))
    .where(and(scopeOf(actor, 'personnel.write'), eq(accounts.tenantId, tenantId), eq(accounts.id, accountId)))
    .limit(1);
  if (!found) throw invalidInput({ accountId: 'officer_account_not_found' });
  if (await findOfficerByAccount(tx, tenantId, accountId, exceptId))
    throw conflict({ accountId: 'officer_account_taken' });
}

async function reload(tx: Executor, actor: Actor, id: string): Promise<OfficerView> {
  const row = await findOfficerInScope(tx, sql`true`, id);
  return presentOfficer(row!, actor);
}

export async function createOfficer(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  body: OfficerCreateBody,
  now: Date,
): Promise<WriteResult<OfficerView>> {
  const a = await findAgencyInScope(tx, scopeOf(actor, 'personnel.write'), body.agencyId);
  if (!a) {
    if (await findAgencyInScope(tx, scopeOf(actor, 'personnel.read'), body.agencyId)) throw forbidden('out_of_scope');
    throw invalidInput({ agencyId: 'agency_not_found' });
  }
  if (a.status !== 'active') throw invalidInput({ agencyId: 'agency_abolished' });
  const identity = checkIdentity(body, now);
  const digest = residentIdDigest(ctx.dataKey, identity.residentId);
  await assertUniqueResidentId(tx, a.tenantId, digest);
  if (body.accountId) await checkAccount(tx, actor, a.tenantId, body.accountId);
  const id = randomUUID();
  const phone = body.phone ?? null;
  await insertOfficer(tx, {
    tenantId: a.tenantId,
    id,
    agencyId: a.id,
    name: body.name,
    sex: identity.sex,
    ethnicity: body.ethnicity ?? null,
    birthDate: identity.birthDate,
    residentIdEnc: encryptPersonal(ctx.dataKey, identity.residentId),
    residentIdMasked: maskResidentId(identity.residentId),
    residentIdDigest: digest,
    phoneEnc: phone ? encryptPersonal(ctx.dataKey, phone) : null,
    phoneMasked: phone ? maskPhone(phone) : null,
    post: body.post,
    frontLine: body.frontLine ?? true,
    legalReviewer: body.legalReviewer ?? false,
    staffingType: body.staffingType,
    domains: [...new Set(body.domains)],
    legalQualification: body.legalQualification ?? false,
    status: 'in_post',
    joinedOn: body.joinedOn ?? null,
    accountId: body.accountId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  await insertOfficerEvent(tx, {
    tenantId: a.tenantId,
    id: randomUUID(),
    officerId: id,
    kind: 'created',
    detail: { agencyId: a.id, post: body.post },
    reason: null,
    actorId: actor.accountId,
    at: now,
  });
  return { result: await reload(tx, actor, id), recordIds: [id], tenantId: a.tenantId, detail: { agencyId: a.id } };
}

export async function updateOfficer(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: OfficerUpdateBody,
  now: Date,
): Promise<WriteResult<OfficerView>> {
  const { officer: o, agency: a } = await writable(tx, actor, id);
  if (body.agencyId !== undefined && body.agencyId !== o.agencyId)
    throw invalidInput({ agencyId: 'officer_agency_change_is_transfer' });
  const set: Partial<OfficerInsert> = {};
  const changed: string[] = [];
  const touch = <K extends keyof OfficerInsert>(k: K, v: OfficerInsert[K], field: string = k) => {
    set[k] = v;
    if (!changed.includes(field)) changed.push(field);
  };
  if (body.residentId !== undefined || body.sex !== undefined || body.birthDate !== undefined) {
    // Without a new ID, sex and birth date must agree with the one on record (they are derived from it).
    const current = body.residentId ?? decryptPersonal(ctx.dataKey, o.residentIdEnc);
    const identity = checkIdentity({ residentId: current, sex: body.sex, birthDate: body.birthDate }, now);
    const digest = residentIdDigest(ctx.dataKey, identity.residentId);
    if (digest !== o.residentIdDigest) {
      await assertUniqueResidentId(tx, a.tenantId, digest, id);
      touch('residentIdEnc', encryptPersonal(ctx.dataKey, identity.residentId), 'residentId');
      touch('residentIdMasked', maskResidentId(identity.residentId), 'residentId');
      touch('residentIdDigest', digest, 'residentId');
      if (identity.sex !== o.sex) touch('sex', identity.sex);
      if (identity.birthDate !== o.birthDate) touch('birthDate', identity.birthDate);
    }
  }
  if (body.phone !== undefined) {
    const phone = body.phone;
    touch('phoneEnc', phone ? encryptPersonal(ctx.dataKey, phone) : null, 'phone');
    touch('phoneMasked', phone ? maskPhone(phone) : null, 'phone');
  }
  if (body.accountId !== undefined && body.accountId !== o.accountId) {
    if (body.accountId) await checkAccount(tx, actor, a.tenantId, body.accountId, id);
    touch('accountId', body.accountId);
  }
  for (const k of [
    'name',
    'ethnicity',
    'post',
    'frontLine',
    'legalReviewer',
    'staffingType',
    'legalQualification',
    'joinedOn',
  ] as const) {
    const v = body[k];
    if (v !== undefined && v !== o[k]) touch(k, v);
  }
  if (body.domains !== undefined) {
    const domains = [...new Set(body.domains)];
    if (JSON.stringify(domains) !== JSON.stringify(o.domains)) touch('domains', domains);
  }
  if (changed.length) {
    await updateOfficerRow(tx, a.tenantId, id, { ...set, updatedAt: now });
    await insertOfficerEvent(tx, {
      tenantId: a.tenantId,
      id: randomUUID(),
      officerId: id,
      kind: 'updated',
      // Names of the changed fields only: the event history never holds personal data.
      detail: { changed },
      reason: null,
      actorId: actor.accountId,
      at: now,
    });
  }
  return { result: await reload(tx, actor, id), recordIds: [id], tenantId: a.tenantId, detail: { changed } };
}

export async function changeOfficerStatus(
  tx: Tx,
  actor: Actor,
  id: string,
  body: OfficerStatusBody,
  now: Date,
): Promise<WriteResult<OfficerView>> {
  const { officer: o, agency: a } = await writable(tx, actor, id);
  if (o.status === body.status) throw invalidInput({ status: 'officer_status_unchanged' });
  await moveOfficer(tx, {
    tenantId: a.tenantId,
    officerId: id,
    kind: 'status',
    status: body.status,
    reason: body.reason,
    actorId: actor.accountId,
    now,
  });
  return {
    result: await reload(tx, actor, id),
    recordIds: [id],
    tenantId: a.tenantId,
    detail: { from: o.status, to: body.status },
  };
}

export async function setOfficerPhoto(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: OfficerPhotoBody,
  now: Date,
): Promise<WriteResult<OfficerView>> {
  const { agency: a } = await writable(tx, actor, id);
  const saved = await saveFile(tx, ctx.config.dataDir, {
    tenantId: a.tenantId,
    contentBase64: body.contentBase64,
    fileName: body.fileName,
    purpose: 'officer_photo',
    kind: 'image',
    actorId: actor.accountId,
    field: 'contentBase64',
    maxBytes: OFFICER_PHOTO_MAX_BYTES,
  });
  await updateOfficerRow(tx, a.tenantId, id, { photoFileId: saved.id, updatedAt: now });
  await insertOfficerEvent(tx, {
    tenantId: a.tenantId,
    id: randomUUID(),
    officerId: id,
    kind: 'photo',
    detail: { fileId: saved.id, size: saved.size, contentType: saved.contentType },
    reason: null,
    actorId: actor.accountId,
    at: now,
  });
  return { result: await reload(tx, actor, id), recordIds: [id, saved.id], tenantId: a.tenantId };
}
