import type { Person, Unit } from '@tds/shared';
import { listPeople, listUnits } from '../api/org';
import { createStore, useStore } from './create-store';
import { emptyResource as empty, refreshResource as refresh, type Resource } from './resource';
import { sessionStore } from './session';

/**
 * The org slice: the units and the people in the person's reach (a dashboard's breadcrumb, the
 * nominees of an award). Loaded once per sign-in; `force` reloads.
 */
export const unitsStore = createStore<Resource<Unit[]>>(empty());
export const peopleStore = createStore<Resource<Person[]>>(empty());

export const useUnits = () => useStore(unitsStore);
export const usePeople = () => useStore(peopleStore);

export function loadUnits(force = false): Promise<void> {
  if (unitsStore.get().data && !force) return Promise.resolve();
  return refresh(unitsStore, listUnits);
}

export function loadPeople(force = false): Promise<void> {
  if (peopleStore.get().data && !force) return Promise.resolve();
  return refresh(peopleStore, () => listPeople());
}

// Rosters belong to the person who loaded them: forget them on sign-out.
sessionStore.subscribe(() => {
  if (sessionStore.get().status === 'signedIn') return;
  unitsStore.set(empty());
  peopleStore.set(empty());
});
