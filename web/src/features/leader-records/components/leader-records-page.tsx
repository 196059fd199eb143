// Placeholder until the page is written.
export function LeaderRecordsPage() {
  return null;
}
