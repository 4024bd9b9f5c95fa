import { foldVietnamese } from '../text/fold';

/**
 * "Đã nhận", "da nhan", "Đã nhận ạ!", "ĐÃ NHẬN." all confirm; "1" is told apart by the caller,
 * because it may also answer a yes/no progress question.
 */
export function isAckReply(text: string): boolean {
  const words = foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ').trim();
  return /^(da nhan|nhan roi|da nhan duoc)( a| roi| a roi)?$/.test(words);
}

/** The bare "1" that answers a yes/no question or, when nothing is asked, confirms. */
export function isBareOne(text: string): boolean {
  return text.trim().replace(/[.!]+$/, '') === '1';
}
