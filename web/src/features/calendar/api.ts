// 工作日历 calls: the years, one year (national + the tenant's local entries), the days of a range, entering a
// national year, and the tenant's local holidays.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarDaysView,
  CalendarYearsView,
  CalendarYearView,
  CalendarYearWriteView,
  LocalEntryBody,
  LocalEntryWriteView,
  PutCalendarYearBody,
} from '../../../../contracts/calendar';
import { api } from '../../lib/api-client';

export const calendarKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
  days: (from: string, to: string) => ['calendar', 'days', from, to] as const,
};

export function useCalendarYears() {
  return useQuery({
    queryKey: calendarKeys.years,
    queryFn: ({ signal }) => api.get<CalendarYearsView>('/api/calendar/years', undefined, signal),
  });
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) => api.get<CalendarYearView>(`/api/calendar/years/${year}`, undefined, signal),
  });
}

/** Every day of the year (at most 366: within the route's 400-day limit). */
export function useCalendarDays(year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return useQuery({
    queryKey: calendarKeys.days(from, to),
    queryFn: ({ signal }) => api.get<CalendarDaysView>('/api/calendar/days', { from, to }, signal),
  });
}

export function usePutCalendarYear(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PutCalendarYearBody) => api.put<CalendarYearWriteView>(`/api/calendar/years/${year}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useAddLocalEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LocalEntryBody) => api.post<LocalEntryWriteView>('/api/calendar/local-entries', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useRemoveLocalEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => api.delete<LocalEntryWriteView>(`/api/calendar/local-entries/${date}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
