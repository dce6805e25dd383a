import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop085-insecure-download.js';

describe('DOP085 insecure-download', () => {
  it('fires on switched-off verification', () => {
    for (const run of [
      'curl -k https://e/a',
      'curl -fsSLk https://e/a',
      'curl --insecure https://e/a',
      'wget --no-check-certificate https://e/a',
      'pip install --trusted-host pypi.example flask==3',
      'npm config set strict-ssl false',
      'git -c http.sslVerify=false clone https://e/r',
      'git config --global http.sslverify false',
      'apk add --allow-untrusted /tmp/x.apk',
      'curl -fsSLo a.tgz http://example.com/a.tgz',
      'wget -q http://example.com/a.tgz',
      'GIT_SSL_NO_VERIFY=1 git clone https://e/r',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toHaveLength(1);
    }
  });

  it('does not fire on normal downloads', () => {
    for (const run of [
      'curl -fsSL https://e/a',
      'wget -q https://e/a',
      'pip install flask==3',
      'npm config set registry https://r',
      'git clone https://e/r',
      'curl -fsS http://localhost:8080/health',
      'curl -fsSL $URL',
      'echo http://example.com',
      'git clone http://e/r',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toEqual([]);
    }
  });

  it('fires on ENV that switches verification off, once per variable', () => {
    const found = lint(rule, 'FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=0 PYTHONHTTPSVERIFY=0');
    expect(found).toHaveLength(2);
    expect(found[0]!.message.en).toBe(
      '`ENV NODE_TLS_REJECT_UNAUTHORIZED=0` switches off verification for every later download.',
    );
    expect(lint(rule, 'FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 GIT_SSL_NO_VERIFY=false')).toEqual(
      [],
    );
  });

  it('names the URL and reads ONBUILD, sh -c and heredocs', () => {
    expect(lint(rule, 'FROM x:1\nRUN curl -fsSLO http://e.com/a.tgz')[0]!.message.en).toContain(
      'http://e.com/a.tgz',
    );
    expect(lint(rule, asOnbuild('FROM x:1\nRUN curl -k https://e/a'))).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN ["sh", "-c", "wget --no-check-certificate https://e/a"]')).toHaveLength(
      1,
    );
    expect(lint(rule, 'FROM x:1\nRUN <<EOF\ncurl --insecure https://e/a\nEOF')).toHaveLength(1);
  });
});
