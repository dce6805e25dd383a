/**
 * What a results panel shows when there are no results to show: the editor is empty, the
 * analysis was stopped or failed, or the file is too large. Null when results are (or will be) there.
 */
import { MAX_ANALYZE_CHARS, TIMEOUT_SECONDS } from '../worker/protocol';
import { useApp, useT } from '../store/app-store';

export function ResultsState() {
  const t = useT();
  const status = useApp((s) => s.status);
  const detail = useApp((s) => s.statusDetail);
  const size = useApp((s) => (s.status === 'too-large' ? s.text.length : 0));
  let text: string | null = null;
  if (status === 'empty') text = t('resultsEmpty');
  else if (status === 'timeout') text = t('statusTimeout', { seconds: TIMEOUT_SECONDS });
  else if (status === 'error') text = t('statusError', { detail: detail ?? '' });
  else if (status === 'too-large')
    text = t('statusTooLarge', { size: size.toLocaleString(), limit: MAX_ANALYZE_CHARS.toLocaleString() });
  if (text === null) return null;
  return (
    <p className="empty results-state" data-testid="results-state" data-status={status}>
      {text}
    </p>
  );
}

/** Whether a panel should show ResultsState instead of its results. */
export function useNoResults(): boolean {
  return useApp(
    (s) => s.status === 'empty' || s.status === 'timeout' || s.status === 'error' || s.status === 'too-large',
  );
}
