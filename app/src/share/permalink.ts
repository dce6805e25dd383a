/**
 * Permalinks for the playground: `#v2/<checksum + deflated JSON, base64url>` (v1 links still open). The codec itself is the shared
 * `@dop/share` package (the CLI's `dop share` prints the same links); this module adds what the
 * app needs around it. Pure: no DOM, no globals, so it runs in tests and in any tool.
 */
import {
  CHAT_SAFE_CHARS,
  type DecodeError,
  type DecodeResult,
  MAX_INFLATED_BYTES,
  MAX_LINK_CHARS,
  type SharedContext,
  type SharedSettings,
  type SharedState,
  VIEWS,
  type View,
  decodePermalink,
  encodePermalink,
  isLongForChat,
} from '@dop/share';

export type { DecodeError, DecodeResult, SharedContext, SharedSettings, SharedState, View };
export {
  CHAT_SAFE_CHARS,
  MAX_INFLATED_BYTES,
  MAX_LINK_CHARS,
  VIEWS,
  decodePermalink,
  encodePermalink,
  isLongForChat,
};

/** Above this many characters of Dockerfile the app stops mirroring the state into the URL. */
export const MAX_AUTO_HASH_TEXT = 100_000;

/** What a URL hash asks the app to do. */
export type HashRoute =
  | { kind: 'none' }
  | { kind: 'permalink'; result: DecodeResult }
  | { kind: 'rule'; id: string }
  | { kind: 'practice'; id: string };

/** Reads a location hash (`#v2/…` or `#v1/…`, `#rule/DOP050`, `#practice/P05`, or nothing). Never throws. */
export function parseHash(hash: string): HashRoute {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h === '') return { kind: 'none' };
  const rule = /^rule\/([A-Za-z0-9-]{1,80})$/.exec(h);
  if (rule) return { kind: 'rule', id: rule[1]! };
  const practice = /^practice\/(P\d{2})$/.exec(h);
  if (practice) return { kind: 'practice', id: practice[1]! };
  // in-page anchors such as #results are not links to a state
  if (!/^v\d+\//.test(h)) return { kind: 'none' };
  return { kind: 'permalink', result: decodePermalink(h) };
}

/** The link for a state: `base` is the page address without a hash. */
export function permalinkUrl(base: string, state: SharedState): string {
  return base + encodePermalink(state);
}
