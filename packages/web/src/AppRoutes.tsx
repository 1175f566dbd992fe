import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { Spin } from 'antd';
import { loginPath, setAuthRedirects } from './api/client';
import { useMe, useMeState } from './features/auth/MeContext';
import { RequireAuth } from './features/auth/components/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { hasRosterScope } from './lib/access';
import { NotFoundPage } from './layout/NotFoundPage';

const LoginPage = lazy(() => import('./features/auth/pages/LoginPage'));
const ChangePasswordPage = lazy(() => import('./features/auth/pages/ChangePasswordPage'));
const OrgPage = lazy(() => import('./features/org/pages/OrgPage'));
const RosterPage = lazy(() => import('./features/roster/pages/RosterPage'));
const RosterImportPage = lazy(() => import('./features/imports/pages/RosterImportPage'));
const PersonPage = lazy(() => import('./features/persons/pages/PersonPage'));
const MePage = lazy(() => import('./features/me/pages/MePage'));
const AccountsPage = lazy(() => import('./features/accounts/pages/AccountsPage'));
const SettingsPage = lazy(() => import('./features/settings/pages/SettingsPage'));
const CommitteePage = lazy(() => import('./features/committees/pages/CommitteePage'));
const ElectionPage = lazy(() => import('./features/committees/pages/ElectionPage'));
const ElectionsPage = lazy(() => import('./features/committees/pages/ElectionsPage'));
const BranchCheckPage = lazy(() => import('./features/check/pages/BranchCheckPage'));
const CheckMatrixPage = lazy(() => import('./features/check/pages/CheckMatrixPage'));
const TodosPage = lazy(() => import('./features/check/pages/TodosPage'));
const RuleSettingsPage = lazy(() => import('./features/check/pages/RuleSettingsPage'));
const MeetingsPage = lazy(() => import('./features/meetings/pages/MeetingsPage'));
const MeetingPage = lazy(() => import('./features/meetings/pages/MeetingPage'));
const TalksPage = lazy(() => import('./features/talks/pages/TalksPage'));
const LapseWatchPage = lazy(() => import('./features/lapse/pages/LapseWatchPage'));
const TransfersPage = lazy(() => import('./features/transfers/pages/TransfersPage'));
const AppraisalPage = lazy(() => import('./features/appraisals/pages/AppraisalPage'));
const ReportsPage = lazy(() => import('./features/reports/pages/ReportsPage'));
const ReportInboxPage = lazy(() => import('./features/reports/pages/ReportInboxPage'));
const RecordBooksPage = lazy(() => import('./features/recordBooks/pages/RecordBooksPage'));
const FundsPage = lazy(() => import('./features/funds/pages/FundsPage'));
const FundAllocationsPage = lazy(() => import('./features/funds/pages/FundAllocationsPage'));
const CarePage = lazy(() => import('./features/care/pages/CarePage'));
const ArchivesPage = lazy(() => import('./features/archives/pages/ArchivesPage'));
const VenuesPage = lazy(() => import('./features/venues/pages/VenuesPage'));
const DevelopmentBoardPage = lazy(() => import('./features/development/pages/DevelopmentBoardPage'));
const DevelopmentPage = lazy(() => import('./features/development/pages/DevelopmentPage'));
const EducationPage = lazy(() => import('./features/education/pages/EducationPage'));
const CasesPage = lazy(() => import('./features/cases/pages/CasesPage'));
const DuesPage = lazy(() => import('./features/dues/pages/DuesPage'));
const AssessmentsPage = lazy(() => import('./features/assessments/pages/AssessmentsPage'));
const AssessmentPage = lazy(() => import('./features/assessments/pages/AssessmentPage'));
const ScoreSheetPage = lazy(() => import('./features/assessments/pages/ScoreSheetPage'));
const BranchAssessmentPage = lazy(() => import('./features/assessments/pages/BranchAssessmentPage'));
const DashboardPage = lazy(() => import('./features/dashboard/pages/DashboardPage'));
const BranchDashboardPage = lazy(() => import('./features/dashboard/pages/BranchDashboardPage'));
const DashboardScreenPage = lazy(() => import('./features/dashboard/pages/DashboardScreenPage'));

