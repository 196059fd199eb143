// Placeholder until the page is written.
export function PersonnelIndicatorsPage() {
  return null;
}
