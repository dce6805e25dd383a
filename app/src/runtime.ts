/**
 * Wires the store to the outside world: the analysis worker (one request at a time, edits made
 * meanwhile coalesced into the next, stale answers dropped, size and time limits), the URL hash (read at start and on hashchange, written back with a
 * debounce), the remembered language, and clipboard/download helpers.
 */
import { bridge } from './editor/bridge';
import { setMonacoLanguage } from './editor/monaco-nls';
import { translate } from './i18n/i18n';
import { LANG_STORAGE_KEY } from './i18n/i18n';
import {
  CHAT_SAFE_CHARS,
  MAX_AUTO_HASH_TEXT,
  encodePermalink,
  isLongForChat,
  parseHash,
} from './share/permalink';
import type { RewriteOptions } from '@dop/rewriter';
import type { AppState, AppStore, AppStoreApi, Notice } from './store/store';
import { AnalysisClient } from './worker/client';
import { ANALYZE_TIMEOUT_MS, MAX_ANALYZE_CHARS } from './worker/protocol';
import { DEFAULT_EXAMPLE } from './workshop/examples';
import { SEED_BY_ID } from './workshop/seeds';

let client: AnalysisClient | null = null;

/** Runs the analysis whenever the text or the rewrite choices change. */
export function startAnalysis(store: AppStoreApi): AnalysisClient {
  const texts = new Map<number, string>();
  // One request with the worker at a time: an edit made while it works only marks the text dirty,
  // and the latest text goes as soon as the answer is in. A keystroke on an idle worker is sent at
  // once (no fixed debounce), so markers follow typing as fast as the analysis runs, and a slow
  // analysis (large file) paces the requests by itself.
  let inFlight = false;
  let dirty = false;
  const settled = () => {
    inFlight = false;
    if (dirty) run();
  };
  client = new AnalysisClient((event) => {
    const s = store.getState();
    if (event.kind === 'analysis' || event.kind === 'timeout' || event.kind === 'crash')
      queueMicrotask(settled);
    // an answer for a text since emptied: the empty editor has no results
    if ((event.kind === 'findings' || event.kind === 'analysis') && s.status === 'empty') return;
    switch (event.kind) {
      case 'rules':
        s.setRules(event.rules);
        break;
      case 'findings': {
        const text = texts.get(event.response.id);
        if (text !== undefined) s.receiveFindings(text, event.response.findings, event.response.suppressed);
        (window as unknown as { __dopFirstFindings?: number }).__dopFirstFindings ??= performance.now();
        break;
      }
      case 'analysis': {
        const text = texts.get(event.response.id) ?? '';
        texts.clear();
        const r = event.response;
        if (r.analyzeError && !r.rewrite) {
          s.failAnalysis('error', r.analyzeError);
          break;
        }
        s.receiveAnalysis({
          text,
          findings: r.findings,
          suppressed: r.suppressed,
          rewrite: r.rewrite,
          allChanges: r.allChanges,
          timings: r.timings,
        });
        if (r.rewriteError)
          s.setNotice({ kind: 'warning', key: 'rewriteFailed', params: { detail: r.rewriteError } });
        (window as unknown as { __dopFirstFindings?: number }).__dopFirstFindings ??= performance.now();
        break;
      }
      case 'steps':
        s.receiveSteps(event.response.plan);
        break;
      case 'timeout':
        if (event.type === 'steps') s.stopWorkshop();
        s.failAnalysis('timeout');
        break;
      case 'crash':
        s.failAnalysis('error', event.message);
        break;
    }
  });
  client.warmUp();

  function run() {
    if (inFlight) {
      dirty = true;
      return;
    }
    dirty = false;
    const s = store.getState();
    if (s.text.length > MAX_ANALYZE_CHARS) {
      s.failAnalysis('too-large');
      return;
    }
    if (s.text.trim() === '') {
      // nothing to analyse: a prompt, not an error finding and a 0 MB image
      s.failAnalysis('empty');
      return;
    }
    s.pending();
    inFlight = true;
    const id = client!.analyze(s.text, rewriteOptions(s), s.settings.analyze);
    texts.set(id, s.text);
  }
  const steps = (s: AppStore) => {
    if (s.text.length > MAX_ANALYZE_CHARS) s.stopWorkshop();
    else client!.steps(s.text, rewriteOptions(s), lessonTexts(s));
  };
  store.subscribe((s, prev) => {
    // At once, in the same task: a paste or a fix with several edits is one change of the model.
    if (
      s.text !== prev.text ||
      s.choices !== prev.choices ||
      s.settings !== prev.settings ||
      s.project.context !== prev.project.context
    )
      run();
    const w = s.workshop;
    if (w.active && w.loading && (!prev.workshop.loading || w.lesson !== prev.workshop.lesson)) steps(s);
  });
  // a link opened on a slide asked for its steps before anyone listened
  if (store.getState().workshop.active && store.getState().workshop.loading) steps(store.getState());
  setTimeout(run, 0);
  return client;
}

/** A seed lesson's versions in the page's language, for the worker to measure. */
function lessonTexts(s: AppState): { id: string; texts: string[] } | undefined {
  const seed = s.workshop.lesson ? SEED_BY_ID.get(s.workshop.lesson) : undefined;
  return seed ? { id: seed.id, texts: seed.steps.map((x) => x.text[s.lang]) } : undefined;
}

