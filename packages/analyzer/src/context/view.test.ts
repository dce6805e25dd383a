import { describe, expect, it } from 'vitest';
import { parseIgnoreFile } from './ignore-file.js';
import { contextView, normaliseSource } from './view.js';

describe('.dockerignore as Docker reads it', () => {
  const ig = parseIgnoreFile('# comment\nnode_modules\n*.log\n!keep.log\n*/tmp/*\ndocs/**/*.md\n');
  it('excludes what a line matches, and what is under a matching folder', () => {
    expect(ig.excludes('node_modules/x/index.js')).toBe(true);
    expect(ig.excludes('a.log')).toBe(true);
    expect(ig.excludes('src/a.log')).toBe(false); // `*` does not cross `/`, unlike .gitignore
    expect(ig.excludes('a/tmp/b')).toBe(true);
    expect(ig.excludes('docs/x/y/z.md')).toBe(true);
    expect(ig.excludes('src/index.js')).toBe(false);
  });
  it('lets a later ! line bring a file back, and names the deciding line', () => {
    expect(ig.excludes('keep.log')).toBe(false);
    expect(ig.decidingLine('a.log')).toEqual({ line: 3, pattern: '*.log', exception: false });
    expect(ig.decidingLine('src/index.js')).toBeUndefined();
  });
  it('is case-sensitive, as on Linux builders', () => {
    expect(parseIgnoreFile('Dist\n').excludes('dist/a.js')).toBe(false);
  });
});

describe('COPY sources against a context', () => {
  const view = contextView({
    files: ['.dockerignore', 'package.json', 'package-lock.json', 'src/a.js', 'src/b.js', 'dist/x.js'],
    texts: { '.dockerignore': 'dist\n' },
    unlisted: ['node_modules'],
  });
  it('normalises the ways people write a source', () => {
    expect(['./src/', '/src', '"src"', 'src/.', './/src'].map(normaliseSource)).toEqual(Array(5).fill('src'));
    expect(normaliseSource('.')).toBe('');
    expect(normaliseSource('./')).toBe('');
  });
  it('matches a file, a folder, a glob and the whole context', () => {
    expect(view.source('package.json').files).toEqual(['package.json']);
    expect(view.source('./src').files).toEqual(['src/a.js', 'src/b.js']);
    expect(view.source('package*.json').files).toEqual(['package.json', 'package-lock.json']);
    expect(view.source('.').files).toHaveLength(6);
  });
  it('tells what the build receives from what .dockerignore keeps back', () => {
    expect(view.source('dist').files).toEqual(['dist/x.js']);
    expect(view.source('dist').sent).toEqual([]);
    expect(view.source('.').sent).not.toContain('dist/x.js');
  });
  it('does not claim a path under an unlisted folder is missing', () => {
    expect(view.source('node_modules/left-pad').unknown).toBe(true);
    expect(view.source('nothing-here').unknown).toBe(false);
    expect(contextView({ files: [], texts: {}, incomplete: true }).source('x').unknown).toBe(true);
  });
});
