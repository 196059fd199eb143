// Document templates: the default .docx of each kind (server/templates/documents, built by
// scripts/document-templates.ts) and a tenant's replacements, uploaded by the justice bureau (document_template.write,
// whole-tenant scope). An upload is checked before anything is written: a real .docx, tags that compile, tags that
// name known fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOCUMENT_EXTRA_FIELDS,
  DOCUMENT_FIELDS,
  DOCUMENT_KINDS,
  DOCUMENT_TITLES,
  type DocumentFieldsView,
  type DocumentKind,
  type DocumentTemplateListView,
  type DocumentTemplateUploadBody,
  type DocumentTemplateView,
  type FieldNode,
} from '../../../../contracts/document';
import { tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import type { Config } from '../../platform/config';
import type { Executor } from '../../platform/db/client';
import { forbidden, invalidInput, type FieldError } from '../../platform/errors';
import { loadFile, saveFile } from '../../platform/files/file-store';
import type { Download } from '../../platform/http/download';
import type { WriteResult } from '../../platform/http/request';
import { fill } from '../../platform/i18n/i18n';
import { checkTemplate, TemplateProblem } from './document-render';
import { DOCUMENT_MESSAGES, TEMPLATE_SYNTAX_PROBLEMS } from './document.messages';
import {
  deleteTemplateRow,
  findTemplateRow,
  listTemplateRows,
  upsertTemplateRow,
  type DocumentTemplateRow,
} from './document.repository';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

const defaults = new Map<string, Buffer>();

/** The default template of a kind, read once from server/templates/documents. */
export function defaultTemplateBytes(rootDir: string, kind: DocumentKind): Buffer {
  const path = join(rootDir, 'server/templates/documents', `${kind}.docx`);
  let bytes = defaults.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    defaults.set(path, bytes);
  }
  return bytes;
}

export interface EffectiveTemplate {
  bytes: Buffer;
  /** 'default' or the stored file id of the tenant's replacement. */
  source: string;
  fileName: string;
}

/** The template a generation uses: the tenant's replacement if there is one, else the default. */
export async function effectiveTemplate(
  ex: Executor,
  config: Pick<Config, 'rootDir' | 'dataDir'>,
  tenantId: string,
  kind: DocumentKind,
): Promise<EffectiveTemplate> {
  const row = await findTemplateRow(ex, tenantId, kind);
  if (row) {
    const file = await loadFile(ex, config.dataDir, tenantId, row.fileId);
    return { bytes: file.bytes, source: row.fileId, fileName: file.fileName };
  }
  return { bytes: defaultTemplateBytes(config.rootDir, kind), source: 'default', fileName: `${kind}.docx` };
}

// ---- Who may see and change a tenant's templates -----------------------------------------------------------------

const writableTenants = (actor: Actor) => tenantsWithWholeScope(actor, 'document_template.write');

/**
 * Templates are blank forms: every signed-in user reads those of the tenants its grants lie in (the own tenant,
 * or the tenants a multi-tenant grant lists).
 */
function readableTenant(actor: Actor, tenant: string | undefined): string {
  const tenantId = tenant ?? actor.tenantId;
  const reached = new Set(actor.grants.flatMap((g) => (g.scopeKind === 'tenants' ? g.scopeTenants : [actor.tenantId])));
  if (!reached.has(tenantId)) throw forbidden();
  return tenantId;
}

function writableTenant(actor: Actor, tenant: string | undefined): string {
  const tenantId = tenant ?? actor.tenantId;
  if (!writableTenants(actor).includes(tenantId)) throw forbidden();
  return tenantId;
}

function presentTemplate(
  kind: DocumentKind,
  row: DocumentTemplateRow | undefined,
  canWrite: boolean,
): DocumentTemplateView {
  return {
    kind,
    title: DOCUMENT_TITLES[kind],
    status: row ? 'replaced' : 'default',
    fileName: `${DOCUMENT_TITLES[kind]}.docx`,
    uploadedAt: row ? row.uploadedAt.toISOString() : null,
    // Who replaced a template is the administrators' business (they reach the whole tenant).
    uploadedBy: row && row.uploadedBy && canWrite ? { id: row.uploadedBy, name: row.uploadedByName } : null,
    note: row?.note ?? null,
    abilities: { replace: canWrite, restore: canWrite && !!row },
  };
}

export async function listDocumentTemplates(
  ex: Executor,
  actor: Actor,
  tenant: string | undefined,
): Promise<DocumentTemplateListView> {
  const tenantId = readableTenant(actor, tenant);
  const rows = new Map((await listTemplateRows(ex, tenantId)).map((r) => [r.kind, r]));
  const canWrite = writableTenants(actor).includes(tenantId);
  return { tenantId, items: DOCUMENT_KINDS.map((kind) => presentTemplate(kind, rows.get(kind), canWrite)) };
}

export async function downloadDocumentTemplate(
  ex: Executor,
  config: Pick<Config, 'rootDir' | 'dataDir'>,
  actor: Actor,
  kind: DocumentKind,
  tenant: string | undefined,
): Promise<Download> {
  const tenantId = readableTenant(actor, tenant);
  const t = await effectiveTemplate(ex, config, tenantId, kind);
  return {
    data: t.bytes,
    contentType: DOCX,
    fileName: `${DOCUMENT_TITLES[kind]}（模板）.docx`,
    asciiName: `${kind}.docx`,
  };
}

