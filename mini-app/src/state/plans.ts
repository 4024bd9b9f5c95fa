import type { MyDeadline, PlanDetail, PlanSummary, StoredObligation } from '@tds/shared';
import { getMyDeadlines, getPlan, listPlans, markObligationDone } from '../api/plans';
import { createStore, useStore } from './create-store';
import { emptyResource as empty, refreshResource as refresh, type Resource } from './resource';
import { sessionStore } from './session';

/**
 * The plans slice: the library, each plan opened so far, and "Hạn của tôi". Screens show what is
 * cached at once and refresh it in the background, so going back to a list never flashes a spinner.
 */
export const libraryStore = createStore<Resource<PlanSummary[]>>(empty());
export const deadlinesStore = createStore<Resource<MyDeadline[]>>(empty());
export const planDetailsStore = createStore<Readonly<Record<string, Resource<PlanDetail>>>>({});

export const useLibrary = () => useStore(libraryStore);
export const useMyDeadlines = () => useStore(deadlinesStore);
export function usePlanDetail(planId: string): Resource<PlanDetail> {
  return useStore(planDetailsStore)[planId] ?? idle;
}
const idle = empty<PlanDetail>();

export const loadLibrary = () => refresh(libraryStore, listPlans);
export const loadMyDeadlines = () => refresh(deadlinesStore, getMyDeadlines);

/**
 * "Đánh dấu đã xong" / "Bỏ đánh dấu" on one due date of "Hạn của tôi": shown at once, put back as it
 * was when the server refuses (the error is rethrown for the screen to say why).
 */
export async function setDeadlineDone(deadline: MyDeadline, done: boolean): Promise<void> {
  const show = (value: boolean) => {
    const current = deadlinesStore.get();
    if (!current.data) return;
    const data = current.data.map((row) => (row.obligationId === deadline.obligationId && row.dueOn === deadline.dueOn ? { ...row, done: value } : row));
    deadlinesStore.set({ ...current, data });
  };
  show(done);
  try {
    show((await markObligationDone(deadline.planId, deadline.obligationId, done, deadline.dueOn)).done);
  } catch (error) {
    show(deadline.done);
    throw error;
  }
}

/** Loads a plan unless it is cached (`force` reloads it). */
export function loadPlan(planId: string, force = false): Promise<void> {
  const current = planDetailsStore.get()[planId];
  if (current?.data && !force) return Promise.resolve();
  const slot = {
    get: () => planDetailsStore.get()[planId] ?? idle,
    set: (next: Resource<PlanDetail>) => planDetailsStore.set((all) => ({ ...all, [planId]: next })),
  };
  return refresh(slot, () => getPlan(planId));
}

/** A plan the server just returned (import, publish): cache it; lists that show it reload on next visit. */
export function putPlan(plan: PlanDetail): void {
  planDetailsStore.set((all) => ({ ...all, [plan.id]: { data: plan, loading: false, error: null } }));
  markStale();
}

/** Applies an obligation change to the cached plan: `obligation` replaces (or adds) its id; `null` removes `obligationId`. */
export function patchObligation(planId: string, obligationId: string, obligation: StoredObligation | null): void {
  const plan = planDetailsStore.get()[planId]?.data;
  if (!plan) return;
  const others = plan.obligations.filter((candidate) => candidate.id !== obligationId);
  const index = plan.obligations.findIndex((candidate) => candidate.id === obligationId);
  const obligations = obligation === null ? others : index < 0 ? [...others, obligation] : plan.obligations.map((candidate) => (candidate.id === obligationId ? obligation : candidate));
  putPlan({ ...plan, obligations, obligationCount: obligations.length });
}

/** The library and "Hạn của tôi" no longer match the server: reload the library if shown, deadlines on next visit. */
function markStale(): void {
  if (libraryStore.get().data) void loadLibrary();
  deadlinesStore.set(empty());
}

// Plans and deadlines belong to the person who loaded them: forget them on sign-out.
sessionStore.subscribe(() => {
  if (sessionStore.get().status === 'signedIn') return;
  libraryStore.set(empty());
  deadlinesStore.set(empty());
  planDetailsStore.set({});
});
