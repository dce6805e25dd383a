/**
 * The original and the rewrite in Monaco's diff editor: side by side, or inline when asked or when
 * there is no room. Read-only; a change picked in the list is highlighted on both sides.
 */
import { useEffect, useRef } from 'react';
import { appStore } from '../store/app-store';
import { bridge } from './bridge';
import { monaco } from './monaco';
import { editorFontSize, editorTheme } from './SourceEditor';

export interface DiffViewProps {
  original: string;
  modified: string;
  inline: boolean;
  originalLabel: string;
  modifiedLabel: string;
  /** Called with true while Monaco computes the diff of new texts, false once it is shown. */
  onComputing?: (computing: boolean) => void;
}

type LineSpan = { start: number; end: number };

export default function DiffView({
  original,
  modified,
  inline,
  originalLabel,
  modifiedLabel,
  onComputing,
}: DiffViewProps) {
  const computing = useRef(onComputing);
  computing.current = onComputing;
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const models = useRef<{ o: monaco.editor.ITextModel; m: monaco.editor.ITextModel } | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; later props are followed below
  useEffect(() => {
    const { presenter, dark } = appStore().getState();
    const o = monaco.editor.createModel(original, 'dockerfile');
    const m = monaco.editor.createModel(modified, 'dockerfile');
    const diff = monaco.editor.createDiffEditor(host.current!, {
      automaticLayout: true,
      readOnly: true,
      originalEditable: false,
      renderSideBySide: !inline,
      useInlineViewWhenSpaceIsLimited: true,
      renderSideBySideInlineBreakpoint: 700,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderFinalNewline: 'on',
      fontSize: editorFontSize(presenter),
      // on a projector a cut line hides the change: wrap instead
      wordWrap: presenter ? 'on' : 'off',
      diffWordWrap: 'inherit',
      theme: editorTheme(presenter, dark),
      renderOverviewRuler: false,
      hideUnchangedRegions: { enabled: false },
      ignoreTrimWhitespace: false,
      fixedOverflowWidgets: true,
      originalAriaLabel: originalLabel,
      modifiedAriaLabel: modifiedLabel,
    });
    diff.setModel({ original: o, modified: m });
    computing.current?.(true);
    const diffDone = diff.onDidUpdateDiff(() => computing.current?.(false));
    // the constructor's aria labels do not reach the two inner editors: set them there
    diff.getOriginalEditor().updateOptions({ ariaLabel: originalLabel });
    diff.getModifiedEditor().updateOptions({ ariaLabel: modifiedLabel });
    editorRef.current = diff;
    models.current = { o, m };

    let oDecos = diff.getOriginalEditor().createDecorationsCollection();
    let mDecos = diff.getModifiedEditor().createDecorationsCollection();
    const toDecos = (spans: LineSpan[]): monaco.editor.IModelDeltaDecoration[] =>
      spans.map((s) => ({
        range: new monaco.Range(s.start, 1, s.end, 1),
        options: {
          isWholeLine: true,
          className: 'dop-change-highlight',
          linesDecorationsClassName: 'dop-change-gutter',
        },
      }));
    bridge.diff = {
      highlight(origLines, modLines) {
        oDecos.clear();
        mDecos.clear();
        oDecos = diff.getOriginalEditor().createDecorationsCollection(toDecos(origLines));
        mDecos = diff.getModifiedEditor().createDecorationsCollection(toDecos(modLines));
        if (origLines[0])
          diff.getOriginalEditor().revealLinesInCenterIfOutsideViewport(origLines[0].start, origLines[0].end);
        if (modLines[0])
          diff.getModifiedEditor().revealLinesInCenterIfOutsideViewport(modLines[0].start, modLines[0].end);
      },
    };

    const unsubscribe = appStore().subscribe((s, prev) => {
      if (s.presenter !== prev.presenter) {
        diff.updateOptions({ fontSize: editorFontSize(s.presenter), wordWrap: s.presenter ? 'on' : 'off' });
      }
    });
    return () => {
      diffDone.dispose();
      unsubscribe();
      bridge.diff = null;
      // detach first: that cancels a diff still being computed, which would otherwise find its
      // models gone and throw ("no diff result available")
      diff.setModel(null);
      diff.dispose();
      o.dispose();
      m.dispose();
      editorRef.current = null;
      models.current = null;
    };
  }, []);

  useEffect(() => {
    const ms = models.current;
    if (ms && ms.o.getValue() !== original) {
      computing.current?.(true);
      ms.o.setValue(original);
    }
  }, [original]);
  useEffect(() => {
    const ms = models.current;
    if (ms && ms.m.getValue() !== modified) {
      computing.current?.(true);
      ms.m.setValue(modified);
    }
  }, [modified]);
  useEffect(() => {
    editorRef.current?.updateOptions({ renderSideBySide: !inline });
  }, [inline]);
  useEffect(() => {
    editorRef.current?.getOriginalEditor().updateOptions({ ariaLabel: originalLabel });
    editorRef.current?.getModifiedEditor().updateOptions({ ariaLabel: modifiedLabel });
  }, [originalLabel, modifiedLabel]);

  return <div ref={host} className="monaco-host" data-testid="diff-editor" />;
}
