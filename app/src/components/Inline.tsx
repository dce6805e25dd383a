/** Renders `backticked` spans of a message as <code>; everything stays text (no HTML is parsed). */
export function Inline({ text }: { text: string }) {
  const parts = text.split('`');
  if (parts.length < 3 || parts.length % 2 === 0) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order
        i % 2 === 1 ? <code key={i}>{part}</code> : part,
      )}
    </>
  );
}
