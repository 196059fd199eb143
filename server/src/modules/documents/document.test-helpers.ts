// Test helpers of the documents module (also used by the authorisation matrix).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import PizZip from 'pizzip';
import type { DocumentKind } from '../../../../contracts/document';
import type { AppContext } from '../../platform/context';
import { findRootDir } from '../../platform/config';
import { documentTemplates } from './document.schema';

export const defaultTemplate = (kind: DocumentKind): Buffer =>
  readFileSync(join(findRootDir(), 'server/templates/documents', `${kind}.docx`));

/** The default template of a kind with its body XML rewritten (to make a bad or a recognisable template). */
export function editedTemplate(kind: DocumentKind, edit: (xml: string) => string): Buffer {
  const zip = new PizZip(defaultTemplate(kind));
  zip.file('word/document.xml', edit(zip.file('word/document.xml')!.asText()));
  return zip.generate({ type: 'nodebuffer' });
}

/** The text of a .docx body: the runs of word/document.xml, paragraphs on lines. */
export function docxText(bytes: Buffer): string {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A valid replacement upload (the default template of the kind, with a marker note). */
export function templateUploadBody(kind: DocumentKind = 'service_receipt', tenant?: string) {
  return {
    ...(tenant ? { tenant } : {}),
    fileName: `${kind}.docx`,
    contentBase64: defaultTemplate(kind).toString('base64'),
    note: '矩阵测试',
  };
}

/** The tenant's replacement row of a kind (for before/after snapshots). */
export const templateRow = (ctx: AppContext, tenantId: string, kind: DocumentKind) => async () =>
  (
    await ctx.db
      .select()
      .from(documentTemplates)
      .where(and(eq(documentTemplates.tenantId, tenantId), eq(documentTemplates.kind, kind)))
  )[0] ?? null;

/** Makes sure the tenant has a replacement row for a kind (a refused restore must leave it in place). */
export async function ensureReplacedRow(ctx: AppContext, tenantId: string, kind: DocumentKind): Promise<void> {
  await ctx.db
    .insert(documentTemplates)
    .values({
      tenantId,
      kind,
      fileId: randomUUID(),
      uploadedBy: null,
      uploadedByName: '测试',
      uploadedAt: new Date(),
      note: null,
    })
    .onConflictDoNothing();
}
