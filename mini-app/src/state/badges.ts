import { createStore, useStore } from './create-store';
import { sessionStore } from './session';

/**
 * Counts on the home tiles ("Thông báo" unread, "Câu hỏi tiến độ" waiting), keyed by module key.
 * The feature slices write them when their lists load; this slice stays tiny because the home
 * screen is in the main chunk and the feature slices are not.
 */
export const tileBadgesStore = createStore<Readonly<Record<string, number>>>({});

export const useTileBadges = () => useStore(tileBadgesStore);

export function setTileBadge(key: string, count: number): void {
  if (tileBadgesStore.get()[key] === count) return;
  tileBadgesStore.set((all) => ({ ...all, [key]: count }));
}

sessionStore.subscribe(() => {
  if (sessionStore.get().status !== 'signedIn') tileBadgesStore.set({});
});
