import { Suspense, lazy, useRef, useState } from 'react';
import { setMonacoLanguage } from '../editor/monaco-nls';
import { HiddenPicker } from '../components/HiddenPicker';
import { ProjectFiles } from '../context/ProjectFiles';
import { openFile } from '../files';
import { MAX_ANALYZE_CHARS, TIMEOUT_SECONDS } from '../worker/protocol';
import { appStore, useApp, useT } from '../store/app-store';
import { predicting } from '../store/store';

// Monaco's own strings are set before it loads, so its widgets start in the page's language.
const SourceEditor = lazy(async () => {
  await setMonacoLanguage(appStore().getState().lang);
  return import('../editor/SourceEditor');
});

export function EditorPane() {
  const t = useT();
  const status = useApp((s) => s.status);
  const count = useApp((s) => s.findings.length);
  const timings = useApp((s) => s.timings);
  const hidden = useApp(predicting);
  const tooLargeSize = useApp((s) => (s.status === 'too-large' ? s.text.length : 0));
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  let statusText = '';
  if (status === 'pending') statusText = t('statusPending');
  else if (status === 'ready' && timings) {
    const ms = Math.round(timings.analyzeMs + timings.rewriteMs);
    statusText = hidden ? t('statusReadyHidden', { ms }) : t('statusReady', { count, ms });
  }
  const hasFile = (e: React.DragEvent) => [...e.dataTransfer.types].includes('Files');
  return (
    <section className="pane pane-editor" aria-labelledby="editor-title">
      <div className="pane-head">
        <h2 id="editor-title">{t('editorLabel')}</h2>
        <span className="status" data-testid="status" data-status={status}>
          {statusText}
        </span>
        <button type="button" className="btn small" onClick={() => fileInput.current?.click()}>
          {t('openFile')}
        </button>
        <HiddenPicker
          ref={fileInput}
          testId="open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(appStore(), file);
            e.target.value = '';
          }}
        />
      </div>
      {status === 'too-large' && (
        <p className="pane-alert" role="alert" data-testid="too-large">
          {t('statusTooLarge', {
            size: tooLargeSize.toLocaleString(),
            limit: MAX_ANALYZE_CHARS.toLocaleString(),
          })}
        </p>
      )}
      {status === 'timeout' && (
        <p className="pane-alert" role="alert">
          {t('statusTimeout', { seconds: TIMEOUT_SECONDS })}
        </p>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; the keyboard's way is the Open file button */}
      <div
        className={`editor-host${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          if (!hasFile(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDropCapture={(e) => {
          // a dropped file opens; dropped text goes to Monaco as usual
          const file = e.dataTransfer.files[0];
          setDragging(false);
          if (!file) return;
          e.preventDefault();
          e.stopPropagation();
          void openFile(appStore(), file);
        }}
        data-testid="editor-drop"
      >
        <Suspense fallback={<p className="empty">{t('editorLoading')}</p>}>
          <SourceEditor label={t('editorLabel')} />
        </Suspense>
        {status === 'empty' && !dragging && (
          <p className="editor-empty" data-testid="empty-prompt">
            {t('emptyPrompt')}
          </p>
        )}
        {dragging && (
          <p className="editor-empty drop" aria-hidden="true">
            {t('dropHere')}
          </p>
        )}
      </div>
      <p className="hint">{t('editorHint')}</p>
      <ProjectFiles />
    </section>
  );
}
