import type { Localized } from '@dop/analyzer';

/**
 * A Dockerfile whose comments are written in both languages, `# {{english|한국어}}`, as the
 * page shows it in each: the code stays the same, the comments follow the page's language.
 */
export function localizedComments(template: string): Localized {
  const one = (i: 0 | 1) =>
    template.replace(/\{\{([^|}]*)\|([^}]*)\}\}/g, (_m, en: string, ko: string) => (i ? ko : en));
  return { en: one(0), ko: one(1) };
}
