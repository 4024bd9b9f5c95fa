import { TrainingData, trainingPrograms } from '@tds/shared';
import { askForEmptyDays, attachmentMetaKey, numberOrText, schemaErrors, textOf, type FormModel } from '../../components/submissions/form-model';
import { dayToIso, isoToDay } from '../../lib/day-input';

export type TrainingProgram = (typeof trainingPrograms)[number];

/** One course as typed: the date "dd/mm/yyyy", hours as text (optional). */
export interface TrainingForm {
  program: TrainingProgram;
  programName: string;
  course: string;
  provider: string;
  completedOn: string;
  hours: string;
}

const programOf = (value: unknown): TrainingProgram => (trainingPrograms.find((program) => program === value) ?? 'binh_dan_hoc_vu_so');

export const trainingModel: FormModel<TrainingForm> = {
  kind: 'training',
  maxFiles: 5,
  blank() {
    return { program: 'binh_dan_hoc_vu_so', programName: '', course: '', provider: '', completedOn: '', hours: '' };
  },
  fromData(data) {
    return {
      program: programOf(data.program),
      programName: textOf(data.programName),
      course: textOf(data.course),
      provider: textOf(data.provider),
      completedOn: isoToDay(data.completedOn),
      hours: data.hours === null ? '' : textOf(data.hours),
    };
  },
  toData(form, files) {
    return {
      program: form.program,
      programName: form.program === 'other' ? form.programName : '',
      course: form.course,
      provider: form.provider,
      completedOn: dayToIso(form.completedOn),
      hours: numberOrText(form.hours) ?? null,
      attachmentIds: files.map((file) => file.id),
      [attachmentMetaKey]: files,
    };
  },
  validate(data) {
    const errors = schemaErrors(TrainingData, data);
    askForEmptyDays(errors, data, ['completedOn'], 'Vui lòng nhập ngày hoàn thành');
    // The schema checks the programme's name only once the rest is valid: say it at once.
    if (data.program === 'other' && textOf(data.programName).trim().length < 3) errors.programName ??= 'Vui lòng nhập tên chương trình';
    return errors;
  },
};
