import { useEffect } from 'react';
import { App, SnackbarProvider, ZMPRouter } from 'zmp-ui';
import { config } from '../config';
import { AppRoutes } from '../routes';
import { restoreSession, useSession } from '../state/session';
import { LoadingView } from './StatusView';

/** zmp-ui's App → snackbar → router; the splash stays until the stored session has been read. */
export function AppShell() {
  const { status } = useSession();

  useEffect(() => {
    void restoreSession();
  }, []);

  return (
    <App>
      <SnackbarProvider>
        {status === 'restoring' ? (
          <LoadingView text="Đang mở Thi Đua Số…" />
        ) : (
          <ZMPRouter memoryRouter={config.memoryRouter}>
            <AppRoutes />
          </ZMPRouter>
        )}
      </SnackbarProvider>
    </App>
  );
}
