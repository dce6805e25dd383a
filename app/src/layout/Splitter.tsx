/**
 * The bar between the editor and the results: drag it, or focus it and use the arrow keys
 * (Home and End for the limits). A window splitter as WAI-ARIA describes it.
 */
import { useRef } from 'react';
import { appStore, useApp, useT } from '../store/app-store';

const STEP = 5;

export function Splitter() {
  const t = useT();
  const percent = useApp((s) => s.layout.resultsPercent);
  const ref = useRef<HTMLDivElement>(null);
  const set = (resultsPercent: number) => appStore().getState().setLayout({ resultsPercent });
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable window splitter (an <hr> cannot take focus or a value)
    <div
      ref={ref}
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('splitterLabel')}
      aria-controls="results"
      aria-valuemin={25}
      aria-valuemax={80}
      aria-valuenow={percent}
      tabIndex={0}
      data-testid="splitter"
      onKeyDown={(e) => {
        const keys: Record<string, number> = {
          ArrowLeft: percent + STEP,
          ArrowRight: percent - STEP,
          Home: 80,
          End: 25,
        };
        const next = keys[e.key];
        if (next === undefined) return;
        e.preventDefault();
        set(next);
      }}
      onPointerDown={(e) => {
        const main = ref.current?.parentElement;
        if (!main) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        const box = main.getBoundingClientRect();
        const move = (ev: PointerEvent) => set(((box.right - ev.clientX) / box.width) * 100);
        const up = () => {
          window.removeEventListener('pointermove', move);
          window.removeEventListener('pointerup', up);
        };
        window.addEventListener('pointermove', move);
        window.addEventListener('pointerup', up);
      }}
    />
  );
}
