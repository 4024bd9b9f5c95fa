import { can, type Action, type Actor, type Target } from '@tds/shared';
import { forbidden } from '../http/errors';

/** Routes ask this, never the table directly: one place turns "no" into a 403. */
export function authorize(actor: Actor, action: Action, target: Target = {}): void {
  if (!can(actor, action, target)) throw forbidden();
}
