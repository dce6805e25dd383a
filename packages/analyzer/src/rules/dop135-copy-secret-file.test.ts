import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop135-copy-secret-file.js';

describe('DOP135 copy-secret-file', () => {
  it('fires on secret files and folders', () => {
    for (const copy of [
      'COPY .env /app/',
      'COPY .env.production /app/.env',
      'COPY config/.npmrc /root/',
      'COPY .pypirc /root/',
      'COPY id_rsa /root/.ssh/id_rsa',
      'COPY .ssh /root/.ssh',
      'COPY .aws/credentials /root/.aws/credentials',
      'ADD server.key /etc/ssl/private/',
      'COPY certs/server.pem /etc/ssl/',
      'COPY *.pem /etc/ssl/',
      'COPY .git-credentials /root/',
      'COPY ["./.env", "/app/"]',
      'COPY --chown=app .env /app/',
    ]) {
      expect(lint(rule, `FROM alpine:3.20\n${copy}`), copy).toHaveLength(1);
    }
    const f = lint(rule, 'FROM alpine:3.20\nCOPY app.py .npmrc /app/');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`.npmrc`');
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nCOPY .env /app/'))).toHaveLength(1);
  });

  it('does not fire on templates, public material, other stages, URLs, heredocs and variables', () => {
    for (const copy of [
      'COPY .env.example /app/',
      'COPY .env.sample /app/.env',
      'COPY ca-cert.pem /usr/local/share/ca-certificates/',
      'COPY fullchain.pem /etc/ssl/',
      'COPY id_rsa.pub /root/.ssh/authorized_keys',
      'COPY --from=build /app/.env /app/',
      'COPY --from=alpine/git /root/.ssh /x',
      'ADD https://example.com/server.key /tmp/',
      'COPY <<EOF /app/.env\nA=1\nEOF',
      'COPY $SECRET_FILE /app/',
      'COPY app.py /root/.ssh/',
      'COPY keys.txt /app/',
      'COPY . .',
    ]) {
      expect(lint(rule, `FROM alpine:3.20\n${copy}`), copy).toEqual([]);
    }
  });

  it('is silenced by the Trivy id', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# dop ignore=DS-0031\nCOPY .env /app/')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCOPY .env /app/', { disabledRules: ['DS-0031'] })).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCOPY')).toEqual([]);
  });
});
