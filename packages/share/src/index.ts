export {
  CHAT_SAFE_CHARS,
  CONTEXT_LINK_LIMITS,
  MAX_INFLATED_BYTES,
  MAX_LINK_CHARS,
  TEACHING_LINK_LIMITS,
  VERSION,
  VIEWS,
  decodePermalink,
  encodePermalink,
  isLongForChat,
} from './permalink.js';
export type {
  DecodeError,
  DecodeResult,
  IgnoredPart,
  SharedContext,
  SharedPredict,
  SharedProgress,
  SharedSettings,
  SharedSeverity,
  SharedState,
  View,
} from './permalink.js';
