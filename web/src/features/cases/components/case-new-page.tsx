// Placeholder until this page is built (issue 5).
export function CaseNewPage() {
  return <div>新建案件</div>;
}
