import { useEffect, useRef } from 'react';
import { nextFinding } from '../components/FindingsPanel';
import { copyOptimized, shareLink } from '../engine/share';
import { appStore, useT } from '../store/app-store';
import { PANES } from './panes';
import { useModal } from './use-modal';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref, open);
  const rows: Array<[string, Parameters<typeof t>[0]]> = [
    ['Alt+S', 'sc_share'],
    ['Alt+C', 'sc_copy'],
    ['Alt+N / F8', 'sc_next'],
    ['Alt+P / Shift+F8', 'sc_prev'],
    ['Alt+V', 'sc_view'],
    [`Alt+1 … Alt+${PANES.length}`, 'sc_tabs'],
    ['Alt+M', 'sc_presenter'],
    ['Alt+E', 'sc_editor'],
    ['Ctrl+M', 'sc_escape'],
    ['F9', 'sc_mark'],
    ['?', 'sc_help'],
  ];
  return (
    <dialog ref={ref} className="dialog" onClose={onClose} aria-labelledby="sc-title">
      <h2 id="sc-title">{t('shortcuts')}</h2>
      <table>
        <tbody>
          {rows.map(([k, label]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{k}</kbd>
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn" onClick={onClose}>
        {t('close')}
      </button>
    </dialog>
  );
}

export function useShortcuts(openHelp: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = appStore().getState();
      const target = e.target as HTMLElement | null;
      const typing =
        target &&
        (target.tagName === 'INPUT' ||
          target.tagName === 'TEXTAREA' ||
          target.isContentEditable ||
          target.closest('.monaco-editor'));
      if (e.key === '?' && !typing && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        openHelp();
        return;
      }
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      let handled = true;
      switch (e.code) {
        case 'KeyS':
          void shareLink(appStore());
          break;
        case 'KeyC':
          void copyOptimized(appStore());
          break;
        case 'KeyN':
          if (s.tab !== 'findings') s.setTab('findings');
          nextFinding(1);
          break;
        case 'KeyP':
          if (s.tab !== 'findings') s.setTab('findings');
          nextFinding(-1);
          break;
        case 'KeyV': {
          const narrow = window.matchMedia('(max-width: 900px)').matches;
          const inline = s.diffInline ?? narrow;
          s.setDiffInline(!inline);
          if (s.tab !== 'rewrite') s.setTab('rewrite');
          break;
        }
        case 'KeyM':
          s.togglePresenter();
          break;
        case 'KeyE':
          s.setLayout({ editorHidden: !s.layout.editorHidden });
          break;
        default: {
          // Alt+1 … Alt+n: the panes in their order
          const pane = /^Digit[1-9]$/.test(e.code) ? PANES[Number(e.code.slice(5)) - 1] : undefined;
          if (pane) s.setTab(pane.id);
          else handled = false;
        }
      }
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [openHelp]);
}
