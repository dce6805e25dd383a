/**
 * dockerfile-ast calls `Buffer.from(char, 'UTF-8')` to spot a byte-order mark. Browsers and
 * workers have no Buffer; this gives it the one call it needs, so the analyzer runs anywhere.
 * It does nothing where a real Buffer exists (Node).
 */
declare const TextEncoder: new () => { encode(value: string): Uint8Array };
const g = globalThis as { Buffer?: unknown };
if (typeof g.Buffer === 'undefined') {
  const encoder = new TextEncoder();
  g.Buffer = { from: (value: string) => encoder.encode(value) };
}
export {};
