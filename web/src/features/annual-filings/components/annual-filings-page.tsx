// Placeholder until the page is written.
export function AnnualFilingsPage() {
  return null;
}
