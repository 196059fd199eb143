// Stored files (photos, filing documents, later evidence): metadata here, bytes content-addressed by SM3 hash
// in the blob store (platform/files/file-store.ts).
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const storedFiles = pgTable(
  'stored_files',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** SM3 of the bytes, hex: the blob's name in the store. */
    sm3: text('sm3').notNull(),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull(),
    fileName: text('file_name').notNull(),
    /** What the file belongs to, e.g. 'officer_photo', 'annual_filing': for sweeps and for the access log. */
    purpose: text('purpose').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('stored_files_sm3_idx').on(t.tenantId, t.sm3)],
);
