import { describe, expect, it } from 'vitest';
import { isManifestOrLock } from '../src/manifests.js';

describe('isManifestOrLock', () => {
  it('takes table files, optional ones and globs that stand for them', () => {
    for (const s of ['package.json', 'go.sum*', 'package*.json', 'assets/package.json', 'Gemfile*'])
      expect(isManifestOrLock(s), s).toBe(true);
  });

  it('takes a glob built around a tool name (`*yarn*`: yarn.lock, .yarnrc.yml)', () => {
    expect(isManifestOrLock('*yarn*')).toBe(true);
    expect(isManifestOrLock('assets/*yarn*')).toBe(true);
    expect(isManifestOrLock('*pnpm*')).toBe(true);
  });

  it('does not take an extension glob, a word that is no tool, or source', () => {
    for (const s of ['*.py', '*.txt', '*.json', '*lock*', '*app*', 'src/', 'main.py', '*'])
      expect(isManifestOrLock(s), s).toBe(false);
  });
});
