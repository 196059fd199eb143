// Placeholder until the page is written.
export function ExamSittingPage() {
  return null;
}