/** The rewriter's options: the change toggles and choices, and the transforms the settings switch off. */
function rewriteOptions(s: AppState): RewriteOptions {
  return {
    ...s.choices,
    disabledTransforms: s.settings.disabledTransforms,
    ...(s.project.context ? { context: s.project.context } : {}),
  };
}

export const TIMEOUT_SECONDS = ANALYZE_TIMEOUT_MS / 1000;
export { MAX_ANALYZE_CHARS };

/** Reads the hash at start; returns the notice to show if the link was bad. */
export function readInitialHash(store: AppStoreApi, hash: string): void {
  applyHash(store, hash, true);
}

function applyHash(store: AppStoreApi, hash: string, initial: boolean): void {
  const route = parseHash(hash);
  const s = store.getState();
  if (route.kind === 'permalink') {
    if (route.result.ok) {
      const shared = route.result.state;
      s.applyShared(shared);
      const ignored = route.result.ignored ?? [];
      // the receiver's interface keeps its language; the sender's is offered, not imposed
      s.setNotice(
        ignored.length > 0
          ? {
              kind: 'warning',
              key: 'linkIgnored',
              params: {
                parts: ignored.map((x) => translate(s.lang, `partName_${x.field}`)).join(', '),
              },
              detail: ignored.map((x) => x.detail).join('; '),
            }
          : shared.lang && shared.lang !== s.lang
            ? {
                kind: 'info',
                key: 'linkLangOffer',
                params: { language: translate(s.lang, `langName_${shared.lang}`) },
                offerLang: shared.lang,
              }
            : shared.settings
              ? { kind: 'info', key: 'linkSettings' }
              : null,
      );
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

/** Keeps the URL hash in step with the state (debounced), and follows hash changes. */
/** How long the URL hash waits for typing to pause before it follows. */
const HASH_QUIET_MS = 400;

export function syncHash(store: AppStoreApi): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let written = location.hash;
  const write = () => {
    timer = null;
    const s = store.getState();
    if (s.text.length > MAX_AUTO_HASH_TEXT) return;
    const hash = encodePermalink(s.sharedState());
    if (hash !== location.hash) {
      written = hash;
      history.replaceState(null, '', hash);
    }
  };
  // The first change after a quiet spell is written at once (a paste followed by a reload keeps the
  // text); changes that follow quickly, as in typing, are written once they pause.
  let lastWrite = 0;
  store.subscribe((s, prev) => {
    const changed =
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
      s.predict !== prev.predict;
    if (!changed) return;
    if (timer) clearTimeout(timer);
    if (Date.now() - lastWrite > HASH_QUIET_MS) {
      lastWrite = Date.now();
      write();
    } else {
      timer = setTimeout(() => {
        lastWrite = Date.now();
        write();
      }, HASH_QUIET_MS);
    }
  });
  // and nothing waiting is lost when the page goes away
  window.addEventListener('pagehide', () => {
    if (timer) {
      clearTimeout(timer);
      write();
    }
  });
  window.addEventListener('hashchange', () => {
    if (location.hash === written) return;
    written = location.hash;
    applyHash(store, location.hash, false);
  });
}

/** Keeps `<html lang>` in step with the interface language. */
export function followLang(store: AppStoreApi): void {
  store.subscribe((s, prev) => {
    if (s.lang === prev.lang) return;
    document.documentElement.lang = s.lang;
    void setMonacoLanguage(s.lang);
  });
  document.documentElement.lang = store.getState().lang;
}

/** Remembers a language the user picked (a language that came with a shared link is not remembered). */
export function rememberLang(lang: string): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // storage may be off; the choice then lasts for this page only
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fallback for pages without clipboard permission: a hidden textarea and execCommand.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

export function download(name: string, text: string, type = 'application/octet-stream'): void {
  // not text/plain: Chromium would add ".txt" to a name without an extension (Dockerfile.txt)
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies a permalink to the current state and says how it went; `extra.progress`: the exercises done. */
export async function shareLink(
  store: AppStoreApi,
  extra?: { progress?: readonly string[] },
): Promise<string | null> {
  bridge.source?.flush();
  const s = store.getState();
  if (s.text.length > MAX_AUTO_HASH_TEXT * 10) {
    s.setNotice({ kind: 'error', key: 'linkTooBig' });
    return null;
  }
  const hash = encodePermalink(s.sharedState(extra));
  const url = location.href.split('#')[0] + hash;
  // a progress link is for someone else: the sender's own address stays without it
  if (!extra?.progress) history.replaceState(null, '', hash);
  s.setLastLink(url);
  const ok = await copyText(url);
  if (isLongForChat(hash)) {
    s.setNotice({ kind: 'warning', key: 'linkLong', params: { length: url.length, limit: CHAT_SAFE_CHARS } });
  } else {
    s.setNotice({ kind: ok ? 'info' : 'warning', key: ok ? 'linkCopied' : 'copyFailed' });
  }
  return url;
}

export async function copyOptimized(store: AppStoreApi): Promise<void> {
  const s = store.getState();
  const text = s.rewrite?.output;
  if (text === undefined) return;
  const ok = await copyText(text);
  s.setNotice({ kind: ok ? 'info' : 'warning', key: ok ? 'copied' : 'copyFailed' });
}

export function t(store: AppStoreApi) {
  return (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(store.getState().lang, key, params);
}
