import { InitiativeData } from '@tds/shared';
import { askForEmptyDays, attachmentMetaKey, numberOrText, schemaErrors, textOf, type AttachmentMeta, type FormModel, type Signer } from '../../components/submissions/form-model';
import { dayToIso, isoToDay } from '../../lib/day-input';
import { newUuid } from '../../lib/uuid';

/** One row of "Tác giả, đồng tác giả" as typed: dates "dd/mm/yyyy", the share as text. */
export interface AuthorInput {
  /** Local React key, never sent. */
  key: string;
  fullName: string;
  birthDate: string;
  workplace: string;
  position: string;
  qualification: string;
  share: string;
}

export interface InitiativeForm {
  title: string;
  authors: AuthorInput[];
  field: string;
  firstAppliedOn: string;
  problem: string;
  solution: string;
  novelty: string;
  effectiveness: string;
  scalability: string;
  confidential: string;
  videoLinks: string[];
}

export const maxAuthors = 10;

export const blankAuthor = (): AuthorInput => ({ key: newUuid(), fullName: '', birthDate: '', workplace: '', position: '', qualification: '', share: '' });

/** The authors' shares added up, ignoring what is not a number yet. */
export function shareTotal(authors: readonly Pick<AuthorInput, 'share'>[]): number {
  const total = authors.reduce((sum, author) => {
    const value = numberOrText(author.share);
    return typeof value === 'number' ? sum + value : sum;
  }, 0);
  return Math.round(total * 100) / 100;
}

/**
 * The shared schema checks the 100 % total only once every field is valid; the form says it at
 * once, in the schema's words.
 */
export function shareTotalError(authors: readonly Pick<AuthorInput, 'share'>[]): string | null {
  const total = shareTotal(authors);
  return Math.abs(total - 100) > 0.001 ? `Tổng tỷ lệ đóng góp phải bằng 100% (hiện là ${total}%)` : null;
}

const dayPaths = (data: Record<string, unknown>) => ['firstAppliedOn', ...(Array.isArray(data.authors) ? data.authors.map((_, index) => `authors.${index}.birthDate`) : [])];

export const initiativeModel: FormModel<InitiativeForm> = {
  kind: 'initiative',
  maxFiles: 20,
  blank({ person, unit }: Signer) {
    // The first author is the person submitting; their share is everything until co-authors are added.
    const author = { ...blankAuthor(), fullName: person.fullName, workplace: unit.name, position: person.title ?? '', share: '100' };
    return { title: '', authors: [author], field: '', firstAppliedOn: '', problem: '', solution: '', novelty: '', effectiveness: '', scalability: '', confidential: '', videoLinks: [''] };
  },
  fromData(data) {
    const authors = Array.isArray(data.authors) ? data.authors : [];
    const links = Array.isArray(data.videoLinks) ? data.videoLinks.map(textOf) : [];
    return {
      title: textOf(data.title),
      authors: (authors.length > 0 ? authors : [{}]).map((raw) => {
        const author = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
        return {
          key: newUuid(),
          fullName: textOf(author.fullName),
          birthDate: isoToDay(author.birthDate),
          workplace: textOf(author.workplace),
          position: textOf(author.position),
          qualification: textOf(author.qualification),
          share: textOf(author.sharePercent),
        };
      }),
      field: textOf(data.field),
      firstAppliedOn: isoToDay(data.firstAppliedOn),
      problem: textOf(data.problem),
      solution: textOf(data.solution),
      novelty: textOf(data.novelty),
      effectiveness: textOf(data.effectiveness),
      scalability: textOf(data.scalability),
      confidential: textOf(data.confidential),
      videoLinks: links.length > 0 ? links : [''],
    };
  },
  toData(form, files: readonly AttachmentMeta[]) {
    return {
      title: form.title,
      authors: form.authors.map((author) => ({
        fullName: author.fullName,
        birthDate: dayToIso(author.birthDate),
        workplace: author.workplace,
        position: author.position,
        qualification: author.qualification,
        sharePercent: numberOrText(author.share),
      })),
      field: form.field,
      firstAppliedOn: dayToIso(form.firstAppliedOn),
      problem: form.problem,
      solution: form.solution,
      novelty: form.novelty,
      effectiveness: form.effectiveness,
      scalability: form.scalability,
      confidential: form.confidential,
      attachmentIds: files.map((file) => file.id),
      videoLinks: form.videoLinks.map((link) => link.trim()).filter(Boolean),
      [attachmentMetaKey]: files,
    };
  },
  validate(data) {
    const errors = schemaErrors(InitiativeData, data);
    askForEmptyDays(errors, data, dayPaths(data));
    for (const [path, message] of Object.entries(errors)) {
      if (/^authors\.\d+\.sharePercent$/.test(path) && message.endsWith('phải là số')) errors[path] = 'Nhập tỷ lệ đóng góp (số từ 1 đến 100)';
    }
    if (!errors.authors && Array.isArray(data.authors)) {
      const total = shareTotalError((data.authors as Array<{ sharePercent?: unknown }>).map((author) => ({ share: textOf(author.sharePercent) })));
      if (total) errors.authors = total;
    }
    return errors;
  },
};
