import { existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { makeTenant } from '../../testing/factories';
import { AppError } from '../errors';
import { storedFiles } from './file.schema';
import { loadFile, saveFile, sm3Hex, sniffContentType, sweepUnreferencedBlobs } from './file-store';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');

describe('sniffContentType', () => {
  it.each([
    [PNG, 'a.png', 'image/png'],
    [JPEG, 'a.jpg', 'image/jpeg'],
    [PDF, 'a.pdf', 'application/pdf'],
    [
      Buffer.from('PK\x03\x04....word/document.xml', 'latin1'),
      'x.bin',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      Buffer.from('PK\x03\x04....xl/workbook.xml', 'latin1'),
      'x.bin',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    [
      Buffer.from('PK\x03\x04....', 'latin1'),
      'plan.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [Buffer.from('PK\x03\x04....', 'latin1'), 'archive.zip', null],
    [Buffer.from('<html><script>', 'utf8'), 'photo.png', null], // the name does not make HTML an image
    [Buffer.from('GIF89a', 'latin1'), 'a.gif', null],
    [Buffer.alloc(0), 'a.png', null],
  ])('%#: %s as %s → %s', (bytes, name, type) => {
    expect(sniffContentType(bytes, name)).toBe(type);
  });
});

describe('saveFile / loadFile', () => {
  let ctx: TestContext;
  let tenantId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    tenantId = await makeTenant(ctx);
  });
  afterAll(() => ctx.close());

  const input = (bytes: Buffer, over: Partial<Parameters<typeof saveFile>[2]> = {}) => ({
    tenantId,
    contentBase64: bytes.toString('base64'),
    fileName: 'photo.png',
    purpose: 'test',
    kind: 'image' as const,
    actorId: null,
    field: 'photo',
    ...over,
  });

  it('stores the bytes under their SM3 hash and reads them back', async () => {
    const saved = await ctx.db.transaction((tx) => saveFile(tx, ctx.config.dataDir, input(PNG)));
    expect(saved).toMatchObject({ sm3: sm3Hex(PNG), size: PNG.length, contentType: 'image/png' });
    expect(existsSync(join(ctx.config.dataDir, 'blobs', saved.sm3.slice(0, 2), saved.sm3))).toBe(true);
    const loaded = await loadFile(ctx.db, ctx.config.dataDir, tenantId, saved.id);
    expect(loaded.bytes.equals(PNG)).toBe(true);
    // Another tenant cannot read it by id.
    const other = await makeTenant(ctx);
    await expect(loadFile(ctx.db, ctx.config.dataDir, other, saved.id)).rejects.toMatchObject({ status: 404 });
  });

  it.each([
    ['empty', Buffer.alloc(0), {}, 'file_empty'],
    ['too large', Buffer.concat([PNG, Buffer.alloc(2000)]), { maxBytes: 1000 }, 'file_too_large'],
    ['a PDF as a photo', PDF, {}, 'file_type_not_allowed'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, bytes, over, key) => {
    const before = await ctx.db.select().from(storedFiles).where(eq(storedFiles.tenantId, tenantId));
    const err = await ctx.db
      .transaction((tx) => saveFile(tx, ctx.config.dataDir, input(bytes, over)))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fields?.photo?.key).toBe(key);
    const after = await ctx.db.select().from(storedFiles).where(eq(storedFiles.tenantId, tenantId));
    expect(after).toHaveLength(before.length);
  });

  it('cleans the file name of path separators and control characters', async () => {
    const saved = await ctx.db.transaction((tx) =>
      saveFile(tx, ctx.config.dataDir, input(JPEG, { fileName: '../../etc/pa\u0000ss.jpg' })),
    );
    expect(saved.fileName).toBe('.._.._etc_pa_ss.jpg');
  });

  it('a rolled-back transaction leaves no row, and the sweep removes the blob it left', async () => {
    const bytes = Buffer.concat([PNG, Buffer.from(randomUUID())]);
    await ctx.db
      .transaction(async (tx) => {
        await saveFile(tx, ctx.config.dataDir, input(bytes));
        throw new Error('later step failed');
      })
      .catch(() => undefined);
    const hash = sm3Hex(bytes);
    const rows = await ctx.db.select().from(storedFiles).where(eq(storedFiles.sm3, hash));
    expect(rows).toHaveLength(0);
    const dir = join(ctx.config.dataDir, 'blobs', hash.slice(0, 2));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${hash}.x.tmp`), 'partial');
    const removed = await sweepUnreferencedBlobs(ctx.db, ctx.config.dataDir);
    expect(removed).toBeGreaterThanOrEqual(2);
    expect(readdirSync(dir).filter((n) => n.startsWith(hash))).toEqual([]);
    // Files that rows name are kept.
    const kept = await ctx.db.transaction((tx) => saveFile(tx, ctx.config.dataDir, input(JPEG, { fileName: 'k.jpg' })));
    await sweepUnreferencedBlobs(ctx.db, ctx.config.dataDir);
    expect((await loadFile(ctx.db, ctx.config.dataDir, tenantId, kept.id)).bytes.equals(JPEG)).toBe(true);
  });
});
