/** Part 3: the built app in Chromium. Filled in once the playground exists (issue 5). */
export interface BrowserResult {
  measures: Record<string, string | number>;
}

export async function measureBrowser(
  _log: (s: string) => void,
): Promise<BrowserResult | { skipped: string }> {
  return { skipped: 'the playground app is not built yet' };
}
