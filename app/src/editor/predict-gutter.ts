/**
 * Predict-then-reveal in the editor: a click on a line number (or the glyph margin beside it), or
 * F9 on the cursor's line (the gutter-mark key of code editors), marks a line as suspect; after the
 * reveal each line shows its verdict. The marks live in the store, so the Findings tab's line list
 * and a permalink show the same ones.
 */
import { type Lang, translate } from '../i18n/i18n';
import type { AppStoreApi } from '../store/store';
import { lineVerdicts, scorePrediction } from '../workshop/predict';
import { monaco } from './monaco';

const CLASSES = {
  marked: 'predict-marked',
  hit: 'predict-hit',
  missed: 'predict-missed',
  'false-alarm': 'predict-false-alarm',
} as const;

export function attachPredictGutter(
  editor: monaco.editor.IStandaloneCodeEditor,
  store: AppStoreApi,
): () => void {
  const decorations = editor.createDecorationsCollection();
  const predictingKey = editor.createContextKey<boolean>('dopPredicting', false);

  const paint = () => {
    const s = store.getState();
    const p = s.predict;
    predictingKey.set(p.on && !p.revealed);
    editor.updateOptions({ glyphMargin: p.on });
    if (!p.on) {
      decorations.clear();
      return;
    }
    let lines: Array<[number, keyof typeof CLASSES]> = p.marks.map((l) => [l, 'marked']);
    if (p.revealed && s.status === 'ready' && s.analyzedText === s.text) {
      const score = scorePrediction(p.marks, s.findings, s.text.split('\n').length);
      lines = [...lineVerdicts(score)];
    }
    const count = editor.getModel()?.getLineCount() ?? 0;
    decorations.set(
      lines
        .filter(([l]) => l <= count)
        .map(([line, kind]) => ({
          range: new monaco.Range(line, 1, line, 1),
          options: {
            isWholeLine: true,
            className: `${CLASSES[kind]}-line`,
            glyphMarginClassName: `predict-glyph ${CLASSES[kind]}`,
            lineNumberClassName: CLASSES[kind],
          },
        })),
    );
  };

  const mouse = editor.onMouseDown((e) => {
    const T = monaco.editor.MouseTargetType;
    if (e.target.type !== T.GUTTER_LINE_NUMBERS && e.target.type !== T.GUTTER_GLYPH_MARGIN) return;
    const line = e.target.position?.lineNumber;
    const s = store.getState();
    if (line && s.predict.on && !s.predict.revealed) s.toggleMark(line);
  });

  let action: monaco.IDisposable | null = null;
  const addAction = (lang: Lang) => {
    action?.dispose();
    action = editor.addAction({
      id: 'dop.predict.mark',
      label: translate(lang, 'predictMarkAction'),
      keybindings: [monaco.KeyCode.F9],
      precondition: 'dopPredicting',
      contextMenuGroupId: 'navigation',
      run: (ed) => {
        const line = ed.getPosition()?.lineNumber;
        if (line) store.getState().toggleMark(line);
      },
    });
  };
  addAction(store.getState().lang);

  paint();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) addAction(s.lang);
    if (
      s.predict !== prev.predict ||
      s.findings !== prev.findings ||
      s.analyzedText !== prev.analyzedText ||
      s.text !== prev.text
    )
      paint();
  });

  return () => {
    unsubscribe();
    mouse.dispose();
    action?.dispose();
    decorations.clear();
  };
}
