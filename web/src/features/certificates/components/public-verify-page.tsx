// Placeholder until the page is written.
export function PublicVerifyPage() {
  return null;
}
