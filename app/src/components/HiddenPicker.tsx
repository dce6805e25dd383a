import type { InputHTMLAttributes, Ref } from 'react';

/** A file input a visible button opens: hidden from sight, focus and screen readers (the button is the way in). */
export function HiddenPicker({
  ref,
  testId,
  ...rest
}: { ref: Ref<HTMLInputElement>; testId: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input
      ref={ref}
      type="file"
      className="sr-only"
      tabIndex={-1}
      aria-hidden="true"
      data-testid={testId}
      {...rest}
    />
  );
}
