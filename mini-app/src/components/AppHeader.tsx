import { useLocation, useNavigate } from 'zmp-ui';
import { config } from '../config';

interface AppHeaderProps {
  title: string;
  /** Where "Quay lại" goes when there is no previous screen (the app was opened on this one). */
  backTo?: string;
}

/**
 * The app's own header (app-config hides Zalo's action bar). The back button is text, not an icon:
 * the zaui icon font comes from a CDN that may be unreachable.
 */
export function AppHeader({ title, backTo }: AppHeaderProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const goBack = () => {
    if (location.key !== 'default') navigate(-1);
    else if (backTo) navigate(backTo, { replace: true, direction: 'backward' });
  };
  return (
    <header className={config.platform === 'zalo' ? 'app-header app-header--zalo' : 'app-header'}>
      {backTo !== undefined && (
        <button type="button" className="app-header__back" onClick={goBack} data-testid="header-back">
          <span aria-hidden="true">‹</span> Quay lại
        </button>
      )}
      <h1 className="app-header__title">{title}</h1>
    </header>
  );
}
