/**
 * `pnpm lab --goldens`: every rewriter golden whose base images the lab can make is built as
 * written and as rewritten, in a stub context holding every file the Dockerfiles copy (the golden's
 * own context/ files where it has them). Only
 * "the original builds and the rewrite does not" marks a broken rewrite; a golden whose original
 * fails too fails on the stub context (its RUN steps need real project files). The playground's
 * gallery examples are built the same way, as goldens named `gallery-<id>` whose output is
 * today's rewrite.
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Engine } from './engine.js';
import { baseImages } from './froms.js';
import { adjustForLab, build, frontendLimit } from './measure.js';
import { failingStep } from './buildlog.js';
import { CACHE_DIR } from './engine.js';
import { ensureStandIns, findStandIn, notBuildableReason } from './standins.js';
import { LAB_DIR, REPO_ROOT } from './paths.js';
import { rewrite } from '@dop/rewriter';
import { EXAMPLES } from '../../app/src/workshop/examples.js';
import { goldenDigest } from '../../packages/rewriter/test/golden-digest.js';

export const GOLDEN_DIR = path.join(REPO_ROOT, 'packages', 'rewriter', 'test', 'golden');

export type Verdict =
  | 'both build'
  | 'rewrite broken'
  | 'both fail (stub context)'
  | 'rewrite builds, original does not'
  | 'not buildable here';

export interface GoldenSide {
  built: boolean;
  error?: string;
  adjustments: string[];
}

export interface GoldenResult {
  golden: string;
  /** Which rewrite was built: the digest of the golden's output and .dockerignore (goldenDigest). */
  outputDigest: string;
  images: string[];
  notBuildable: { image: string; why: string }[];
  verdict: Verdict;
  original: GoldenSide;
  rewrite: GoldenSide;
}

/** The playground's gallery examples, built beside the goldens under this prefix. */
export const GALLERY_PREFIX = 'gallery-';

export function goldenNames(): string[] {
  return [
    ...readdirSync(GOLDEN_DIR)
      .filter(
        (d) =>
          existsSync(path.join(GOLDEN_DIR, d, 'input.Dockerfile')) &&
          existsSync(path.join(GOLDEN_DIR, d, 'output.Dockerfile')),
      )
      .sort(),
    ...EXAMPLES.map((e) => `${GALLERY_PREFIX}${e.id}`),
  ];
}

/** A golden's input, output and suggested .dockerignore: from its folder, or a gallery example and its rewrite. */
function goldenSource(name: string): { input: string; output: string; ignore: string } {
  const example = EXAMPLES.find((e) => `${GALLERY_PREFIX}${e.id}` === name);
  if (example) {
    const r = rewrite(example.text);
    return { input: example.text, output: r.output, ignore: r.dockerignore };
  }
  const ignoreFile = path.join(GOLDEN_DIR, name, 'suggested.dockerignore');
  return {
    input: readFileSync(path.join(GOLDEN_DIR, name, 'input.Dockerfile'), 'utf8'),
    output: readFileSync(path.join(GOLDEN_DIR, name, 'output.Dockerfile'), 'utf8'),
    ignore: existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : '',
  };
}

/** The local sources of COPY and ADD instructions (not --from, not URLs). */
export function copiedPaths(dockerfile: string): string[] {
  const out: string[] = [];
  const text = dockerfile.replace(/\\\r?\n/g, ' ');
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(COPY|ADD)\s+(.*)$/i.exec(line);
    if (!m) continue;
    let rest = m[2]!.trim();
    if (/--from=/i.test(rest)) continue;
    rest = rest.replace(/--\S+\s+/g, '');
    let args: string[];
    if (rest.startsWith('[')) {
      try {
        args = JSON.parse(rest) as string[];
      } catch {
        continue;
      }
    } else args = rest.split(/\s+/);
    for (const src of args.slice(0, -1))
      if (!/^[a-z]+:\/\//i.test(src) && !src.startsWith('<<')) out.push(src);
  }
  return out;
}

// A Node project with one small dependency and lock files for npm, yarn 1 and pnpm (lab/golden-stub).
const STUB_DIR = path.join(LAB_DIR, 'golden-stub');
const stub = (name: string) => readFileSync(path.join(STUB_DIR, name), 'utf8');

