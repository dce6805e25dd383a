/**
 * The page: header, notice, the editor and the results side by side. Each part lives in its own
 * file under layout/; the result panels are listed once in layout/ResultsPane.tsx.
 */
import { useEffect, useRef, useState } from 'react';
import { AboutDialog } from './layout/AboutDialog';
import { EditorPane } from './layout/EditorPane';
import { Header } from './layout/Header';
import { NoticeBar } from './layout/NoticeBar';
import { ResultsPane } from './layout/ResultsPane';
import { SettingsDialog } from './layout/SettingsDialog';
import { Splitter } from './layout/Splitter';
import { ShortcutsDialog, useShortcuts } from './layout/ShortcutsDialog';
import { stepBy } from './components/RewritePanel';
import { useApp, useT } from './store/app-store';
import { useStepKeys } from './workshop/step-keys';

export function App() {
  const presenter = useApp((s) => s.presenter);
  const layout = useApp((s) => s.layout);
  const t = useT();
  const [help, setHelp] = useState(false);
  const [about, setAbout] = useState(false);
  const [settings, setSettings] = useState(false);
  const openHelp = useRef(() => setHelp(true)).current;
  useShortcuts(openHelp);
  // the clicker steps from any tab: in predict mode the class is on Findings, not Rewrite
  useStepKeys(stepBy);
  useEffect(() => {
    document.body.classList.toggle('presenter', presenter);
  }, [presenter]);
  const lang = useApp((s) => s.lang);
  useEffect(() => {
    document.title = t('appTitle');
  }, [t]);
  return (
    <div className="app" lang={lang}>
      <Header onHelp={openHelp} onAbout={() => setAbout(true)} onSettings={() => setSettings(true)} />
      <NoticeBar />
      <main
        className={`split${layout.editorHidden ? ' editor-hidden' : ''}`}
        style={{ '--results': `${layout.resultsPercent}%` } as React.CSSProperties}
      >
        {!layout.editorHidden && <EditorPane />}
        {!layout.editorHidden && <Splitter />}
        <ResultsPane />
      </main>
      <footer className="app-footer">{t('footer')}</footer>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      <AboutDialog open={about} onClose={() => setAbout(false)} />
      <SettingsDialog open={settings} onClose={() => setSettings(false)} />
    </div>
  );
}
