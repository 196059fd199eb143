// Placeholder until this page is built (issue 5).
export function DocumentTemplatesPage() {
  return <div>文书模板</div>;
}