const STUB_FILES: Record<string, string> = {
  'package.json': stub('package.json'),
  'package-lock.json': stub('package-lock.json'),
  'yarn.lock': stub('yarn.lock'),
  'pnpm-lock.yaml': stub('pnpm-lock.yaml'),
  'requirements.txt': '# stub: nothing to install\n',
  'go.mod': 'module example.com/stub\n\ngo 1.19\n',
  'main.go': 'package main\n\nfunc main() {}\n',
  'index.js': "console.log('stub');\n",
  // no gems: `bundle install` needs no network, with or without a lock file
  Gemfile: "source 'https://rubygems.org'\n",
};
/** Files named without a dot: a copied `Gemfile` is a file, not a folder. */
const DOTLESS_FILES = new Set(['Gemfile', 'Makefile', 'Procfile', 'Rakefile', 'LICENSE']);

/**
 * A context in which every copied path exists: the golden's own `context/` files when it has them
 * (the rewriter read them too), placeholder content by file name for the rest.
 */
export function stubContext(dir: string, dockerfiles: string[], files?: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (files && existsSync(files)) cpSync(files, dir, { recursive: true });
  const write = (rel: string) => {
    const file = path.join(dir, rel);
    if (existsSync(file)) return;
    mkdirSync(path.dirname(file), { recursive: true });
    const name = path.basename(rel);
    writeFileSync(file, STUB_FILES[name] ?? (name.endsWith('.sh') ? '#!/bin/sh\necho stub\n' : 'stub\n'));
    if (name.endsWith('.sh')) chmodSync(file, 0o755);
  };
  for (const df of dockerfiles) {
    for (let src of copiedPaths(df)) {
      src = src.replace(/^\.\//, '').replace(/^\//, '');
      if (src === '' || src === '.') continue;
      if (src.includes('*') || src.includes('?')) {
        // package*.json → package.json and package-lock.json; yarn.lock* → yarn.lock
        const stem = src.replace(/[*?].*$/, '');
        for (const known of Object.keys(STUB_FILES))
          if (known.startsWith(stem) && src.includes('.') && known !== stem) write(known);
        if (STUB_FILES[stem]) write(stem);
        continue;
      }
      // the golden's own context already holds it (a file or a folder)
      if (existsSync(path.join(dir, src))) continue;
      const base = path.basename(src);
      if (src.endsWith('/') || (!base.includes('.') && !DOTLESS_FILES.has(base)))
        write(path.join(src, 'placeholder.txt'));
      else write(src);
    }
  }
  write('index.js');
}

async function buildSide(
  engine: Engine,
  dir: string,
  tag: string,
  dockerfile: string,
  ignore: string | null,
): Promise<GoldenSide> {
  const { text, adjustments } = adjustForLab(dockerfile);
  writeFileSync(path.join(dir, 'Dockerfile'), text);
  rmSync(path.join(dir, '.dockerignore'), { force: true });
  if (ignore !== null) writeFileSync(path.join(dir, '.dockerignore'), ignore);
  const r = await build(engine, dir, tag, false);
  return r.ok ? { built: true, adjustments } : { built: false, error: failingStep(r.log), adjustments };
}

export async function runGolden(
  engine: Engine,
  name: string,
  log: (s: string) => void,
): Promise<GoldenResult> {
  const { input, output, ignore } = goldenSource(name);
  const outputDigest = goldenDigest(output, ignore);
  const images = [...new Set([...baseImages(input), ...baseImages(output)])];
  const notBuildable = images
    .filter((i) => !findStandIn(i))
    .map((image) => ({ image, why: notBuildableReason(image) }));
  const none: GoldenSide = { built: false, adjustments: [] };
  for (const df of [input, output]) {
    const limit = frontendLimit(df);
    if (limit && !notBuildable.some((n) => n.why === limit))
      notBuildable.push({ image: '(Dockerfile frontend)', why: limit });
  }
  if (notBuildable.length > 0)
    return {
      golden: name,
      outputDigest,
      images,
      notBuildable,
      verdict: 'not buildable here',
      original: none,
      rewrite: none,
    };
  await ensureStandIns(engine, images, log);
  const dir = path.join(CACHE_DIR, 'work', `golden-${name}`);
  stubContext(dir, [input, output], path.join(GOLDEN_DIR, name, 'context'));
  log(`golden ${name}: building the input…`);
  const original = await buildSide(engine, dir, `dop-lab/golden-${name}:input`, input, null);
  log(`golden ${name}: building the output…`);
  const rewrite = await buildSide(engine, dir, `dop-lab/golden-${name}:output`, output, ignore);
  rmSync(dir, { recursive: true, force: true });
  const verdict: Verdict =
    original.built && rewrite.built
      ? 'both build'
      : original.built
        ? 'rewrite broken'
        : rewrite.built
          ? 'rewrite builds, original does not'
          : 'both fail (stub context)';
  log(`golden ${name}: ${verdict}${rewrite.error ? ` — rewrite: ${rewrite.error}` : ''}`);
  return { golden: name, outputDigest, images, notBuildable, verdict, original, rewrite };
}
