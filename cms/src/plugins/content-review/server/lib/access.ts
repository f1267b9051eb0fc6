import { errors } from '@strapi/utils';
import { REVIEWED_UIDS, isReviewed, type ReviewedUid } from '../../contract';

interface Ability {
  can(action: string, subject?: unknown): boolean;
}

const READ = 'plugin::content-manager.explorer.read';
const UPDATE = 'plugin::content-manager.explorer.update';

/** The content manager's own rights decide: whoever may open an entry sees its review, whoever may edit it changes it. */
export const readableUids = (ability: Ability): ReviewedUid[] => REVIEWED_UIDS.filter((uid) => ability.can(READ, uid));
export const canEdit = (ability: Ability, uid: string): boolean => isReviewed(uid) && ability.can(UPDATE, uid);

/** Refused before anything is read: those who may read no reviewed type learn nothing here. */
export function requireSomeReadable(ability: Ability): ReviewedUid[] {
  const uids = readableUids(ability);
  if (uids.length === 0) throw new errors.ForbiddenError();
  return uids;
}

export function requireRead(ability: Ability, uid: string): void {
  if (!ability.can(READ, uid)) throw new errors.ForbiddenError();
}

export function requireEdit(ability: Ability, uid: string): void {
  if (!canEdit(ability, uid)) throw new errors.ForbiddenError();
}
