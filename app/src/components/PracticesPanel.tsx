/**
 * The practice index (P01…P36): each practice's explanation, how many findings of the current
 * file break it (a bar, read out as a number), and the rules that check it; and each rule's page.
 */
import type { RuleMeta } from '@dop/analyzer';
import { useEffect, useMemo, useRef } from 'react';
import { PRACTICES, PRACTICE_BY_ID, type PracticeGroup } from '../data/practices';
import { pick } from '../i18n/i18n';
import { appStore, useApp, useT } from '../store/app-store';
import { ExercisesBox } from './ExercisesBox';
import { Inline } from './Inline';
import type { Pane } from '../layout/pane';

const GROUPS: PracticeGroup[] = ['works', 'safe', 'size', 'cache', 'documented', 'around'];

function RulePage({ id, rules }: { id: string; rules: RuleMeta[] }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const heading = useRef<HTMLHeadingElement>(null);
  const rule = rules.find((r) => r.id === id || r.slug === id);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  if (!rule) {
    return <p className="empty">{rules.length === 0 ? t('statusPending') : t('ruleNotFound', { id })}</p>;
  }
  const aka = [...(rule.aka.hadolint ?? []), ...(rule.aka.buildkit ?? []), ...(rule.aka.trivy ?? [])];
  return (
    <article className="rule-page" data-testid="rule-page" aria-labelledby="rule-title">
      <h3 id="rule-title" ref={heading} tabIndex={-1}>
        <code>{rule.id}</code> <Inline text={pick(lang, rule.title)} />
      </h3>
      <p className="muted">
        {rule.slug} · {t(`severity_${rule.severity}`)}
        {aka.length > 0 && (
          <>
            {' '}
            · {t('hoverAlso')}: {aka.join(', ')}
          </>
        )}
      </p>
      <p>
        <Inline text={pick(lang, rule.explanation)} />
      </p>
      <p>
        {rule.practices.map((p) => (
          <button
            key={p}
            type="button"
            className="chip"
            onClick={() => appStore().getState().showPractice(p)}
          >
            {p} {PRACTICE_BY_ID.get(p) ? pick(lang, PRACTICE_BY_ID.get(p)!.title) : ''}
          </button>
        ))}
      </p>
      <ExamplePair bad={rule.examples.bad} good={rule.examples.good} />
    </article>
  );
}

/** A bad and a good Dockerfile side by side, either one opened in the editor with a click. */
function ExamplePair({ bad, good }: { bad: string; good: string }) {
  const t = useT();
  const open = (text: string) => {
    const s = appStore().getState();
    s.setText(text, null);
    s.setTab('findings');
  };
  return (
    <div className="examples">
      <div>
        <h4>{t('ruleBad')}</h4>
        <pre className="code bad">{bad}</pre>
        <button type="button" className="btn small" onClick={() => open(bad)}>
          {t('ruleOpenExample')}
        </button>
      </div>
      <div>
        <h4>{t('ruleGood')}</h4>
        <pre className="code good">{good}</pre>
        <button type="button" className="btn small" onClick={() => open(good)}>
          {t('ruleOpenGood')}
        </button>
      </div>
    </div>
  );
}

/** The rule whose examples show a practice best: the most severe of the rules that check it. */
function exampleRule(rules: RuleMeta[]): RuleMeta | undefined {
  const order = { error: 0, warning: 1, info: 2, style: 3 } as const;
  return [...rules]
    .filter((r) => !r.examples.options)
    .sort((a, b) => order[a.severity] - order[b.severity])[0];
}

