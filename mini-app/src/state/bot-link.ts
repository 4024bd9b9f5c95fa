import type { BotLinkCode } from '@tds/shared';
import { errorMessage } from '../api/errors';
import { createBotLink } from '../api/me';
import { createStore, useStore } from './create-store';
import { sessionStore } from './session';

export type BotLinkState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; link: BotLinkCode }
  | { status: 'error'; message: string };

export const botLinkStore = createStore<BotLinkState>({ status: 'idle' });

export const useBotLink = (): BotLinkState => useStore(botLinkStore);

/** Asks the server for a one-time `/start CODE` to link the person's chat with the bot. */
export async function requestBotLink(): Promise<void> {
  if (botLinkStore.get().status === 'loading') return;
  botLinkStore.set({ status: 'loading' });
  try {
    botLinkStore.set({ status: 'ready', link: await createBotLink() });
  } catch (error) {
    botLinkStore.set({ status: 'error', message: errorMessage(error) });
  }
}

// A code belongs to the person who asked for it: forget it when they sign out.
sessionStore.subscribe(() => {
  if (sessionStore.get().status !== 'signedIn' && botLinkStore.get().status !== 'idle') botLinkStore.set({ status: 'idle' });
});
