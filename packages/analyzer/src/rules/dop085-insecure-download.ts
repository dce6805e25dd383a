import type { SimpleCommand } from '../shell/types.js';
import { defineRule, instructionsOf, runCommands } from './define.js';
import { DOWNLOADERS } from './support/shell-facts.js';

/** How each tool is told to skip TLS verification, as data. */
const INSECURE: { name: string; test: (c: SimpleCommand, args: string[]) => boolean; what: string }[] = [
  {
    name: 'curl',
    test: (_c, a) =>
      a.includes('-k') ||
      a.includes('--insecure') ||
      a.some((x) => /^-[a-jl-zA-Z]*k[a-zA-Z]*$/.test(x) && !x.startsWith('--')),
    what: 'curl -k',
  },
  {
    name: 'wget',
    test: (_c, a) => a.includes('--no-check-certificate'),
    what: 'wget --no-check-certificate',
  },
  {
    name: 'pip',
    test: (_c, a) => a.some((x) => x === '--trusted-host' || x.startsWith('--trusted-host=')),
    what: 'pip --trusted-host',
  },
  {
    name: 'pip3',
    test: (_c, a) => a.some((x) => x === '--trusted-host' || x.startsWith('--trusted-host=')),
    what: 'pip --trusted-host',
  },
  {
    name: 'npm',
    test: (_c, a) => a.join(' ').includes('strict-ssl false') || a.includes('--strict-ssl=false'),
    what: 'npm strict-ssl false',
  },
  { name: 'yarn', test: (_c, a) => a.join(' ').includes('strict-ssl false'), what: 'yarn strict-ssl false' },
  {
    name: 'git',
    test: (_c, a) => a.some((x) => /^http\.sslverify(=false)?$/i.test(x)) && a.some((x) => /false$/i.test(x)),
    what: 'git http.sslVerify false',
  },
  { name: 'apk', test: (_c, a) => a.includes('--allow-untrusted'), what: 'apk --allow-untrusted' },
  {
    name: 'apt-get',
    test: (_c, a) =>
      a.includes('--allow-unauthenticated') || a.some((x) => /AllowUnauthenticated=(true|1)/i.test(x)),
    what: 'apt-get --allow-unauthenticated',
  },
];

/** Variables that switch verification off (Checkov CKV2_DOCKER_*), with the values that do it. */
const INSECURE_NAMES = new Set(INSECURE.map((i) => i.name));

const INSECURE_ENV: Record<string, (v: string) => boolean> = {
  GIT_SSL_NO_VERIFY: (v) => v !== '' && !/^(0|false|no)$/i.test(v),
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v === '0',
  PYTHONHTTPSVERIFY: (v) => v === '0',
  PIP_TRUSTED_HOST: (v) => v !== '',
  NPM_CONFIG_STRICT_SSL: (v) => /^false$/i.test(v),
};

/** A plain-HTTP URL to a host other than this machine: anyone on the path can swap the file. */
function plainHttp(url: string): boolean {
  const m = /^http:\/\/([^/:?#]+)/i.exec(url);
  return m !== null && !/^(localhost|127\.[\d.]+|\[::1\]|0\.0\.0\.0)$/i.test(m[1]!);
}

export const rule = defineRule({
  meta: {
    id: 'DOP085',
    slug: 'insecure-download',
    title: { en: 'Certificate or signature checks switched off', ko: '인증서나 서명 검사를 끔' },
    severity: 'warning',
    practices: ['P12'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: '`curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, `npm config set strict-ssl false`, `git -c http.sslVerify=false`, `apk --allow-untrusted` `apt-get --allow-unauthenticated`, variables such as `GIT_SSL_NO_VERIFY=1` or `NODE_TLS_REJECT_UNAUTHORIZED=0`, and plain `http://` downloads accept whatever answers, so anyone on the network path can change what goes into the image. Use https:// and fix the trust store instead (install ca-certificates, or COPY your internal CA into /usr/local/share/ca-certificates and run update-ca-certificates).',
      ko: '`curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, `npm config set strict-ssl false`, `git -c http.sslVerify=false`, `apk --allow-untrusted`, `apt-get --allow-unauthenticated`, `GIT_SSL_NO_VERIFY=1`이나 `NODE_TLS_REJECT_UNAUTHORIZED=0` 같은 변수, 평문 `http://` 다운로드는 누가 응답하든 받아들이므로 네트워크 경로의 누구나 이미지에 들어갈 내용을 바꿀 수 있습니다. https://를 쓰고, 대신 신뢰 저장소를 고치세요(ca-certificates 설치, 또는 사내 CA를 /usr/local/share/ca-certificates에 COPY하고 update-ca-certificates 실행).',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN curl -kfsSLo /tmp/a.tgz https://example.com/a.tgz\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'ENV')) {
      for (const p of ins.properties) {
        if (!INSECURE_ENV[p.name]?.(p.value ?? '')) continue;
        ctx.report({
          span: ins.span,
          message: {
            en: `\`ENV ${p.name}=${p.value}\` switches off verification for every later download.`,
            ko: `\`ENV ${p.name}=${p.value}\`은(는) 이후의 모든 다운로드에서 검증을 끕니다.`,
          },
        });
      }
    }
    for (const { cmd } of runCommands(ctx.model)) {
      // Most commands are none of the programs read here, and carry no assignment.
      if (cmd.assignments.length === 0 && !DOWNLOADERS.has(cmd.name) && !INSECURE_NAMES.has(cmd.name))
        continue;
      const args = cmd.args.map((a) => a.value);
      const url = DOWNLOADERS.has(cmd.name) ? args.find(plainHttp) : undefined;
      if (url) {
        ctx.report({
          span: cmd.span,
          message: {
            en: `\`${cmd.name}\` fetches ${url} over plain HTTP: anyone on the network path can change it. Use https:// or check a checksum.`,
            ko: `\`${cmd.name}\`이(가) ${url}을(를) 평문 HTTP로 받습니다. 네트워크 경로의 누구나 내용을 바꿀 수 있으니 https://를 쓰거나 체크섬을 확인하세요.`,
          },
        });
        continue;
      }
      const assigned = cmd.assignments.find((a) => {
        const eq = a.value.indexOf('=');
        return eq > 0 && INSECURE_ENV[a.value.slice(0, eq)]?.(a.value.slice(eq + 1));
      });
      const hit = assigned
        ? { what: assigned.value }
        : INSECURE.find((i) => i.name === cmd.name && i.test(cmd, args));
      if (!hit) continue;
      ctx.report({
        span: cmd.span,
        message: {
          en: `\`${hit.what}\` switches off verification of what is downloaded.`,
          ko: `\`${hit.what}\`은(는) 내려받는 내용의 검증을 끕니다.`,
        },
      });
    }
  },
});
