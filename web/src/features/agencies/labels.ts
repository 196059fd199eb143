import type { AgencyKind } from '../../../../contracts/agency';

/** Tag colours that tell the kinds of agency apart at a glance in the tree. */
export const KIND_COLORS: Record<AgencyKind, string> = {
  justice_bureau: 'geekblue',
  city_department: 'blue',
  vertical_branch: 'purple',
  township_government: 'green',
  squad: 'cyan',
  authorised_organisation: 'gold',
  entrusted_organisation: 'orange',
};
