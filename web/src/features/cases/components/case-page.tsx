// Placeholder until this page is built (issue 5).
export function CasePage() {
  return <div>案件</div>;
}
