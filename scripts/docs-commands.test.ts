/**
 * Every command line in README.md and docs/ that a person copies must run on a fresh machine with
 * only Node and npm: no bare `pnpm`/`tsx` (not installed), no `npx` without `--yes` (npm 11 stops to
 * ask, and fails where there is no terminal), and only scripts that exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandProblems, copyableCommands } from './docs-commands';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const scripts = new Set(Object.keys(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts));
// docs/rules.md is about the Dockerfiles people write (`pnpm install` inside a RUN), not about this repository
const DOCS = [
  'README.md',
  ...readdirSync(join(REPO, 'docs'))
    .filter((f) => f.endsWith('.md') && f !== 'rules.md')
    .map((f) => `docs/${f}`),
];

describe('command lines in the docs run on a fresh machine', () => {
  for (const doc of DOCS) {
    it(doc, () => {
      const problems = copyableCommands(readFileSync(join(REPO, doc), 'utf8')).flatMap((c) =>
        commandProblems(c.text, scripts).map((p) => `${doc}:${c.line}: ${c.text}\n  ${p}`),
      );
      expect(problems).toEqual([]);
    });
  }

  it('the checker finds what a new user would trip on', () => {
    const md = [
      'Run `pnpm gen` then `npx --yes pnpm@10 gen`.',
      '```sh',
      'npx pnpm@10 install && npx --yes pnpm@10 nosuchscript   # comment',
      'tsx scripts/x.ts',
      '```',
      '      - run: npx --yes pnpm@10 --silent dop lint --format sarif > dop.sarif',
    ].join('\n');
    const found = copyableCommands(md).flatMap((c) => commandProblems(c.text, new Set(['gen', 'dop'])));
    expect(found).toEqual([
      'bare `pnpm`: not installed on a fresh machine (write `npx --yes pnpm@10 …`)',
      '`npx` without `--yes`: npm 11 stops to ask, and fails with no terminal',
      'no script `nosuchscript` in package.json',
      'bare `tsx`: not on PATH outside a package script (write `npx --yes pnpm@10 exec tsx …`)',
    ]);
  });
});
