import { describeAnswer, type QuestionResults } from '@tds/shared';

export interface DistributionBar {
  label: string;
  count: number;
  /** Share of the answers, 0–100. */
  percent: number;
}

/**
 * The bars of the chart: every possible answer of a yes/no or choice question (zeros included, in
 * their own order), the server's most frequent answers otherwise.
 */
export function distributionBars(results: Pick<QuestionResults, 'question' | 'distribution' | 'answered'>): DistributionBar[] {
  const { question, distribution, answered } = results;
  const fixed =
    question.answerType === 'yes_no'
      ? [describeAnswer({ type: 'yes_no', yes: true }), describeAnswer({ type: 'yes_no', yes: false })]
      : question.answerType === 'choice'
        ? question.choices
        : null;
  const counts = new Map(distribution.map((row) => [row.label, row.count]));
  const rows = fixed ? [...fixed.map((label) => ({ label, count: counts.get(label) ?? 0 })), ...distribution.filter((row) => !fixed.includes(row.label))] : distribution;
  return rows.map((row) => ({ ...row, percent: answered > 0 ? Math.round((row.count / answered) * 1000) / 10 : 0 }));
}

/** "45,5%" — a share the Vietnamese way. */
export const percentText = (percent: number) => `${percent.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
