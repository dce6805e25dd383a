import type { Change, SourceRange } from '@dop/rewriter';
import { Suspense, lazy, useEffect, useState } from 'react';
import { PRACTICE_BY_ID } from '../data/practices';
import { bridge } from '../editor/bridge';
import { copyRewriteMarkdown } from '../exports';
import { pick } from '../i18n/i18n';
import { copyText, download } from '../engine/clipboard';
import { copyOptimized } from '../engine/share';
import { appStore, useApp, useT } from '../store/app-store';
import { predicting } from '../store/store';
import { PredictHidden } from './PredictPanel';
import { LESSONS, type StepMetrics } from '../workshop/lessons';
import { SEED_BY_ID, type Seed } from '../workshop/seeds';
import LAB from '../data/lab-summary.json';
import { Inline } from './Inline';
import { ResultsState, useNoResults } from './ResultsState';
import { RewriteOptionFields } from './RewriteOptionFields';
import type { Pane } from '../layout/pane';

/** Sizes the build lab measured for seed versions (`seed/step`), from its summary. */
const SEED_SIZES = new Map<string, number>(
  (LAB.seeds as { seed: string; step: number; sizeMB: number }[]).map((x) => [
    `${x.seed}/${x.step}`,
    x.sizeMB,
  ]),
);

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

/**
 * Inline below 900 px of width, side by side otherwise, unless the user chose. In presenter mode
 * the font is larger: below 1400 px (a 1280×720 projector) two columns would cut lines.
 */
