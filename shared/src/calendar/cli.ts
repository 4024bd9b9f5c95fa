import { readPlanFile, PlanFileError } from './cli-input';
import { extractDeadlines } from './extract-deadlines';
import { toCliObligation } from './obligation-schema';

/**
 * `npm run --silent extract-deadlines -- <plan.txt>`: prints the plan's obligations as a JSON
 * array on stdout. Exit code 2 with a message on stderr when the file cannot be used.
 */
const usage = 'Cách dùng / Usage: npm run --silent extract-deadlines -- <kế-hoạch.txt>';

function main(args: readonly string[]): number {
  if (args.length > 1) {
    console.error(`Lỗi: chỉ nhận một tệp.\nError: expected exactly one file.\n${usage}`);
    return 2;
  }
  try {
    const text = readPlanFile(args[0]);
    const obligations = extractDeadlines(text).map(toCliObligation);
    process.stdout.write(`${JSON.stringify(obligations, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    console.error(`${error.message}\n${usage}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
