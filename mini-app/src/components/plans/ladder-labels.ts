import type { NudgeLadder } from '@tds/shared';

/** Where an obligation's reminder rules come from, as the ladder's note says it. */
export const ladderSourceLabels: Record<NudgeLadder['source'], string> = {
  obligation: 'cài đặt riêng cho hạn này',
  plan: 'cài đặt của kế hoạch',
  unit: 'cài đặt của đơn vị ban hành',
  default: 'mặc định',
};

/** "3 ngày làm việc trước hạn", or the due day itself. */
export const offsetLabel = (offset: number) => (offset === 0 ? 'Ngày đến hạn' : `${offset} ngày làm việc trước hạn`);
