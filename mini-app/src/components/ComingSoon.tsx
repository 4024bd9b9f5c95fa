import { Page } from 'zmp-ui';
import { AppHeader } from './AppHeader';

interface ComingSoonProps {
  title: string;
  /** What the screen will do, in one sentence. */
  description: string;
}

/** Placeholder for a feature of a later issue. */
export function ComingSoon({ title, description }: ComingSoonProps) {
  return (
    <Page className="app-page">
      <AppHeader title={title} backTo="/home" />
      <section className="card coming-soon" data-testid="coming-soon">
        <p className="coming-soon__tag">Đang phát triển</p>
        <p>{description}</p>
        <p className="muted">Tính năng này sẽ có trong bản cập nhật tới.</p>
      </section>
    </Page>
  );
}
