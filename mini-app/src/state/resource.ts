import { errorMessage } from '../api/errors';

/** A value loaded from the server: what is cached, whether it is being (re)loaded, the last failure. */
export interface Resource<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
}

export const emptyResource = <T>(): Resource<T> => ({ data: null, loading: false, error: null });

/** The slot of a store that holds one resource. */
export interface ResourceSlot<T> {
  get(): Resource<T>;
  set(next: Resource<T>): void;
}

/** Loads into `slot`, keeping the cached data on screen meanwhile; one load at a time per slot. */
export async function refreshResource<T>(slot: ResourceSlot<T>, fetch: () => Promise<T>): Promise<void> {
  if (slot.get().loading) return;
  slot.set({ ...slot.get(), loading: true, error: null });
  try {
    slot.set({ data: await fetch(), loading: false, error: null });
  } catch (error) {
    slot.set({ ...slot.get(), loading: false, error: errorMessage(error) });
  }
}
