// Placeholder until the page is written.
export function TrainingPage() {
  return null;
}
