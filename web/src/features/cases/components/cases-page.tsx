// Placeholder until this page is built (issue 5).
export function CasesPage() {
  return <div>案件办理</div>;
}
