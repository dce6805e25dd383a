/**
 * The page's one notice, as a toast over the page's corner: it never pushes the layout down.
 * Dismissed with its button or Escape; an informational one (no error, no link to copy) goes by
 * itself after a while unless the pointer or the focus is on it.
 */
import { useEffect, useRef, useState } from 'react';
import { rememberLang } from '../engine/language';
import { appStore, useApp, useT } from '../store/app-store';

const INFO_LIFETIME_MS = 8000;

export function NoticeBar() {
  const t = useT();
  const notice = useApp((s) => s.notice);
  const lang = useApp((s) => s.lang);
  const lastLink = useApp((s) => s.lastLink);
  const ref = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState(false);
  const isLink = notice?.key === 'linkCopied' || notice?.key === 'linkLong';
  const fades = notice?.kind === 'info' && !isLink && !notice.offerLang;

  useEffect(() => {
    if (!notice || !fades || held) return;
    const timer = setTimeout(() => {
      if (appStore().getState().notice === notice) appStore().getState().setNotice(null);
    }, INFO_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [notice, fades, held]);

  useEffect(() => {
    if (!notice) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // Escape belongs to an open dialog or to Monaco's own widgets first
      const target = e.target as HTMLElement | null;
      if (document.querySelector('dialog[open]') || target?.closest('.monaco-editor')) return;
      appStore().getState().setNotice(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [notice]);

  const dismiss = () => appStore().getState().setNotice(null);
  // the live region stays in the page so screen readers hear the next notice
  if (!notice) return <div className="notice-slot" role="status" aria-live="polite" />;
  const kept = notice.params?.kept;
  return (
    <div className="notice-slot">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: hover and focus only hold the notice open; it has a role (status or alert) */}
      <div
        ref={ref}
        className={`notice notice-${notice.kind}`}
        role={notice.kind === 'error' ? 'alert' : 'status'}
        data-testid="notice"
        onMouseEnter={() => setHeld(true)}
        onMouseLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={(e) => {
          if (!ref.current?.contains(e.relatedTarget as Node | null)) setHeld(false);
        }}
      >
        <p>
          {t(notice.key, notice.params)}
          {notice.key.startsWith('badLink_') && (
            <> {t(kept === 'text' ? 'badLinkKeptText' : 'badLinkKept')}</>
          )}
        </p>
        {/* the codec's technical detail is English only */}
        {notice.detail && lang === 'en' && <p className="detail">{notice.detail}</p>}
        {isLink && lastLink && (
          <label className="link-box">
            <span className="sr-only">{t('linkLabel')}</span>
            <input readOnly value={lastLink} onFocus={(e) => e.target.select()} data-testid="permalink" />
          </label>
        )}
        <div className="notice-actions">
          {notice.offerLang && (
            <button
              type="button"
              className="btn small"
              data-testid="switch-lang"
              onClick={() => {
                const next = notice.offerLang!;
                rememberLang(next);
                appStore().getState().setLang(next);
                dismiss();
              }}
            >
              {t('switchLang', { language: t(`langName_${notice.offerLang}`) })}
            </button>
          )}
          <button type="button" className="btn ghost small" onClick={dismiss} data-testid="dismiss">
            {t('dismiss')}
          </button>
        </div>
      </div>
    </div>
  );
}
