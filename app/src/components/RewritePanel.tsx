import type { Change, SourceRange } from '@dop/rewriter';
import { Suspense, lazy, useEffect, useState } from 'react';
import { PRACTICE_BY_ID } from '../data/practices';
import { bridge } from '../editor/bridge';
import { copyRewriteMarkdown } from '../exports';
import { pick } from '../i18n/i18n';
import { copyOptimized, copyText, download } from '../runtime';
import { appStore, useApp, useT } from '../store/app-store';
import { Inline } from './Inline';
import { ResultsState, useNoResults } from './ResultsState';
import { RewriteOptionFields } from './RewriteOptionFields';

const DiffView = lazy(() => import('../editor/DiffView'));

function lineSpans(ranges: SourceRange[]): Array<{ start: number; end: number }> {
  return ranges.map((r) => {
    const start = r.range.start.line;
    let end = r.range.end.line;
    if (end > start && r.range.end.column === 1) end -= 1;
    return { start, end: Math.max(start, end) };
  });
}

export function highlightChange(change: Change | undefined): void {
  if (!change) {
    bridge.diff?.highlight([], []);
    return;
  }
  bridge.diff?.highlight(lineSpans(change.sourceRanges), lineSpans(change.outputRanges));
}

/** Inline below 700px of width, side by side otherwise, unless the user chose. */
export function useNarrow(): boolean {
  const query = '(max-width: 900px)';
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const m = window.matchMedia(query);
    const on = () => setNarrow(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, []);
  return narrow;
}

function ChangeBody({ change }: { change: Change }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  return (
    <>
      <p className="change-expl">
        <Inline text={pick(lang, change.explanation)} />
      </p>
      <p className="change-meta">
        {change.practices.map((p) => (
          <button
            key={p}
            type="button"
            className="chip"
            title={PRACTICE_BY_ID.get(p) ? pick(lang, PRACTICE_BY_ID.get(p)!.title) : p}
            onClick={() => appStore().getState().showPractice(p)}
          >
            {p}
          </button>
        ))}
        {change.resolves.length > 0 && (
          <span className="resolves">
            {t('resolves')}:{' '}
            {change.resolves.map((r) => (
              <button
                key={r}
                type="button"
                className="link"
                onClick={() => appStore().getState().showRule(r)}
              >
                {r}
              </button>
            ))}
          </span>
        )}
      </p>
    </>
  );
}

