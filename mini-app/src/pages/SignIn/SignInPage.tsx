import { useState } from 'react';
import { Button, Page } from 'zmp-ui';
import { errorMessage } from '../../api/errors';
import { config } from '../../config';
import { signInWithZalo } from '../../state/session';
import { DemoSignIn } from './DemoSignIn';
import { FormAlert } from '../../components/FormAlert';

/** Welcome: in Zalo one button; in the sandbox browser build, pick a demo person. */
export function SignInPage() {
  return (
    <Page className="app-page sign-in">
      <section className="brand">
        <h1 className="brand__name">Thi Đua Số</h1>
        <p className="brand__tagline">Kế hoạch, sáng kiến và kỹ năng số của ngành giáo dục — ngay trong Zalo.</p>
      </section>
      {config.platform === 'browser' ? <DemoSignIn /> : <ZaloSignIn />}
    </Page>
  );
}

function ZaloSignIn() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      await signInWithZalo();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <section className="card">
      <p>Đăng nhập bằng tài khoản Zalo của bạn. Lần đầu sử dụng, bạn sẽ nhập mã tham gia do đơn vị gửi.</p>
      <Button fullWidth loading={busy} disabled={busy} onClick={signIn} data-testid="zalo-sign-in">
        Đăng nhập bằng Zalo
      </Button>
      <FormAlert message={error} testId="sign-in-error" />
    </section>
  );
}
