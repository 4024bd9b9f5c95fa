import type { SubmissionKind, SubmissionStatus, SubmissionView, TrainingCoverage } from '@tds/shared';
import { getSubmission, getTrainingCoverage, listSubmissions, type SubmissionSummary } from '../api/submissions';
import { getPlatform } from '../platform';
import { createStore, useStore } from './create-store';
import { emptyResource as empty, refreshResource as refresh, type Resource } from './resource';
import { sessionStore } from './session';

/**
 * The submissions slice: "Bài đã nộp", the review queue per status filter, each submission opened,
 * training coverage, and which server draft each form continues. Lists show their cache at once
 * and reload behind it.
 */
export const mineStore = createStore<Resource<SubmissionSummary[]>>(empty());
export const reviewQueueStore = createStore<Readonly<Record<string, Resource<SubmissionSummary[]>>>>({});
export const submissionDetailsStore = createStore<Readonly<Record<string, Resource<SubmissionView>>>>({});
export const coverageStore = createStore<Resource<TrainingCoverage>>(empty());

/** The review queue's filter: one status, or every status ("all"). */
export type QueueFilter = SubmissionStatus | 'all';

const idleList = empty<SubmissionSummary[]>();
const idleView = empty<SubmissionView>();

export const useMySubmissions = () => useStore(mineStore);
export const useCoverage = () => useStore(coverageStore);
export function useReviewQueue(filter: QueueFilter): Resource<SubmissionSummary[]> {
  return useStore(reviewQueueStore)[filter] ?? idleList;
}
export function useSubmission(id: string): Resource<SubmissionView> {
  return useStore(submissionDetailsStore)[id] ?? idleView;
}

export const loadMySubmissions = () => refresh(mineStore, () => listSubmissions({ scope: 'mine' }));
export const loadCoverage = () => refresh(coverageStore, () => getTrainingCoverage());

export function loadReviewQueue(filter: QueueFilter): Promise<void> {
  const slot = {
    get: () => reviewQueueStore.get()[filter] ?? idleList,
    set: (next: Resource<SubmissionSummary[]>) => reviewQueueStore.set((all) => ({ ...all, [filter]: next })),
  };
  return refresh(slot, () => listSubmissions({ scope: 'review', status: filter === 'all' ? undefined : filter }));
}

/** Loads a submission; a cached one is shown at once and reloaded behind it (its status may have moved). */
export function loadSubmission(id: string): Promise<void> {
  const slot = {
    get: () => submissionDetailsStore.get()[id] ?? idleView,
    set: (next: Resource<SubmissionView>) => submissionDetailsStore.set((all) => ({ ...all, [id]: next })),
  };
  return refresh(slot, () => getSubmission(id));
}

/**
 * A submission the server just answered (saved, submitted, reviewed): cache it and reload the lists
 * on screen. `listsChanged` is false for an autosave, which moves nothing between lists.
 */
export function putSubmission(view: SubmissionView, listsChanged = true): void {
  submissionDetailsStore.set((all) => ({ ...all, [view.id]: { data: view, loading: false, error: null } }));
  if (!listsChanged) return;
  if (mineStore.get().data) void loadMySubmissions();
  const queues = reviewQueueStore.get();
  reviewQueueStore.set({});
  for (const filter of Object.keys(queues)) void loadReviewQueue(filter as QueueFilter);
  if (coverageStore.get().data) void loadCoverage();
}

/**
 * Which server draft a form continues on this phone, per person and kind: the `clientKey` it was
 * opened with (the server finds the draft by it), or the id of a draft adopted from another device.
 */
export interface DraftRef {
  clientKey?: string;
  submissionId?: string;
}

const draftRefKey = (personId: string, kind: SubmissionKind) => `tds.draft.${personId}.${kind}`;

export async function readDraftRef(personId: string, kind: SubmissionKind): Promise<DraftRef | null> {
  const platform = await getPlatform();
  const raw = await platform.storage.get(draftRefKey(personId, kind));
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { clientKey, submissionId } = parsed as Record<string, unknown>;
    return {
      clientKey: typeof clientKey === 'string' ? clientKey : undefined,
      submissionId: typeof submissionId === 'string' ? submissionId : undefined,
    };
  } catch {
    return null;
  }
}

export async function writeDraftRef(personId: string, kind: SubmissionKind, ref: DraftRef | null): Promise<void> {
  const platform = await getPlatform();
  if (ref) await platform.storage.set(draftRefKey(personId, kind), JSON.stringify(ref));
  else await platform.storage.remove(draftRefKey(personId, kind));
}

// What was loaded belongs to the person who loaded it: forget it on sign-out.
sessionStore.subscribe(() => {
  if (sessionStore.get().status === 'signedIn') return;
  mineStore.set(empty());
  reviewQueueStore.set({});
  submissionDetailsStore.set({});
  coverageStore.set(empty());
});
