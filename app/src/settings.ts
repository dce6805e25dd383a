/**
 * The settings a `.dop.yaml` holds (rules, severities, trusted registries, rewrite options), kept
 * in this browser as that same YAML, imported from and exported to a file; and the view (theme,
 * split) kept beside them. Parsing and writing are @dop/config's, the CLI's own.
 */
import { type Config, ConfigError, parseConfig, toDopYaml } from '@dop/config';
import { download } from './engine/clipboard';
import { DEFAULT_CHOICES, DEFAULT_SETTINGS, type AppStoreApi, type Layout, type Theme } from './store/store';

const SETTINGS_KEY = 'dop.settings';
const VIEW_KEY = 'dop.view';

/** The store's settings and rewrite choices as a config `toDopYaml` writes. */
export function currentConfig(store: AppStoreApi): Pick<Config, 'analyze' | 'rewrite'> {
  const s = store.getState();
  const rewrite: Config['rewrite'] = {};
  if (s.choices.multiStage !== DEFAULT_CHOICES.multiStage) rewrite.multiStage = s.choices.multiStage;
  if (s.choices.runtimeUid !== DEFAULT_CHOICES.runtimeUid) rewrite.runtimeUid = s.choices.runtimeUid;
  if (s.choices.cacheMounts !== DEFAULT_CHOICES.cacheMounts) rewrite.cacheMounts = s.choices.cacheMounts;
  if (s.settings.disabledTransforms.length > 0) rewrite.disabledTransforms = s.settings.disabledTransforms;
  return { analyze: s.settings.analyze, rewrite };
}

export function settingsYaml(store: AppStoreApi): string {
  return toDopYaml(currentConfig(store));
}

/** Puts a config's options in the store (what it does not say goes back to the default). */
export function applyConfig(store: AppStoreApi, config: Pick<Config, 'analyze' | 'rewrite'>): void {
  const s = store.getState();
  s.setSettings({ analyze: config.analyze, disabledTransforms: config.rewrite.disabledTransforms ?? [] });
  s.setChoices({
    multiStage: config.rewrite.multiStage ?? DEFAULT_CHOICES.multiStage,
    runtimeUid: config.rewrite.runtimeUid ?? DEFAULT_CHOICES.runtimeUid,
    cacheMounts: config.rewrite.cacheMounts ?? DEFAULT_CHOICES.cacheMounts,
  });
}

export function resetSettings(store: AppStoreApi): void {
  applyConfig(store, { analyze: DEFAULT_SETTINGS.analyze, rewrite: {} });
}

/** Reads a `.dop.yaml` (or `.hadolint.yaml`) the user chose; says what went wrong if it is not one. */
export async function importSettings(store: AppStoreApi, file: File): Promise<void> {
  const s = store.getState();
  try {
    const config = parseConfig(await file.text(), file.name);
    applyConfig(store, config);
    s.setNotice({
      kind: config.warnings.length > 0 ? 'warning' : 'info',
      key: 'settingsImported',
      params: { name: file.name },
      ...(config.warnings.length > 0 ? { detail: config.warnings.join('\n') } : {}),
    });
  } catch (e) {
    s.setNotice({
      kind: 'error',
      key: 'settingsBad',
      params: { name: file.name },
      detail: e instanceof ConfigError ? e.message : String(e),
    });
  }
}

export function exportSettings(store: AppStoreApi): void {
  download('.dop.yaml', settingsYaml(store), 'application/yaml');
  store
    .getState()
    .setNotice({ kind: 'info', key: 'downloadedDotfile', params: { name: '.dop.yaml', saved: 'dop.yaml' } });
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // storage may be off: the settings then last for this page only
  }
}

/** Restores the settings and the view kept in this browser, then keeps them as they change. */
export function keepSettings(store: AppStoreApi): void {
  const yaml = read(SETTINGS_KEY);
  if (yaml) {
    try {
      applyConfig(store, parseConfig(yaml, '.dop.yaml'));
    } catch {
      // kept by an older version, or edited by hand: start from the defaults
    }
  }
  const view = read(VIEW_KEY);
  if (view) {
    try {
      const v = JSON.parse(view) as { theme?: Theme; resultsPercent?: number; editorHidden?: boolean };
      if (v.theme === 'light' || v.theme === 'dark' || v.theme === 'system')
        store.getState().setTheme(v.theme);
      const layout: Partial<Layout> = {};
      if (typeof v.resultsPercent === 'number') layout.resultsPercent = v.resultsPercent;
      store.getState().setLayout(layout);
    } catch {
      // not ours: ignore
    }
  }
  store.subscribe((s, prev) => {
    if (
      // settings that came with a link are shown, not kept as the user's own
      (s.settingsFrom === 'own' && s.settings !== prev.settings) ||
      s.choices.multiStage !== prev.choices.multiStage ||
      s.choices.runtimeUid !== prev.choices.runtimeUid ||
      s.choices.cacheMounts !== prev.choices.cacheMounts
    )
      write(SETTINGS_KEY, settingsYaml(store));
    if (s.theme !== prev.theme || s.layout.resultsPercent !== prev.layout.resultsPercent)
      write(VIEW_KEY, JSON.stringify({ theme: s.theme, resultsPercent: s.layout.resultsPercent }));
  });
}

/** Follows the chosen theme, or the system's while the choice is "system". */
export function followTheme(store: AppStoreApi): void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    const s = store.getState();
    const dark = s.theme === 'dark' || (s.theme === 'system' && media.matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    if (s.dark !== dark) s.setDark(dark);
  };
  media.addEventListener('change', apply);
  store.subscribe((s, prev) => {
    if (s.theme !== prev.theme) apply();
  });
  apply();
}
