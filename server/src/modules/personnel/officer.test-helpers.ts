// Officer fixtures for the authorisation matrix and other tests: officers with a photo, row snapshots.
import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { maskPhone } from '../../../../contracts/identifiers';
import type { AppContext } from '../../platform/context';
import { encryptPersonal } from '../../platform/crypto/personal-data';
import { saveFile } from '../../platform/files/file-store';
import { makeOfficer as makeOfficerRow, makeResidentId, type MadeOfficer } from '../../testing/factories';
import { officers, personnelSettings } from './officer.schema';

/** A 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export { makeResidentId, type MadeOfficer };

/**
 * The factory's officer with a 0887 landline instead of a mobile: its masked form (088*****1234) can never equal an
 * account's masked mobile (139****1234), which the matrix's leak check searches answers for.
 */
export async function makeOfficer(
  ctx: AppContext,
  agency: { tenantId: string; id: string },
  opts: Parameters<typeof makeOfficerRow>[2] = {},
): Promise<MadeOfficer> {
  const o = await makeOfficerRow(ctx, agency, opts);
  const phone = `0887-${randomInt(2_000_000, 9_999_999)}`;
  await ctx.db
    .update(officers)
    .set({ phoneEnc: encryptPersonal(ctx.dataKey, phone), phoneMasked: maskPhone(phone) })
    .where(and(eq(officers.tenantId, agency.tenantId), eq(officers.id, o.id)));
  return { ...o, phone };
}

/** An officer of the agency with a stored photo. */
export async function makeOfficerWithPhoto(
  ctx: AppContext,
  agency: { tenantId: string; id: string },
  opts: Parameters<typeof makeOfficer>[2] = {},
): Promise<MadeOfficer> {
  const o = await makeOfficer(ctx, agency, opts);
  const saved = await saveFile(ctx.db, ctx.config.dataDir, {
    tenantId: agency.tenantId,
    contentBase64: TINY_PNG.toString('base64'),
    fileName: 'photo.png',
    purpose: 'officer_photo',
    kind: 'image',
    actorId: null,
    field: 'contentBase64',
  });
  await ctx.db
    .update(officers)
    .set({ photoFileId: saved.id })
    .where(and(eq(officers.tenantId, agency.tenantId), eq(officers.id, o.id)));
  return o;
}

export const officerRow = (ctx: AppContext, o: { tenantId: string; id: string }) => async () =>
  (
    await ctx.db
      .select()
      .from(officers)
      .where(and(eq(officers.tenantId, o.tenantId), eq(officers.id, o.id)))
  )[0] ?? null;

export const officersNamed = (ctx: AppContext, tenantId: string, name: string) => () =>
  ctx.db
    .select()
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), eq(officers.name, name)));

export const personnelSettingsRow = (ctx: AppContext, tenantId: string) => async () =>
  (await ctx.db.select().from(personnelSettings).where(eq(personnelSettings.tenantId, tenantId)))[0] ?? null;

/** Letters only (names are checked to be Chinese characters, letters, the middle dot and spaces). */
export const letterTag = (tag: string): string => tag.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
