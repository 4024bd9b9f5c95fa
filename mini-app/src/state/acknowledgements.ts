import type { AckRequestView } from '@tds/shared';
import { acknowledge, listAckRequests } from '../api/acknowledgements';
import { createStore, useStore } from './create-store';
import { emptyResource, refreshResource, type Resource } from './resource';

/** The acknowledgements slice: what this person was asked to confirm lately (reminders show it beside "Hạn của tôi"). */
export const ackStore = createStore<Resource<AckRequestView[]>>(emptyResource());

export const useAckRequests = () => useStore(ackStore);
export const loadAckRequests = () => refreshResource(ackStore, listAckRequests);

/** "Đã nhận" on one request; a refusal throws for the caller to show. */
export async function confirmRequest(request: Pick<AckRequestView, 'kind' | 'subjectId'>): Promise<void> {
  const receipt = await acknowledge({ kind: request.kind, subjectId: request.subjectId });
  const current = ackStore.get();
  if (!current.data) return;
  ackStore.set({ ...current, data: current.data.map((row) => (row.kind === receipt.kind && row.subjectId === receipt.subjectId ? receipt : row)) });
}
