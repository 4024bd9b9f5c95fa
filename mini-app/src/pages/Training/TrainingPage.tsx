import '../../components/forms.css';
import '../../components/submissions/submissions.css';
import { trainingProgramLabels, trainingPrograms } from '@tds/shared';
import { useEffect } from 'react';
import { Page, useSearchParams, useSnackbar } from 'zmp-ui';
import { AppHeader } from '../../components/AppHeader';
import { AttachmentField } from '../../components/submissions/AttachmentField';
import { DayField, FieldError, TextField } from '../../components/submissions/FormField';
import { FormShell } from '../../components/submissions/FormShell';
import type { FieldErrors } from '../../components/submissions/form-model';
import { useSubmissionForm } from '../../components/submissions/use-submission-form';
import type { Uploads } from '../../components/submissions/use-uploads';
import { reportRoles } from '../../modules';
import { useSession } from '../../state/session';
import { loadMySubmissions } from '../../state/submissions';
import { CoverageCard } from './CoverageCard';
import { TrainingHistory } from './TrainingHistory';
import { trainingModel, type TrainingForm } from './training-form';

/**
 * "Minh chứng kỹ năng số": one completed course per form, with its certificate; the person's
 * records below it; for principals and officers, how much of their staff has one.
 */
export default function TrainingPage() {
  const [params] = useSearchParams();
  const editId = params.get('id');
  const { openSnackbar } = useSnackbar();
  const session = useSession();
  const role = session.status === 'signedIn' ? session.session.person.role : null;
  const seesCoverage = role !== null && reportRoles.some((allowed) => allowed === role);
  const state = useSubmissionForm(trainingModel, editId);

  useEffect(() => {
    void loadMySubmissions();
  }, []);

  const submit = async () => {
    const submitted = await state.submit();
    if (!submitted) return;
    openSnackbar({ text: 'Đã nộp minh chứng. Bạn có thể khai báo khóa học tiếp theo.', type: 'success', duration: 3000 });
    // A person records many courses: the form starts over on a new draft.
    state.reopen();
    document.querySelector('.training-page')?.scrollTo({ top: 0 });
  };

  return (
    <Page className="app-page submission-page training-page">
      <AppHeader title="Minh chứng kỹ năng số" backTo="/home" />
      <FormShell state={state} submitLabel="Nộp minh chứng" submitTestId="training-submit" onSubmit={() => void submit()}>
        {state.form && <TrainingFields form={state.form} errors={state.errors} uploads={state.uploads} onChange={state.change} onFilesChosen={() => state.clearError('attachmentIds')} />}
      </FormShell>
      <TrainingHistory currentId={state.view?.id ?? null} />
      {seesCoverage && <CoverageCard />}
    </Page>
  );
}

interface TrainingFieldsProps {
  form: TrainingForm;
  errors: FieldErrors;
  uploads: Uploads;
  onChange: (next: TrainingForm, path: string) => void;
  onFilesChosen: () => void;
}

type TextKey = 'programName' | 'course' | 'provider' | 'completedOn' | 'hours';

function TrainingFields({ form, errors, uploads, onChange, onFilesChosen }: TrainingFieldsProps) {
  const text = (key: TextKey) => ({ path: key, errors, value: form[key], onChange: (value: string) => onChange({ ...form, [key]: value }, key) });
  return (
    <section className="card stack" aria-labelledby="training-title">
      <h2 id="training-title" className="section-title">
        Khóa học đã hoàn thành
      </h2>
      <fieldset className="field">
        <legend className="field__label">Chương trình</legend>
        <div className="choice-list">
          {trainingPrograms.map((program) => (
            <label key={program} className="choice">
              <input
                type="radio"
                name="training-program"
                checked={form.program === program}
                onChange={() => onChange({ ...form, program }, 'program')}
                data-testid={`training-program-${program}`}
              />
              {trainingProgramLabels[program]}
            </label>
          ))}
        </div>
        <FieldError path="program" errors={errors} />
      </fieldset>
      {form.program === 'other' && <TextField label="Tên chương trình" {...text('programName')} placeholder="Ví dụ: Bồi dưỡng ứng dụng CNTT trong dạy học" testId="training-program-name" />}
      <TextField label="Tên khóa học, học phần" {...text('course')} rows={2} placeholder="Ví dụ: Kỹ năng số cơ bản cho công dân" testId="training-course" />
      <TextField label="Đơn vị tổ chức" {...text('provider')} placeholder="Ví dụ: Bộ Khoa học và Công nghệ" testId="training-provider" />
      <div className="form-grid form-grid--2">
        <DayField label="Ngày hoàn thành" {...text('completedOn')} testId="training-completed" />
        <TextField label="Số giờ học" {...text('hours')} hint="Không bắt buộc" inputMode="decimal" placeholder="Ví dụ: 8" testId="training-hours" />
      </div>
      <AttachmentField
        label="Ảnh hoặc tệp chứng chỉ"
        hint="Ít nhất 1 tệp: ảnh chụp chứng chỉ, ảnh màn hình hoàn thành khóa học, PDF hoặc Word; tối đa 5 tệp."
        uploads={uploads}
        errors={errors}
        onChosen={onFilesChosen}
      />
    </section>
  );
}
