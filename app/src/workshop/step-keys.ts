/**
 * Clicker keys for the step-through: a presenter's remote sends PageDown/PageUp (some send the
 * arrows or Space). Keys typed into the editor, a field, a list of tabs or a focused button keep
 * their own meaning.
 */
import { useEffect } from 'react';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ']);
const PREV = new Set(['ArrowLeft', 'PageUp']);

/** +1, -1, or 0 when the key is not a step key where it was pressed. */
export function stepKeyDelta(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  target: Pick<Element, 'closest'> | { closest(selectors: string): unknown } | null,
): number {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return 0;
  const delta = NEXT.has(e.key) ? 1 : PREV.has(e.key) ? -1 : 0;
  if (delta === 0 || !target) return delta;
  if (
    target.closest(
      'input, textarea, select, [contenteditable="true"], .monaco-editor, [role="tab"], [role="dialog"]',
    )
  )
    return 0;
  // Space on a button presses that button
  if (e.key === ' ' && target.closest('button, summary, a')) return 0;
  return delta;
}

export function useStepKeys(step: (delta: number) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const delta = stepKeyDelta(e, e.target instanceof Element ? e.target : null);
      if (delta === 0) return;
      e.preventDefault();
      step(delta);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);
}
