import type { DemoPerson } from '../api/sandbox';
import { errorMessage } from '../api/errors';
import { getPlatform } from '../platform';
import { createStore, useStore } from './create-store';

export type DemoPeopleState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; people: DemoPerson[] }
  | { status: 'error'; message: string };

export const demoPeopleStore = createStore<DemoPeopleState>({ status: 'idle' });

export const useDemoPeople = (): DemoPeopleState => useStore(demoPeopleStore);

/** Loads the sandbox's demo people (browser platform only). */
export async function loadDemoPeople(): Promise<void> {
  demoPeopleStore.set({ status: 'loading' });
  try {
    const platform = await getPlatform();
    if (!platform.demo) throw new Error('Danh sách người dùng demo chỉ có ở chế độ thử nghiệm.');
    demoPeopleStore.set({ status: 'ready', people: await platform.demo.listPeople() });
  } catch (error) {
    demoPeopleStore.set({ status: 'error', message: errorMessage(error) });
  }
}
