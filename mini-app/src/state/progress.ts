import type { QuestionResults, QuestionView } from '@tds/shared';
import type { OpenQuestion } from '@tds/shared';
import { getQuestionResults, listMyQuestions, listUnitQuestions } from '../api/progress';
import { setTileBadge } from './badges';
import { createStore, useStore } from './create-store';
import { emptyResource as empty, refreshResource as refresh, type Resource } from './resource';
import { sessionStore } from './session';

/**
 * The progress questions slice: the questions waiting for me, the questions of my units (managers)
 * and the results opened so far. Lists show their cache at once and reload behind it.
 */
export const myQuestionsStore = createStore<Resource<OpenQuestion[]>>(empty());
export const unitQuestionsStore = createStore<Resource<QuestionView[]>>(empty());
export const resultsStore = createStore<Readonly<Record<string, Resource<QuestionResults>>>>({});
/** "Nhắc lại" taps of this session: question id → how many were reminded (the server allows one a day each). */
export const remindedStore = createStore<Readonly<Record<string, number>>>({});

const idleResults = empty<QuestionResults>();

export const useMyQuestions = () => useStore(myQuestionsStore);
export const useUnitQuestions = () => useStore(unitQuestionsStore);
export const useReminded = () => useStore(remindedStore);
export function useQuestionResults(questionId: string): Resource<QuestionResults> {
  return useStore(resultsStore)[questionId] ?? idleResults;
}

export const loadMyQuestions = () => refresh(myQuestionsStore, listMyQuestions);
export const loadUnitQuestions = () => refresh(unitQuestionsStore, listUnitQuestions);

export function loadQuestionResults(questionId: string): Promise<void> {
  const slot = {
    get: () => resultsStore.get()[questionId] ?? idleResults,
    set: (next: Resource<QuestionResults>) => resultsStore.set((all) => ({ ...all, [questionId]: next })),
  };
  return refresh(slot, () => getQuestionResults(questionId));
}

/** The server took an answer to one round: show it as the current one (late when given after the close). */
export function putMyAnswer(questionId: string, occurrence: string, summary: string): void {
  const list = myQuestionsStore.get().data;
  if (!list) return;
  const answered = (question: OpenQuestion) => ({ ...question, currentAnswer: summary, late: question.status === 'closed' });
  myQuestionsStore.set({ ...myQuestionsStore.get(), data: list.map((question) => (question.questionId === questionId && question.occurrence === occurrence ? answered(question) : question)) });
}

/** A question just created: first in the list of the unit's questions. */
export function putUnitQuestion(question: QuestionView): void {
  const current = unitQuestionsStore.get();
  unitQuestionsStore.set({ ...current, data: [question, ...(current.data ?? []).filter((other) => other.id !== question.id)] });
}

export function putReminded(questionId: string, reminded: number): void {
  remindedStore.set((all) => ({ ...all, [questionId]: reminded }));
}

// The home tile counts the open questions still waiting for an answer (not those ahead or closed).
myQuestionsStore.subscribe(() => {
  const list = myQuestionsStore.get().data;
  if (list) setTileBadge('progress', list.filter((question) => question.status === 'open' && question.currentAnswer === null).length);
});

sessionStore.subscribe(() => {
  if (sessionStore.get().status === 'signedIn') return;
  myQuestionsStore.set(empty());
  unitQuestionsStore.set(empty());
  resultsStore.set({});
  remindedStore.set({});
});
