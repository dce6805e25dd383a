export {
  CHAT_SAFE_CHARS,
  MAX_INFLATED_BYTES,
  MAX_LINK_CHARS,
  VERSION,
  decodePermalink,
  encodePermalink,
  isLongForChat,
} from './permalink.js';
export type { DecodeError, DecodeResult, SharedSettings, SharedSeverity, SharedState } from './permalink.js';
