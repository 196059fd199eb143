// Routes. The sign-in page is in the entry bundle; the authenticated layout and every page are lazy chunks.
import { createBrowserRouter, Navigate } from 'react-router';
import type { Permission } from '../../../contracts/roles';
import { FullPageSpin } from '../components/full-page-spin';
import { LoginPage } from '../features/auth/components/login-page';
import { RouteError } from './route-error';

/** Route metadata read by the layout: the permission a page needs (the server enforces it too). */
export interface RouteHandle {
  permission?: Permission;
}

const handle = (permission: Permission): RouteHandle => ({ permission });

export const router = createBrowserRouter([
  { path: '/login', Component: LoginPage, ErrorBoundary: RouteError },
  // Public disclosure pages: no sign-in, outside the authenticated layout.
  {
    path: '/public/powers',
    lazy: () =>
      import('../features/powers/components/public-powers-page').then((m) => ({ Component: m.PublicPowersPage })),
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteError,
  },
  {
    path: '/public/benchmarks',
    lazy: () =>
      import('../features/benchmarks/components/public-benchmarks-page').then((m) => ({
        Component: m.PublicBenchmarksPage,
      })),
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteError,
  },
  {
    path: '/public/review-catalogues',
    lazy: () =>
      import('../features/review-catalogues/components/public-review-catalogues-page').then((m) => ({
        Component: m.PublicReviewCataloguesPage,
      })),
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteError,
  },
  {
    path: '/public/certificates/verify',
    lazy: () =>
      import('../features/certificates/components/public-verify-page').then((m) => ({ Component: m.PublicVerifyPage })),
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteError,
  },
  {
    path: '/',
    lazy: () => import('./layout/app-layout').then((m) => ({ Component: m.AppLayout })),
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteError,
    children: [
      {
        index: true,
        // The workbench with the cases' cards (my cases, due soon, overdue, awaiting my review).
        lazy: () =>
          Promise.all([
            import('../features/workbench/components/workbench-page'),
            import('../features/cases/components/case-workbench-cards'),
          ]).then(([workbench, cases]) => ({
            Component: () => <workbench.WorkbenchPage extraCards={<cases.CaseWorkbenchCards />} />,
          })),
      },
      {
        path: 'agencies',
        handle: handle('agency.read'),
        lazy: () =>
          import('../features/agencies/components/agencies-page').then((m) => ({ Component: m.AgenciesPage })),
      },
      {
        path: 'laws',
        handle: handle('law.read'),
        lazy: () => import('../features/laws/components/laws-page').then((m) => ({ Component: m.LawsPage })),
      },
      {
        path: 'powers',
        handle: handle('power.read'),
        lazy: () => import('../features/powers/components/powers-page').then((m) => ({ Component: m.PowersPage })),
      },
      {
        path: 'powers/requests/:id',
        handle: handle('power.read'),
        lazy: () =>
          import('../features/powers/components/power-request-page').then((m) => ({ Component: m.PowerRequestPage })),
      },
      {
        path: 'benchmarks',
        handle: handle('benchmark.read'),
        lazy: () =>
          import('../features/benchmarks/components/benchmarks-page').then((m) => ({ Component: m.BenchmarksPage })),
      },
      {
        path: 'benchmarks/new',
        handle: handle('benchmark.write'),
        lazy: () =>
          import('../features/benchmarks/components/benchmark-editor-page').then((m) => ({
            Component: m.BenchmarkEditorPage,
          })),
      },
      {
        path: 'benchmarks/:id',
        handle: handle('benchmark.read'),
        lazy: () =>
          import('../features/benchmarks/components/benchmark-detail-page').then((m) => ({
            Component: m.BenchmarkDetailPage,
          })),
      },
      {
        path: 'benchmarks/:id/edit',
        handle: handle('benchmark.write'),
        lazy: () =>
          import('../features/benchmarks/components/benchmark-editor-page').then((m) => ({
            Component: m.BenchmarkEditorPage,
          })),
      },
      {
        path: 'law-changes',
        handle: handle('law_change.read'),
        lazy: () =>
          import('../features/law-changes/components/law-changes-page').then((m) => ({ Component: m.LawChangesPage })),
      },
      {
        path: 'review-catalogues',
        handle: handle('review_catalogue.read'),
        lazy: () =>
          import('../features/review-catalogues/components/review-catalogues-page').then((m) => ({
            Component: m.ReviewCataloguesPage,
          })),
      },
      {
        path: 'referral-thresholds',
        handle: handle('referral_threshold.read'),
        lazy: () =>
          import('../features/referral-thresholds/components/referral-thresholds-page').then((m) => ({
            Component: m.ReferralThresholdsPage,
          })),
      },
      {
        path: 'officers',
        handle: handle('personnel.read'),
        lazy: () =>
          import('../features/personnel/components/officers-page').then((m) => ({ Component: m.OfficersPage })),
      },
      {
        path: 'officers/:id',
        handle: handle('personnel.read'),
        lazy: () =>
          import('../features/personnel/components/officer-detail-page').then((m) => ({
            Component: m.OfficerDetailPage,
          })),
      },
      {
        path: 'personnel-indicators',
        handle: handle('personnel.read'),
        lazy: () =>
          import('../features/personnel/components/indicators-page').then((m) => ({
            Component: m.PersonnelIndicatorsPage,
          })),
      },
      {
        path: 'certificates',
        handle: handle('personnel.read'),
        lazy: () =>
          import('../features/certificates/components/certificates-page').then((m) => ({
            Component: m.CertificatesPage,
          })),
      },
      {
        path: 'training',
        handle: handle('personnel.read'),
        lazy: () =>
          import('../features/training/components/training-page').then((m) => ({ Component: m.TrainingPage })),
      },
      {
        path: 'exams',
        handle: handle('personnel.read'),
        lazy: () => import('../features/exams/components/exams-page').then((m) => ({ Component: m.ExamsPage })),
      },
      {
        path: 'exams/sittings/:id',
        handle: handle('exam.take'),
        lazy: () =>
          import('../features/exams/components/exam-sitting-page').then((m) => ({ Component: m.ExamSittingPage })),
      },
      {
        path: 'transfers',
        handle: handle('personnel.read'),
        lazy: () =>
          import('../features/transfers/components/transfers-page').then((m) => ({ Component: m.TransfersPage })),
      },
      {
        path: 'annual-filings',
        handle: handle('personnel.read'),
        lazy: () =>
          import('../features/annual-filings/components/annual-filings-page').then((m) => ({
            Component: m.AnnualFilingsPage,
          })),
      },
      {
        path: 'cases',
        handle: handle('case.read'),
        lazy: () => import('../features/cases/components/cases-page').then((m) => ({ Component: m.CasesPage })),
      },
      {
        path: 'cases/new',
        handle: handle('case.write'),
        lazy: () => import('../features/cases/components/case-new-page').then((m) => ({ Component: m.CaseNewPage })),
      },
      {
        path: 'cases/:id',
        handle: handle('case.read'),
        lazy: () => import('../features/cases/components/case-page').then((m) => ({ Component: m.CasePage })),
      },
      {
        path: 'procedures',
        handle: handle('case.read'),
        lazy: () =>
          import('../features/procedures/components/procedures-page').then((m) => ({ Component: m.ProceduresPage })),
      },
      {
        path: 'calendar',
        handle: handle('agency.read'),
        // The calendar page with the deadline calculator and rules as further tabs (features do not import each other).
        lazy: () =>
          Promise.all([
            import('../features/calendar/components/calendar-page'),
            import('../features/deadlines/components/deadline-tabs'),
          ]).then(([calendar, deadlines]) => ({
            Component: () => <calendar.CalendarPage extraTabs={deadlines.deadlineTabs()} />,
          })),
      },
      {
        path: 'document-templates',
        handle: handle('document_template.write'),
        lazy: () =>
          import('../features/documents/components/document-templates-page').then((m) => ({
            Component: m.DocumentTemplatesPage,
          })),
      },
      {
        path: 'leader-records',
        handle: handle('personnel.read'),
        lazy: () =>
          import('../features/leader-records/components/leader-records-page').then((m) => ({
            Component: m.LeaderRecordsPage,
          })),
      },
      {
        path: 'accounts',
        handle: handle('account.read'),
        lazy: () =>
          import('../features/accounts/components/accounts-page').then((m) => ({ Component: m.AccountsPage })),
      },
      {
        path: 'grants',
        handle: handle('grant.read'),
        lazy: () => import('../features/accounts/components/grants-page').then((m) => ({ Component: m.GrantsPage })),
      },
      {
        path: 'api-tokens',
        handle: handle('api_token.read'),
        lazy: () =>
          import('../features/accounts/components/api-tokens-page').then((m) => ({ Component: m.ApiTokensPage })),
      },
      {
        path: 'security-policy',
        handle: handle('security_policy.read'),
        lazy: () =>
          import('../features/security-policy/components/security-policy-page').then((m) => ({
            Component: m.SecurityPolicyPage,
          })),
      },
      {
        path: 'access-log',
        handle: handle('access_log.read'),
        lazy: () =>
          import('../features/access-log/components/access-log-page').then((m) => ({ Component: m.AccessLogPage })),
      },
      { path: 'profile', element: <Navigate to="/profile/password" replace /> },
      {
        path: 'profile/:tab',
        lazy: () => import('../features/auth/components/profile-page').then((m) => ({ Component: m.ProfilePage })),
      },
      {
        path: '*',
        lazy: () => import('../components/status-result').then((m) => ({ Component: m.NotFound })),
      },
    ],
  },
]);
