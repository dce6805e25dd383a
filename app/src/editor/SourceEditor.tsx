/**
 * The Dockerfile editor: Monaco with findings as markers, hovers that explain the rule, and quick
 * fixes as code actions. Lazy-loaded; the store stays the source of truth for the text.
 */
import type { Finding, RuleMeta } from '@dop/analyzer';
import { useEffect, useRef } from 'react';
import { PRACTICE_BY_ID } from '../data/practices';
import { type Lang, pick, translate } from '../i18n/i18n';
import { appStore } from '../store/app-store';
import { predicting } from '../store/store';
import { MAX_ANALYZE_CHARS } from '../worker/protocol';
import { bridge } from './bridge';
import { monaco } from './monaco';
import { attachPredictGutter } from './predict-gutter';

const MARKER_OWNER = 'dop';

const SEVERITY: Record<Finding['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
  style: monaco.MarkerSeverity.Info,
};

/** What the markers currently on the model were computed from. */
const current: { model: monaco.editor.ITextModel | null; version: number; findings: Finding[] } = {
  model: null,
  version: -1,
  findings: [],
};

export function ruleLink(id: string): string {
  return `${location.origin}${location.pathname}#rule/${encodeURIComponent(id)}`;
}

function ruleOf(id: string): RuleMeta | undefined {
  return appStore()
    .getState()
    .rules.find((r) => r.id === id);
}

function lang(): Lang {
  return appStore().getState().lang;
}

function toRange(f: Finding): monaco.IRange {
  return {
    startLineNumber: f.range.start.line,
    startColumn: f.range.start.column,
    endLineNumber: f.range.end.line,
    endColumn: Math.max(
      f.range.end.column,
      f.range.start.line === f.range.end.line ? f.range.start.column + 1 : 1,
    ),
  };
}

/**
 * A finding's message for places Monaco shows as plain text (the marker part of a hover, the
 * problems peek): the backticks of code spans dropped rather than shown.
 */
