// The blob store: file bytes content-addressed by SM3 hash under <data dir>/blobs/<aa>/<hash>, metadata in
// stored_files. saveFile() is called inside the request's transaction and writes the bytes last (temp file +
// rename, so a reader never sees half a file): a failed check rolls back before any byte is written. The rare
// commit failure after the write leaves an unreferenced blob, which sweepUnreferencedBlobs() removes.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile as readFileBytes } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { invalidInput, notFound } from '../errors';
import { storedFiles } from './file.schema';

export const FILE_KINDS = {
  image: ['image/jpeg', 'image/png'],
  document: [
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'image/jpeg',
    'image/png',
  ],
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/** The content type read from the bytes themselves (never trusted from the client); null when unknown. */
export function sniffContentType(bytes: Buffer, fileName = ''): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // A zip: Office Open XML tells its kind by the part names; the extension is the tie-breaker.
    const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024)).toString('latin1');
    if (head.includes('word/') || /\.docx$/i.test(fileName))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (head.includes('xl/') || /\.xlsx$/i.test(fileName))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

export const sm3Hex = (bytes: Buffer): string => createHash('sm3').update(bytes).digest('hex');

const blobDir = (dataDir: string) => join(dataDir, 'blobs');
const blobPath = (dataDir: string, sm3: string) => join(blobDir(dataDir), sm3.slice(0, 2), sm3);

export interface SaveFileInput {
  tenantId: string;
  /** Base64 of the bytes, as the JSON upload routes carry them. */
  contentBase64: string;
  fileName: string;
  purpose: string;
  kind: FileKind;
  actorId: string | null;
  /** The request field the file came in, for error messages. */
  field: string;
  maxBytes?: number;
}

export interface SavedFile {
  id: string;
  sm3: string;
  size: number;
  contentType: string;
  fileName: string;
}

/** Checks, records and stores one uploaded file. Throws invalid_input naming `field` for a bad file. */
export async function saveFile(tx: Executor, dataDir: string, input: SaveFileInput): Promise<SavedFile> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const maxBytes = input.maxBytes ?? 10 * 1024 * 1024;
  if (bytes.length === 0) throw invalidInput({ [input.field]: 'file_empty' });
  if (bytes.length > maxBytes)
    throw invalidInput({
      [input.field]: { key: 'file_too_large', params: { max: Math.round(maxBytes / 1024 / 1024) } },
    });
  const contentType = sniffContentType(bytes, input.fileName);
  if (!contentType || !(FILE_KINDS[input.kind] as readonly string[]).includes(contentType))
    throw invalidInput({ [input.field]: { key: 'file_type_not_allowed', params: { kind: input.kind } } });
  const sm3 = sm3Hex(bytes);
  const id = randomUUID();
  // Path separators and control characters out: the name is shown and sent back in Content-Disposition.
  const fileName =
    [...input.fileName]
      .map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c))
      .join('')
      .slice(0, 200) || 'file';
  await tx.insert(storedFiles).values({
    tenantId: input.tenantId,
    id,
    sm3,
    size: bytes.length,
    contentType,
    fileName,
    purpose: input.purpose,
    createdBy: input.actorId,
  });
  const path = blobPath(dataDir, sm3);
  if (!existsSync(path)) {
    mkdirSync(join(blobDir(dataDir), sm3.slice(0, 2)), { recursive: true });
    const tmp = `${path}.${randomUUID()}.tmp`;
    writeFileSync(tmp, bytes, { mode: 0o600 });
    renameSync(tmp, path);
  }
  return { id, sm3, size: bytes.length, contentType, fileName };
}

/** A saved file as a record keeps it in its list of documents (filings, study sessions): who and when. */
export interface AttachedDocument {
  fileId: string;
  fileName: string;
  size: number;
  contentType: string;
  uploadedAt: string;
  uploadedBy: string | null;
}

export const attachedDocument = (saved: SavedFile, uploadedBy: string, now: Date): AttachedDocument => ({
  fileId: saved.id,
  fileName: saved.fileName,
  size: saved.size,
  contentType: saved.contentType,
  uploadedAt: now.toISOString(),
  uploadedBy,
});

export interface LoadedFile extends SavedFile {
  bytes: Buffer;
}

/** Reads a stored file of the tenant; the caller has already checked the reader may see what it belongs to. */
export async function loadFile(db: Executor, dataDir: string, tenantId: string, id: string): Promise<LoadedFile> {
  const [row] = await db
    .select()
    .from(storedFiles)
    .where(and(eq(storedFiles.tenantId, tenantId), eq(storedFiles.id, id)));
  if (!row) throw notFound('file_not_found');
  const bytes = await readFileBytes(blobPath(dataDir, row.sm3)).catch(() => {
    throw notFound('file_not_found');
  });
  return { id: row.id, sm3: row.sm3, size: row.size, contentType: row.contentType, fileName: row.fileName, bytes };
}

/** Removes blobs no stored_files row names (left by a commit that failed after the write). Returns how many. */
export async function sweepUnreferencedBlobs(db: Executor, dataDir: string): Promise<number> {
  const root = blobDir(dataDir);
  if (!existsSync(root)) return 0;
  const rows = await db.selectDistinct({ sm3: storedFiles.sm3 }).from(storedFiles);
  const known = new Set(rows.map((r) => r.sm3));
  let removed = 0;
  for (const prefix of readdirSync(root)) {
    for (const name of readdirSync(join(root, prefix))) {
      if (name.endsWith('.tmp') || !known.has(name)) {
        rmSync(join(root, prefix, name), { force: true });
        removed++;
      }
    }
  }
  return removed;
}
