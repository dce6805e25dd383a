import { analyze } from '@dop/analyzer';
import { rewrite } from '@dop/rewriter';
import { describe, expect, it } from 'vitest';
import { fenced, formatFindingsMarkdown, formatRewriteMarkdown } from '../src/markdown.js';

const TEXT = 'FROM debian:12\nRUN apt-get update && apt-get install curl | cat\n';

describe('Markdown reports', () => {
  const findings = analyze(TEXT).findings;

  it('lists every finding in a table row, pipes escaped, with the rule linked', () => {
    const md = formatFindingsMarkdown([{ path: '-', text: TEXT, findings }], {
      lang: 'en',
      version: '1.2.3',
      ruleUrl: (id) => `https://example.test/#rule/${id}`,
    });
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(findings.length);
    expect(md).toContain(`${findings.length} findings`);
    expect(md).toContain('[DOP050](https://example.test/#rule/DOP050)');
    for (const r of rows) expect(r.split(/(?<!\\)\|/)).toHaveLength(6);
    expect(md).toContain('dop 1.2.3');
  });

  it('writes Korean headers in Korean', () => {
    const md = formatFindingsMarkdown([{ path: '-', text: TEXT, findings }], { lang: 'ko', version: '1' });
    expect(md).toContain('| 행 | 심각도 | 규칙 | 내용 |');
  });

  it('gives the change list, the text before and after', () => {
    const r = rewrite(TEXT);
    const md = formatRewriteMarkdown(TEXT, r.output, r.changes, { lang: 'en', version: '1' });
    expect(md).toContain(`Changes (${r.changes.length})`);
    for (const c of r.changes) expect(md).toContain(c.title.en.replace(/\|/g, '\\|'));
    expect(md).toContain(fenced(TEXT));
    expect(md).toContain(fenced(r.output));
  });

  it('fences text with backticks in it with a longer fence', () => {
    expect(fenced('RUN echo ```x```\n')).toBe('````dockerfile\nRUN echo ```x```\n````');
  });
});
