// Placeholder until the page is written.
export function ExamsPage() {
  return null;
}
