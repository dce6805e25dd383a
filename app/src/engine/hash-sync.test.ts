import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodePermalink, encodePermalink } from '../share/permalink';
import { createAppStore, initialState } from '../store/store';
import { DEFAULT_EXAMPLE } from '../workshop/examples';
import { HASH_QUIET_MS, type Page, readInitialHash, syncHash } from './hash-sync';

/** An address bar: `replaceHash` is silent, `go` is the user changing the hash (an event). */
function fakePage(initial = '') {
  let hash = initial;
  const replaced: string[] = [];
  const hashListeners: (() => void)[] = [];
  const leaveListeners: (() => void)[] = [];
  const page: Page = {
    hash: () => hash,
    replaceHash: (h) => {
      hash = h;
      replaced.push(h);
    },
    onHashChange: (l) => hashListeners.push(l),
    onLeave: (l) => leaveListeners.push(l),
  };
  return {
    page,
    replaced,
    go: (h: string) => {
      hash = h;
      for (const l of hashListeners) l();
    },
    leave: () => {
      for (const l of leaveListeners) l();
    },
  };
}

const link = (text: string) => encodePermalink({ text, lang: 'en' });
const textIn = (hash: string) => {
  const r = decodePermalink(hash.slice(1));
  return r.ok ? r.state.text : null;
};

describe('hash sync', () => {
  let clock = 10_000;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 10_000;
  });
  afterEach(() => vi.useRealTimers());

  const setup = (text = 'FROM a\n', hash = '') => {
    const store = createAppStore(initialState('en', text, null));
    const addr = fakePage(hash);
    syncHash(store, addr.page, () => clock);
    return { store, addr };
  };

  it('opens a link given at start', () => {
    const store = createAppStore(initialState('en', 'FROM a\n', null));
    readInitialHash(store, link('FROM shared\n'));
    expect(store.getState().text).toBe('FROM shared\n');
    expect(store.getState().notice).toBeNull();
  });

  it('shows the default example and a notice for a damaged link at start', () => {
    const store = createAppStore(initialState('en', '', null));
    readInitialHash(store, `${link('FROM shared\n').slice(0, -6)}AAAAAA`);
    expect(store.getState().text).toBe(DEFAULT_EXAMPLE.texts.en);
    expect(store.getState().notice).toMatchObject({ kind: 'error', params: { kept: 'example' } });
  });

  it('loads a link when the hash changes', () => {
    const { store, addr } = setup();
    addr.go(link('FROM pasted\n'));
    expect(store.getState().text).toBe('FROM pasted\n');
  });

  it('leaves the editor text intact, with a notice, when the hash changes to a damaged link', () => {
    const { store, addr } = setup('FROM mine\n');
    addr.go('#v2/not-a-link');
    expect(store.getState().text).toBe('FROM mine\n');
    expect(store.getState().notice).toMatchObject({ kind: 'error', params: { kept: 'text' } });
  });

  it('opens a rule page from #rule/…', () => {
    const { store, addr } = setup();
    addr.go('#rule/DOP050');
    expect(store.getState().tab).toBe('practices');
    expect(store.getState().selectedRule).toBe('DOP050');
  });

  it('writes the first change at once and later quick ones when typing pauses', () => {
    const { store, addr } = setup();
    store.getState().setText('FROM b\n');
    expect(addr.replaced.map(textIn)).toEqual(['FROM b\n']);
    clock += 100;
    store.getState().setText('FROM bc\n');
    clock += 100;
    store.getState().setText('FROM bcd\n');
    expect(addr.replaced).toHaveLength(1);
    vi.advanceTimersByTime(HASH_QUIET_MS);
    expect(addr.replaced.map(textIn)).toEqual(['FROM b\n', 'FROM bcd\n']);
  });

  it('does not reload its own hash as a link', () => {
    const { store, addr } = setup();
    store.getState().setText('FROM b\n');
    const setNotice = vi.spyOn(store.getState(), 'setNotice');
    addr.go(addr.page.hash());
    expect(setNotice).not.toHaveBeenCalled();
  });

  it('writes what waits when the page goes away', () => {
    const { store, addr } = setup();
    store.getState().setText('FROM b\n');
    clock += 10;
    store.getState().setText('FROM last\n');
    addr.leave();
    expect(textIn(addr.page.hash())).toBe('FROM last\n');
  });
});
