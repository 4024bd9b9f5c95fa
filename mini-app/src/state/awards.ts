import type { CreateNominationBody, DossierItem, NominationView, QuotaUsage } from '@tds/shared';
import { createNomination, getQuotaUsage, listNominations, updateChecklist, withdrawNomination } from '../api/awards';
import { listSubmissions, type SubmissionSummary } from '../api/submissions';
import { createStore, useStore } from './create-store';
import { emptyResource as empty, refreshResource as refresh, type Resource, type ResourceSlot } from './resource';
import { sessionStore } from './session';

/**
 * The awards slice: per period, the unit's nominations and its quota usage; and the approved
 * sáng kiến in reach, which a nomination may rest on. Changes reload the period behind the screen:
 * one nomination's warnings depend on the others.
 */
export const nominationsStore = createStore<Readonly<Record<string, Resource<NominationView[]>>>>({});
export const quotaStore = createStore<Readonly<Record<string, Resource<QuotaUsage>>>>({});
export const approvedInitiativesStore = createStore<Resource<SubmissionSummary[]>>(empty());

const idleList = empty<NominationView[]>();
const idleQuota = empty<QuotaUsage>();

export function useNominations(period: string): Resource<NominationView[]> {
  return useStore(nominationsStore)[period] ?? idleList;
}
export function useQuota(period: string): Resource<QuotaUsage> {
  return useStore(quotaStore)[period] ?? idleQuota;
}
export const useApprovedInitiatives = () => useStore(approvedInitiativesStore);

function nominationsSlot(period: string): ResourceSlot<NominationView[]> {
  return {
    get: () => nominationsStore.get()[period] ?? idleList,
    set: (next) => nominationsStore.set((all) => ({ ...all, [period]: next })),
  };
}

function quotaSlot(period: string): ResourceSlot<QuotaUsage> {
  return {
    get: () => quotaStore.get()[period] ?? idleQuota,
    set: (next) => quotaStore.set((all) => ({ ...all, [period]: next })),
  };
}

/** The period's nominations and quota usage, cached ones shown meanwhile. */
export async function loadAwards(period: string): Promise<void> {
  await Promise.all([refresh(nominationsSlot(period), () => listNominations(period)), refresh(quotaSlot(period), () => getQuotaUsage(period))]);
}

/** Sáng kiến the unit approved or forwarded ("đã được công nhận"): what a nomination may cite. */
export function loadApprovedInitiatives(): Promise<void> {
  return refresh(approvedInitiativesStore, async () => {
    const [approved, forwarded] = await Promise.all([
      listSubmissions({ scope: 'review', status: 'approved', kind: 'initiative' }),
      listSubmissions({ scope: 'review', status: 'forwarded', kind: 'initiative' }),
    ]);
    return [...approved, ...forwarded];
  });
}

/** Nominates; rejects with the server's `ApiRequestError` (messages and `fields` for the form). */
export async function nominate(body: CreateNominationBody): Promise<NominationView> {
  const created = await createNomination(body);
  replaceIn(body.period, (list) => [...list, created]);
  // The quota moved, and the other nominations' warnings may have.
  void loadAwards(body.period);
  return created;
}

/** Ticks or unticks one document of the dossier: shown at once, put back if the server refuses. */
export async function setChecklistItem(nomination: NominationView, item: DossierItem, done: boolean): Promise<void> {
  const mark = (view: NominationView, value: boolean): NominationView => ({
    ...view,
    checklist: view.checklist.map((entry) => (entry.item === item ? { ...entry, done: value } : entry)),
  });
  replaceIn(nomination.period, (list) => list.map((view) => (view.id === nomination.id ? mark(view, done) : view)));
  try {
    const saved = await updateChecklist(nomination.id, { [item]: done });
    replaceIn(nomination.period, (list) => list.map((view) => (view.id === saved.id ? saved : view)));
  } catch (error) {
    replaceIn(nomination.period, (list) => list.map((view) => (view.id === nomination.id ? mark(view, !done) : view)));
    throw error;
  }
}

/** Withdraws a nomination: its place in the quota is free again. */
export async function withdraw(nomination: NominationView): Promise<void> {
  await withdrawNomination(nomination.id);
  replaceIn(nomination.period, (list) => list.filter((view) => view.id !== nomination.id));
  void loadAwards(nomination.period);
}

function replaceIn(period: string, change: (list: NominationView[]) => NominationView[]): void {
  const slot = nominationsSlot(period);
  const current = slot.get();
  if (current.data) slot.set({ ...current, data: change(current.data) });
}

// Nominations are the unit's internal business: forget them on sign-out.
sessionStore.subscribe(() => {
  if (sessionStore.get().status === 'signedIn') return;
  nominationsStore.set({});
  quotaStore.set({});
  approvedInitiativesStore.set(empty());
});
