import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { round, type Benchmark } from './harness';

const miniAppRoot = fileURLToPath(new URL('../../mini-app/', import.meta.url));
const starterRoot = fileURLToPath(new URL('./starter/', import.meta.url));

/** Builds a mini app with its own vite config into a temp folder (the Zalo build: production mode). */
async function buildInto(root: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'tds-miniapp-'));
  const cwd = process.cwd();
  // zmp-vite-plugin reads ./app-config.json from the working directory.
  process.chdir(root);
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    process.chdir(cwd);
  }
  return outDir;
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

/**
 * What the phone fetches before the first screen: index.html's module script, its modulepreloads and
 * stylesheets, and every chunk those import statically (`import … from "./x.js"`), never `import("./x.js")`.
 */
export function initialFiles(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const queue: string[] = [];
  const files = new Set<string>();
  for (const tag of tags) {
    const href = tag.startsWith('<script') ? attribute(tag, 'src') : /\brel="(stylesheet|modulepreload)"/.test(tag) ? attribute(tag, 'href') : undefined;
    if (href && !/^(https?:)?\/\//.test(href)) queue.push(resolve(outDir, href.replace(/^\//, '')));
  }
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) queue.push(resolve(dirname(file), match[1]!));
  }
  return [...files];
}

const gzipKb = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024;

export const miniAppWeightBenchmark: Benchmark = {
  name: 'miniapp',
  async run() {
    const appDir = await buildInto(miniAppRoot);
    const starterDir = await buildInto(starterRoot);
    try {
      const app = initialFiles(appDir);
      const starter = initialFiles(starterDir);
      const appKb = gzipKb(app);
      const starterKb = gzipKb(starter);
      return {
        metrics: {
          'miniapp.initial_gzip_kb': round(appKb, 1),
          'miniapp.starter_gzip_kb': round(starterKb, 1),
          'miniapp.ratio_vs_starter': round(appKb / starterKb, 3),
        },
        notes: {
          'miniapp.initial_gzip_kb': `JS + CSS fetched before the first screen (index.html's entry, modulepreloads, stylesheets and their static imports; lazy chunks excluded), gzip -9, Zalo build (${app.length} files)`,
          'miniapp.starter_gzip_kb': 'the same for a bare zmp-ui + React + zmp-sdk starter (tests/bench/starter: App, Router, Page, Header, Input, Select, List, Sheet, Modal) built with the same vite config in the same run',
          'miniapp.ratio_vs_starter': 'initial weight of the mini app ÷ the starter; target ≤ 1.25',
        },
      };
    } finally {
      rmSync(appDir, { recursive: true, force: true });
      rmSync(starterDir, { recursive: true, force: true });
    }
  },
};
