import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { realPlanUrl, readRealPlan } from '../plans/real-plans-fixture';
import { CliObligation } from './obligation-schema';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'tds-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: repoRoot, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const cli = (...args: string[]): Promise<Run> => run('npx', ['tsx', 'shared/src/calendar/cli.ts', ...args]);

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('extract-deadlines CLI', () => {
  it('prints the obligations of a plan as a JSON array with exactly the contract keys', async () => {
    const result = await cli(fileURLToPath(realPlanUrl('department')));
    expect(result.code).toBe(0);
    const printed: unknown = JSON.parse(result.stdout);
    const obligations = CliObligation.array().parse(printed);
    expect(obligations).toHaveLength(8);
    const text = readRealPlan('department');
    for (const o of obligations) expect(text).toContain(o.phrase);
    expect(Object.keys(obligations[1] ?? {})).toEqual(['phrase', 'day', 'month', 'quarter', 'year', 'recurrence', 'kind', 'what', 'recipient']);
    expect(obligations[1]).toMatchObject({ phrase: 'trước \n\nngày 15 tháng 6 hằng năm', day: 15, month: 6, recurrence: 'yearly', kind: 'dossier' });
  }, 60_000);

  it('runs through the root npm script', async () => {
    const result = await run('npm', ['run', '--silent', 'extract-deadlines', '--', fileURLToPath(realPlanUrl('school'))]);
    expect(result.code).toBe(0);
    expect(CliObligation.array().parse(JSON.parse(result.stdout))).toHaveLength(4);
  }, 60_000);

  it('prints an empty array for a text without deadlines', async () => {
    const result = await cli(scratchFile('none.txt', 'Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND xã.\n'));
    expect(result).toMatchObject({ code: 0, stdout: '[]\n' });
  }, 60_000);

  it.each([
    ['no argument', [] as string[], /thiếu đường dẫn[\s\S]*missing/],
    ['a missing file', [join(scratch, 'absent.txt')], /không tìm thấy[\s\S]*not found/],
    ['a directory', [scratch], /thư mục[\s\S]*directory/],
  ])('exits 2 with a bilingual message for %s', async (_label, args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  }, 60_000);

  it('exits 2 for an empty, a binary and a non-UTF-8 file', async () => {
    const cases: Array<[string, RegExp]> = [
      [scratchFile('empty.txt', '  \n\n'), /trống[\s\S]*empty/],
      [scratchFile('plan.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])), /nhị phân[\s\S]*binary/],
      [scratchFile('latin.txt', Buffer.from([0x54, 0x72, 0xe6, 0x6f, 0x63])), /UTF-8/],
    ];
    for (const [path, message] of cases) {
      const result = await cli(path);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  }, 120_000);
});
