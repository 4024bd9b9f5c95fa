import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apiAuthBenchmark } from './api-auth.bench';
import { deliveryBenchmark } from './delivery.bench';
import { planExtractionBenchmark, planSearchBenchmark } from './plans.bench';
import { dashboardBenchmark } from './dashboard.bench';
import { exportBenchmark } from './export.bench';
import { planDayBenchmark } from './plan-day.bench';
import { miniAppWeightBenchmark } from './miniapp.bench';
import { reminderPlanningBenchmark } from './reminders.bench';
import { submitBenchmark } from './submit.bench';
import type { Benchmark, BenchResult } from './harness';

/**
 * `npm run bench` runs every benchmark and writes bench/results.json and the table in bench/README.md.
 * `-- --short` (CI) only proves each benchmark still runs: tiny sizes, results not written.
 */
const benchmarks: Benchmark[] = [apiAuthBenchmark, planExtractionBenchmark, planSearchBenchmark, submitBenchmark, reminderPlanningBenchmark, planDayBenchmark, dashboardBenchmark, exportBenchmark, deliveryBenchmark, miniAppWeightBenchmark];

const short = process.argv.includes('--short');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const benchDir = fileURLToPath(new URL('../../bench/', import.meta.url));
const resultsFile = `${benchDir}results.json`;

interface ResultsFile {
  measuredAt: string;
  machine: string;
  /** When each benchmark last ran: `--only=<name>` reruns one and keeps the others' figures. */
  measured?: Record<string, string>;
  metrics: Record<string, number>;
}

async function main(): Promise<void> {
  const previous: ResultsFile | null = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as ResultsFile) : null;
  const results: Record<string, number> = previous?.metrics ?? {};
  const measured: Record<string, string> = previous?.measured ?? Object.fromEntries(benchmarks.map((benchmark) => [benchmark.name, previous?.measuredAt ?? '']));
  const notes: Record<string, string> = {};
  for (const benchmark of benchmarks.filter((candidate) => !only || candidate.name === only)) {
    measured[benchmark.name] = new Date().toISOString();
    const started = performance.now();
    const result: BenchResult = await benchmark.run({ short });
    console.log(`\n${benchmark.name} (${((performance.now() - started) / 1000).toFixed(1)} s${short ? ', short mode' : ''})`);
    for (const [key, value] of Object.entries(result.metrics)) {
      console.log(`  ${key.padEnd(34)} ${String(value).padStart(12)}   ${result.notes[key] ?? ''}`);
      results[key] = value;
      notes[key] = result.notes[key] ?? '';
    }
  }
  if (short) {
    console.log('\nshort mode: results not written');
    return;
  }
  mkdirSync(benchDir, { recursive: true });
  const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
  const file: ResultsFile = { measuredAt: only && previous ? previous.measuredAt : new Date().toISOString(), machine: '2 cores, shared', measured, metrics: sorted };
  writeFileSync(resultsFile, `${JSON.stringify(file, null, 2)}\n`);
  writeReadme(sorted, notes);
  console.log(`\nwrote ${resultsFile}`);
}

function writeReadme(metrics: Record<string, number>, notes: Record<string, string>): void {
  const readmeFile = `${benchDir}README.md`;
  const previous = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : '';
  const keptNotes = Object.fromEntries([...previous.matchAll(/^\| `([^`]+)` \| [^|]* \| (.*) \|$/gm)].map((match) => [match[1], match[2]]));
  const rows = Object.entries(metrics).map(([key, value]) => `| \`${key}\` | ${value} | ${notes[key] || keptNotes[key] || ''} |`);
  writeFileSync(
    readmeFile,
    [
      '# Benchmarks',
      '',
      'Written by `npm run bench` (do not edit the table by hand). Every figure comes with a baseline measured in the same run on the same machine (2 shared cores); compare ratios, not absolute times, across machines.',
      '',
      '`npm run bench -- --only=<name>` reruns one benchmark and keeps the other figures; `measured` in results.json says when each benchmark last ran.',
      '',
      '| Metric | Value | What it measures |',
      '| --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
