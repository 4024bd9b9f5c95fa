import '../../components/forms.css';
import '../../components/announcements/announcements.css';
import { MAX_ANNOUNCEMENT_CHARS, type AudiencePreview } from '@tds/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Page, useNavigate, useSnackbar } from 'zmp-ui';
import { createAnnouncement, previewAudience } from '../../api/announcements';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { AppHeader } from '../../components/AppHeader';
import { ConfirmSheet } from '../../components/ConfirmSheet';
import { DayInput, TimeInput } from '../../components/MaskedInputs';
import { FieldError } from '../../components/submissions/FormField';
import { withoutError, type FieldErrors } from '../../components/submissions/form-model';
import { formatDateTime } from '../../lib/format';
import { newUuid } from '../../lib/uuid';
import { rememberSent } from '../../state/announcements';
import { useSession } from '../../state/session';
import { deliveryPath } from './announcement-links';
import { AudiencePicker } from './AudiencePicker';
import { addressableRoles, audienceOf, blankCompose, checkCompose, type ComposeDraft } from './compose-form';
import { PreviewCard } from './PreviewCard';
import { FormAlert } from '../../components/FormAlert';

/**
 * "Soạn thông báo": text, audience, a preview of how many it reaches, now or at a set time. One
 * `Idempotency-Key` per composed notice, reused by every retry, so it is never sent twice.
 */
