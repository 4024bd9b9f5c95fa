import { readFileSync } from 'node:fs';

/**
 * The three real plans used as golden inputs. They live in the shared folder beside the
 * repository (CI copies it next to a fresh clone), so paths go up from this file to the repo's parent.
 */
export const realPlanFiles = {
  commune: 'ubnd-xa-dak-koi-2025.txt',
  department: 'so-gddt-quang-ngai-2025.txt',
  school: 'thcs-vinh-phong-1-2025.txt',
} as const;

export type RealPlan = keyof typeof realPlanFiles;

export function realPlanUrl(plan: RealPlan): URL {
  return new URL(`../../../../shared/plans/${realPlanFiles[plan]}`, import.meta.url);
}

export function readRealPlan(plan: RealPlan): string {
  return readFileSync(realPlanUrl(plan), 'utf8');
}
