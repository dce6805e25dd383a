import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initialLang } from './i18n/i18n';
import { startAnalysis } from './engine/analysis-scheduler';
import { readInitialHash, syncHash } from './engine/hash-sync';
import { followLang, storedLang } from './engine/language';
import { followTheme, keepSettings } from './settings';
import { initAppStore } from './store/app-store';
import { initialState } from './store/store';
import { DEFAULT_EXAMPLE } from './workshop/examples';
import './styles.css';

const lang = initialLang(storedLang(), navigator.languages ?? [navigator.language]);
const store = initAppStore(initialState(lang, DEFAULT_EXAMPLE.texts[lang], DEFAULT_EXAMPLE.id));
keepSettings(store); // before the hash: a link's rewrite choices win over the kept ones
followTheme(store);
readInitialHash(store, location.hash);
followLang(store);
startAnalysis(store);
syncHash(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
