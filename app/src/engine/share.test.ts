import type { Rewrite } from '@dop/rewriter';
import { describe, expect, it } from 'vitest';
import { decodePermalink } from '../share/permalink';
import { createAppStore, initialState } from '../store/store';
import { type SharePage, copyOptimized, shareLink } from './share';

const BASE = 'https://example.test/play';

function fakePage(copies: boolean) {
  const copied: string[] = [];
  const hashes: string[] = [];
  const page: SharePage = {
    base: () => BASE,
    replaceHash: (h) => void hashes.push(h),
    copy: async (t) => {
      copied.push(t);
      return copies;
    },
  };
  return { page, copied, hashes };
}

const make = (text = 'FROM alpine:3.20\n') => createAppStore(initialState('en', text, null));

describe('share', () => {
  it('copies a link that opens the same text, puts it in the address bar and says so', async () => {
    const store = make();
    const { page, copied, hashes } = fakePage(true);
    const url = await shareLink(store, undefined, page);
    expect(copied).toEqual([url]);
    expect(url!.startsWith(`${BASE}#v`)).toBe(true);
    const hash = url!.slice(BASE.length);
    expect(hashes).toEqual([hash]);
    const opened = decodePermalink(hash.slice(1));
    expect(opened.ok && opened.state.text).toBe('FROM alpine:3.20\n');
    expect(store.getState().lastLink).toBe(url);
    expect(store.getState().notice).toMatchObject({ kind: 'info', key: 'linkCopied' });
  });

  it('leaves the address bar alone for a progress link, and warns when the copy fails', async () => {
    const store = make();
    const { page, hashes } = fakePage(false);
    await shareLink(store, { progress: ['ex1'] }, page);
    expect(hashes).toEqual([]);
    expect(store.getState().notice).toMatchObject({ kind: 'warning', key: 'copyFailed' });
  });

  it('refuses a text too large for any link', async () => {
    const store = make(`FROM a\n${'#'.repeat(1_000_001)}`);
    const { page, copied } = fakePage(true);
    expect(await shareLink(store, undefined, page)).toBeNull();
    expect(copied).toEqual([]);
    expect(store.getState().notice).toMatchObject({ kind: 'error', key: 'linkTooBig' });
  });

  it('copies the rewritten Dockerfile only when there is one', async () => {
    const store = make();
    const copied: string[] = [];
    const copy = async (t: string) => {
      copied.push(t);
      return true;
    };
    await copyOptimized(store, copy);
    expect(copied).toEqual([]);
    expect(store.getState().notice).toBeNull();
    store.getState().receiveAnalysis({
      text: 'FROM alpine:3.20\n',
      findings: [],
      suppressed: 0,
      rewrite: { output: 'FROM alpine:3.21\n' } as Rewrite,
      allChanges: [],
      timings: { analyzeMs: 0, rewriteMs: 0 },
    });
    await copyOptimized(store, copy);
    expect(copied).toEqual(['FROM alpine:3.21\n']);
    expect(store.getState().notice).toMatchObject({ kind: 'info', key: 'copied' });
  });
});
