// Case documents (执法文书): generation from the tenant's effective template, numbering once per (case, kind,
// instance), versions (a regeneration is version n+1 with the same number; the previous one stays readable,
// marked superseded). Called by the case module inside its transition transaction; the case module checks the
// case's scope before calling listCaseDocuments / loadCaseDocument / documentFileFor.
import { randomUUID } from 'node:crypto';
import {
  chineseDate,
  DOCUMENT_TITLES,
  type CaseDocumentData,
  type CaseDocumentInput,
  type CaseDocumentView,
  type DocumentKind,
} from '../../../../contracts/document';
import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { loadFile, saveFile } from '../../platform/files/file-store';
import type { Download } from '../../platform/http/download';
import { shanghaiDate } from '../../platform/legal-date';
import { deriveDocumentPrefix, formatDocumentNumber } from './document-number';
import { renderDocument } from './document-render';
import {
  findCaseDocument,
  findLatestVersionForUpdate,
  insertCaseDocument,
  listDocumentsOfCase,
  markSuperseded,
  nextDocumentNumber,
  type CaseDocumentRow,
} from './document.repository';
import { effectiveTemplate } from './document-template.service';

export interface GenerateCaseDocumentInput {
  tenantId: string;
  agencyId: string;
  caseId: string;
  kind: DocumentKind;
  data: CaseDocumentInput;
  actorId: string | null;
  /** Tells apart documents of one kind a case has several of ('' by default): 'party-2', 'serve:penalty_decision'. */
  instance?: string;
}

export interface GeneratedCaseDocument {
  id: string;
  number: string;
  version: number;
  fileId: string;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Fills the kind's template with the case's data and stores it with the case. The first generation of a (case,
 * kind, instance) takes the next number of the agency's series for the year of the document's date; a later one
 * is a new version under the same number. Runs inside the caller's transaction (the number, the row and the
 * stored file commit or roll back together).
 */
export async function generateCaseDocument(
  tx: Executor,
  ctx: Pick<AppContext, 'config' | 'now'>,
  input: GenerateCaseDocumentInput,
): Promise<GeneratedCaseDocument> {
  const now = ctx.now();
  const instance = input.instance ?? '';
  const { issuedOn: issuedOnInput, ...rest } = input.data;
  const issuedOn = issuedOnInput ?? shanghaiDate(now);
  const latest = await findLatestVersionForUpdate(tx, input.tenantId, input.caseId, input.kind, instance);
  let numberYear: number;
  let numberValue: number;
  let number: string;
  if (latest) {
    ({ numberYear, numberValue, number } = latest);
    await markSuperseded(tx, input.tenantId, latest.id, now);
  } else {
    numberYear = Number(issuedOn.slice(0, 4));
    numberValue = await nextDocumentNumber(tx, {
      tenantId: input.tenantId,
      agencyId: input.agencyId,
      kind: input.kind,
      year: numberYear,
    });
    const prefix = rest.agency.documentPrefix?.trim() || deriveDocumentPrefix(rest.agency.name);
    number = formatDocumentNumber(prefix, input.kind, numberYear, numberValue);
  }
  const version = (latest?.version ?? 0) + 1;
  const title = DOCUMENT_TITLES[input.kind];
  const data: CaseDocumentData = {
    ...rest,
    document: { kind: input.kind, title, number, date: chineseDate(issuedOn), version: String(version) },
  };
  const template = await effectiveTemplate(tx, ctx.config, input.tenantId, input.kind);
  const bytes = renderDocument(template.bytes, data);
  const fileName = `${title}（${number}）${version > 1 ? `第${version}版` : ''}.docx`;
  const saved = await saveFile(tx, ctx.config.dataDir, {
    tenantId: input.tenantId,
    contentBase64: bytes.toString('base64'),
    fileName,
    purpose: 'case_document',
    kind: 'document',
    actorId: input.actorId,
    field: 'document',
    maxBytes: 20 * 1024 * 1024,
  });
  const id = randomUUID();
  await insertCaseDocument(tx, {
    tenantId: input.tenantId,
    id,
    caseId: input.caseId,
    agencyId: input.agencyId,
    kind: input.kind,
    instance,
    number,
    numberYear,
    numberValue,
    version,
    fileId: saved.id,
    fileName: saved.fileName,
    sm3: saved.sm3,
    templateSource: template.source,
    generatedAt: now,
    generatedBy: input.actorId,
    dataSnapshot: data,
    supersededAt: null,
  });
  return { id, number, version, fileId: saved.id };
}

export function presentCaseDocument(row: CaseDocumentRow): CaseDocumentView {
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind as DocumentKind,
    title: DOCUMENT_TITLES[row.kind as DocumentKind] ?? row.kind,
    instance: row.instance,
    number: row.number,
    version: row.version,
    fileId: row.fileId,
    fileName: row.fileName,
    sm3: row.sm3,
    generatedAt: row.generatedAt.toISOString(),
    generatedBy: row.generatedBy,
    superseded: row.supersededAt !== null,
  };
}

/** Every document of a case, every version, oldest first. The caller has checked the case's scope. */
export async function listCaseDocuments(ex: Executor, tenantId: string, caseId: string): Promise<CaseDocumentView[]> {
  return (await listDocumentsOfCase(ex, tenantId, caseId)).map(presentCaseDocument);
}

/** One document with the data it was filled with. The caller has checked the case's scope. */
export async function loadCaseDocument(
  ex: Executor,
  tenantId: string,
  caseId: string,
  documentId: string,
): Promise<CaseDocumentView & { data: CaseDocumentData }> {
  const row = await findCaseDocument(ex, tenantId, caseId, documentId);
  if (!row) throw notFound('case_document_not_found');
  return { ...presentCaseDocument(row), data: row.dataSnapshot as CaseDocumentData };
}

/** The .docx of a document, ready for sendDownload(). The caller has checked the case's scope. */
export async function documentFileFor(
  ex: Executor,
  dataDir: string,
  tenantId: string,
  caseId: string,
  documentId: string,
): Promise<Download> {
  const row = await findCaseDocument(ex, tenantId, caseId, documentId);
  if (!row) throw notFound('case_document_not_found');
  const file = await loadFile(ex, dataDir, tenantId, row.fileId);
  return {
    data: file.bytes,
    contentType: DOCX,
    fileName: row.fileName,
    asciiName: `${row.kind}-v${row.version}.docx`,
  };
}
