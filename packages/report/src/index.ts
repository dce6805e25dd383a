export { formatJson, jsonWriter } from './json.js';
export { fenced, formatFindingsMarkdown, formatRewriteMarkdown, type MarkdownOptions } from './markdown.js';
export { type Fingerprint, fingerprintKey, formatSarif, sarifWriter } from './sarif.js';
export { countFile, emptySummary, type Summary, summarize } from './summary.js';
export {
  contextFileShown,
  type FileResult,
  type FormatContext,
  type FormatWriter,
  type Lang,
  listed,
  nestedJson,
  writeAll,
} from './types.js';
export { TextStore } from './text-store.js';
