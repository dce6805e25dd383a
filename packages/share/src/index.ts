export {
  CHAT_SAFE_CHARS,
  CONTEXT_LINK_LIMITS,
  MAX_INFLATED_BYTES,
  MAX_LINK_CHARS,
  VERSION,
  decodePermalink,
  encodePermalink,
  isLongForChat,
} from './permalink.js';
export type {
  DecodeError,
  DecodeResult,
  SharedContext,
  SharedSettings,
  SharedSeverity,
  SharedState,
} from './permalink.js';