export function useNarrow(presenter = false): boolean {
  const query = `(max-width: ${presenter ? 1400 : 900}px)`;
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const m = window.matchMedia(query);
    setNarrow(m.matches);
    const on = () => setNarrow(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, [query]);
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

function fmtMB(mb: number): string {
  return mb >= 10 ? String(Math.round(mb)) : mb.toFixed(1);
}

/** What a step does to the image: estimated size and what a source edit re-runs, beside step 0's. */
function StepMetricsLine({ now, was }: { now: StepMetrics | undefined; was: StepMetrics | undefined }) {
  const t = useT();
  if (!now) return null;
  const size = t('stepSize', { mb: fmtMB(now.sizeMB) });
  const reruns = t('stepReruns', { count: now.rerunOnSource, mb: fmtMB(now.rebuiltMB) });
  const before =
    was && was !== now
      ? t('stepWas', {
          value: `~${fmtMB(was.sizeMB)} MB, ${t('stepReruns', { count: was.rerunOnSource, mb: fmtMB(was.rebuiltMB) })}`,
        })
      : null;
  return (
    <p className="step-metrics" data-testid="step-metrics">
      <strong>{size}</strong> · {reruns}
      {before && <span className="muted"> ({before})</span>}
    </p>
  );
}

/** The size the build lab measured for this version of a seed lesson, where it could build it. */
function SeedMeasured({ seed, step }: { seed: Seed; step: number }) {
  const t = useT();
  const measured = SEED_SIZES.get(`${seed.id}/${step}`);
  if (measured === undefined) return null;
  return (
    <p className="step-metrics" data-testid="step-measured">
      {t('stepMeasured', { mb: fmtMB(measured) })}
    </p>
  );
}

/** A seed lesson's credit and, where the note is outdated, what holds today. */
function SeedCredit({ seed }: { seed: Seed }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  return (
    <div className="seed-credit">
      <p className="muted">{t('stepCredit', { title: seed.credit.title, note: seed.credit.note })}</p>
      {seed.credit.changed && (
        <p className="muted">
          {t('stepChanged')}: {pick(lang, seed.credit.changed)}
        </p>
      )}
      {seed.today && (
        <p className="today">
          <strong>{t('stepToday')}:</strong> {pick(lang, seed.today)}
        </p>
      )}
    </div>
  );
}

/** One step forward or back, from a clicker key (the page listens: App.tsx). */
export const stepBy = (delta: number) => {
  const s = appStore().getState();
  if (s.workshop.active && !s.workshop.loading) s.setStep(s.workshop.step + delta);
};

function Stepper() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const w = useApp((s) => s.workshop);
  const s = appStore().getState();
  if (w.loading || !w.plan) return <p className="empty">{t('stepLoading')}</p>;
  const total = w.plan.steps.length;
  const seed = w.lesson ? SEED_BY_ID.get(w.lesson) : undefined;
  if (total === 0 && !seed) {
    return (
      <div className="stepper">
        <p>{t('stepNothing')}</p>
        <button type="button" className="btn" onClick={() => s.stopWorkshop()}>
          {t('stepExit')}
        </button>
      </div>
    );
  }
  const step = w.step > 0 ? w.plan.steps[w.step - 1] : undefined;
  const lesson = step && !seed ? LESSONS.find((x) => x.id === step.lesson) : undefined;
  const seedStep = seed?.steps[w.step];
  return (
    <section className="stepper" aria-labelledby="step-title" data-testid="stepper">
      <div className="stepper-nav">
        <button type="button" className="btn" disabled={w.step === 0} onClick={() => s.setStep(w.step - 1)}>
          ← {t('stepPrev')}
        </button>
        <h3 id="step-title" aria-live="polite" data-testid="step-title">
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
      <p className="muted step-keys">{t('stepKeys')}</p>
      <div className="step-body" aria-live="polite">
        {seed && seedStep ? (
          <>
            <h4 data-testid="step-lesson">{pick(lang, seedStep.title)}</h4>
            <p>{pick(lang, seedStep.point)}</p>
          </>
        ) : lesson && step ? (
          <>
            <h4 data-testid="step-lesson">{pick(lang, lesson.title)}</h4>
            <ul className="step-changes">
              {step.changes.map((c) => (
                <li key={c.id}>
                  <strong>
                    <Inline text={pick(lang, c.title)} />
                  </strong>{' '}
                  <span className={`risk risk-${c.risk}`}>{t(`risk_${c.risk}`)}</span>
                  <ChangeBody change={c} />
                </li>
              ))}
            </ul>
            {w.step === total && <p className="muted">{t('stepDone')}</p>}
          </>
        ) : (
          <p>{t('stepStart')}</p>
        )}
        <StepMetricsLine now={w.plan.metrics[w.step]} was={w.step > 0 ? w.plan.metrics[0] : undefined} />
        {seed && <SeedMeasured seed={seed} step={w.step} />}
        {seed && <SeedCredit seed={seed} />}
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

/**
 * The rewrite, or while the class predicts, a word that it is hidden until Reveal. The rewrite
 * stays mounted (hidden): tearing the diff editor down while it computes makes Monaco throw.
 */
export function RewritePanel() {
  const hidden = useApp(predicting);
  return (
    <>
      {hidden && <PredictHidden />}
      <div hidden={hidden} style={hidden ? undefined : { display: 'contents' }}>
        <Rewrite />
      </div>
    </>
  );
}

function Rewrite() {
  const t = useT();
  const rewrite = useApp((s) => s.rewrite);
  const rewrittenText = useApp((s) => s.rewrittenText);
  const diffInline = useApp((s) => s.diffInline);
  const workshop = useApp((s) => s.workshop);
  const lang = useApp((s) => s.lang);
  const presenter = useApp((s) => s.presenter);
  const narrow = useNarrow(presenter);
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
  const plan = workshop.plan;
  if (workshop.active && !workshop.loading && plan && plan.outputs.length > 0) {
    // a seed lesson's versions in the page's language; the rewrite's steps as the worker made them
    const seed = workshop.lesson ? SEED_BY_ID.get(workshop.lesson) : undefined;
    const outputs = seed ? seed.steps.map((x) => pick(lang, x.text)) : plan.outputs;
    const k = Math.min(workshop.step, outputs.length - 1);
    original = outputs[Math.max(0, k - 1)]!;
    modified = outputs[k]!;
    if (k > 0) {
      originalLabel = t('stepTitle', { step: k - 1, total: outputs.length - 1 });
      modifiedLabel = t('stepTitle', { step: k, total: outputs.length - 1 });
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

export const rewritePane: Pane = {
  id: 'rewrite',
  label: 'tabRewrite',
  Panel: RewritePanel,
  count: (s) => s.allChanges.length,
};