export function PracticesPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const rules = useApp((s) => s.rules);
  const findings = useApp((s) => s.findings);
  const selectedPractice = useApp((s) => s.selectedPractice);
  const selectedRule = useApp((s) => s.selectedRule);

  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of findings) for (const p of f.practices) m.set(p, (m.get(p) ?? 0) + 1);
    return m;
  }, [findings]);
  const rulesByPractice = useMemo(() => {
    const m = new Map<string, RuleMeta[]>();
    for (const r of rules) for (const p of r.practices) m.set(p, [...(m.get(p) ?? []), r]);
    return m;
  }, [rules]);
  const max = Math.max(1, ...counts.values());

  const practice = selectedPractice ? PRACTICE_BY_ID.get(selectedPractice) : undefined;

  return (
    <div className="practices">
      <nav className="practice-index" aria-label={t('practicesTitle')}>
        <p className="muted small">{t('practicesIntro')}</p>
        <ExercisesBox />
        {GROUPS.map((g) => (
          <div key={g}>
            <h3 className="group">{t(`group_${g}`)}</h3>
            <ul>
              {PRACTICES.filter((p) => p.group === g).map((p) => {
                const n = counts.get(p.id) ?? 0;
                return (
                  <li key={p.id}>
                    <button
                      type="button"
                      className={`practice-item${selectedPractice === p.id && !selectedRule ? ' selected' : ''}`}
                      aria-current={selectedPractice === p.id ? 'true' : undefined}
                      onClick={() => appStore().getState().showPractice(p.id)}
                    >
                      <span className="pid">{p.id}</span>
                      <span className="ptitle">{pick(lang, p.title)}</span>
                      <span className="pcount">
                        <svg viewBox="0 0 40 8" aria-hidden="true" className="pbar">
                          <rect x="0" y="0" width="40" height="8" rx="2" className="track" />
                          {n > 0 && (
                            <rect x="0" y="0" width={(n / max) * 40} height="8" rx="2" className="fill" />
                          )}
                        </svg>
                        <span className={n > 0 ? 'n hot' : 'n'}>{n}</span>
                        <span className="sr-only">{t('practiceFindings', { count: n })}</span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
      <div className="practice-detail">
        {selectedRule ? (
          <>
            <button
              type="button"
              className="link"
              onClick={() => appStore().getState().showPractice(selectedPractice)}
            >
              ← {t('ruleBack')}
            </button>
            <RulePage key={selectedRule} id={selectedRule} rules={rules} />
          </>
        ) : practice ? (
          <article aria-labelledby="practice-title" data-testid="practice-page">
            <h3 id="practice-title">
              <span className="pid">{practice.id}</span> {pick(lang, practice.title)}
            </h3>
            <p>{pick(lang, practice.text)}</p>
            {(practice.folklore ?? []).map((f) => (
              <aside className="folklore" key={f.source + f.notes.en} data-testid="folklore">
                <p>
                  <strong>{t('practiceNotesSay')}</strong> <Inline text={pick(lang, f.notes)} />
                </p>
                <p>
                  <strong>{t('practiceToday')}</strong> <Inline text={pick(lang, f.today)} />
                </p>
                <p className="muted small">
                  {t('practiceSource')}: <span className="source">{f.source}</span>
                </p>
              </aside>
            ))}
            {(() => {
              const shown = exampleRule(rulesByPractice.get(practice.id) ?? []);
              return shown ? (
                <section
                  aria-label={t('practiceExampleFrom', { id: shown.id })}
                  data-testid="practice-examples"
                >
                  <p className="muted small">{t('practiceExampleFrom', { id: shown.id })}</p>
                  <ExamplePair bad={shown.examples.bad} good={shown.examples.good} />
                </section>
              ) : null;
            })()}
            <p className="muted">{t('practiceFindings', { count: counts.get(practice.id) ?? 0 })}</p>
            <h4>{t('practiceRules')}</h4>
            {(rulesByPractice.get(practice.id) ?? []).length === 0 ? (
              <p className="muted">{t('practiceNoRules')}</p>
            ) : (
              <ul className="rule-list">
                {(rulesByPractice.get(practice.id) ?? []).map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => appStore().getState().showRule(r.id)}
                    >
                      <code>{r.id}</code> <Inline text={pick(lang, r.title)} />
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </article>
        ) : (
          <p className="muted">{t('practicesIntro')}</p>
        )}
      </div>
    </div>
  );
}

export const practicesPane: Pane = { id: 'practices', label: 'tabPractices', Panel: PracticesPanel };
