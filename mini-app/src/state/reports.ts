import type { Dashboard } from '@tds/shared';
import { getDashboard } from '../api/reports';
import { createStore, useStore } from './create-store';
import { emptyResource as empty, refreshResource as refresh, type Resource } from './resource';
import { sessionStore } from './session';

/**
 * The reports slice: each dashboard opened so far, by unit id (`''` = the person's own unit). Going
 * back up a drill-down shows the cached one at once and reloads it behind.
 */
export const dashboardsStore = createStore<Readonly<Record<string, Resource<Dashboard>>>>({});

const idle = empty<Dashboard>();

export function useDashboard(unitId: string): Resource<Dashboard> {
  return useStore(dashboardsStore)[unitId] ?? idle;
}

export function loadDashboard(unitId: string): Promise<void> {
  const slot = {
    get: () => dashboardsStore.get()[unitId] ?? idle,
    set: (next: Resource<Dashboard>) => dashboardsStore.set((all) => ({ ...all, [unitId]: next })),
  };
  return refresh(slot, () => getDashboard(unitId || undefined));
}

// Figures of the person's units: forget them on sign-out.
sessionStore.subscribe(() => {
  if (sessionStore.get().status !== 'signedIn') dashboardsStore.set({});
});
