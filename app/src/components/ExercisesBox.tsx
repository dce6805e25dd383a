/**
 * Exercises in the Practices tab: start one (its bad file goes into the editor), edit until the
 * analyzer says the goal holds. Done exercises are kept in this browser.
 */
import { useEffect, useState } from 'react';
import { pick } from '../i18n/i18n';
import { appStore, useApp, useT } from '../store/app-store';
import { EXERCISES, EXERCISE_BY_ID, isDone, loadProgress, saveProgress } from '../workshop/exercises';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function ExercisesBox() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const current = useApp((s) => (s.exampleId ? (EXERCISE_BY_ID.get(s.exampleId) ?? null) : null));
  // the goal is judged on answers for the text in the editor, never on an older one
  const done = useApp((s) => {
    if (!current || s.status !== 'ready' || s.analyzedText !== s.text || s.rewrittenText !== s.text)
      return null;
    const reruns = s.rewrite?.layers.before.rerunOnSourceChange ?? Number.POSITIVE_INFINITY;
    return isDone(
      current,
      s.findings.map((f) => f.ruleId),
      reruns,
    );
  });
  const [progress, setProgress] = useState(() => loadProgress(storage()));
  useEffect(() => {
    if (current && done && !progress.includes(current.id)) {
      const next = [...progress, current.id];
      saveProgress(storage(), next);
      setProgress(next);
    }
  }, [current, done, progress]);

  return (
    <section className="exercises" aria-labelledby="exercises-title" data-testid="exercises">
      <h3 id="exercises-title" className="group">
        {t('exercisesTitle')}{' '}
        <span className="muted">
          {t('exercisesProgress', { done: progress.length, total: EXERCISES.length })}
        </span>
      </h3>
      {current && (
        <p className={`exercise-goal${done ? ' done' : ''}`} role="status" data-testid="exercise-status">
          <strong>{pick(lang, current.title)}</strong>: {done ? t('exerciseDone') : t('exerciseNotYet')}
        </p>
      )}
      <ul>
        {EXERCISES.map((ex) => (
          <li key={ex.id}>
            <button
              type="button"
              className="practice-item"
              aria-current={current?.id === ex.id ? 'true' : undefined}
              onClick={() => appStore().getState().setText(pick(lang, ex.start), ex.id)}
            >
              {progress.includes(ex.id) ? '✓ ' : ''}
              {pick(lang, ex.title)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
