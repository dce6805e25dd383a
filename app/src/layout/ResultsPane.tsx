import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appStore, useApp, useT } from '../store/app-store';
import { type Tab, predicting } from '../store/store';
import { PANES } from './panes';

const TABS: readonly Tab[] = PANES.map((p) => p.id);

function Tabs() {
  const t = useT();
  const tab = useApp((s) => s.tab);
  // one number per pane (null: the pane shows none), compared one by one
  const counts = useApp(useShallow((s) => PANES.map((p) => p.count?.(s) ?? null)));
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
  return (
    <div className="tabs" role="tablist" aria-label={t('resultsLabel')} onKeyDown={onKey}>
      {PANES.map(({ id: x, label }, i) => (
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
          {t(label)}
          {counted && counts[i] !== null && <span className="count">{counts[i]}</span>}
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
      {PANES.filter(({ id }) => id === tab || visited.has(id)).map(({ id, Panel }) => (
        <div
          key={id}
          role="tabpanel"
          id={`panel-${id}`}
          aria-labelledby={`tab-${id}`}
          className={`panel panel-${id}`}
          hidden={id !== tab}
        >
          <Panel />
        </div>
      ))}
    </section>
  );
}
