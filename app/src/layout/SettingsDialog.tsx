/**
 * Settings, with the keys of `.dop.yaml`: each rule's severity (or off), trusted registries, the
 * rewrite options, and the theme. Import and export as `.dop.yaml`; kept in this browser.
 */
import type { AnalyzeOptions, Severity } from '@dop/analyzer';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Inline } from '../components/Inline';
import { pick } from '../i18n/i18n';
import { copyText } from '../engine/clipboard';
import { exportSettings, importSettings, resetSettings, settingsYaml } from '../settings';
import { appStore, useApp, useT } from '../store/app-store';
import type { Theme } from '../store/store';
import { RewriteOptionFields } from '../components/RewriteOptionFields';
import { useModal } from './use-modal';

const LEVELS: Array<Severity | 'off'> = ['error', 'warning', 'info', 'style', 'off'];
const THEMES: Theme[] = ['system', 'light', 'dark'];

/** The rule's setting as the select shows it: 'default' or a severity or 'off'. */
function ruleLevel(a: AnalyzeOptions, id: string): Severity | 'off' | 'default' {
  if (a.disabledRules?.includes(id)) return 'off';
  return a.severityOverrides?.[id] ?? 'default';
}

/** The options with one rule set to `level` (severity overrides, and enable for opt-in rules). */
function withRuleLevel(a: AnalyzeOptions, id: string, level: string, optIn: boolean): AnalyzeOptions {
  const severity = { ...(a.severityOverrides ?? {}) };
  delete severity[id];
  const disabled = (a.disabledRules ?? []).filter((x) => x !== id);
  let enabled = (a.enabledRules ?? []).filter((x) => x !== id);
  if (level === 'off') {
    if (!optIn) severity[id] = 'off';
  } else if (level !== 'default') {
    severity[id] = level as Severity;
    if (optIn) enabled = [...enabled, id];
  }
  const out: AnalyzeOptions = { ...a };
  out.severityOverrides = severity;
  out.disabledRules = disabled;
  out.enabledRules = enabled;
  for (const k of ['severityOverrides', 'disabledRules', 'enabledRules'] as const) {
    const v = out[k];
    if (v && (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0)) delete out[k];
  }
  return out;
}

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const rules = useApp((s) => s.rules);
  const settings = useApp((s) => s.settings);
  const theme = useApp((s) => s.theme);
  const ref = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useState('');
  const [registries, setRegistries] = useState(() => (settings.analyze.trustedRegistries ?? []).join('\n'));
  useEffect(() => {
    setRegistries((settings.analyze.trustedRegistries ?? []).join('\n'));
  }, [settings.analyze.trustedRegistries]);
  useModal(ref, open);

  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    if (!q) return rules;
    return rules.filter((r) =>
      [r.id, r.slug, r.title.en, r.title.ko, ...Object.values(r.aka).flat()].some((x) =>
        String(x).toLowerCase().includes(q),
      ),
    );
  }, [rules, filter]);
  const a = settings.analyze;
  const changed = Object.keys(a.severityOverrides ?? {}).length + (a.disabledRules?.length ?? 0);
  const setAnalyze = (analyze: AnalyzeOptions) =>
    appStore()
      .getState()
      .setSettings({ ...appStore().getState().settings, analyze });

  return (
    <dialog
      ref={ref}
      className="dialog settings"
      onClose={onClose}
      aria-labelledby="settings-title"
      data-testid="settings"
    >
      <div className="dialog-head">
        <h2 id="settings-title">{t('settingsTitle')}</h2>
        <button type="button" className="btn" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p className="muted">{t('settingsIntro')}</p>

      <section aria-labelledby="set-file">
        <h3 id="set-file">{t('settingsFile')}</h3>
        <div className="row">
          <button type="button" className="btn small" onClick={() => fileInput.current?.click()}>
            {t('settingsImport')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".yaml,.yml,text/yaml"
            className="sr-only"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="settings-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importSettings(appStore(), file);
              e.target.value = '';
            }}
          />
          <button type="button" className="btn small" onClick={() => exportSettings(appStore())}>
            {t('settingsExport')}
          </button>
          <button
            type="button"
            className="btn small"
            onClick={async () => {
              const ok = await copyText(settingsYaml(appStore()));
              appStore()
                .getState()
                .setNotice({ kind: ok ? 'info' : 'warning', key: ok ? 'copied' : 'copyFailed' });
            }}
          >
            {t('settingsCopy')}
          </button>
          <button type="button" className="btn small ghost" onClick={() => resetSettings(appStore())}>
            {t('settingsReset')}
          </button>
        </div>
      </section>

      <section aria-labelledby="set-look">
        <h3 id="set-look">{t('settingsAppearance')}</h3>
        <fieldset className="seg">
          <legend className="sr-only">{t('settingsAppearance')}</legend>
          {THEMES.map((x) => (
            <label key={x}>
              <input
                type="radio"
                name="theme"
                checked={theme === x}
                onChange={() => appStore().getState().setTheme(x)}
              />
              <span>{t(`theme_${x}`)}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="set-rewrite">
        <h3 id="set-rewrite">{t('settingsRewrite')}</h3>
        <RewriteOptionFields />
      </section>

      <section aria-labelledby="set-registries">
        <h3 id="set-registries">{t('settingsRegistries')}</h3>
        <label className="block">
          <span className="muted small">{t('settingsRegistriesHelp')}</span>
          <textarea
            rows={3}
            value={registries}
            data-testid="settings-registries"
            onChange={(e) => setRegistries(e.target.value)}
            onBlur={() => {
              const list = registries
                .split('\n')
                .map((x) => x.trim())
                .filter(Boolean);
              const next: AnalyzeOptions = { ...a };
              if (list.length > 0) next.trustedRegistries = list;
              else delete next.trustedRegistries;
              setAnalyze(next);
            }}
          />
        </label>
      </section>

      <section aria-labelledby="set-rules">
        <h3 id="set-rules">
          {t('settingsRules')}{' '}
          {changed > 0 && <span className="muted">· {t('settingsChanged', { count: changed })}</span>}
        </h3>
        <label className="block">
          <span className="sr-only">{t('settingsRulesFilter')}</span>
          <input
            type="search"
            placeholder={t('settingsRulesFilter')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            data-testid="settings-filter"
          />
        </label>
        <ul className="rule-settings">
          {shown.map((r) => {
            const level = ruleLevel(a, r.id);
            return (
              <li key={r.id} data-rule-setting={r.id}>
                <span className="rule-name">
                  <code>{r.id}</code> <Inline text={pick(lang, r.title)} />
                </span>
                <select
                  aria-label={t('settingsRuleSeverity', { rule: r.id })}
                  value={level}
                  onChange={(e) => setAnalyze(withRuleLevel(a, r.id, e.target.value, Boolean(r.optIn)))}
                >
                  <option value="default">
                    {r.optIn
                      ? t('severityOffDefault')
                      : t('severityDefault', { severity: t(`severity_${r.severity}`) })}
                  </option>
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {t(`severity_${l}`)}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ul>
      </section>
    </dialog>
  );
}
