import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop111-invalid-label-key.js';

const label = (keys: string) => lint(rule, `FROM alpine:3.20\nLABEL ${keys}\n`);

describe('DOP111 invalid-label-key', () => {
  it('fires on reserved namespaces', () => {
    for (const k of ['com.docker.x', 'io.docker.y', 'org.dockerproject.z'])
      expect(label(`${k}=1`), k).toHaveLength(1);
    expect(label('com.docker.x=1')[0]!.message.en).toContain('reserves for itself');
  });

  it('fires on upper case, underscores, bad ends and consecutive separators, one finding per key', () => {
    const hits = label('Version=1 build_date=2 .hidden=3 trailing-=4 a..b=5 a.-b=6');
    expect(hits.map((h) => h.message.en)).toEqual([
      'Label key `Version` should contain only lower-case letters, digits, `.` and `-`.',
      'Label key `build_date` should contain only lower-case letters, digits, `.` and `-`.',
      'Label key `.hidden` should start with a lower-case letter and end with a letter or digit.',
      'Label key `trailing-` should start with a lower-case letter and end with a letter or digit.',
      'Label key `a..b` has consecutive separators (`..`, `--`, `.-`).',
      'Label key `a.-b` has consecutive separators (`..`, `--`, `.-`).',
    ]);
    const text = 'FROM alpine:3.20\nLABEL ok=1 "Bad Key"=2\n';
    const hit = lint(rule, text);
    expect(hit).toHaveLength(1);
    expect(hit[0]!.span.start).toBe(text.indexOf('"Bad Key"'));
  });

  it('does not fire on conventional keys, legacy form, or keys built from variables', () => {
    expect(
      label(
        'org.opencontainers.image.source=https://x maintainer=me version=2 com.example.build-date=x v2=1',
      ),
    ).toEqual([]);
    expect(label('org.opencontainers.image.title my app')).toEqual([]);
    expect(label('${PREFIX}.version=1')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nLABEL\n')).toEqual([]);
  });

  it('fires under ONBUILD', () => {
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nLABEL Bad=1\n'))).toHaveLength(1);
  });

  it('is silenced by a hadolint pragma', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3048\nLABEL Bad=1\n')).toEqual([]);
  });
});
