// Placeholder until this page is built (issue 5).
export function ProceduresPage() {
  return <div>办案流程</div>;
}
