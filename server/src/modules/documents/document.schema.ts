// Case documents (执法文书): number series, generated documents with their versions, and tenants' replacement
// templates. Every key leads with tenant_id (DESIGN §2.3).
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * One number series per agency, document kind and year: the last number given. Incremented with
 * INSERT … ON CONFLICT DO UPDATE … RETURNING inside the caller's transaction, so that concurrent generations wait
 * on the row and a rolled-back transaction gives its number back (no gaps, no duplicates).
 */
export const documentNumberSequences = pgTable(
  'document_number_sequences',
  {
    tenantId: text('tenant_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastValue: bigint('last_value', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.agencyId, t.kind, t.year] })],
);

/**
 * A generated document. (case, kind, instance) is numbered once; regenerating it adds version n+1 with the same
 * number and marks the previous one superseded (it stays readable). `instance` tells apart documents of one kind
 * that a case legitimately has several of (an inquiry record per person, a service receipt per document served);
 * '' for the usual single one.
 */
export const caseDocuments = pgTable(
  'case_documents',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    kind: text('kind').notNull(),
    instance: text('instance').notNull().default(''),
    number: text('number').notNull(),
    numberYear: integer('number_year').notNull(),
    numberValue: bigint('number_value', { mode: 'number' }).notNull(),
    version: integer('version').notNull(),
    fileId: uuid('file_id').notNull(),
    fileName: text('file_name').notNull(),
    sm3: text('sm3').notNull(),
    /** Whose template filled it: 'default' or the stored file id of the tenant's replacement. */
    templateSource: text('template_source').notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull(),
    generatedBy: uuid('generated_by'),
    dataSnapshot: jsonb('data_snapshot').notNull(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('case_documents_version_uq').on(t.tenantId, t.caseId, t.kind, t.instance, t.version),
    // A number is given once: only first versions carry a new one.
    uniqueIndex('case_documents_number_uq')
      .on(t.tenantId, t.agencyId, t.kind, t.numberYear, t.numberValue)
      .where(sql`${t.version} = 1`),
    index('case_documents_case_idx').on(t.tenantId, t.caseId),
    check('case_documents_version_ck', sql`${t.version} >= 1`),
  ],
);

/** A tenant's replacement template for a kind; without a row the default file in server/templates is used. */
export const documentTemplates = pgTable(
  'document_templates',
  {
    tenantId: text('tenant_id').notNull(),
    kind: text('kind').notNull(),
    fileId: uuid('file_id').notNull(),
    uploadedBy: uuid('uploaded_by'),
    /** The uploader's name as it was (shown in the list; accounts are another module's). */
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind] })],
);