/** The field error for a refused template, naming the tag and the problem in both languages. */
function templateFieldError(p: TemplateProblem): FieldError {
  const tag = `{${p.tag}}`;
  if (p.reason === 'not_docx') return { key: 'document_template_not_docx' };
  if (p.reason === 'unknown_tag')
    return {
      key: p.id === 'group_used_as_text' ? 'document_template_group_as_text' : 'document_template_unknown_tag',
      params: { tag },
    };
  const problem = TEMPLATE_SYNTAX_PROBLEMS[p.id] ?? { zh: p.detail, en: p.detail };
  const m = DOCUMENT_MESSAGES.document_template_syntax;
  return {
    key: 'document_template_syntax',
    text: {
      zh: fill(m.zh, { tag: p.tag ? tag : '—', problem: problem.zh }),
      en: fill(m.en, { tag: p.tag ? tag : '—', problem: problem.en }),
    },
  };
}

/**
 * Replaces a kind's template for the tenant. Refused (and nothing written) unless the file is a .docx whose tags
 * compile and name known fields.
 */
export async function replaceDocumentTemplate(
  tx: Executor,
  ctx: { config: Pick<Config, 'dataDir'> },
  actor: Actor,
  kind: DocumentKind,
  body: DocumentTemplateUploadBody,
  now: Date,
): Promise<WriteResult<DocumentTemplateView>> {
  const tenantId = writableTenant(actor, body.tenant);
  const bytes = Buffer.from(body.contentBase64, 'base64');
  if (bytes.length === 0) throw invalidInput({ contentBase64: 'file_empty' });
  if (bytes.length > MAX_TEMPLATE_BYTES)
    throw invalidInput({ contentBase64: { key: 'file_too_large', params: { max: MAX_TEMPLATE_BYTES / 1024 / 1024 } } });
  try {
    checkTemplate(bytes);
  } catch (err) {
    if (err instanceof TemplateProblem) throw invalidInput({ contentBase64: templateFieldError(err) });
    throw err;
  }
  const saved = await saveFile(tx, ctx.config.dataDir, {
    tenantId,
    contentBase64: body.contentBase64,
    fileName: body.fileName,
    purpose: 'document_template',
    kind: 'document',
    actorId: actor.accountId,
    field: 'contentBase64',
    maxBytes: MAX_TEMPLATE_BYTES,
  });
  const row: DocumentTemplateRow = {
    tenantId,
    kind,
    fileId: saved.id,
    uploadedBy: actor.accountId,
    uploadedByName: actor.displayName,
    uploadedAt: now,
    note: body.note?.trim() || null,
  };
  await upsertTemplateRow(tx, row);
  return {
    result: presentTemplate(kind, row, true),
    recordIds: [saved.id],
    tenantId,
    detail: { kind, fileId: saved.id, sm3: saved.sm3 },
  };
}

/** Goes back to the default template (the replaced file stays in the store: documents made with it name it). */
export async function restoreDefaultTemplate(
  tx: Executor,
  actor: Actor,
  kind: DocumentKind,
  tenant: string | undefined,
): Promise<WriteResult<DocumentTemplateView>> {
  const tenantId = writableTenant(actor, tenant);
  const removed = await deleteTemplateRow(tx, tenantId, kind);
  return { result: presentTemplate(kind, undefined, true), recordIds: [], tenantId, detail: { kind, removed } };
}

// ---- The placeholders administrators may use ------------------------------------------------------------------

const ALWAYS_PRESENT = new Set(['agency', 'document', 'case']);

function flatten(fields: Record<string, FieldNode>, prefix: string, labelPrefix = ''): DocumentFieldsView['common'] {
  const out: DocumentFieldsView['common'] = [];
  for (const [key, node] of Object.entries(fields)) {
    const path = `${prefix}${key}`;
    if (node.kind === 'text') out.push({ tag: `{${path}}`, label: labelPrefix + node.label, section: false });
    else if (node.kind === 'object') {
      // agency, document and case are always there: no need to test for them.
      if (!ALWAYS_PRESENT.has(path))
        out.push({ tag: `{#${path}}…{/${path}}`, label: `${labelPrefix}${node.label}（有内容时显示）`, section: true });
      out.push(...flatten(node.fields, `${path}.`, labelPrefix));
    } else if (node.kind === 'list') {
      out.push({
        tag: `{#${path}}…{/${path}}`,
        label: `${node.label}（逐项重复，项内用下列字段和 {$index} 序号）`,
        section: true,
      });
      out.push(...flatten(node.item, '', `${node.label}·`));
    }
  }
  return out;
}

export function documentFieldCatalogue(): DocumentFieldsView {
  return {
    common: flatten(DOCUMENT_FIELDS, ''),
    kinds: DOCUMENT_KINDS.map((kind) => ({
      kind,
      title: DOCUMENT_TITLES[kind],
      extra: Object.entries(DOCUMENT_EXTRA_FIELDS[kind]).map(([key, label]) => ({
        tag: `{extra.${key}}`,
        label,
        section: false,
      })),
    })),
  };
}
