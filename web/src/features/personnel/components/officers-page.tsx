// Placeholder until the page is written.
export function OfficersPage() {
  return null;
}
