import { describe, expect, it } from 'vitest';
import { collectContext, ContextCollector, type ContextEntry, contextPath } from './collect.js';

/** Entries from a map of path → text, counting which were read. */
function entries(files: Record<string, string>, reads: string[] = []): ContextEntry[] {
  return Object.entries(files).map(([path, text]) => ({
    path,
    size: text.length,
    read: async () => {
      reads.push(path);
      return text;
    },
  }));
}

const LIMITS = { files: 100, fileBytes: 64, totalBytes: 100 };

describe('collecting a build context', () => {
  it('lists every file and reads only the ones that matter', async () => {
    const reads: string[] = [];
    const ctx = await collectContext(
      entries(
        { 'src/app.js': 'x', 'package.json': '{"name":"a"}', 'package-lock.json': '{}', 'README.md': '# hi' },
        reads,
      ),
    );
    expect(ctx.files).toEqual(['README.md', 'package-lock.json', 'package.json', 'src/app.js']);
    expect(ctx.texts).toEqual({ 'package.json': '{"name":"a"}', 'package-lock.json': '{}' });
    expect(reads.sort()).toEqual(['package-lock.json', 'package.json']);
  });

  it('leaves a file over the per-file limit, and files past the total, unread but listed', async () => {
    const big = 'x'.repeat(65);
    const ctx = await collectContext(
      entries({ 'a/package.json': '{}'.padEnd(60), 'b/package.json': '{}'.padEnd(60), 'go.mod': big }),
      LIMITS,
    );
    expect(ctx.files).toEqual(['a/package.json', 'b/package.json', 'go.mod']);
    // 60 of the 100 bytes go to the first; the second (60) no longer fits; go.mod is over 64
    expect(Object.keys(ctx.texts)).toEqual(['a/package.json']);
  });

  it('holds a text to the bound even when the size given was wrong', async () => {
    const ctx = await collectContext(
      [{ path: 'package.json', size: 2, read: async () => 'y'.repeat(500) }],
      LIMITS,
    );
    expect(ctx.texts).toEqual({});
  });

  it('does not keep a binary file', async () => {
    const ctx = await collectContext(entries({ 'package.json': '{\0}' }));
    expect(ctx.files).toEqual(['package.json']);
    expect(ctx.texts).toEqual({});
  });

  it('skips what .dockerignore excludes: folders whole (unlisted), files unread', async () => {
    const reads: string[] = [];
    const ctx = await collectContext(
      entries(
        {
          '.dockerignore': 'node_modules\n.npmrc\n',
          'node_modules/a/package.json': '{}',
          'node_modules/b/index.js': '',
          '.npmrc': '//r/:_authToken=abc',
          'package.json': '{}',
        },
        reads,
      ),
    );
    expect(ctx.files).toEqual(['.dockerignore', '.npmrc', 'package.json']);
    expect(ctx.unlisted).toEqual(['node_modules']);
    expect(ctx.texts['.dockerignore']).toBe('node_modules\n.npmrc\n');
    expect(reads).not.toContain('.npmrc');
    expect(reads).not.toContain('node_modules/a/package.json');
  });

  it('walks an excluded folder when an exception line may bring a file back', async () => {
    const ctx = await collectContext(
      entries({ '.dockerignore': 'build\n!build/keep.txt\n', 'build/keep.txt': 'k' }),
    );
    expect(ctx.files).toEqual(['.dockerignore', 'build/keep.txt']);
    expect(ctx.unlisted).toBeUndefined();
  });

  it('takes nothing outside the root, and normalises the rest', async () => {
    const ctx = await collectContext(
      entries({
        '../secret/package.json': '{}',
        'a/../../x': '',
        '/etc/passwd': '',
        'C:/x/package.json': '{}',
        './src\\app.js': '',
        'src/app.js': '',
      }),
    );
    expect(ctx.files).toEqual(['src/app.js']);
    expect(contextPath('a/./b//c')).toBe('a/b/c');
    expect(contextPath('.')).toBeNull();
  });

  it('stops at the file limit and says the listing is incomplete', async () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, '']));
    const ctx = await collectContext(entries(files), { ...LIMITS, files: 3 });
    expect(ctx.files).toHaveLength(3);
    expect(ctx.incomplete).toBe(true);
  });

  it('tells a folder walker which folders it need not enter', () => {
    const c = new ContextCollector('node_modules\n*.log\n');
    expect(c.skipsFolder('node_modules')).toBe(true);
    expect(c.skipsFolder('src')).toBe(false);
    expect(c.result().unlisted).toEqual(['node_modules']);
  });
});
