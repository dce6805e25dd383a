import { type RefObject, useEffect } from 'react';

/** Keeps a <dialog> shown as a modal exactly while `open` is true. */
export function useModal(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [ref, open]);
}
