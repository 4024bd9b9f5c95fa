import { lazy, Suspense, type ComponentType } from 'react';
import { AnimationRoutes, Route } from 'zmp-ui';
import { Guard, type Access } from './components/Guard';
import { LoadingView } from './components/StatusView';
import { reportRoles, reviewerRoles } from './modules';
import { HomePage } from './pages/Home/HomePage';
import { JoinPage } from './pages/Join/JoinPage';
import { SignInPage } from './pages/SignIn/SignInPage';
import { UnderConstructionPage } from './pages/UnderConstruction/UnderConstructionPage';

// Screens most people never open are separate chunks, fetched on first visit.
const ReviewPage = lazy(() => import('./pages/Review/ReviewPage'));
const ReportsPage = lazy(() => import('./pages/Reports/ReportsPage'));

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
  { path: '/review', access: reviewerRoles, Screen: ReviewPage },
  { path: '/reports', access: reportRoles, Screen: ReportsPage },
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
