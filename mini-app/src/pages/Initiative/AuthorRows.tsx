import { DayField, FieldError, TextField } from '../../components/submissions/FormField';
import type { FieldErrors } from '../../components/submissions/form-model';
import { blankAuthor, maxAuthors, shareTotal, type AuthorInput } from './initiative-form';

interface AuthorRowsProps {
  authors: readonly AuthorInput[];
  errors: FieldErrors;
  /** The new list, and the data path of what changed (for clearing its error). */
  onChange: (authors: AuthorInput[], path: string) => void;
}

/** Where each input's value lives in the data the server checks. */
const dataKey: Record<Exclude<keyof AuthorInput, 'key'>, string> = {
  fullName: 'fullName',
  birthDate: 'birthDate',
  workplace: 'workplace',
  position: 'position',
  qualification: 'qualification',
  share: 'sharePercent',
};

/** "Tác giả, đồng tác giả": one block per person, rows added and removed, the shares' total kept in sight. */
export function AuthorRows({ authors, errors, onChange }: AuthorRowsProps) {
  const total = shareTotal(authors);
  const complete = Math.abs(total - 100) <= 0.001;
  const set = (index: number, key: keyof typeof dataKey, value: string) =>
    onChange(
      authors.map((author, at) => (at === index ? { ...author, [key]: value } : author)),
      `authors.${index}.${dataKey[key]}`,
    );

  return (
    <section className="card stack" aria-labelledby="authors-title">
      <h2 id="authors-title" className="section-title">
        Tác giả, đồng tác giả
      </h2>
      {authors.map((author, index) => {
        const field = (key: keyof typeof dataKey) => ({
          path: `authors.${index}.${dataKey[key]}`,
          errors,
          value: author[key],
          onChange: (value: string) => set(index, key, value),
        });
        return (
          <fieldset key={author.key} className="author-block" data-testid={`author-${index}`}>
            <legend className="author-block__title">{index === 0 ? 'Tác giả' : `Đồng tác giả ${index}`}</legend>
            {authors.length > 1 && (
              <button
                type="button"
                className="text-button text-button--danger author-block__remove"
                onClick={() => onChange(authors.filter((_, at) => at !== index), 'authors')}
                data-testid={`author-${index}-remove`}
              >
                Xóa
              </button>
            )}
            <TextField label="Họ và tên" {...field('fullName')} testId={`author-${index}-name`} />
            <div className="form-grid form-grid--2">
              <DayField label="Ngày sinh" {...field('birthDate')} testId={`author-${index}-birth`} />
              <TextField label="Tỷ lệ đóng góp (%)" {...field('share')} inputMode="decimal" placeholder="Ví dụ: 50" testId={`author-${index}-share`} />
            </div>
            <TextField label="Nơi công tác" {...field('workplace')} testId={`author-${index}-workplace`} />
            <TextField label="Chức danh" {...field('position')} placeholder="Ví dụ: Giáo viên" testId={`author-${index}-position`} />
            <TextField label="Trình độ chuyên môn" {...field('qualification')} placeholder="Ví dụ: Cử nhân Sư phạm Tiểu học" testId={`author-${index}-qualification`} />
          </fieldset>
        );
      })}
      <p className={complete ? 'share-total share-total--ok' : 'share-total'} data-testid="share-total">
        Tổng tỷ lệ đóng góp: <strong>{total.toLocaleString('vi-VN')}%</strong>
        {complete ? ' ✓' : ' — cần đúng 100%'}
      </p>
      <FieldError path="authors" errors={errors} />
      {authors.length < maxAuthors && (
        <button type="button" className="text-button" onClick={() => onChange([...authors, blankAuthor()], 'authors')} data-testid="author-add">
          + Thêm đồng tác giả
        </button>
      )}
    </section>
  );
}
