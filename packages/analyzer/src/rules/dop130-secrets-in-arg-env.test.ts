import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop130-secrets-in-arg-env.js';

describe('DOP130 secrets-in-arg-env', () => {
  it('fires on secret-looking names in ARG and ENV', () => {
    for (const decl of [
      'ARG NPM_TOKEN',
      'ARG DB_PASSWORD=changeme',
      'ENV API_KEY=abc',
      'ENV AWS_SECRET_ACCESS_KEY=x',
      'ENV GITHUB_TOKEN x',
      'ARG apiKey',
      'ENV dbPassword=x',
      'ARG AUTH',
      'ENV PRIVATE_KEY=x',
      'ENV MYSQL_ROOT_PASS=x',
    ]) {
      expect(lint(rule, `FROM alpine:3.20\n${decl}`), decl).toHaveLength(1);
    }
    const f = lint(rule, 'FROM alpine:3.20\nENV A=1 DB_PASSWORD=x SECRET=y');
    expect(f).toHaveLength(2);
    expect(f[0]!.message.en).toContain('DB_PASSWORD');
    expect(lint(rule, 'ARG GH_TOKEN\nFROM alpine:3.20')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nENV API_TOKEN=x'))).toHaveLength(1);
  });

  it('does not fire on the known false positives', () => {
    for (const decl of [
      'ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
      'ARG PUBLIC_KEY',
      'ENV POSTGRES_PASSWORD_FILE=/run/secrets/db',
      'ARG TOKEN_VERSION=2',
      'ENV KEYCLOAK_VERSION=25',
      'ENV MONKEY=1',
      'ENV TOKENIZERS_PARALLELISM=false',
      'ENV PASSWORDLESS=1',
      'ENV AUTH_URL=https://example.com',
      'ENV SSH_KEY_PATH=/run/secrets/key',
    ]) {
      expect(lint(rule, `FROM alpine:3.20\n${decl}`), decl).toEqual([]);
    }
  });

  it('is silenced by BuildKit, hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# check=skip=SecretsUsedInArgOrEnv\nARG NPM_TOKEN')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3064\nARG NPM_TOKEN')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nARG NPM_TOKEN', { disabledRules: ['DS-0031'] })).toEqual([]);
  });
});
