import { roleLabels } from '@tds/shared';
import { useEffect } from 'react';
import { Page } from 'zmp-ui';
import { signOut, useSession } from '../../state/session';
import { BotLinkCard } from './BotLinkCard';
import { DigestCard } from './DigestCard';
import { ModuleGrid } from './ModuleGrid';

export function HomePage() {
  const state = useSession();
  const personId = state.status === 'signedIn' ? state.session.person.id : null;

  // The counts on "Thông báo" and "Câu hỏi tiến độ". Their slices live in lazy chunks (fetched here,
  // ahead of the tap), so the main chunk only carries the numbers.
  useEffect(() => {
    if (!personId) return;
    // Offline the chunks may not load: the tiles simply show no count.
    import('../../state/announcements').then((slice) => slice.loadFeed(), () => undefined);
    import('../../state/progress').then((slice) => slice.loadMyQuestions(), () => undefined);
  }, [personId]);

  if (state.status !== 'signedIn') return null;
  const { person, unit } = state.session;

  return (
    <Page className="app-page home">
      <section className="home-hero" data-testid="home-greeting">
        <p className="home-hero__hello">Xin chào,</p>
        <h1 className="home-hero__name">{person.fullName}</h1>
        <p className="home-hero__meta">
          <span data-testid="home-role">{roleLabels[person.role]}</span>
          {' · '}
          <span data-testid="home-unit">{unit.name}</span>
        </p>
      </section>
      <ModuleGrid role={person.role} />
      <BotLinkCard botLinked={person.botLinked} />
      {person.botLinked && <DigestCard />}
      <div className="home-footer">
        <button type="button" className="link-button" onClick={() => void signOut()} data-testid="sign-out">
          Đăng xuất
        </button>
      </div>
    </Page>
  );
}
