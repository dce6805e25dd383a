/**
 * Monaco's own interface text (Quick Fix, View Problem, "1 of 15 problems" …) in the page's
 * language. monaco-editor ships translations as tables that replace its English strings by index
 * (`monaco-editor/nls/lang/<lang>`); Monaco reads the table each time it builds a label, so a
 * table set before the editor loads, and swapped when the language changes, covers its widgets.
 * Labels Monaco computes once at load (a few menu entries) keep the language the editor loaded in.
 */
import type { Lang } from '../i18n/i18n';

interface NlsGlobals {
  _VSCODE_NLS_MESSAGES?: string[];
  _VSCODE_NLS_LANGUAGE?: string;
}

const g = globalThis as NlsGlobals;
let korean: string[] | null = null;

/** Sets Monaco's strings to `lang`; the Korean table (about 240 KB) loads the first time it is needed. */
export async function setMonacoLanguage(lang: Lang): Promise<void> {
  if (lang === 'ko') {
    if (!korean) {
      await import('monaco-editor/nls/lang/ko');
      korean = g._VSCODE_NLS_MESSAGES ?? null;
    }
    g._VSCODE_NLS_MESSAGES = korean ?? undefined;
    g._VSCODE_NLS_LANGUAGE = 'ko';
  } else {
    // without a table Monaco uses the English text written beside each lookup
    g._VSCODE_NLS_MESSAGES = undefined;
    g._VSCODE_NLS_LANGUAGE = undefined;
  }
}
