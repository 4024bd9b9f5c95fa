import { useEffect, type ReactNode } from 'react';
import type { Role } from '@tds/shared';
import { Page, useNavigate } from 'zmp-ui';
import { useSession, type SessionState } from '../state/session';
import { AppHeader } from './AppHeader';

/** Who may open a route: before sign-in, during the join code, any member, or members with these roles. */
export type Access = 'guest' | 'joining' | 'member' | readonly Role[];

/** Where a person in this session state belongs instead, or `null` when the route fits them. */
function redirectFor(access: Access, state: SessionState): string | null {
  switch (state.status) {
    case 'restoring':
      return null;
    case 'signedOut':
      return access === 'guest' ? null : '/';
    case 'needsJoin':
      return access === 'joining' ? null : '/join';
    case 'signedIn':
      return access === 'guest' || access === 'joining' ? '/home' : null;
  }
}

/** Sends people to the screen their session allows; members without the role see a short refusal. */
export function Guard({ access, children }: { access: Access; children: ReactNode }) {
  const state = useSession();
  const navigate = useNavigate();
  const target = redirectFor(access, state);

  useEffect(() => {
    if (target) navigate(target, { replace: true, animate: false });
  }, [target, navigate]);

  if (target) return null;
  if (typeof access !== 'string' && state.status === 'signedIn' && !access.includes(state.session.person.role)) {
    return (
      <Page className="app-page">
        <AppHeader title="Không có quyền truy cập" backTo="/home" />
        <section className="card" data-testid="no-access">
          <p>Chức năng này dành cho vai trò khác. Nếu bạn cần dùng, hãy liên hệ hiệu trưởng hoặc cán bộ phụ trách.</p>
        </section>
      </Page>
    );
  }
  return children;
}
