import type { Permission } from '../../../../contracts/roles';

/** Names of the permissions an API token may carry (the contracts list them, the UI names them). */
export const PERMISSION_LABELS: Partial<Record<Permission, { zh: string; en: string }>> = {
  'tenant.read': { zh: '读取行政区划', en: 'Read regions' },
  'agency.read': { zh: '读取执法主体', en: 'Read agencies' },
  'agency.write': { zh: '维护执法主体', en: 'Maintain agencies' },
};
