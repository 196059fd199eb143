// Placeholder until the page is written.
export function OfficerDetailPage() {
  return null;
}
