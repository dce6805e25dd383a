/**
 * The URL hash and the state kept in step: the hash is read at start and whenever it changes (a
 * link pasted into the address bar, back/forward), and written back as the state changes, once
 * typing pauses. No React; the page is reached through `Page`, so tests give a fake one.
 */
import { translate } from '../i18n/i18n';
import { type DecodeResult, MAX_AUTO_HASH_TEXT, encodePermalink, parseHash } from '../share/permalink';
import type { AppState, AppStoreApi, Notice } from '../store/store';
import { DEFAULT_EXAMPLE } from '../workshop/examples';

/** What hash sync needs of the page. */
export interface Page {
  hash(): string;
  /** Replaces the hash without a history entry and without a hashchange event. */
  replaceHash(hash: string): void;
  onHashChange(listener: () => void): void;
  /** The page is going away (pagehide): the last chance to write. */
  onLeave(listener: () => void): void;
}

export const browserPage: Page = {
  hash: () => location.hash,
  replaceHash: (hash) => history.replaceState(null, '', hash),
  onHashChange: (listener) => window.addEventListener('hashchange', listener),
  onLeave: (listener) => window.addEventListener('pagehide', listener),
};

/** How long the URL hash waits for typing to pause before it follows. */
export const HASH_QUIET_MS = 400;

/** Reads the hash at start: a bad link shows a notice and the default example. */
export function readInitialHash(store: AppStoreApi, hash: string): void {
  applyHash(store, hash, true);
}

/** Opens what a hash names: a shared state, a rule's or a practice's page; a bad link leaves a notice. */
export function applyHash(store: AppStoreApi, hash: string, initial: boolean): void {
  const route = parseHash(hash);
  const s = store.getState();
  if (route.kind === 'permalink') {
    if (route.result.ok) {
      s.applyShared(route.result.state);
      s.setNotice(sharedNotice(s, route.result.state, route.result.ignored ?? []));
    } else {
      const notice: Notice = {
        kind: 'error',
        key: `badLink_${route.result.error}` as Notice['key'],
        detail: route.result.detail,
        // at start the default example shows; later the text being edited stays
        params: { kept: initial ? 'example' : 'text' },
      };
      s.setNotice(notice);
      if (initial) s.setText(DEFAULT_EXAMPLE.texts[s.lang], DEFAULT_EXAMPLE.id);
    }
  } else if (route.kind === 'rule') {
    s.showRule(route.id);
  } else if (route.kind === 'practice') {
    s.showPractice(route.id);
  }
}

type Opened = Extract<DecodeResult, { ok: true }>;

/** What to tell the receiver of a link that opened: parts left out, the sender's language, settings. */
function sharedNotice(
  s: AppState,
  shared: Opened['state'],
  ignored: NonNullable<Opened['ignored']>,
): Notice | null {
  if (ignored.length > 0)
    return {
      kind: 'warning',
      key: 'linkIgnored',
      params: { parts: ignored.map((x) => translate(s.lang, `partName_${x.field}`)).join(', ') },
      detail: ignored.map((x) => x.detail).join('; '),
    };
  // the receiver's interface keeps its language; the sender's is offered, not imposed
  if (shared.lang && shared.lang !== s.lang)
    return {
      kind: 'info',
      key: 'linkLangOffer',
      params: { language: translate(s.lang, `langName_${shared.lang}`) },
      offerLang: shared.lang,
    };
  return shared.settings ? { kind: 'info', key: 'linkSettings' } : null;
}

/** Whether a change of state changes what a link to it carries. */
function linkChanged(s: AppState, prev: AppState): boolean {
  return (
    s.text !== prev.text ||
    s.choices !== prev.choices ||
    s.settings !== prev.settings ||
    s.project.context !== prev.project.context ||
    s.lang !== prev.lang ||
    s.tab !== prev.tab ||
    // one link per slide: the step, the lesson and presenter mode too
    s.presenter !== prev.presenter ||
    s.workshop.active !== prev.workshop.active ||
    s.workshop.step !== prev.workshop.step ||
    s.workshop.lesson !== prev.workshop.lesson ||
    // and a prepared "predict" slide: the mode and its marks
    s.predict !== prev.predict
  );
}

/** Keeps the URL hash in step with the state (debounced), and follows hash changes. */
export function syncHash(store: AppStoreApi, page: Page = browserPage, now: () => number = Date.now): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let written = page.hash();
  const write = () => {
    timer = null;
    lastWrite = now();
    const s = store.getState();
    if (s.text.length > MAX_AUTO_HASH_TEXT) return;
    const hash = encodePermalink(s.sharedState());
    if (hash !== page.hash()) {
      written = hash;
      page.replaceHash(hash);
    }
  };
  // The first change after a quiet spell is written at once (a paste followed by a reload keeps the
  // text); changes that follow quickly, as in typing, are written once they pause.
  let lastWrite = 0;
  store.subscribe((s, prev) => {
    if (!linkChanged(s, prev)) return;
    if (timer) clearTimeout(timer);
    if (now() - lastWrite > HASH_QUIET_MS) write();
    else timer = setTimeout(write, HASH_QUIET_MS);
  });
  // and nothing waiting is lost when the page goes away
  page.onLeave(() => {
    if (timer) {
      clearTimeout(timer);
      write();
    }
  });
  page.onHashChange(() => {
    const hash = page.hash();
    if (hash === written) return;
    written = hash;
    applyHash(store, hash, false);
  });
}
