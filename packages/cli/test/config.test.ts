import { describe, expect, it } from 'vitest';
import { MISSING_YES, tree } from './fixtures.js';
import { dop } from './run.js';

function ruleIds(stdout: string): string[] {
  return JSON.parse(stdout).files.flatMap((f: { findings: { ruleId: string }[] }) =>
    f.findings.map((x) => x.ruleId),
  );
}

function findingsOf(stdout: string, id: string) {
  return JSON.parse(stdout).files.flatMap((f: { findings: { ruleId: string; severity: string }[] }) =>
    f.findings.filter((x) => x.ruleId === id),
  );
}

describe('configuration', () => {
  it('.dop.yaml found upward disables rules by our id or a peer id, and overrides severity', () => {
    const dir = tree({ '.dop.yaml': 'disable: [DL3014]\n', 'svc/Dockerfile': MISSING_YES });
    expect(ruleIds(dop(['lint', '--format', 'json', 'svc/Dockerfile'], { cwd: dir }).stdout)).not.toContain(
      'DOP050',
    );

    const sev = tree({ '.dop.yaml': 'severity:\n  DOP050: error\n', Dockerfile: MISSING_YES });
    const r = dop(['lint', '--format', 'json', 'Dockerfile'], { cwd: sev });
    expect(findingsOf(r.stdout, 'DOP050')[0].severity).toBe('error');
  });

  it('failureThreshold from the config decides the exit code; the flag wins over it', () => {
    const dir = tree({
      '.dop.yaml': 'failureThreshold: error\ndisable: [DOP001]\n',
      Dockerfile: MISSING_YES,
    });
    const errors = findingsOf(dop(['lint', '--format', 'json', 'Dockerfile'], { cwd: dir }).stdout, 'DOP050');
    expect(errors[0].severity).toBe('warning');
    const onlyErrors = JSON.parse(
      dop(['lint', '--format', 'json', 'Dockerfile'], { cwd: dir }).stdout,
    ).files[0].findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(dop(['lint', 'Dockerfile'], { cwd: dir }).code).toBe(onlyErrors.length > 0 ? 1 : 0);
    expect(dop(['lint', '-t', 'warning', 'Dockerfile'], { cwd: dir }).code).toBe(1);
  });

  it('reads .hadolint.yaml: ignored, override, failure-threshold', () => {
    const ignored = tree({ '.hadolint.yaml': 'ignored:\n  - DL3014\n', Dockerfile: MISSING_YES });
    expect(ruleIds(dop(['lint', '--format', 'json', 'Dockerfile'], { cwd: ignored }).stdout)).not.toContain(
      'DOP050',
    );

    const override = tree({
      '.hadolint.yaml': 'override:\n  error:\n    - DL3014\nfailure-threshold: error\n',
      Dockerfile: MISSING_YES,
    });
    const r = dop(['lint', '--format', 'json', 'Dockerfile'], { cwd: override });
    expect(findingsOf(r.stdout, 'DOP050')[0].severity).toBe('error');
    expect(r.code).toBe(1);
  });

  it('prefers .dop.yaml over .hadolint.yaml in the same folder', () => {
    const dir = tree({
      '.dop.yaml': 'disable: []\n',
      '.hadolint.yaml': 'ignored: [DL3014]\n',
      Dockerfile: MISSING_YES,
    });
    expect(ruleIds(dop(['lint', '--format', 'json', 'Dockerfile'], { cwd: dir }).stdout)).toContain('DOP050');
  });

  it('warns about unknown keys and unknown rule ids, and goes on', () => {
    const dir = tree({ '.dop.yaml': 'disable: [DL9999, SC2086]\ncolour: blue\n', Dockerfile: MISSING_YES });
    const r = dop(['lint', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown key "colour"');
    expect(r.stderr).toContain('DL9999: no rule has this id or alias');
    expect(r.stderr).toContain('SC2086: ShellCheck ids are not checked by this tool');
    const had = tree({ '.hadolint.yaml': 'no-color: true\nfoo: 1\n', Dockerfile: MISSING_YES });
    const h = dop(['lint', 'Dockerfile'], { cwd: had });
    expect(h.stderr).toContain('"no-color" is a hadolint setting this tool does not use');
    expect(h.stderr).toContain('unknown hadolint key "foo"');
  });

  it('exits 2 naming the file on invalid YAML or a wrongly typed value', () => {
    const yaml = tree({ '.dop.yaml': 'disable: [DL3014\n', Dockerfile: MISSING_YES });
    const r = dop(['lint', 'Dockerfile'], { cwd: yaml });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config error: .*\.dop\.yaml: not valid YAML/);
    const typed = tree({ '.dop.yaml': 'failureThreshold: loud\n', Dockerfile: MISSING_YES });
    const t = dop(['lint', 'Dockerfile'], { cwd: typed });
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(
      /\.dop\.yaml: failureThreshold: expected one of error, warning, info, style, none/,
    );
  });

  it('--config points at a file explicitly', () => {
    const dir = tree({ 'ci/lint.yaml': 'disable: [DOP050]\n', Dockerfile: MISSING_YES });
    expect(
      ruleIds(
        dop(['lint', '--format', 'json', '--config', 'ci/lint.yaml', 'Dockerfile'], { cwd: dir }).stdout,
      ),
    ).not.toContain('DOP050');
    const missing = dop(['lint', '--config', 'nope.yaml', 'Dockerfile'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml: cannot read');
  });
});
