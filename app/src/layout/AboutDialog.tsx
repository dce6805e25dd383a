/** Version, what the analyzer knows, where the rule pages are, and what the page keeps. */
import { useRef } from 'react';
import { APP_VERSION } from '../exports';
import { appStore, useApp, useT } from '../store/app-store';
import { useModal } from './use-modal';

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ruleCount = useApp((s) => s.rules.length);
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref, open);
  return (
    <dialog ref={ref} className="dialog about" onClose={onClose} aria-labelledby="about-title">
      <h2 id="about-title">{t('aboutTitle')}</h2>
      <dl className="facts">
        <dt>{t('aboutVersion')}</dt>
        <dd data-testid="app-version">{APP_VERSION}</dd>
        <dt>{t('aboutRules')}</dt>
        <dd data-testid="rule-count">{ruleCount > 0 ? ruleCount : '…'}</dd>
      </dl>
      <p>
        <button
          type="button"
          className="link"
          onClick={() => {
            appStore().getState().showPractice(null);
            onClose();
          }}
        >
          {t('aboutRuleDocs')}
        </button>
      </p>
      <h3>{t('aboutPrivacyTitle')}</h3>
      <ul>
        <li>{t('aboutPrivacyLocal')}</li>
        <li>{t('aboutPrivacyHash')}</li>
        <li>{t('aboutPrivacyStorage')}</li>
      </ul>
      <button type="button" className="btn" onClick={onClose}>
        {t('close')}
      </button>
    </dialog>
  );
}