function ChangeList() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const all = useApp((s) => s.allChanges);
  const rejected = useApp((s) => s.choices.rejectedChanges);
  const selected = useApp((s) => s.selectedChange);
  const applied = useApp((s) => s.rewrite?.changes);

  useEffect(() => {
    highlightChange(applied?.find((c) => c.id === selected));
  }, [applied, selected]);

  if (all.length === 0) return <p className="empty">{t('rewriteNone')}</p>;
  const on = all.filter((c) => !rejected.includes(c.id)).length;
  return (
    <section className="changes" aria-labelledby="changes-title">
      <h3 id="changes-title">
        {t('changes')} <span className="muted">· {t('changesCount', { on, total: all.length })}</span>
      </h3>
      <ol className="change-list" data-testid="changes">
        {all.map((c) => {
          const isOn = !rejected.includes(c.id);
          const isSel = selected === c.id;
          return (
            <li
              key={c.id}
              className={`change${isSel ? ' selected' : ''}${isOn ? '' : ' off'}`}
              data-change={c.id}
            >
              <div className="change-head">
                <input
                  type="checkbox"
                  id={`chg-${c.id}`}
                  checked={isOn}
                  aria-label={`${t('changeOn')}: ${pick(lang, c.title)}`}
                  onChange={() => appStore().getState().toggleChange(c.id)}
                />
                <button
                  type="button"
                  className="change-title"
                  aria-expanded={isSel}
                  onClick={() =>
                    appStore()
                      .getState()
                      .selectChange(isSel ? null : c.id)
                  }
                >
                  <Inline text={pick(lang, c.title)} />
                </button>
                <span className={`risk risk-${c.risk}`} title={t(`riskHelp_${c.risk}`)}>
                  {t(`risk_${c.risk}`)}
                </span>
              </div>
              {isSel && <ChangeBody change={c} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Stepper() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const w = useApp((s) => s.workshop);
  const s = appStore().getState();
  if (w.loading) return <p className="empty">{t('stepLoading')}</p>;
  const total = w.changes.length;
  if (total === 0) {
    return (
      <div className="stepper">
        <p>{t('stepNothing')}</p>
        <button type="button" className="btn" onClick={() => s.stopWorkshop()}>
          {t('stepExit')}
        </button>
      </div>
    );
  }
  const change = w.step > 0 ? w.changes[w.step - 1] : undefined;
  return (
    <section className="stepper" aria-labelledby="step-title" data-testid="stepper">
      <div className="stepper-nav">
        <button type="button" className="btn" disabled={w.step === 0} onClick={() => s.setStep(w.step - 1)}>
          ← {t('stepPrev')}
        </button>
        <h3 id="step-title" aria-live="polite">
          {t('stepTitle', { step: w.step, total })}
        </h3>
        <button
          type="button"
          className="btn primary"
          disabled={w.step === total}
          onClick={() => s.setStep(w.step + 1)}
          data-testid="step-next"
        >
          {t('stepNext')} →
        </button>
        <button type="button" className="btn ghost" onClick={() => s.stopWorkshop()}>
          {t('stepExit')}
        </button>
      </div>
      <div className="step-body" aria-live="polite">
        {change ? (
          <>
            <h4>
              <Inline text={pick(lang, change.title)} />{' '}
              <span className={`risk risk-${change.risk}`}>{t(`risk_${change.risk}`)}</span>
            </h4>
            <ChangeBody change={change} />
            {w.step === total && <p className="muted">{t('stepDone')}</p>}
          </>
        ) : (
          <p>{t('stepStart')}</p>
        )}
      </div>
    </section>
  );
}

/**
 * The suggested .dockerignore, editable before it is copied or downloaded. It follows the
 * suggestion until the user edits it; "back to the suggestion" undoes the edits.
 */
function DockerignoreEditor({ suggested }: { suggested: string }) {
  const t = useT();
  const [edited, setEdited] = useState<string | null>(null);
  const text = edited ?? suggested;
  return (
    <details className="extra">
      <summary>{t('dockerignoreTitle')}</summary>
      <div className="row">
        <button
          type="button"
          className="btn small"
          onClick={async () => {
            const ok = await copyText(text);
            appStore()
              .getState()
              .setNotice({ kind: ok ? 'info' : 'warning', key: ok ? 'copied' : 'copyFailed' });
          }}
        >
          {t('copyDockerignore')}
        </button>
        <button
          type="button"
          className="btn small"
          onClick={() => {
            download('.dockerignore', text);
            appStore()
              .getState()
              .setNotice({
                kind: 'info',
                key: 'downloadedDotfile',
                params: { name: '.dockerignore', saved: 'dockerignore' },
              });
          }}
        >
          {t('downloadDockerignore')}
        </button>
        {edited !== null && (
          <button type="button" className="btn small ghost" onClick={() => setEdited(null)}>
            {t('dockerignoreReset')}
          </button>
        )}
      </div>
      <label className="block">
        <span className="sr-only">{t('dockerignoreEdit')}</span>
        <textarea
          className="code"
          rows={Math.min(16, Math.max(4, text.split('\n').length))}
          spellCheck={false}
          value={text}
          onChange={(e) => setEdited(e.target.value)}
          data-testid="dockerignore"
        />
      </label>
    </details>
  );
}

function Extras() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const rewrite = useApp((s) => s.rewrite);
  if (!rewrite) return null;
  return (
    <>
      <DockerignoreEditor suggested={rewrite.dockerignore} />
      {rewrite.notes.length > 0 && (
        <details className="extra">
          <summary>
            {t('notesTitle')} ({rewrite.notes.length})
          </summary>
          <ul className="notes">
            {rewrite.notes.map((n) => (
              <li key={n.id}>
                <Inline text={pick(lang, n.message)} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <details className="extra">
        <summary>{t('optionsTitle')}</summary>
        <RewriteOptionFields />
      </details>
    </>
  );
}

export function RewritePanel() {
  const t = useT();
  const rewrite = useApp((s) => s.rewrite);
  const rewrittenText = useApp((s) => s.rewrittenText);
  const diffInline = useApp((s) => s.diffInline);
  const workshop = useApp((s) => s.workshop);
  const narrow = useNarrow();
  const inline = diffInline ?? narrow;
  // the rewrite is for an older text (or none yet) while the worker works: say so rather than
  // show two identical columns
  const stale = useApp((s) => s.rewrittenText !== s.text && (s.status === 'pending' || s.status === 'idle'));
  const [diffing, setDiffing] = useState(true);
  const noResults = useNoResults();

  let original = rewrittenText ?? '';
  let modified = rewrite?.output ?? original;
  let originalLabel = t('original');
  let modifiedLabel = t('optimized');
  if (workshop.active && !workshop.loading && workshop.outputs.length > 0) {
    const k = Math.min(workshop.step, workshop.outputs.length - 1);
    original = workshop.outputs[Math.max(0, k - 1)]!;
    modified = workshop.outputs[k]!;
    if (k > 0) {
      originalLabel = t('stepTitle', { step: k - 1, total: workshop.changes.length });
      modifiedLabel = t('stepTitle', { step: k, total: workshop.changes.length });
    }
  }

  return (
    <div className="rewrite">
      <div className="toolbar" role="toolbar" aria-label={t('tabRewrite')}>
        <button
          type="button"
          className="btn primary"
          disabled={!rewrite}
          onClick={() => void copyOptimized(appStore())}
          data-testid="copy-optimized"
        >
          {t('copyOptimized')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!rewrite}
          onClick={() => {
            if (!rewrite) return;
            download('Dockerfile', rewrite.output);
            appStore()
              .getState()
              .setNotice({ kind: 'info', key: 'downloaded', params: { name: 'Dockerfile' } });
          }}
        >
          {t('downloadDockerfile')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!rewrite}
          onClick={() => void copyRewriteMarkdown(appStore())}
          data-testid="copy-rewrite-markdown"
        >
          {t('copyRewriteMarkdown')}
        </button>
        <fieldset className="seg">
          <legend className="sr-only">{t('diffView')}</legend>
          <label>
            <input
              type="radio"
              name="diffmode"
              checked={!inline}
              onChange={() => appStore().getState().setDiffInline(false)}
            />
            <span>{t('viewSideBySide')}</span>
          </label>
          <label>
            <input
              type="radio"
              name="diffmode"
              checked={inline}
              onChange={() => appStore().getState().setDiffInline(true)}
            />
            <span>{t('viewInline')}</span>
          </label>
        </fieldset>
      </div>
      <div className="diff-labels" aria-hidden="true">
        <span>{originalLabel}</span>
        {!inline && <span>{modifiedLabel}</span>}
      </div>
      <div className="diff-host" aria-busy={stale || diffing}>
        {noResults && <ResultsState />}
        {!noResults && (stale || diffing) && (
          <p className="diff-busy" role="status" data-testid="diff-busy">
            {t('diffComputing')}
          </p>
        )}
        <Suspense fallback={<p className="empty">{t('editorLoading')}</p>}>
          <DiffView
            onComputing={setDiffing}
            original={original}
            modified={modified}
            inline={inline}
            originalLabel={originalLabel}
            modifiedLabel={modifiedLabel}
          />
        </Suspense>
      </div>
      <div className="rewrite-side">
        {workshop.active ? <Stepper /> : <ChangeList />}
        <Extras />
      </div>
    </div>
  );
}
