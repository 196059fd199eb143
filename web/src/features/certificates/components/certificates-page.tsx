// Placeholder until the page is written.
export function CertificatesPage() {
  return null;
}
