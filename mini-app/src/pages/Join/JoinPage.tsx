import { useState, type FormEvent } from 'react';
import { JoinCodeText } from '@tds/shared';
import { Button, Input, Page } from 'zmp-ui';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { config } from '../../config';
import { joinWithCode, signOut, useSession } from '../../state/session';
import { FormAlert } from '../../components/FormAlert';

/** "Nhập mã tham gia": links a Zalo user nobody knows yet to a unit and role. */
export function JoinPage() {
  const state = useSession();
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const zaloName = state.status === 'needsJoin' ? state.zaloName : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const parsed = JoinCodeText.safeParse(code);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? 'Mã tham gia không hợp lệ');
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      await joinWithCode(parsed.data);
    } catch (failure) {
      const onField = failure instanceof ApiRequestError ? failure.fields.code : undefined;
      if (onField) setFieldError(onField);
      else setFormError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Page className="app-page">
      <section className="brand brand--compact">
        <h1 className="brand__name">Nhập mã tham gia</h1>
      </section>
      <form className="card stack" onSubmit={submit} noValidate>
        <p data-testid="join-greeting">
          {zaloName ? `Xin chào ${zaloName}! ` : 'Xin chào! '}
          Tài khoản Zalo của bạn chưa thuộc đơn vị nào. Hãy nhập mã tham gia do hiệu trưởng hoặc cán bộ phụ trách gửi.
        </p>
        <Input
          label="Mã tham gia"
          placeholder="Ví dụ: AB12CD"
          value={code}
          maxLength={12}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          status={fieldError ? 'error' : undefined}
          helperText={fieldError ? undefined : '6–12 chữ cái hoặc chữ số'}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'join-code-error' : undefined}
          onChange={(event) => {
            setCode(event.target.value.replace(/\s+/g, '').toUpperCase());
            setFieldError(null);
          }}
          data-testid="join-code-input"
        />
        {fieldError && (
          <p id="join-code-error" className="field-error" role="alert" data-testid="join-code-error">
            {fieldError}
          </p>
        )}
        <FormAlert message={formError} testId="join-error" />
        <Button htmlType="submit" fullWidth loading={busy} disabled={busy} data-testid="join-code-submit">
          Tham gia
        </Button>
        <button type="button" className="link-button" onClick={() => void signOut()} data-testid="join-cancel">
          {config.platform === 'browser' ? 'Dùng tài khoản khác' : 'Quay lại'}
        </button>
      </form>
    </Page>
  );
}
