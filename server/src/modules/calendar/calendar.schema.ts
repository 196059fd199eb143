// The working-day calendar (工作日历): national years, holidays and swapped working days, tenants' local holidays.
// Tables of this module (filled in by its owner).
export {};
