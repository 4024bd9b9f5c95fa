import '../../components/forms.css';
import '../../components/submissions/submissions.css';
import { Page, useNavigate, useSearchParams, useSnackbar } from 'zmp-ui';
import { AppHeader } from '../../components/AppHeader';
import { AttachmentField } from '../../components/submissions/AttachmentField';
import { DayField, FieldError, TextField } from '../../components/submissions/FormField';
import { FormShell } from '../../components/submissions/FormShell';
import type { FieldErrors } from '../../components/submissions/form-model';
import { useSubmissionForm } from '../../components/submissions/use-submission-form';
import type { Uploads } from '../../components/submissions/use-uploads';
import { AuthorRows } from './AuthorRows';
import { initiativeModel, type InitiativeForm } from './initiative-form';

/** "Nộp sáng kiến": the official application form, saved as a draft while typed. `?id=` edits that one. */
export default function InitiativePage() {
  const [params] = useSearchParams();
  const editId = params.get('id');
  const navigate = useNavigate();
  const { openSnackbar } = useSnackbar();
  const state = useSubmissionForm(initiativeModel, editId);

  const submit = async () => {
    const submitted = await state.submit();
    if (!submitted) return;
    openSnackbar({ text: 'Đã nộp sáng kiến. Bài đang chờ duyệt.', type: 'success', duration: 3000 });
    navigate(`/submissions/${submitted.id}`, { replace: true });
  };

  return (
    <Page className="app-page submission-page">
      <AppHeader title={editId ? 'Sửa sáng kiến' : 'Nộp sáng kiến'} backTo="/home" />
      <FormShell state={state} submitLabel="Nộp sáng kiến" submitTestId="submit-initiative" onSubmit={() => void submit()}>
        {state.form && (
          <InitiativeFields
            form={state.form}
            errors={state.errors}
            uploads={state.uploads}
            onChange={state.change}
            onFilesChosen={() => state.clearError('attachmentIds')}
          />
        )}
      </FormShell>
    </Page>
  );
}

interface InitiativeFieldsProps {
  form: InitiativeForm;
  errors: FieldErrors;
  uploads: Uploads;
  onChange: (next: InitiativeForm, path: string) => void;
  onFilesChosen: () => void;
}

type TextKey = 'title' | 'field' | 'firstAppliedOn' | 'problem' | 'solution' | 'novelty' | 'effectiveness' | 'scalability' | 'confidential';

function InitiativeFields({ form, errors, uploads, onChange, onFilesChosen }: InitiativeFieldsProps) {
  const text = (key: TextKey) => ({ path: key, errors, value: form[key], onChange: (value: string) => onChange({ ...form, [key]: value }, key) });
  // Empty boxes are not sent: the n-th link in the data is the n-th box that has one.
  const dataIndex = form.videoLinks.map((_, index) => form.videoLinks.slice(0, index).filter((link) => link.trim()).length);
  const setLink = (index: number, value: string) => onChange({ ...form, videoLinks: form.videoLinks.map((link, at) => (at === index ? value : link)) }, `videoLinks.${dataIndex[index] ?? index}`);

  return (
    <>
      <section className="card stack" aria-labelledby="initiative-general">
        <h2 id="initiative-general" className="section-title">
          Thông tin chung
        </h2>
        <TextField label="Tên sáng kiến" {...text('title')} rows={2} placeholder="Ví dụ: Ứng dụng bảng tương tác trong dạy đọc lớp 1" testId="initiative-title" />
        <TextField label="Lĩnh vực áp dụng" {...text('field')} placeholder="Ví dụ: Giáo dục tiểu học" testId="initiative-field" />
        <DayField label="Ngày áp dụng lần đầu" {...text('firstAppliedOn')} testId="initiative-first-applied" />
      </section>

      <AuthorRows authors={form.authors} errors={errors} onChange={(authors, path) => onChange({ ...form, authors }, path)} />

      <section className="card stack" aria-labelledby="initiative-content">
        <h2 id="initiative-content" className="section-title">
          Nội dung sáng kiến
        </h2>
        <TextField label="Mô tả thực trạng" {...text('problem')} rows={5} hint="Tình hình trước khi có sáng kiến, hạn chế cần khắc phục." testId="initiative-problem" />
        <TextField label="Bản chất, nội dung giải pháp" {...text('solution')} rows={8} hint="Các bước thực hiện, cách làm cụ thể." testId="initiative-solution" />
        <TextField label="Tính mới" {...text('novelty')} rows={4} hint="Điểm khác so với cách làm trước đây." testId="initiative-novelty" />
        <TextField label="Hiệu quả, lợi ích" {...text('effectiveness')} rows={4} hint="Kết quả đạt được, có số liệu so sánh nếu có." testId="initiative-effectiveness" />
        <TextField label="Khả năng áp dụng, nhân rộng" {...text('scalability')} rows={4} testId="initiative-scalability" />
        <TextField label="Thông tin cần được bảo mật" {...text('confidential')} rows={2} optional testId="initiative-confidential" />
      </section>

      <section className="card stack" aria-labelledby="initiative-evidence">
        <h2 id="initiative-evidence" className="section-title">
          Minh chứng
        </h2>
        <AttachmentField
          label="Ảnh, tệp PDF hoặc Word"
          hint="Ảnh tối đa 10 MB (ảnh lớn được thu nhỏ trước khi gửi), PDF và Word tối đa 20 MB; tối đa 20 tệp."
          uploads={uploads}
          errors={errors}
          onChosen={onFilesChosen}
        />
        <div className="field">
          <span className="field__label">
            Đường dẫn video <span className="field__optional">(không bắt buộc)</span>
          </span>
          {form.videoLinks.map((link, index) => (
            <div key={index} className="video-link">
              <input
                className="text-input"
                type="url"
                inputMode="url"
                value={link}
                placeholder="https://www.youtube.com/…"
                onChange={(event) => setLink(index, event.target.value)}
                aria-label={`Đường dẫn video ${index + 1}`}
                aria-invalid={link.trim() && errors[`videoLinks.${dataIndex[index]}`] ? true : undefined}
                data-testid={`video-${index}`}
              />
              {form.videoLinks.length > 1 && (
                <button
                  type="button"
                  className="text-button text-button--danger"
                  onClick={() => onChange({ ...form, videoLinks: form.videoLinks.filter((_, at) => at !== index) }, 'videoLinks')}
                  data-testid={`video-${index}-remove`}
                >
                  Xóa
                </button>
              )}
              {link.trim() && <FieldError path={`videoLinks.${dataIndex[index]}`} errors={errors} />}
            </div>
          ))}
          <FieldError path="videoLinks" errors={errors} />
          {form.videoLinks.length < 10 && (
            <button type="button" className="text-button video-link__add" onClick={() => onChange({ ...form, videoLinks: [...form.videoLinks, ''] }, 'videoLinks')} data-testid="video-add">
              + Thêm đường dẫn video
            </button>
          )}
        </div>
      </section>
    </>
  );
}
