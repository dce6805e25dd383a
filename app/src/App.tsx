import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { FindingsPanel, nextFinding } from './components/FindingsPanel';
import { LayersPanel } from './components/LayersPanel';
import { PracticesPanel } from './components/PracticesPanel';
import { RewritePanel } from './components/RewritePanel';
import { LANGS, type Lang, pick } from './i18n/i18n';
import { MAX_ANALYZE_CHARS, TIMEOUT_SECONDS, copyOptimized, rememberLang, shareLink } from './runtime';
import { appStore, useApp, useT } from './store/app-store';
import { TABS, type Tab } from './store/store';
import { EXAMPLES } from './workshop/examples';

const SourceEditor = lazy(() => import('./editor/SourceEditor'));

const TAB_KEYS = {
  findings: 'tabFindings',
  rewrite: 'tabRewrite',
  layers: 'tabLayers',
  practices: 'tabPractices',
} as const;

function Header({ onHelp }: { onHelp: () => void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const presenter = useApp((s) => s.presenter);
  const hasChanges = useApp((s) => s.allChanges.length > 0);
  return (
    <header className="app-header">
      <a className="skip" href="#results">
        {t('skipToResults')}
      </a>
      <h1 className="brand">
        <svg viewBox="0 0 24 24" aria-hidden="true" className="logo">
          <rect x="2" y="12" width="6" height="5" rx="1" />
          <rect x="9" y="12" width="6" height="5" rx="1" />
          <rect x="16" y="12" width="6" height="5" rx="1" />
          <rect x="9" y="6" width="6" height="5" rx="1" />
          <path d="M1 19h22" strokeWidth="1.6" />
        </svg>
        {t('appTitle')}
      </h1>
      <div className="header-actions">
        <label className="select">
          <span className="sr-only">{t('examples')}</span>
          <select
            value=""
            data-testid="examples"
            onChange={(e) => {
              const ex = EXAMPLES.find((x) => x.id === e.target.value);
              if (ex) appStore().getState().setText(ex.text, ex.id);
            }}
          >
            <option value="" disabled>
              {t('examplesPick')}
            </option>
            {EXAMPLES.map((ex) => (
              <option key={ex.id} value={ex.id}>
                {pick(lang, ex.title)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn"
          disabled={!hasChanges}
          onClick={() => appStore().getState().startWorkshop()}
          data-testid="step-through"
        >
          {t('stepThrough')}
        </button>
        <button
          type="button"
          className="btn primary"
          onClick={() => void shareLink(appStore())}
          aria-keyshortcuts="Alt+S"
          data-testid="share"
        >
          {t('share')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void copyOptimized(appStore())}
          aria-keyshortcuts="Alt+C"
        >
          {t('copyResult')}
        </button>
        <label className="select">
          <span className="sr-only">{t('language')}</span>
          <select
            value={lang}
            data-testid="lang"
            onChange={(e) => {
              rememberLang(e.target.value);
              appStore()
                .getState()
                .setLang(e.target.value as Lang);
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {l === 'en' ? 'English' : '한국어'}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn"
          aria-pressed={presenter}
          onClick={() => appStore().getState().togglePresenter()}
        >
          {t('presenter')}
        </button>
        <button
          type="button"
          className="btn icon"
          aria-label={t('shortcuts')}
          title={t('shortcuts')}
          onClick={onHelp}
        >
          ?
        </button>
      </div>
    </header>
  );
}

function NoticeBar() {
  const t = useT();
  const notice = useApp((s) => s.notice);
  const lang = useApp((s) => s.lang);
  const lastLink = useApp((s) => s.lastLink);
  if (!notice) return <div className="notice-slot" role="status" aria-live="polite" />;
  const isLink = notice.key === 'linkCopied' || notice.key === 'linkLong';
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <p>
        {t(notice.key, notice.params)}
        {notice.key.startsWith('badLink_') && <> {t('badLinkKept')}</>}
      </p>
      {/* the codec's technical detail is English only */}
      {notice.detail && lang === 'en' && <p className="detail">{notice.detail}</p>}
      {isLink && lastLink && (
        <label className="link-box">
          <span className="sr-only">{t('linkLabel')}</span>
          <input readOnly value={lastLink} onFocus={(e) => e.target.select()} data-testid="permalink" />
        </label>
      )}
      <button type="button" className="btn ghost small" onClick={() => appStore().getState().setNotice(null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}

function EditorPane() {
  const t = useT();
  const status = useApp((s) => s.status);
  const count = useApp((s) => s.findings.length);
  const timings = useApp((s) => s.timings);
  const size = useApp((s) => s.text.length);
  let statusText = '';
  if (status === 'pending') statusText = t('statusPending');
  else if (status === 'ready' && timings)
    statusText = t('statusReady', { count, ms: Math.round(timings.analyzeMs + timings.rewriteMs) });
  return (
    <section className="pane pane-editor" aria-labelledby="editor-title">
      <div className="pane-head">
        <h2 id="editor-title">{t('editorLabel')}</h2>
        <span className="status" data-testid="status" data-status={status}>
          {statusText}
        </span>
      </div>
      {status === 'too-large' && (
        <p className="pane-alert" role="alert" data-testid="too-large">
          {t('statusTooLarge', { size: size.toLocaleString(), limit: MAX_ANALYZE_CHARS.toLocaleString() })}
        </p>
      )}
      {status === 'timeout' && (
        <p className="pane-alert" role="alert">
          {t('statusTimeout', { seconds: TIMEOUT_SECONDS })}
        </p>
      )}
      <div className="editor-host">
        <Suspense fallback={<p className="empty">{t('editorLoading')}</p>}>
          <SourceEditor label={t('editorLabel')} />
        </Suspense>
      </div>
      <p className="hint">{t('editorHint')}</p>
    </section>
  );
}

function Tabs() {
  const t = useT();
  const tab = useApp((s) => s.tab);
  const findings = useApp((s) => s.findings.length);
  const changes = useApp((s) => s.allChanges.length);
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: React.KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    let next: Tab | null = null;
    if (e.key === 'ArrowRight') next = TABS[(i + 1) % TABS.length]!;
    else if (e.key === 'ArrowLeft') next = TABS[(i - 1 + TABS.length) % TABS.length]!;
    else if (e.key === 'Home') next = TABS[0]!;
    else if (e.key === 'End') next = TABS[TABS.length - 1]!;
    if (next) {
      e.preventDefault();
      appStore().getState().setTab(next);
      refs.current[next]?.focus();
    }
  };
  const badge = (x: Tab) => (x === 'findings' ? findings : x === 'rewrite' ? changes : null);
  return (
    <div className="tabs" role="tablist" aria-label={t('resultsLabel')} onKeyDown={onKey}>
      {TABS.map((x, i) => (
        <button
          key={x}
          ref={(el) => {
            refs.current[x] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${x}`}
          aria-selected={tab === x}
          aria-controls={`panel-${x}`}
          aria-keyshortcuts={`Alt+${i + 1}`}
          tabIndex={tab === x ? 0 : -1}
          className="tab"
          onClick={() => appStore().getState().setTab(x)}
          data-testid={`tab-${x}`}
        >
          {t(TAB_KEYS[x])}
          {badge(x) !== null && <span className="count">{badge(x)}</span>}
        </button>
      ))}
    </div>
  );
}

function ResultsPane() {
  const tab = useApp((s) => s.tab);
  const t = useT();
  return (
    <section className="pane pane-results" id="results" aria-label={t('resultsLabel')} tabIndex={-1}>
      <Tabs />
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className={`panel panel-${tab}`}
      >
        {tab === 'findings' && <FindingsPanel />}
        {tab === 'rewrite' && <RewritePanel />}
        {tab === 'layers' && <LayersPanel />}
        {tab === 'practices' && <PracticesPanel />}
      </div>
    </section>
  );
}

function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const rows: Array<[string, Parameters<typeof t>[0]]> = [
    ['Alt+S', 'sc_share'],
    ['Alt+C', 'sc_copy'],
    ['Alt+N / F8', 'sc_next'],
    ['Alt+P / Shift+F8', 'sc_prev'],
    ['Alt+V', 'sc_view'],
    ['Alt+1 … Alt+4', 'sc_tabs'],
    ['Alt+M', 'sc_presenter'],
    ['Ctrl+M', 'sc_escape'],
    ['?', 'sc_help'],
  ];
  return (
    <dialog ref={ref} className="dialog" onClose={onClose} aria-labelledby="sc-title">
      <h2 id="sc-title">{t('shortcuts')}</h2>
      <table>
        <tbody>
          {rows.map(([k, label]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{k}</kbd>
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn" onClick={onClose}>
        {t('close')}
      </button>
    </dialog>
  );
}

function useShortcuts(openHelp: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = appStore().getState();
      const target = e.target as HTMLElement | null;
      const typing =
        target &&
        (target.tagName === 'INPUT' ||
          target.tagName === 'TEXTAREA' ||
          target.isContentEditable ||
          target.closest('.monaco-editor'));
      if (e.key === '?' && !typing && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        openHelp();
        return;
      }
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      let handled = true;
      switch (e.code) {
        case 'KeyS':
          void shareLink(appStore());
          break;
        case 'KeyC':
          void copyOptimized(appStore());
          break;
        case 'KeyN':
          if (s.tab !== 'findings') s.setTab('findings');
          nextFinding(1);
          break;
        case 'KeyP':
          if (s.tab !== 'findings') s.setTab('findings');
          nextFinding(-1);
          break;
        case 'KeyV': {
          const narrow = window.matchMedia('(max-width: 900px)').matches;
          const inline = s.diffInline ?? narrow;
          s.setDiffInline(!inline);
          if (s.tab !== 'rewrite') s.setTab('rewrite');
          break;
        }
        case 'KeyM':
          s.togglePresenter();
          break;
        case 'Digit1':
        case 'Digit2':
        case 'Digit3':
        case 'Digit4':
          s.setTab(TABS[Number(e.code.slice(5)) - 1]!);
          break;
        default:
          handled = false;
      }
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [openHelp]);
}

export function App() {
  const presenter = useApp((s) => s.presenter);
  const tab = useApp((s) => s.tab);
  const t = useT();
  const [help, setHelp] = useState(false);
  const openHelp = useRef(() => setHelp(true)).current;
  useShortcuts(openHelp);
  useEffect(() => {
    document.body.classList.toggle('presenter', presenter);
  }, [presenter]);
  const lang = useApp((s) => s.lang);
  useEffect(() => {
    document.title = t('appTitle');
  }, [t]);
  return (
    <div className="app" lang={lang}>
      <Header onHelp={openHelp} />
      <NoticeBar />
      <main className={tab === 'findings' ? 'split' : 'split wide'}>
        <EditorPane />
        <ResultsPane />
      </main>
      <footer className="app-footer">{t('footer')}</footer>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
