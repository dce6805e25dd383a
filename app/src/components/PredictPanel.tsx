/**
 * Predict-then-reveal, at the top of the Findings tab: the Dockerfile's lines as toggle buttons (the
 * keyboard's way to mark, and the only one in presenter mode, where the editor is hidden), Reveal,
 * then each mark scored. The editor's gutter marks the same lines (editor/predict-gutter.ts).
 */
import { useMemo } from 'react';
import { appStore, useApp, useT } from '../store/app-store';
import { predicting } from '../store/store';
import { type Verdict, lineVerdicts, scorePrediction } from '../workshop/predict';

const VERDICT_KEY = {
  hit: 'predictHit',
  missed: 'predictMissed',
  'false-alarm': 'predictFalseAlarm',
} as const;

/** The score of the marks against the findings of the text in the editor; null until they are in. */
export function usePredictionScore() {
  const marks = useApp((s) => s.predict.marks);
  const findings = useApp((s) => s.findings);
  const text = useApp((s) => s.text);
  const current = useApp((s) => s.status === 'ready' && s.analyzedText === s.text);
  return useMemo(
    () => (current ? scorePrediction(marks, findings, text.split('\n').length) : null),
    [current, marks, findings, text],
  );
}

/** A seed lesson's versions, stepped from here while the Rewrite tab (and its stepper) is hidden. */
function SeedSteps() {
  const t = useT();
  const w = useApp((s) => s.workshop);
  if (!w.active || !w.lesson || !w.plan || w.loading) return null;
  const total = w.plan.outputs.length - 1;
  const s = appStore().getState();
  return (
    <div className="predict-steps">
      <button
        type="button"
        className="btn small"
        disabled={w.step === 0}
        onClick={() => s.setStep(w.step - 1)}
      >
        ← {t('stepPrev')}
      </button>
      <span data-testid="predict-step">{t('stepTitle', { step: w.step, total })}</span>
      <button
        type="button"
        className="btn small"
        disabled={w.step === total}
        onClick={() => s.setStep(w.step + 1)}
      >
        {t('stepNext')} →
      </button>
    </div>
  );
}

export function PredictPanel() {
  const t = useT();
  const on = useApp((s) => s.predict.on);
  const hidden = useApp(predicting);
  const marks = useApp((s) => s.predict.marks);
  const text = useApp((s) => s.text);
  const score = usePredictionScore();
  // after the reveal each problem's first line names its rules, found or not
  const rules = useMemo(
    () => new Map(score && !hidden ? score.problems.map((p) => [p.start, p.rules.join(' ')]) : []),
    [score, hidden],
  );
  const verdicts = useMemo(
    () => (score && !hidden ? lineVerdicts(score) : new Map<number, Verdict>()),
    [score, hidden],
  );
  if (!on) return null;
  const lines = text.split('\n');
  // a final newline ends the last line; it does not start an empty one
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const s = appStore().getState();

  return (
    <section
      className={`predict${hidden ? '' : ' revealed'}`}
      aria-labelledby="predict-title"
      data-testid="predict"
    >
      <h3 id="predict-title">{hidden ? t('predictTitle') : t('predictResult')}</h3>
      {hidden && <p className="muted">{t('predictHelp')}</p>}
      <SeedSteps />
      {!hidden && score && (
        <p className="predict-score" role="status" data-testid="predict-score">
          <strong>
            {score.total === 0
              ? t('predictNoProblems')
              : t('predictScore', { found: score.found, total: score.total })}
          </strong>{' '}
          {score.falseAlarms > 0 && t('predictFalseAlarms', { count: score.falseAlarms })}{' '}
          <span className="muted">{t('predictStyleNote')}</span>
        </p>
      )}
      <ol className="predict-lines" aria-label={t('predictLines')} data-testid="predict-lines">
        {lines.map((line, i) => {
          const n = i + 1;
          const marked = marks.includes(n);
          const verdict = verdicts.get(n);
          const body = (
            <>
              <span className="ln">{n}</span>
              <code>{line || ' '}</code>
              {rules.has(n) && <span className="predict-rules">{rules.get(n)}</span>}
              {verdict && <span className={`verdict verdict-${verdict}`}>{t(VERDICT_KEY[verdict])}</span>}
            </>
          );
          return (
            <li key={n} data-line={n} data-verdict={verdict} className={marked ? 'marked' : undefined}>
              {hidden && line.trim() !== '' ? (
                <button
                  type="button"
                  aria-pressed={marked}
                  aria-label={`${t('line', { line: n })}: ${line.trim()}`}
                  onClick={() => s.toggleMark(n)}
                >
                  {body}
                </button>
              ) : (
                <div>{body}</div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="predict-actions">
        {hidden ? (
          <>
            <span className="muted" data-testid="predict-marked">
              {t('predictMarked', { count: marks.length })}
            </span>
            <button
              type="button"
              className="btn primary"
              disabled={!score}
              onClick={() => s.setRevealed(true)}
              data-testid="predict-reveal"
            >
              {score ? t('predictReveal') : t('predictWaiting')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="btn"
            onClick={() => s.resetPrediction()}
            data-testid="predict-again"
          >
            {t('predictAgain')}
          </button>
        )}
        <button type="button" className="btn ghost" onClick={() => s.togglePredict()}>
          {t('predictOff')}
        </button>
      </div>
    </section>
  );
}

/** What the Rewrite and Layers tabs show while the class predicts. */
export function PredictHidden() {
  const t = useT();
  return (
    <p className="empty predict-hidden" data-testid="predict-hidden">
      {t('predictHidden')}{' '}
      <button type="button" className="link" onClick={() => appStore().getState().setTab('findings')}>
        {t('tabFindings')}
      </button>
    </p>
  );
}