export function plainText(markdown: string): string {
  return markdown.replace(/`([^`\n]*)`/g, '$1');
}

let providersRegistered = false;

/** Hovers, code actions and the link opener are registered once for the language. */
function registerProviders(): void {
  if (providersRegistered) return;
  providersRegistered = true;

  monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      if (model !== current.model || model.getAlternativeVersionId() !== current.version) return null;
      const l = lang();
      const hits = current.findings.filter((f) => monaco.Range.containsPosition(toRange(f), position));
      if (hits.length === 0) return null;
      const seen = new Set<string>();
      const contents: monaco.IMarkdownString[] = [];
      for (const f of hits) {
        if (seen.has(f.ruleId)) continue;
        seen.add(f.ruleId);
        const rule = ruleOf(f.ruleId);
        const practices = f.practices
          .map((p) => {
            const practice = PRACTICE_BY_ID.get(p);
            return practice ? `${p} ${pick(l, practice.title)}` : p;
          })
          .join(' · ');
        const aka = [...(f.aka.hadolint ?? []), ...(f.aka.buildkit ?? []), ...(f.aka.trivy ?? [])].join(', ');
        const lines = [
          `**${f.ruleId}** · ${rule ? pick(l, rule.title) : f.slug}`,
          '',
          rule ? pick(l, rule.explanation) : '',
          '',
          `${translate(l, 'hoverPractices')}: ${practices}`,
        ];
        if (aka) lines.push('', `${translate(l, 'hoverAlso')}: ${aka}`);
        lines.push('', `[${translate(l, 'hoverMore')}](${ruleLink(f.ruleId)})`);
        contents.push({ value: lines.join('\n'), isTrusted: false, supportHtml: false });
      }
      return { contents, range: toRange(hits[0]!) };
    },
  });

  monaco.languages.registerCodeActionProvider(
    'dockerfile',
    {
      provideCodeActions(model, _range, context) {
        if (model !== current.model || model.getAlternativeVersionId() !== current.version) {
          return { actions: [], dispose() {} };
        }
        const l = lang();
        const actions: monaco.languages.CodeAction[] = [];
        for (const marker of context.markers) {
          if (marker.source !== 'dop') continue;
          const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
          const f = current.findings.find(
            (x) =>
              x.ruleId === code &&
              x.fix &&
              x.range.start.line === marker.startLineNumber &&
              x.range.start.column === marker.startColumn,
          );
          if (!f?.fix) continue;
          actions.push({
            title: translate(l, 'quickFix', { title: pick(l, f.fix.title) }),
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: f.fix.safety === 'safe',
            edit: {
              edits: f.fix.edits.map((e) => {
                const start = model.getPositionAt(e.start);
                const end = model.getPositionAt(e.end);
                return {
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: {
                    range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
                    text: e.text,
                  },
                };
              }),
            },
          });
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );

  monaco.editor.registerLinkOpener({
    open(resource) {
      const m = /^rule\/(.+)$/.exec(resource.fragment);
      if (m && resource.path === location.pathname) {
        appStore().getState().showRule(decodeURIComponent(m[1]!));
        return true;
      }
      return false;
    },
  });
}

export function editorFontSize(presenter: boolean): number {
  return presenter ? 22 : 14;
}

export function editorTheme(presenter: boolean, dark: boolean): string {
  if (presenter) return dark ? 'hc-black' : 'hc-light';
  return dark ? 'dop-dark' : 'dop-light';
}

export default function SourceEditor({ label }: { label: string }) {
  const host = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; later props are followed below
  useEffect(() => {
    registerProviders();
    const store = appStore();
    const s0 = store.getState();
    const model = monaco.editor.createModel(s0.text, 'dockerfile');
    const editor = monaco.editor.create(host.current!, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: editorFontSize(s0.presenter),
      theme: editorTheme(s0.presenter, s0.dark),
      ariaLabel: label,
      scrollBeyondLastLine: false,
      renderFinalNewline: 'on',
      fixedOverflowWidgets: true,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
      renderValidationDecorations: 'on',
      tabSize: 4,
      wordWrap: 'off',
      largeFileOptimizations: true,
    });
    current.model = model;

    // A paste larger than anything we can analyse is refused before Monaco sees it: inserting 5 MB
    // costs the main thread several hundred milliseconds for a text that could never be analysed.
    const refuseHugePaste = (e: ClipboardEvent) => {
      const pasted = e.clipboardData?.getData('text/plain') ?? '';
      if (pasted.length <= MAX_ANALYZE_CHARS) return;
      e.preventDefault();
      e.stopPropagation();
      store.getState().setNotice({
        kind: 'warning',
        key: 'pasteTooLarge',
        params: { size: pasted.length.toLocaleString(), limit: MAX_ANALYZE_CHARS.toLocaleString() },
      });
    };
    const hostElement = host.current!;
    hostElement.addEventListener('paste', refuseHugePaste, true);

    // Edits reach the store once per frame, not once per model edit: text typed by a tool (or a
    // "type the clipboard" remote desktop) fires an edit per character, and reading the whole
    // text and updating the store for each made typing cost grow with the file's size.
    let external = false;
    let synced = { text: s0.text, version: model.getAlternativeVersionId() };
    let dirty = false;
    let frame = 0;
    let fallback: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      cancelAnimationFrame(frame);
      if (fallback) clearTimeout(fallback);
      fallback = null;
      if (!dirty) return;
      dirty = false;
      synced = { text: model.getValue(), version: model.getAlternativeVersionId() };
      store.getState().setText(synced.text);
    };
    const changeSub = model.onDidChangeContent(() => {
      if (external || dirty) return;
      dirty = true;
      frame = requestAnimationFrame(flush);
      fallback = setTimeout(flush, 100); // no frames in a background tab
    });

    const setMarkers = () => {
      const s = store.getState();
      if (s.analyzedText === null) {
        monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
        current.findings = [];
        return;
      }
      // while the class predicts, no marker, hover or quick fix gives the answer away
      if (predicting(s)) {
        monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
        current.findings = [];
        return;
      }
      // an answer for an older text, or edits not yet in the store: wait for the next answer
      if (dirty || s.analyzedText !== synced.text) return;
      current.version = synced.version;
      current.findings = s.findings;
      monaco.editor.setModelMarkers(
        model,
        MARKER_OWNER,
        s.findings.map((f) => ({
          ...toRange(f),
          severity: SEVERITY[f.severity],
          message: plainText(pick(s.lang, f.message)),
          source: 'dop',
          code: { value: f.ruleId, target: monaco.Uri.parse(ruleLink(f.ruleId)) },
        })),
      );
    };
    setMarkers();

    const unsubscribe = store.subscribe((s, prev) => {
      if (s.text !== prev.text && s.text !== synced.text) {
        // a text set from outside (an example, a link) wins over edits not yet flushed
        dirty = false;
        cancelAnimationFrame(frame);
        if (fallback) clearTimeout(fallback);
        external = true;
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text: s.text }], () => null);
        external = false;
        synced = { text: s.text, version: model.getAlternativeVersionId() };
      }
      if (
        s.findings !== prev.findings ||
        s.lang !== prev.lang ||
        s.analyzedText !== prev.analyzedText ||
        s.predict !== prev.predict
      ) {
        setMarkers();
      }
      if (s.presenter !== prev.presenter) editor.updateOptions({ fontSize: editorFontSize(s.presenter) });
      // one theme for every Monaco editor on the page
      if (s.presenter !== prev.presenter || s.dark !== prev.dark)
        monaco.editor.setTheme(editorTheme(s.presenter, s.dark));
      if (s.lang !== prev.lang) editor.updateOptions({ ariaLabel: translate(s.lang, 'editorLabel') });
    });

    const detachGutter = attachPredictGutter(editor, store);

    const reveal = (range: Finding['range']) => {
      const r = new monaco.Range(range.start.line, range.start.column, range.end.line, range.end.column);
      editor.setSelection(
        new monaco.Selection(r.startLineNumber, r.startColumn, r.startLineNumber, r.startColumn),
      );
      editor.revealRangeInCenterIfOutsideViewport(r);
    };

    bridge.source = {
      flush,
      reveal,
      focus: () => editor.focus(),
      applyEdits: (edits) => {
        editor.pushUndoStop();
        editor.executeEdits(
          'dop-fix',
          edits.map((e) => {
            const a = model.getPositionAt(e.start);
            const b = model.getPositionAt(e.end);
            return { range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column), text: e.text };
          }),
        );
        editor.pushUndoStop();
      },
    };

    return () => {
      flush();
      bridge.source = null;
      hostElement.removeEventListener('paste', refuseHugePaste, true);
      unsubscribe();
      detachGutter();
      changeSub.dispose();
      editor.dispose();
      model.dispose();
      current.model = null;
    };
  }, []);

  return <div ref={host} className="monaco-host" data-testid="source-editor" />;
}