export default function ComposePage() {
  const navigate = useNavigate();
  const { openSnackbar } = useSnackbar();
  const session = useSession();
  const role = session.status === 'signedIn' ? session.session.person.role : 'teacher';
  const [draft, setDraft] = useState<ComposeDraft>(() => blankCompose(role));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [preview, setPreview] = useState<AudiencePreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [idempotencyKey] = useState(newUuid);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector('.field-error, .form-error')?.scrollIntoView({ block: 'center' });
  }, [errors]);

  const change = (next: Partial<ComposeDraft>, path: string, audience = false) => {
    setDraft((current) => ({ ...current, ...next }));
    setErrors((current) => withoutError(current, path));
    // A preview of another audience would mislead.
    if (audience) setPreview(null);
  };

  const runPreview = async () => {
    if (previewing) return;
    setPreviewing(true);
    setErrors((current) => withoutError(withoutError(current, 'roles'), 'unitIds'));
    try {
      setPreview(await previewAudience(audienceOf(draft)));
    } catch (failure) {
      const fields = failure instanceof ApiRequestError ? failure.fields : {};
      setErrors((current) => ({ ...current, ...fields, ...(Object.keys(fields).length === 0 ? { form: errorMessage(failure) } : {}) }));
    } finally {
      setPreviewing(false);
    }
  };

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCompose(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setConfirming(true);
  };

  const send = async () => {
    const checked = checkCompose(draft);
    if ('errors' in checked || sending) return;
    setSending(true);
    try {
      const view = await createAnnouncement(checked.body, idempotencyKey);
      rememberSent(view, preview?.recipients ?? 0);
      openSnackbar({ text: view.sent ? 'Đã gửi thông báo' : `Đã hẹn gửi lúc ${formatDateTime(view.sendAt)}`, type: 'success', duration: 3000 });
      navigate(deliveryPath(view.id), { replace: true });
    } catch (failure) {
      const fields = failure instanceof ApiRequestError ? failure.fields : {};
      setConfirming(false);
      setErrors({ ...fields, form: Object.keys(fields).length > 0 ? 'Vui lòng sửa các mục được đánh dấu.' : errorMessage(failure) });
      setSending(false);
    }
  };

  const later = draft.when === 'later';
  const confirmMessage = `${preview ? `Thông báo sẽ đến ${preview.recipients} người (${preview.linked} người qua Zalo).` : 'Thông báo sẽ đến mọi người thuộc các vai trò và đơn vị đã chọn.'} ${
    later ? `Hẹn gửi lúc ${draft.time} ngày ${draft.date}.` : 'Gửi ngay, không thu hồi được.'
  }`;

  return (
    <Page className="app-page compose-page">
      <AppHeader title="Soạn thông báo" backTo="/announcements" />
      <form ref={formRef} className="card stack" onSubmit={ask} noValidate data-testid="compose-form">
        <label className="field">
          <span className="field__label">Nội dung</span>
          <textarea
            className="text-input text-area compose-text"
            rows={6}
            maxLength={MAX_ANNOUNCEMENT_CHARS}
            value={draft.text}
            placeholder="Ví dụ: Đề nghị các trường nộp hồ sơ thi đua về UBND xã trước ngày 30/5."
            onChange={(event) => change({ text: event.target.value }, 'text')}
            aria-invalid={errors.text ? true : undefined}
            data-testid="compose-text"
          />
          <span className={draft.text.length >= MAX_ANNOUNCEMENT_CHARS ? 'field__hint compose-count compose-count--full' : 'field__hint compose-count'} data-testid="compose-count">
            {draft.text.length.toLocaleString('vi-VN')}/{MAX_ANNOUNCEMENT_CHARS.toLocaleString('vi-VN')} ký tự
          </span>
          <FieldError path="text" errors={errors} />
        </label>

        <AudiencePicker
          roleChoices={addressableRoles(role)}
          roles={draft.roles}
          allUnits={draft.allUnits}
          unitIds={draft.unitIds}
          errors={errors}
          onRoles={(roles) => change({ roles }, 'roles', true)}
          onUnits={(allUnits, unitIds) => change({ allUnits, unitIds }, 'unitIds', true)}
        />

        <label className="check">
          <input type="checkbox" checked={draft.groupChats} onChange={(event) => change({ groupChats: event.target.checked }, 'groupChats', true)} data-testid="compose-group-chats" />
          <span>Đăng cả vào nhóm Zalo của đơn vị (nhóm đã gõ /ketnoi)</span>
        </label>

        <div className="field">
          <Button variant="secondary" size="medium" loading={previewing} disabled={previewing} onClick={() => void runPreview()} data-testid="compose-preview">
            Xem trước số người nhận
          </Button>
          {preview && <PreviewCard preview={preview} />}
        </div>

        <fieldset className="field">
          <legend className="field__label">Thời điểm gửi</legend>
          <label className="check">
            <input type="radio" name="compose-when" checked={!later} onChange={() => change({ when: 'now' }, 'sendAt')} data-testid="compose-when-now" />
            Gửi ngay
          </label>
          <label className="check">
            <input type="radio" name="compose-when" checked={later} onChange={() => change({ when: 'later' }, 'sendAt')} data-testid="compose-when-later" />
            Hẹn giờ gửi (giờ Việt Nam)
          </label>
          {later && (
            <div className="form-grid form-grid--2">
              <DayInput value={draft.date} onChange={(date) => change({ date }, 'sendAt')} invalid={Boolean(errors.sendAt)} ariaLabel="Ngày gửi" testId="compose-date" />
              <TimeInput value={draft.time} onChange={(time) => change({ time }, 'sendAt')} invalid={Boolean(errors.sendAt)} ariaLabel="Giờ gửi" testId="compose-time" />
            </div>
          )}
          <FieldError path="sendAt" errors={errors} />
        </fieldset>

        <fieldset className="field">
          <legend className="field__label">Tùy chọn</legend>
          <label className="check">
            <input type="checkbox" checked={draft.requiresAck} onChange={(event) => change({ requiresAck: event.target.checked }, 'requiresAck')} data-testid="compose-requires-ack" />
            Cần xác nhận «Đã nhận»
          </label>
          <label className="check">
            <input type="checkbox" checked={draft.urgent} onChange={(event) => change({ urgent: event.target.checked }, 'urgent')} data-testid="compose-urgent" />
            Khẩn (gửi ngay cả cho người chọn nhận tin tổng hợp)
          </label>
        </fieldset>

        <FormAlert message={errors.form} testId="compose-error" />
        <Button htmlType="submit" fullWidth disabled={sending} data-testid="compose-send">
          {later ? 'Hẹn gửi thông báo' : 'Gửi thông báo'}
        </Button>
      </form>
      <ConfirmSheet
        open={confirming}
        title={later ? 'Hẹn gửi thông báo?' : 'Gửi thông báo?'}
        message={confirmMessage}
        confirmLabel={later ? 'Hẹn gửi' : 'Gửi'}
        busy={sending}
        onConfirm={() => void send()}
        onClose={() => setConfirming(false)}
      />
    </Page>
  );
}
