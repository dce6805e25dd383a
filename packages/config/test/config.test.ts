import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, toDopYaml } from '../src/index.js';

describe('.dop.yaml', () => {
  it('round-trips every key through toDopYaml and parseConfig', () => {
    const text = `disable: [DOP099]
enable: [DOP150]
severity:
  DOP050: error
  DL3008: off
trustedRegistries: ["docker.io", "*.gcr.io"]
requiredLabels:
  org.opencontainers.image.source: url
failureThreshold: warning
disableIgnorePragmas: true
rewrite:
  runtimeUid: 1000
  multiStage: false
  cacheMounts: true
  disabledTransforms: [sort-packages]
`;
    const a = parseConfig(text, '.dop.yaml');
    expect(a.warnings).toEqual([]);
    const b = parseConfig(toDopYaml(a), '.dop.yaml');
    expect(b.analyze).toEqual(a.analyze);
    expect(b.rewrite).toEqual(a.rewrite);
    expect(a.rewrite.cacheMounts).toBe(true);
    expect(b.failureThreshold).toBe('warning');
  });

  it('writes nothing but a comment for the defaults', () => {
    const text = toDopYaml({ analyze: {}, rewrite: {} });
    expect(parseConfig(text, '.dop.yaml').analyze).toEqual({});
    expect(text.trim().startsWith('#')).toBe(true);
  });

  it('reads hadolint keys by the file name, wherever the file is', () => {
    const c = parseConfig('ignored: [DL3008]\n', 'some/dir/.hadolint.yaml');
    expect(c.analyze.disabledRules).toEqual(['DL3008']);
  });

  it('names the file and key in an error', () => {
    expect(() => parseConfig('severity: { DOP050: loud }\n', 'x/.dop.yaml')).toThrow(ConfigError);
    expect(() => parseConfig('severity: { DOP050: loud }\n', 'x/.dop.yaml')).toThrow(
      /x\/\.dop\.yaml: severity\.DOP050/,
    );
  });
});
