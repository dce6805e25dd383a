import type { Finding } from '@dop/analyzer';
import { useMemo } from 'react';
import { PRACTICE_BY_ID } from '../data/practices';
import { applyTextEdits, bridge } from '../editor/bridge';
import { exportFindings } from '../exports';
import { pick } from '../i18n/i18n';
import { appStore, useApp, useT } from '../store/app-store';
import { predicting } from '../store/store';
import { Inline } from './Inline';
import { PredictPanel } from './PredictPanel';
import { ResultsState, useNoResults } from './ResultsState';
import type { Pane } from '../layout/pane';

/** The formats findings export to, with their button labels. */
const EXPORTS = [
  ['markdown', 'exportMarkdown'],
  ['sarif', 'exportSarif'],
  ['json', 'exportJson'],
] as const;

const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2, style: 3 };

export function applyFix(f: Finding): void {
  if (!f.fix) return;
  bridge.source?.flush();
  const s = appStore().getState();
  if (s.analyzedText !== s.text) return;
  // The one edit policy decides; the editor then makes the same edits as one undo step.
  const result = applyTextEdits(s.text, f.fix.edits);
  if (!result.applied) return;
  if (bridge.source) bridge.source.applyEdits(f.fix.edits);
  else s.setText(result.text);
}

/** Selects the next (or previous) finding in text order and shows it in the editor. */
export function nextFinding(direction: 1 | -1): void {
  const s = appStore().getState();
  // while the class predicts, the keys do not give the answer away
  if (s.findings.length === 0 || predicting(s)) return;
  const order = s.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.span.start - b.f.span.start || a.i - b.i);
  const at = order.findIndex((x) => x.i === s.selectedFinding);
  const next = order[(at + direction + order.length) % order.length]!;
  s.selectFinding(next.i);
  bridge.source?.reveal(next.f.range);
  document.querySelector(`[data-finding-index="${next.i}"]`)?.scrollIntoView({ block: 'nearest' });
}

function ExportBar() {
  const t = useT();
  const ready = useApp((s) => s.status === 'ready' && s.analyzedText === s.text);
  return (
    <div className="toolbar export" role="toolbar" aria-label={t('exportLabel')} data-testid="export">
      {EXPORTS.map(([format, label]) => (
        <button
          key={format}
          type="button"
          className="btn small"
          disabled={!ready}
          onClick={() => void exportFindings(appStore(), format)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}

/** The findings; in predict mode, the prediction first, and the findings only once revealed. */
export function FindingsPanel() {
  const on = useApp((s) => s.predict.on);
  const hidden = useApp(predicting);
  if (!on) return <FindingsList />;
  return (
    <>
      <PredictPanel />
      {!hidden && <FindingsList />}
    </>
  );
}

function FindingsList() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const findings = useApp((s) => s.findings);
  const suppressed = useApp((s) => s.suppressed);
  const status = useApp((s) => s.status);
  const selected = useApp((s) => s.selectedFinding);
  const stale = useApp((s) => s.analyzedText !== s.text);

  const order = useMemo(
    () =>
      findings
        .map((f, i) => ({ f, i }))
        .sort(
          (a, b) =>
            a.f.span.start - b.f.span.start || SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity],
        ),
    [findings],
  );
  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of findings) {
      if (f.severity === 'error') c.error++;
      else if (f.severity === 'warning') c.warning++;
      else c.info++;
    }
    return c;
  }, [findings]);

  const noResults = useNoResults();
  if (noResults) return <ResultsState />;
  if (status === 'ready' && findings.length === 0) {
    return <p className="empty">{t('noFindings')}</p>;
  }

  return (
    <div className="findings">
      {findings.length > 0 && (
        <div className="summary-row">
          <p className="summary">
            {t('findingsSummary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}
            {suppressed > 0 && <> · {t('suppressed', { count: suppressed })}</>}
          </p>
          <ExportBar />
        </div>
      )}
      <ul className="finding-list" aria-label={t('tabFindings')} data-testid="findings">
        {order.map(({ f, i }) => (
          <li
            key={`${f.ruleId}-${f.span.start}-${i}`}
            className={`finding${selected === i ? ' selected' : ''}`}
            data-rule={f.ruleId}
            data-finding-index={i}
          >
            <button
              type="button"
              className="finding-main"
              aria-current={selected === i ? 'true' : undefined}
              onClick={() => {
                appStore().getState().selectFinding(i);
                bridge.source?.reveal(f.range);
                bridge.source?.focus();
              }}
            >
              <span className={`sev sev-${f.severity}`}>{t(`severity_${f.severity}`)}</span>
              <span className="finding-text">
                <span className="finding-msg">
                  <Inline text={pick(lang, f.message)} />
                </span>
                <span className="finding-meta">
                  <code>{f.ruleId}</code> · {f.slug} · {t('line', { line: f.range.start.line })}
                </span>
              </span>
            </button>
            <div className="finding-actions">
              {f.practices.map((p) => (
                <button
                  type="button"
                  key={p}
                  className="chip"
                  title={PRACTICE_BY_ID.get(p) ? pick(lang, PRACTICE_BY_ID.get(p)!.title) : p}
                  onClick={() => appStore().getState().showPractice(p)}
                >
                  {p}
                </button>
              ))}
              <button type="button" className="link" onClick={() => appStore().getState().showRule(f.ruleId)}>
                {t('ruleDocs', { rule: f.ruleId })}
              </button>
              {f.fix && (
                <button
                  type="button"
                  className="btn small"
                  disabled={stale}
                  data-testid="apply-fix"
                  onClick={() => applyFix(f)}
                >
                  {t('applyFix', { title: pick(lang, f.fix.title) })}
                  <span className={`risk risk-${f.fix.safety}`}>
                    {f.fix.safety === 'safe' ? t('fixSafe') : t('fixReview')}
                  </span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const findingsPane: Pane = {
  id: 'findings',
  label: 'tabFindings',
  Panel: FindingsPanel,
  count: (s) => s.findings.length,
};
