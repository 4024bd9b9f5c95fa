import { trainingProgramLabels, type SubmissionView } from '@tds/shared';
import type { ReactNode } from 'react';
import { initiativeModel } from '../Initiative/initiative-form';
import { trainingModel } from '../Training/training-form';

/** The submitted form, read only: every field under its official heading, empty ones said so. */
export function SubmissionData({ view }: { view: SubmissionView }) {
  return (
    <section className="card submission-data" data-testid="submission-data">
      {view.kind === 'initiative' ? <InitiativeData data={view.data} /> : <TrainingData data={view.data} />}
    </section>
  );
}

function InitiativeData({ data }: { data: Readonly<Record<string, unknown>> }) {
  const form = initiativeModel.fromData(data);
  const links = form.videoLinks.filter((link) => link.trim());
  return (
    <>
      <Facts
        rows={[
          ['Tên sáng kiến', form.title],
          ['Lĩnh vực áp dụng', form.field],
          ['Ngày áp dụng lần đầu', form.firstAppliedOn],
        ]}
      />
      <h3 className="submission-data__heading">Tác giả, đồng tác giả</h3>
      <ol className="author-list">
        {form.authors.map((author) => (
          <li key={author.key}>
            <span className="author-list__name">
              {author.fullName || '—'} {author.share && <span className="tag">{author.share}%</span>}
            </span>
            <span className="muted">{[author.birthDate && `Sinh ${author.birthDate}`, author.position, author.qualification, author.workplace].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ol>
      <Section title="Mô tả thực trạng" text={form.problem} />
      <Section title="Bản chất, nội dung giải pháp" text={form.solution} />
      <Section title="Tính mới" text={form.novelty} />
      <Section title="Hiệu quả, lợi ích" text={form.effectiveness} />
      <Section title="Khả năng áp dụng, nhân rộng" text={form.scalability} />
      {form.confidential.trim() && <Section title="Thông tin cần được bảo mật" text={form.confidential} />}
      {links.length > 0 && (
        <>
          <h3 className="submission-data__heading">Video minh chứng</h3>
          <ul className="video-list">
            {links.map((link) => (
              <li key={link}>
                <a href={link} target="_blank" rel="noopener noreferrer">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function TrainingData({ data }: { data: Readonly<Record<string, unknown>> }) {
  const form = trainingModel.fromData(data);
  return (
    <Facts
      rows={[
        ['Chương trình', form.program === 'other' ? form.programName || trainingProgramLabels.other : trainingProgramLabels[form.program]],
        ['Khóa học', form.course],
        ['Đơn vị tổ chức', form.provider],
        ['Ngày hoàn thành', form.completedOn],
        ['Số giờ học', form.hours ? `${form.hours} giờ` : 'Không ghi'],
      ]}
    />
  );
}

function Facts({ rows }: { rows: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <dl className="data-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="data-facts__row">
          <dt>{label}</dt>
          <dd>{value || <span className="muted">Chưa nhập</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ title, text }: { title: string; text: string }) {
  return (
    <>
      <h3 className="submission-data__heading">{title}</h3>
      <p className="submission-data__text">{text.trim() || <span className="muted">Chưa nhập</span>}</p>
    </>
  );
}
