/**
 * Exercises in the Practices tab: start one (its bad file goes into the editor), edit until the
 * analyzer says the goal holds. Done exercises are kept in this browser; "Share my progress" puts
 * them in a link, and a link's progress is shown beside the receiver's own, added only on request.
 */
import { useEffect, useState } from 'react';
import { pick } from '../i18n/i18n';
import { shareLink } from '../engine/share';
import { appStore, useApp, useT } from '../store/app-store';
import {
  EXERCISES,
  EXERCISE_BY_ID,
  isDone,
  loadProgress,
  mergeProgress,
  saveProgress,
} from '../workshop/exercises';

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
  const fromLink = useApp((s) => (s.linkProgress?.hidden === false ? s.linkProgress : null));
  // the sender's file, unchanged, is their work: it is not recorded as the receiver's
  const sendersFile = useApp((s) => s.linkProgress !== null && s.text === s.linkProgress.text);
  useEffect(() => {
    if (current && done && !sendersFile && !progress.includes(current.id)) {
      const next = [...progress, current.id];
      saveProgress(storage(), next);
      setProgress(next);
    }
  }, [current, done, sendersFile, progress]);
  const merge = () => {
    if (!fromLink) return;
    const next = mergeProgress(progress, fromLink.done);
    saveProgress(storage(), next);
    setProgress(next);
    const s = appStore().getState();
    s.dismissLinkProgress();
    s.setNotice({
      kind: 'info',
      key: 'linkProgressMerged',
      params: { done: next.length, total: EXERCISES.length },
    });
  };

  return (
    <section className="exercises" aria-labelledby="exercises-title" data-testid="exercises">
      <h3 id="exercises-title" className="group">
        {t('exercisesTitle')}{' '}
        <span className="muted">
          {t('exercisesProgress', { done: progress.length, total: EXERCISES.length })}
        </span>
      </h3>
      {fromLink && (
        <section className="link-progress" aria-labelledby="link-progress-title" data-testid="link-progress">
          <p id="link-progress-title">
            <strong>{t('linkProgressTitle', { done: fromLink.done.length, total: EXERCISES.length })}</strong>
          </p>
          <p className="muted">
            {t('linkProgressNote', { own: progress.length, total: EXERCISES.length })}
            {fromLink.unknown > 0 && <> {t('linkProgressUnknown', { count: fromLink.unknown })}</>}
          </p>
          <div className="row">
            <button
              type="button"
              className="btn small primary"
              onClick={merge}
              data-testid="link-progress-merge"
            >
              {t('linkProgressMerge')}
            </button>
            <button
              type="button"
              className="btn small ghost"
              onClick={() => appStore().getState().dismissLinkProgress()}
            >
              {t('linkProgressHide')}
            </button>
          </div>
        </section>
      )}
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
              {fromLink?.done.includes(ex.id) && (
                <span className="badge from-link">{t('exerciseInLink')}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn small"
        onClick={() => void shareLink(appStore(), { progress })}
        data-testid="share-progress"
      >
        {t('shareProgress')}
      </button>
    </section>
  );
}
