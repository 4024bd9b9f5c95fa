import type { SubmissionKind } from '@tds/shared';

export const kindLabels: Record<SubmissionKind, string> = {
  initiative: 'Sáng kiến',
  training: 'Kỹ năng số',
};

export const detailPath = (id: string) => `/submissions/${encodeURIComponent(id)}`;
export const reviewDetailPath = (id: string) => `/review/${encodeURIComponent(id)}`;
/** The form of that kind, continuing (or correcting) this submission. */
export const editPath = (kind: SubmissionKind, id: string) => `/${kind}?id=${encodeURIComponent(id)}`;