/** Routes 401 and forced password changes from the API client through the router, not a full reload. */
function AuthRedirectBridge() {
  const navigate = useNavigate();
  const { setMe, refresh } = useMeState();
  useEffect(() => {
    setAuthRedirects({
      onUnauthenticated: (wanted, timedOut) => {
        setMe(null);
        navigate(loginPath(wanted, timedOut), { replace: true });
      },
      onPasswordChangeRequired: () => {
        void refresh().then(() => navigate('/change-password', { replace: true }));
      },
    });
  }, [navigate, setMe, refresh]);
  return null;
}

/** Members land on their own page; anyone with a roster or an organ-wide role on the tree. */
function Home() {
  const me = useMe();
  return <Navigate to={hasRosterScope(me) || me.organRoles.length > 0 ? '/org' : '/me'} replace />;
}

const fallback = (
  <div className="full-center">
    <Spin size="large" />
  </div>
);

export function AppRoutes() {
  return (
    <>
      <AuthRedirectBridge />
      <Suspense fallback={fallback}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/change-password" element={<ChangePasswordPage />} />
          {/* 大屏: outside the app layout (no menus), signed in */}
          <Route path="/dashboard/screen" element={<RequireAuth><DashboardScreenPage /></RequireAuth>} />
          <Route
            element={
              <RequireAuth>
                <AppLayout />
              </RequireAuth>
            }
          >
            <Route index element={<Home />} />
            <Route path="org" element={<OrgPage />} />
            <Route path="roster" element={<RosterPage />} />
            <Route path="roster/import" element={<RosterImportPage />} />
            <Route path="persons/:id" element={<PersonPage />} />
            <Route path="me" element={<MePage />} />
            <Route path="accounts" element={<AccountsPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="branches/:id/committee" element={<CommitteePage />} />
            <Route path="elections" element={<ElectionsPage />} />
            <Route path="elections/:id" element={<ElectionPage />} />
            <Route path="settings/rules" element={<RuleSettingsPage />} />
            <Route path="branches/:id/check" element={<BranchCheckPage />} />
            <Route path="check" element={<CheckMatrixPage />} />
            <Route path="todos" element={<TodosPage />} />
            <Route path="branches/:id/meetings" element={<MeetingsPage />} />
            <Route path="meetings/:id" element={<MeetingPage />} />
            <Route path="branches/:id/talks" element={<TalksPage />} />
            <Route path="branches/:id/lapse-watch" element={<LapseWatchPage />} />
            <Route path="branches/:id/transfers" element={<TransfersPage />} />
            <Route path="branches/:id/appraisals" element={<AppraisalPage />} />
            <Route path="branches/:id/reports" element={<ReportsPage />} />
            <Route path="branches/:id/record-books" element={<RecordBooksPage />} />
            <Route path="reports/inbox" element={<ReportInboxPage />} />
            <Route path="branches/:id/dues" element={<DuesPage />} />
            <Route path="dues" element={<DuesPage />} />
            <Route path="branches/:id/funds" element={<FundsPage />} />
            <Route path="funds" element={<FundAllocationsPage />} />
            <Route path="branches/:id/care" element={<CarePage />} />
            <Route path="branches/:id/archives" element={<ArchivesPage />} />
            <Route path="archives" element={<ArchivesPage />} />
            <Route path="branches/:id/venues" element={<VenuesPage />} />
            <Route path="venues" element={<VenuesPage />} />
            <Route path="branches/:id/developments" element={<DevelopmentBoardPage />} />
            <Route path="developments" element={<DevelopmentBoardPage />} />
            <Route path="developments/:id" element={<DevelopmentPage />} />
            <Route path="branches/:id/education" element={<EducationPage />} />
            <Route path="cases" element={<CasesPage />} />
            <Route path="assessments" element={<AssessmentsPage />} />
            <Route path="assessments/:id" element={<AssessmentPage />} />
            <Route path="assessments/:id/branches/:branchId" element={<ScoreSheetPage />} />
            <Route path="branches/:id/assessment" element={<BranchAssessmentPage />} />
            <Route path="dashboard" element={<DashboardPage />} />
            <Route path="branches/:id/dashboard" element={<BranchDashboardPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </>
  );
}
