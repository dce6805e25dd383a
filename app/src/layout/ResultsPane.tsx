import { useEffect, useRef, useState } from 'react';
import { FindingsPanel } from '../components/FindingsPanel';
import { LayersPanel } from '../components/LayersPanel';
import { PracticesPanel } from '../components/PracticesPanel';
import { RewritePanel } from '../components/RewritePanel';
import { appStore, useApp, useT } from '../store/app-store';
import { TABS, type Tab, predicting } from '../store/store';

const TAB_KEYS = {
  findings: 'tabFindings',
  rewrite: 'tabRewrite',
  layers: 'tabLayers',
  practices: 'tabPractices',
} as const;

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
  // no count while there are no results (a stopped analysis is not "0 findings")
  // nor while the class predicts: a count would give the answer away
  const counted = useApp(
    (s) => (s.status === 'ready' || s.status === 'pending' || s.status === 'idle') && !predicting(s),
  );
  const badge = (x: Tab) =>
    !counted ? null : x === 'findings' ? findings : x === 'rewrite' ? changes : null;
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

/**
 * Every panel visited stays mounted (hidden when another tab is on): the diff editor is not torn
 * down and rebuilt on each switch, which lost its pending diff and logged errors.
 */
/** Hides the editor so the results (the diff above all) take the page's width. */
function EditorToggle() {
  const t = useT();
  const hidden = useApp((s) => s.layout.editorHidden);
  return (
    <button
      type="button"
      className="btn small ghost editor-toggle"
      aria-pressed={hidden}
      aria-keyshortcuts="Alt+E"
      onClick={() => appStore().getState().setLayout({ editorHidden: !hidden })}
      data-testid="toggle-editor"
    >
      {hidden ? t('showEditor') : t('hideEditor')}
    </button>
  );
}

export function ResultsPane() {
  const tab = useApp((s) => s.tab);
  const t = useT();
  const [visited, setVisited] = useState<ReadonlySet<Tab>>(() => new Set([tab]));
  useEffect(() => {
    setVisited((v) => (v.has(tab) ? v : new Set([...v, tab])));
  }, [tab]);
  return (
    <section className="pane pane-results" id="results" aria-label={t('resultsLabel')} tabIndex={-1}>
      <div className="tabs-row">
        <Tabs />
        <EditorToggle />
      </div>
      {TABS.filter((x) => x === tab || visited.has(x)).map((x) => {
        const Panel = PANELS[x];
        return (
          <div
            key={x}
            role="tabpanel"
            id={`panel-${x}`}
            aria-labelledby={`tab-${x}`}
            className={`panel panel-${x}`}
            hidden={x !== tab}
          >
            <Panel />
          </div>
        );
      })}
    </section>
  );
}

const PANELS: Record<Tab, () => React.JSX.Element | null> = {
  findings: FindingsPanel,
  rewrite: RewritePanel,
  layers: LayersPanel,
  practices: PracticesPanel,
};
