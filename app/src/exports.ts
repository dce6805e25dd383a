/**
 * Reports from the page, written by the same package as the CLI's (@dop/report): findings as
 * Markdown (a pull-request comment), SARIF and JSON, and a rewrite as Markdown. Nothing is sent
 * anywhere: the text goes to the clipboard or a download.
 */
import {
  type FileResult,
  fingerprintKey,
  formatFindingsMarkdown,
  formatJson,
  formatRewriteMarkdown,
  formatSarif,
} from '@dop/report';
import { version } from '../package.json';
import { copyText, download } from './engine/clipboard';
import type { AppStoreApi } from './store/store';

export const APP_VERSION = version;

const PATH = 'Dockerfile';

function ruleUrl(id: string): string {
  return `${location.origin}${location.pathname}#rule/${encodeURIComponent(id)}`;
}

function results(store: AppStoreApi): FileResult[] | null {
  const s = store.getState();
  if (s.analyzedText === null || s.status !== 'ready') return null;
  return [{ path: PATH, text: s.analyzedText, findings: s.findings }];
}

/** SHA-256 through Web Crypto, the first 32 hex digits (what the CLI's node:crypto gives). */
async function fingerprints(keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const key of new Set(keys)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    out.set(key, hex.slice(0, 32));
  }
  return out;
}

export type ReportKind = 'markdown' | 'sarif' | 'json';

/** The findings report of the current text, or null while there are no results. */
export async function findingsReport(store: AppStoreApi, kind: ReportKind): Promise<string | null> {
  const r = results(store);
  if (!r) return null;
  const lang = store.getState().lang;
  if (kind === 'markdown') return formatFindingsMarkdown(r, { lang, version, ruleUrl });
  const ctx = { lang, color: false, version };
  if (kind === 'json') return formatJson(r, ctx);
  const prints = await fingerprints(r.flatMap((x) => x.findings.map((f) => fingerprintKey(x, f))));
  return formatSarif(r, ctx, (key) => prints.get(key) ?? '');
}

export async function exportFindings(store: AppStoreApi, kind: ReportKind): Promise<void> {
  const s = store.getState();
  const text = await findingsReport(store, kind);
  if (text === null) return;
  if (kind === 'markdown') {
    const ok = await copyText(text);
    s.setNotice({ kind: ok ? 'info' : 'warning', key: ok ? 'copiedMarkdown' : 'copyFailed' });
    return;
  }
  const name = kind === 'sarif' ? 'dop.sarif' : 'dop.json';
  download(name, text, kind === 'sarif' ? 'application/sarif+json' : 'application/json');
  s.setNotice({ kind: 'info', key: 'downloaded', params: { name } });
}

/** The rewrite as Markdown (change list, before and after) on the clipboard. */
export async function copyRewriteMarkdown(store: AppStoreApi): Promise<void> {
  const s = store.getState();
  if (!s.rewrite || s.rewrittenText === null) return;
  const md = formatRewriteMarkdown(s.rewrittenText, s.rewrite.output, s.rewrite.changes, {
    lang: s.lang,
    version,
  });
  const ok = await copyText(md);
  s.setNotice({ kind: ok ? 'info' : 'warning', key: ok ? 'copiedMarkdown' : 'copyFailed' });
}
