import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
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
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toEqual([]);
    }
  });
});
