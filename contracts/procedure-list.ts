// The list of procedures (GET /api/procedures): each with its published versions and the one in force today.
import { z } from 'zod';
import { CASE_KINDS, PROCEDURE_CODES } from './procedure';

export const procedureListItem = z.object({
  code: z.enum(PROCEDURE_CODES),
  kind: z.enum(CASE_KINDS),
  /** Label and basis of the current version. */
  label: z.object({ zh: z.string(), en: z.string() }),
  basis: z.array(z.string()),
  versions: z.array(z.object({ version: z.number().int(), effectiveFrom: z.string() })),
  /** The version a case beginning today uses (null if none is in force yet). */
  currentVersion: z.number().int().nullable(),
});
export type ProcedureListItem = z.infer<typeof procedureListItem>;

export const procedureListView = z.object({ items: z.array(procedureListItem) });
export type ProcedureListView = z.infer<typeof procedureListView>;

export const procedureVersionQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });
