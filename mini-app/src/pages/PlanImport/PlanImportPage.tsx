import '../../components/forms.css';
import '../../components/plans/plans.css';
import { ImportPlanBody, unitKindLabels, type PlanDetail, type Unit } from '@tds/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Page, useNavigate } from 'zmp-ui';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { importPlanFile, importPlanText, listUnits } from '../../api/plans';
import { AppHeader } from '../../components/AppHeader';
import { putPlan } from '../../state/plans';
import { useSession } from '../../state/session';
import { reviewPath } from '../Plans/plan-links';
import { checkPlanFile, formatBytes } from './plan-file';
import { FormAlert } from '../../components/FormAlert';

type Busy = null | { phase: 'uploading'; percent: number | null } | { phase: 'reading' };
type Errors = Partial<Record<'text' | 'file' | 'issuerUnitId' | 'form', string>>;

/** "Nhập kế hoạch": paste the text or choose a .txt/.docx; the server reads it into a draft to review. */
export default function PlanImportPage() {
  const navigate = useNavigate();
  const session = useSession();
  const ownUnitId = session.status === 'signedIn' ? session.session.unit.id : '';
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [unitId, setUnitId] = useState(ownUnitId);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState<Busy>(null);

  useEffect(() => {
    listUnits().then(
      (list) => setUnits([...list].sort((a, b) => a.path.localeCompare(b.path))),
      (error: unknown) => setErrors((current) => ({ ...current, issuerUnitId: errorMessage(error) })),
    );
  }, []);

  const indentBase = units ? baseDepth(units) : 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem = file ? checkPlanFile(file) : null;
    const parsed = file ? null : ImportPlanBody.safeParse({ text, issuerUnitId: unitId });
    if (problem || (parsed && !parsed.success) || !unitId) {
      const next: Errors = {};
      if (problem) next.file = problem;
      for (const issue of parsed?.error?.issues ?? []) {
        const field = issue.path[0] === 'issuerUnitId' ? 'issuerUnitId' : 'text';
        next[field] ??= issue.message;
      }
      if (!unitId) next.issuerUnitId = 'Chọn đơn vị ban hành';
      setErrors(next);
      return;
    }
    setErrors({});
    setBusy(file ? { phase: 'uploading', percent: 0 } : { phase: 'reading' });
    try {
      const draft: PlanDetail = file
        ? await importPlanFile(file, unitId, ({ loaded, total, sent }) =>
            setBusy(sent ? { phase: 'reading' } : { phase: 'uploading', percent: total > 0 ? Math.round((loaded / total) * 100) : null }),
          )
        : await importPlanText(text, unitId);
      putPlan(draft);
      navigate(reviewPath(draft.id), { replace: true });
    } catch (failure) {
      const fields = failure instanceof ApiRequestError ? failure.fields : {};
      // A file's text is checked like pasted text: its problems belong under the file.
      const next: Errors = file ? { file: fields.file ?? fields.text } : { text: fields.text };
      next.issuerUnitId = fields.issuerUnitId;
      if (!next.text && !next.file && !next.issuerUnitId) next.form = errorMessage(failure);
      setErrors(next);
      setBusy(null);
    }
  };

  return (
    <Page className="app-page import-page">
      <AppHeader title="Nhập kế hoạch" backTo="/plans" />
      <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">
          Dán toàn văn kế hoạch hoặc chọn tệp. Hệ thống tìm các mục và các hạn trong văn bản; bạn kiểm tra, sửa rồi mới công bố.
        </p>

        <label className="field">
          <span className="field__label">Đơn vị ban hành</span>
          <select
            className="text-input"
            value={unitId}
            onChange={(event) => {
              setUnitId(event.target.value);
              setErrors((current) => ({ ...current, issuerUnitId: undefined }));
            }}
            disabled={busy !== null}
            aria-invalid={errors.issuerUnitId ? true : undefined}
            data-testid="import-unit"
          >
            {!units && <option value={unitId}>{session.status === 'signedIn' ? session.session.unit.name : 'Đang tải…'}</option>}
            {units?.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {'\u00a0\u00a0'.repeat(Math.max(0, unit.path.split('/').filter(Boolean).length - 1 - indentBase))}
                {unit.name} ({unitKindLabels[unit.kind]})
              </option>
            ))}
          </select>
          {errors.issuerUnitId && (
            <span className="field-error" role="alert" data-testid="import-unit-error">
              {errors.issuerUnitId}
            </span>
          )}
        </label>

        <label className="field">
          <span className="field__label">Nội dung kế hoạch</span>
          <textarea
            className="text-input text-area"
            rows={8}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              if (errors.text) setErrors((current) => ({ ...current, text: undefined }));
            }}
            placeholder="Dán toàn bộ văn bản kế hoạch vào đây (từ tiêu đề đến nơi nhận)…"
            disabled={busy !== null || file !== null}
            aria-invalid={errors.text ? true : undefined}
            data-testid="import-text"
          />
          <span className="field__hint">{file ? 'Đang dùng tệp đã chọn — bỏ chọn tệp để dán văn bản.' : `${text.trim().length.toLocaleString('vi-VN')} ký tự`}</span>
          {errors.text && (
            <span className="field-error" role="alert" data-testid="import-text-error">
              {errors.text}
            </span>
          )}
        </label>

        <div className="field">
          <span className="field__label">Hoặc chọn tệp (.txt hoặc .docx, tối đa 5 MB)</span>
          {file ? (
            <p className="file-chosen" data-testid="import-file-name">
              {file.name} · {formatBytes(file.size)}{' '}
              <button type="button" className="link-button link-button--inline" onClick={() => setFile(null)} disabled={busy !== null}>
                Bỏ chọn
              </button>
            </p>
          ) : (
            <label className="file-button">
              Chọn tệp
              <input
                type="file"
                accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(event) => {
                  const chosen = event.target.files?.[0] ?? null;
                  const problem = chosen ? checkPlanFile(chosen) : null;
                  setFile(problem ? null : chosen);
                  setErrors((current) => ({ ...current, file: problem ?? undefined, text: undefined }));
                  event.target.value = '';
                }}
                data-testid="import-file"
              />
            </label>
          )}
          {errors.file && (
            <span className="field-error" role="alert" data-testid="import-file-error">
              {errors.file}
            </span>
          )}
        </div>

        {busy && <ImportProgress busy={busy} />}
        <FormAlert message={errors.form} testId="import-error" />
        <Button htmlType="submit" fullWidth loading={busy !== null} disabled={busy !== null} data-testid="import-submit">
          Đọc kế hoạch
        </Button>
      </form>
    </Page>
  );
}

function ImportProgress({ busy }: { busy: NonNullable<Busy> }) {
  if (busy.phase === 'reading') {
    return (
      <p className="import-progress" role="status" data-testid="import-progress">
        <span className="spinner spinner--small" aria-hidden="true" /> Đang đọc văn bản và tìm các hạn…
      </p>
    );
  }
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <progress max={100} value={busy.percent ?? undefined} aria-label="Tiến độ tải lên" />
      <span>{busy.percent !== null ? `Đang tải tệp lên… ${busy.percent}%` : 'Đang tải tệp lên…'}</span>
    </div>
  );
}

/** Depth of the shallowest unit listed: the person's own unit is not indented. */
function baseDepth(units: readonly Unit[]): number {
  return Math.min(...units.map((unit) => unit.path.split('/').filter(Boolean).length - 1));
}
