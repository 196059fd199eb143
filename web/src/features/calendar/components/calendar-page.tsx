// Placeholder until this page is built (issue 5).
export function CalendarPage() {
  return <div>工作日历与期限</div>;
}
