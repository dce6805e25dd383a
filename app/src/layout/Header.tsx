import { LANGS, type Lang, pick } from '../i18n/i18n';
import { rememberLang } from '../engine/language';
import { copyOptimized, shareLink } from '../engine/share';
import { appStore, useApp, useT } from '../store/app-store';
import { EXAMPLES } from '../workshop/examples';
import { SEED_BY_ID, SEEDS } from '../workshop/seeds';

export function Header({
  onHelp,
  onAbout,
  onSettings,
}: {
  onHelp: () => void;
  onAbout: () => void;
  onSettings: () => void;
}) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const presenter = useApp((s) => s.presenter);
  const predict = useApp((s) => s.predict.on);
  const hasChanges = useApp((s) => s.allChanges.length > 0);
  return (
    <header className="app-header">
      <a className="skip" href="#results">
        {t('skipToResults')}
      </a>
      <h1 className="brand">
        <svg viewBox="0 0 24 24" aria-hidden="true" className="logo">
          <rect x="2" y="12" width="6" height="5" rx="1" />
          <rect x="9" y="12" width="6" height="5" rx="1" />
          <rect x="16" y="12" width="6" height="5" rx="1" />
          <rect x="9" y="6" width="6" height="5" rx="1" />
          <path d="M1 19h22" strokeWidth="1.6" />
        </svg>
        {t('appTitle')}
      </h1>
      <div className="header-actions">
        <label className="select">
          <span className="sr-only">{t('examples')}</span>
          <select
            value=""
            data-testid="examples"
            onChange={(e) => {
              const ex = EXAMPLES.find((x) => x.id === e.target.value);
              if (ex) appStore().getState().setText(pick(lang, ex.texts), ex.id);
              // a seed opens as its lesson: the note's versions, one step each
              else if (SEED_BY_ID.has(e.target.value)) appStore().getState().startLesson(e.target.value);
            }}
          >
            <option value="" disabled>
              {t('examplesPick')}
            </option>
            <optgroup label={t('examplesSeeds')}>
              {SEEDS.map((seed) => (
                <option key={seed.id} value={seed.id}>
                  {pick(lang, seed.title)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('examplesGallery')}>
              {EXAMPLES.map((ex) => (
                <option key={ex.id} value={ex.id}>
                  {pick(lang, ex.title)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <button
          type="button"
          className="btn"
          disabled={!hasChanges}
          onClick={() => appStore().getState().startWorkshop()}
          data-testid="step-through"
        >
          {t('stepThrough')}
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={predict}
          onClick={() => appStore().getState().togglePredict()}
          data-testid="predict-toggle"
        >
          {t('predictToggle')}
        </button>
        <button
          type="button"
          className="btn primary"
          onClick={() => void shareLink(appStore())}
          aria-keyshortcuts="Alt+S"
          data-testid="share"
        >
          {t('share')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void copyOptimized(appStore())}
          aria-keyshortcuts="Alt+C"
        >
          {t('copyResult')}
        </button>
        <label className="select">
          <span className="sr-only">{t('language')}</span>
          <select
            value={lang}
            data-testid="lang"
            onChange={(e) => {
              rememberLang(e.target.value);
              appStore()
                .getState()
                .setLang(e.target.value as Lang);
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {l === 'en' ? 'English' : '한국어'}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn"
          aria-pressed={presenter}
          onClick={() => appStore().getState().togglePresenter()}
        >
          {t('presenter')}
        </button>
        <button type="button" className="btn" onClick={onSettings} data-testid="open-settings">
          {t('settings')}
        </button>
        <button type="button" className="btn" onClick={onAbout} data-testid="about">
          {t('about')}
        </button>
        <button
          type="button"
          className="btn icon"
          aria-label={t('shortcuts')}
          title={t('shortcuts')}
          onClick={onHelp}
        >
          ?
        </button>
      </div>
    </header>
  );
}
