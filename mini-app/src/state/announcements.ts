import type { AckRoster, AnnouncementDelivery, AnnouncementView, SentAnnouncement } from '@tds/shared';
import { acknowledge } from '../api/acknowledgements';
import { getAckRoster, getAnnouncement, getDelivery, listAnnouncements, listSentAnnouncements, markAnnouncementRead } from '../api/announcements';
import { setTileBadge } from './badges';
import { createStore, useStore } from './create-store';
import { emptyResource as empty, refreshResource as refresh, type Resource } from './resource';
import { sessionStore } from './session';

/** The announcements slice: my feed (with read state), each announcement opened, delivery reports, and what I sent. */
export const feedStore = createStore<Resource<AnnouncementView[]>>(empty());
export const announcementStore = createStore<Readonly<Record<string, Resource<AnnouncementView>>>>({});
export const deliveryStore = createStore<Readonly<Record<string, Resource<AnnouncementDelivery>>>>({});
export const sentStore = createStore<Resource<SentAnnouncement[]>>(empty());
export const rosterStore = createStore<Readonly<Record<string, Resource<AckRoster>>>>({});

const idleView = empty<AnnouncementView>();
const idleDelivery = empty<AnnouncementDelivery>();
const idleRoster = empty<AckRoster>();

export const useFeed = () => useStore(feedStore);
export const useSentAnnouncements = () => useStore(sentStore);
export function useAnnouncement(id: string): Resource<AnnouncementView> {
  return useStore(announcementStore)[id] ?? idleView;
}
export function useDelivery(id: string): Resource<AnnouncementDelivery> {
  return useStore(deliveryStore)[id] ?? idleDelivery;
}

export function useRoster(id: string): Resource<AckRoster> {
  return useStore(rosterStore)[id] ?? idleRoster;
}

export const loadFeed = () => refresh(feedStore, listAnnouncements);

export function loadRoster(id: string): Promise<void> {
  const slot = {
    get: () => rosterStore.get()[id] ?? idleRoster,
    set: (next: Resource<AckRoster>) => rosterStore.set((all) => ({ ...all, [id]: next })),
  };
  return refresh(slot, () => getAckRoster(id));
}

/** "Đã nhận" on an announcement: recorded on the server, then shown (confirming also marks it read). A refusal throws for the caller to show. */
export async function acknowledgeAnnouncement(id: string): Promise<void> {
  const receipt = await acknowledge({ kind: 'announcement', subjectId: id });
  const change = { acknowledgedAt: receipt.acknowledgedAt, readAt: receipt.acknowledgedAt };
  patchFeed(id, change);
  const view = announcementStore.get()[id]?.data;
  if (view) put({ ...view, ...change, readAt: view.readAt ?? change.readAt });
}

/** Loads one announcement; the feed's copy is shown meanwhile. */
export function loadAnnouncement(id: string): Promise<void> {
  const cached = feedStore.get().data?.find((row) => row.id === id);
  if (cached && !announcementStore.get()[id]) put(cached);
  const slot = {
    get: () => announcementStore.get()[id] ?? idleView,
    set: (next: Resource<AnnouncementView>) => announcementStore.set((all) => ({ ...all, [id]: next })),
  };
  return refresh(slot, () => getAnnouncement(id));
}

/** Opening an unread announcement marks it read, on screen at once and then on the server. */
export async function markRead(id: string): Promise<void> {
  const view = announcementStore.get()[id]?.data ?? feedStore.get().data?.find((row) => row.id === id);
  if (view?.readAt) return;
  patchFeed(id, { readAt: new Date().toISOString() });
  try {
    put(await markAnnouncementRead(id));
  } catch {
    // Not recorded: it stays unread on the server and shows unread again at the next reload.
    if (feedStore.get().data) void loadFeed();
  }
}

export function loadDelivery(id: string): Promise<void> {
  const slot = {
    get: () => deliveryStore.get()[id] ?? idleDelivery,
    set: (next: Resource<AnnouncementDelivery>) => deliveryStore.set((all) => ({ ...all, [id]: next })),
  };
  return refresh(slot, () => getDelivery(id));
}

function put(view: AnnouncementView): void {
  announcementStore.set((all) => ({ ...all, [view.id]: { data: view, loading: false, error: null } }));
  if (view.readAt) patchFeed(view.id, { readAt: view.readAt });
}

function patchFeed(id: string, change: Partial<AnnouncementView>): void {
  const feed = feedStore.get();
  if (!feed.data?.some((row) => row.id === id)) return;
  feedStore.set({ ...feed, data: feed.data.map((row) => (row.id === id ? { ...row, ...change } : row)) });
}

/** What I sent, from the server (any phone I sent it from). */
export const loadSentAnnouncements = () => refresh(sentStore, listSentAnnouncements);

/** Just sent: shown at once in its delivery report and at the top of "Đã gửi", before the next reload. */
export function rememberSent(view: AnnouncementView, recipients: number): void {
  announcementStore.set((all) => ({ ...all, [view.id]: { data: view, loading: false, error: null } }));
  const sent = sentStore.get();
  if (!sent.data) return;
  const row: SentAnnouncement = { id: view.id, text: view.text, sendAt: view.sendAt, sent: view.sent, recipients: view.sent ? recipients : 0, requiresAck: view.requiresAck };
  sentStore.set({ ...sent, data: [row, ...sent.data.filter((held) => held.id !== view.id)] });
}

// The home tile counts unread announcements.
feedStore.subscribe(() => {
  const feed = feedStore.get().data;
  if (feed) setTileBadge('announcements', feed.filter((row) => row.readAt === null).length);
});

sessionStore.subscribe(() => {
  if (sessionStore.get().status === 'signedIn') return;
  feedStore.set(empty());
  announcementStore.set({});
  deliveryStore.set({});
  sentStore.set(empty());
});
