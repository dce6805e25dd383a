export { formatJson } from './json.js';
export { fenced, formatFindingsMarkdown, formatRewriteMarkdown, type MarkdownOptions } from './markdown.js';
export { type Fingerprint, fingerprintKey, formatSarif } from './sarif.js';
export { type Summary, summarize } from './summary.js';
export { contextFileShown, type FileResult, type FormatContext, type Lang } from './types.js';
