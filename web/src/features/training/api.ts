// 培训 calls: courses, attendance (by course or officer, bulk entry), yearly hours per officer and agency, and
// agencies' annual training plans.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyView } from '../../../../contracts/agency';
import type {
  AttendanceBulkBody,
  AttendanceCandidateView,
  AttendanceListView,
  AttendanceUpdateBody,
  AttendanceView,
  CourseCreateBody,
  CourseListView,
  CourseUpdateBody,
  CourseView,
  HoursView,
  PlanCreateBody,
  PlanUpdateBody,
  PlanView,
} from '../../../../contracts/training';
import { api } from '../../lib/api-client';

export interface CourseFilter {
  year?: number;
  agencyId?: string;
  kind?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export interface HoursFilter {
  year: number;
  agencyId?: string;
  filter: 'all' | 'not_met' | 'behind_schedule';
  q?: string;
}

export const trainingKeys = {
  all: ['training'] as const,
  courses: (f: CourseFilter) => ['training', 'courses', f] as const,
  attendance: (f: Record<string, unknown>) => ['training', 'attendance', f] as const,
  candidates: (courseId: string) => ['training', 'candidates', courseId] as const,
  hours: (f: HoursFilter) => ['training', 'hours', f] as const,
  plans: (f: Record<string, unknown>) => ['training', 'plans', f] as const,
};

export function useCourses(filter: CourseFilter) {
  return useQuery({
    queryKey: trainingKeys.courses(filter),
    queryFn: ({ signal }) => api.get<CourseListView>('/api/training/courses', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAttendance(filter: {
  courseId?: string;
  officerId?: string;
  year?: number;
  page: number;
  pageSize: number;
}) {
  return useQuery({
    queryKey: trainingKeys.attendance(filter),
    queryFn: ({ signal }) => api.get<AttendanceListView>('/api/training/attendance', { ...filter }, signal),
    enabled: !!(filter.courseId || filter.officerId),
    placeholderData: keepPreviousData,
  });
}

export function useCandidates(courseId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: trainingKeys.candidates(courseId ?? ''),
    queryFn: ({ signal }) =>
      api
        .get<{ items: AttendanceCandidateView[] }>(`/api/training/courses/${courseId}/candidates`, {}, signal)
        .then((r) => r.items),
    enabled: !!courseId && enabled,
  });
}

export function useHours(filter: HoursFilter) {
  return useQuery({
    queryKey: trainingKeys.hours(filter),
    queryFn: ({ signal }) => api.get<HoursView>('/api/training/hours', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlans(filter: { year?: number; agencyId?: string }) {
  return useQuery({
    queryKey: trainingKeys.plans(filter),
    queryFn: ({ signal }) =>
      api.get<{ items: PlanView[] }>('/api/training/plans', { ...filter }, signal).then((r) => r.items),
  });
}

/** The agencies the user may pick (the tree in their scope). */
export function useAgencyChoices() {
  return useQuery({
    queryKey: ['training', 'agencies'],
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyView[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

function useTrainingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export const useSaveCourse = () =>
  useTrainingMutation((input: { id: string; body: CourseUpdateBody } | { id?: undefined; body: CourseCreateBody }) =>
    input.id
      ? api.patch<CourseView>(`/api/training/courses/${input.id}`, input.body)
      : api.post<CourseView>('/api/training/courses', input.body),
  );

export const useDeleteCourse = () =>
  useTrainingMutation((id: string) => api.delete<void>(`/api/training/courses/${id}`));

export const useRecordAttendance = () =>
  useTrainingMutation((body: AttendanceBulkBody) =>
    api.post<{ created: number; items: AttendanceView[] }>('/api/training/attendance', body),
  );

export const useUpdateAttendance = () =>
  useTrainingMutation((input: { id: string; body: AttendanceUpdateBody }) =>
    api.patch<AttendanceView>(`/api/training/attendance/${input.id}`, input.body),
  );

export const useDeleteAttendance = () =>
  useTrainingMutation((id: string) => api.delete<void>(`/api/training/attendance/${id}`));

export const useSavePlan = () =>
  useTrainingMutation((input: { id: string; body: PlanUpdateBody } | { id?: undefined; body: PlanCreateBody }) =>
    input.id
      ? api.patch<PlanView>(`/api/training/plans/${input.id}`, input.body)
      : api.post<PlanView>('/api/training/plans', input.body),
  );

export const usePublishPlan = () =>
  useTrainingMutation((id: string) => api.post<PlanView>(`/api/training/plans/${id}/publish`, {}));

export const useDeletePlan = () => useTrainingMutation((id: string) => api.delete<void>(`/api/training/plans/${id}`));

/** Today's Asia/Shanghai calendar date and year. */
export function shanghaiToday(): { date: string; year: number } {
  const date = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  return { date, year: Number(date.slice(0, 4)) };
}
