/**
 * Monaco, trimmed to what the playground uses: the editor API, the Dockerfile language, hovers,
 * code actions, marker navigation, find, the diff editor and the basic editing commands. Its
 * worker is bundled locally (no CDN). Loaded lazily, after the first paint.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget';
import 'monaco-editor/editor/browser/widget/diffEditor/diffEditor.contribution';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/codeAction/browser/codeActionContributions';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/indentation/browser/indentation';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/links/browser/links';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import 'monaco-editor/editor/common/standaloneStrings';
// the exports map only exposes .js files: the codicon font's CSS is imported by path
import '../../node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon.css';
import 'monaco-editor/languages/definitions/dockerfile/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

globalThis.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

/** The light theme with calmer diff colours that keep text contrast at WCAG AA. */
monaco.editor.defineTheme('dop-light', {
  base: 'vs',
  inherit: true,
  rules: [{ token: 'comment', foreground: '1f6b2a' }],
  colors: {
    'diffEditor.insertedLineBackground': '#e9f8ec',
    'diffEditor.insertedTextBackground': '#b8ecc4',
    'diffEditor.removedLineBackground': '#fdeef0',
    'diffEditor.removedTextBackground': '#f9ccd3',
    'editorLineNumber.foreground': '#57606a',
  },
});

/** The dark theme, its diff colours calm enough to keep text contrast at WCAG AA. */
monaco.editor.defineTheme('dop-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '7fc98a' }],
  colors: {
    'editor.background': '#171c22',
    // dark enough that the darkest token colour (keywords, #569cd6) keeps 4.5:1 on a changed word
    'diffEditor.insertedLineBackground': '#112519',
    'diffEditor.insertedTextBackground': '#14311d',
    'diffEditor.removedLineBackground': '#2a1619',
    'diffEditor.removedTextBackground': '#4a2025',
    'editorLineNumber.foreground': '#8b96a3',
  },
});

export { monaco };
export type Monaco = typeof monaco;
