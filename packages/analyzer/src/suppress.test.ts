import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const ids = (text: string) => analyze(text).findings.map((f) => f.ruleId);

describe('suppression parity with hadolint and Docker', () => {
  it('`# hadolint stage ignore=` covers the rest of the stage of the next instruction', () => {
    const run = 'RUN apt-get install -y --no-install-recommends curl';
    const text = `# hadolint stage ignore=DL3008\nFROM debian:12 AS a\n${run}\n${run}\nFROM debian:12\n${run}\n`;
    const lines = analyze(text)
      .findings.filter((f) => f.ruleId === 'DOP055')
      .map((f) => f.range.start.line);
    expect(lines).toEqual([6]);
  });

  it('`# check=skip=A,B // why`: the note after the list is not an id', () => {
    const text =
      '# check=skip=JSONArgsRecommended,StageNameCasing // the shell is wanted\nFROM debian:12 AS Build\nCMD run server\n';
    expect(ids(text)).not.toContain('DOP040');
    expect(ids(text)).not.toContain('DOP011');
  });
});
