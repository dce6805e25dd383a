import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodePermalink, encodePermalink } from '../share/permalink';
import { contextForLink, projectFromLink } from './link-context';
import { contextOfFiles, filesFromZip, mergeFiles, stripCommonTop } from './project-files';

const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

describe('project files from a zip', () => {
  it('lists every file, keeps the text of the wanted ones only, and drops the top folder', async () => {
    const files = filesFromZip(
      zip({
        'shop-main/package.json': '{"scripts":{"start":"node server.js"}}',
        'shop-main/package-lock.json': '{}',
        'shop-main/server.js': 'console.log(1)',
        'shop-main/.dockerignore': 'node_modules\n',
      }),
    );
    expect(files.map((f) => f.path).sort()).toEqual([
      '.dockerignore',
      'package-lock.json',
      'package.json',
      'server.js',
    ]);
    expect(files.find((f) => f.path === 'server.js')!.text).toBeNull();
    const ctx = await contextOfFiles(mergeFiles([], files));
    expect(Object.keys(ctx.texts).sort()).toEqual(['.dockerignore', 'package-lock.json', 'package.json']);
  });

  it('keeps paths as they are when there is no single top folder', () => {
    const strip = stripCommonTop(['Dockerfile', 'src/a.js']);
    expect(strip('src/a.js')).toBe('src/a.js');
    expect(stripCommonTop(['app/a', 'app/b/c'])('app/b/c')).toBe('b/c');
  });

  it('drops paths outside the root and the __MACOSX shadow folder; a file added again replaces the old', () => {
    const merged = mergeFiles(
      [{ path: 'package.json', size: 2, text: '{}' }],
      [
        { path: '../etc/passwd', size: 1, text: null },
        { path: '__MACOSX/._package.json', size: 1, text: null },
        { path: 'package.json', size: 3, text: '{ }' },
      ],
    );
    expect(merged).toEqual([{ path: 'package.json', size: 3, text: '{ }' }]);
  });
});

describe('project files in a permalink', () => {
  it('carries the manifests, names credentials without their text, and says what it left out', async () => {
    const ctx = await contextOfFiles([
      { path: 'package.json', size: 30, text: '{"scripts":{"start":"node a"}}' },
      { path: '.npmrc', size: 30, text: '//r/:_authToken=npm_secret' },
      { path: '.env', size: 5, text: null },
      { path: 'go.mod', size: 20_000, text: `module x\n${'/'.repeat(20_000)}` },
    ]);
    const shared = contextForLink(ctx);
    expect(Object.keys(shared.texts)).toEqual(['package.json']);
    expect(shared.files).toContain('.npmrc');
    expect(JSON.stringify(shared)).not.toContain('npm_secret');
    expect(shared.omitted).toEqual({ texts: ['go.mod'], secrets: ['.npmrc'] });

    const link = encodePermalink({ text: 'FROM node:22\n', context: shared });
    const back = decodePermalink(link.slice(1));
    expect(back.ok).toBe(true);
    const project = projectFromLink(back.ok ? back.state.context! : shared);
    expect(project.context!.texts['package.json']).toContain('node a');
    expect(project.fromLink).toEqual({ texts: ['go.mod'], secrets: ['.npmrc'] });
  });

  it('keeps within 2000 paths and says how many it left out', async () => {
    const many = Array.from({ length: 2100 }, (_, i) => ({ path: `f${i}.txt`, size: 0, text: null }));
    const shared = contextForLink(await contextOfFiles(many));
    expect(shared.files).toHaveLength(2000);
    expect(shared.omitted).toEqual({ files: 100 });
    expect(projectFromLink(shared).context!.incomplete).toBe(true);
  });
});
