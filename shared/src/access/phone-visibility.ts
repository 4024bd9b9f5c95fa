import type { Actor } from './permissions';

/**
 * Nghị định 13/2023: a phone number is shown to the person themself and to the officers of their unit
 * and its ancestors (who manage them); anyone else who may list the person (an admin elsewhere in
 * the tree) sees enough to recognise it, `09••••••78`, and no more.
 */
export function phoneVisibleTo(viewer: Pick<Actor, 'personId' | 'unitPath'>, person: { id: string; unitPath: string }): boolean {
  return viewer.personId === person.id || person.unitPath.startsWith(viewer.unitPath);
}

export function maskPhone(phone: string): string {
  if (phone.length <= 4) return '•'.repeat(phone.length);
  return `${phone.slice(0, 2)}${'•'.repeat(phone.length - 4)}${phone.slice(-2)}`;
}
