// Placeholder until the page is written.
export function TransfersPage() {
  return null;
}
