// Tenant (行政区划) contracts.
import { z } from 'zod';
import { isValidRegionCode } from './identifiers';

export const tenantCode = z
  .string()
  .trim()
  .refine((v) => isValidRegionCode(v), { error: 'region_code' });

export const tenantCreateBody = z.strictObject({
  code: tenantCode,
  name: z.string().trim().min(2).max(50),
  parentCode: tenantCode.nullable().optional(),
});
export type TenantCreateBody = z.infer<typeof tenantCreateBody>;

export const tenantUpdateBody = z.strictObject({
  name: z.string().trim().min(2).max(50).optional(),
  parentCode: tenantCode.nullable().optional(),
});

export const tenantView = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  level: z.enum(['province', 'prefecture', 'county']),
  createdAt: z.string(),
  abilities: z.object({ update: z.boolean() }),
});
export type TenantView = z.infer<typeof tenantView>;

export const publicTenant = z.object({ code: z.string(), name: z.string() });
