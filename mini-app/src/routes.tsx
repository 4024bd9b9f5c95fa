import { lazy, Suspense, type ComponentType } from 'react';
import { AnimationRoutes, Route } from 'zmp-ui';
import { Guard, type Access } from './components/Guard';
import { LoadingView } from './components/StatusView';
import { announcementSenderRoles, awardRoles, planManagerRoles, progressManagerRoles, reportRoles, reviewerRoles } from './modules';
import { HomePage } from './pages/Home/HomePage';
import { JoinPage } from './pages/Join/JoinPage';
import { SignInPage } from './pages/SignIn/SignInPage';
import { UnderConstructionPage } from './pages/UnderConstruction/UnderConstructionPage';

// Every screen but sign-in, join and home is its own chunk, fetched on first visit.
const ReviewPage = lazy(() => import('./pages/Review/ReviewPage'));
const ReviewDetailPage = lazy(() => import('./pages/Review/ReviewDetailPage'));
const InitiativePage = lazy(() => import('./pages/Initiative/InitiativePage'));
const TrainingPage = lazy(() => import('./pages/Training/TrainingPage'));
const SubmissionsPage = lazy(() => import('./pages/Submissions/SubmissionsPage'));
const SubmissionDetailPage = lazy(() => import('./pages/Submissions/SubmissionDetailPage'));
const ReportsPage = lazy(() => import('./pages/Reports/ReportsPage'));
const AwardsPage = lazy(() => import('./pages/Awards/AwardsPage'));
const PlansPage = lazy(() => import('./pages/Plans/PlansPage'));
const PlanReaderPage = lazy(() => import('./pages/PlanReader/PlanReaderPage'));
const DeadlinesPage = lazy(() => import('./pages/Deadlines/DeadlinesPage'));
const PlanImportPage = lazy(() => import('./pages/PlanImport/PlanImportPage'));
const PlanReviewPage = lazy(() => import('./pages/PlanReview/PlanReviewPage'));
const NudgeLadderPage = lazy(() => import('./pages/NudgeLadder/NudgeLadderPage'));
const ProgressPage = lazy(() => import('./pages/Progress/ProgressPage'));
const QuestionCreatePage = lazy(() => import('./pages/Progress/QuestionCreatePage'));
const QuestionResultsPage = lazy(() => import('./pages/Progress/QuestionResultsPage'));
const AnnouncementsPage = lazy(() => import('./pages/Announcements/AnnouncementsPage'));
const AnnouncementDetailPage = lazy(() => import('./pages/Announcements/AnnouncementDetailPage'));
const ComposePage = lazy(() => import('./pages/Announcements/ComposePage'));
const DeliveryPage = lazy(() => import('./pages/Announcements/DeliveryPage'));
const CalendarPage = lazy(() => import('./pages/Calendar/CalendarPage'));
const LeavePage = lazy(() => import('./pages/Leave/LeavePage'));

interface AppRoute {
  path: string;
  access: Access;
  Screen: ComponentType;
}

/** The route table: every screen, who may open it. */
export const appRoutes: readonly AppRoute[] = [
  { path: '/', access: 'guest', Screen: SignInPage },
  { path: '/join', access: 'joining', Screen: JoinPage },
  { path: '/home', access: 'member', Screen: HomePage },
  { path: '/feature/:key', access: 'member', Screen: UnderConstructionPage },
  { path: '/initiative', access: 'member', Screen: InitiativePage },
  { path: '/training', access: 'member', Screen: TrainingPage },
  { path: '/submissions', access: 'member', Screen: SubmissionsPage },
  // The bot's notices link here (`/submissions/<id>`).
  { path: '/submissions/:submissionId', access: 'member', Screen: SubmissionDetailPage },
  { path: '/review', access: reviewerRoles, Screen: ReviewPage },
  { path: '/review/:submissionId', access: reviewerRoles, Screen: ReviewDetailPage },
  { path: '/reports', access: reportRoles, Screen: ReportsPage },
  { path: '/awards', access: awardRoles, Screen: AwardsPage },
  { path: '/plans', access: 'member', Screen: PlansPage },
  { path: '/plans/import', access: planManagerRoles, Screen: PlanImportPage },
  { path: '/plans/:planId', access: 'member', Screen: PlanReaderPage },
  { path: '/plans/:planId/review', access: planManagerRoles, Screen: PlanReviewPage },
  { path: '/plans/:planId/obligations/:obligationId/reminders', access: planManagerRoles, Screen: NudgeLadderPage },
  { path: '/deadlines', access: 'member', Screen: DeadlinesPage },
  // The bot's questions and announcements link to `/progress` and `/announcements/<id>`.
  { path: '/progress', access: 'member', Screen: ProgressPage },
  { path: '/progress/new', access: progressManagerRoles, Screen: QuestionCreatePage },
  { path: '/progress/:questionId/results', access: progressManagerRoles, Screen: QuestionResultsPage },
  { path: '/announcements', access: 'member', Screen: AnnouncementsPage },
  { path: '/announcements/new', access: announcementSenderRoles, Screen: ComposePage },
  { path: '/announcements/:announcementId', access: 'member', Screen: AnnouncementDetailPage },
  { path: '/announcements/:announcementId/delivery', access: announcementSenderRoles, Screen: DeliveryPage },
  { path: '/calendar', access: planManagerRoles, Screen: CalendarPage },
  { path: '/leave', access: 'member', Screen: LeavePage },
  // Unknown paths: the sign-in screen, which sends members on to /home.
  { path: '*', access: 'guest', Screen: SignInPage },
];

export function AppRoutes() {
  return (
    <AnimationRoutes>
      {appRoutes.map(({ path, access, Screen }) => (
        <Route
          key={path}
          path={path}
          element={
            <Guard access={access}>
              <Suspense fallback={<LoadingView />}>
                <Screen />
              </Suspense>
            </Guard>
          }
        />
      ))}
    </AnimationRoutes>
  );
}
