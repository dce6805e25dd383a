/**
 * The Korean words of docs/glossary-ko.md hold everywhere: no text of a rule, a finding, a rewrite or
 * the page uses a word the glossary says not to use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, rules } from '../src/index.js';

const REPO = join(import.meta.dirname, '../../..');

/** The glossary's third column, each comma-separated word without its parenthesised note. */
function avoided(): string[] {
  const md = readFileSync(join(REPO, 'docs/glossary-ko.md'), 'utf8');
  return md
    .split('\n')
    .filter((l) => /^\|[^-]/.test(l) && !l.includes('쓰지 않는 말'))
    .flatMap((l) => (l.split('|')[3] ?? '').split(','))
    .map((w) => w.replace(/\(.*?\)/g, '').trim())
    .filter(Boolean);
}

/** The Korean text the page shows, from its source files (strings, practices, examples). */
function appTexts(): string[] {
  const dir = join(REPO, 'app/src');
  const files = ['i18n/strings.ts', 'data/practices.ts', 'workshop/examples.ts', 'workshop/seeds.ts'].map(
    (f) => join(dir, f),
  );
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n'));
}

describe('the Korean glossary', () => {
  const words = avoided();

  it('is read from the docs', () => {
    expect(words).toContain('라벨');
    expect(words).toContain('순진한');
  });

  it('holds in every rule and finding', () => {
    const texts = rules.flatMap((m) => {
      const options = { ...m.examples.options, enabledRules: [m.id] };
      const found = analyze(m.examples.bad, options).findings.map((f) => f.message.ko);
      return [m.title.ko, m.explanation.ko, ...found].map((t) => `${m.id}: ${t}`);
    });
    expect(texts.filter((t) => words.some((w) => t.includes(w)))).toEqual([]);
  });

  it('holds on the page', () => {
    expect(appTexts().filter((t) => words.some((w) => t.includes(w)))).toEqual([]);
  });

  it('holds in the rewriter’s texts', () => {
    const dir = join(REPO, 'packages/rewriter/src');
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : [],
      );
    const lines = walk(dir).flatMap((f) => readFileSync(f, 'utf8').split('\n'));
    expect(lines.filter((t) => words.some((w) => t.includes(w)))).toEqual([]);
  });
});
