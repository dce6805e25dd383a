import type { SimpleCommand } from '../shell/types.js';
import { defineRule, runCommands } from './define.js';

/** How each tool is told to skip TLS verification, as data. */
const INSECURE: { name: string; test: (c: SimpleCommand, args: string[]) => boolean; what: string }[] = [
  {
    name: 'curl',
    test: (_c, a) =>
      a.includes('-k') ||
      a.includes('--insecure') ||
      a.some((x) => /^-[a-zA-Z]*k[a-zA-Z]*$/.test(x) && !x.startsWith('--')),
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
      en: '`curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, `npm config set strict-ssl false`, `git -c http.sslVerify=false`, `apk --allow-untrusted` and `apt-get --allow-unauthenticated` accept whatever answers, so anyone on the network path can change what goes into the image. Fix the trust store instead (install ca-certificates, or COPY your internal CA into /usr/local/share/ca-certificates and run update-ca-certificates).',
      ko: '`curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, `npm config set strict-ssl false`, `git -c http.sslVerify=false`, `apk --allow-untrusted`, `apt-get --allow-unauthenticated`는 누가 응답하든 받아들이므로 네트워크 경로의 누구나 이미지에 들어갈 내용을 바꿀 수 있습니다. 대신 신뢰 저장소를 고치세요(ca-certificates 설치, 또는 사내 CA를 /usr/local/share/ca-certificates에 COPY하고 update-ca-certificates 실행).',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN curl -kfsSLo /tmp/a.tgz https://example.com/a.tgz\n',
      good: 'FROM debian:12-slim\nRUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz\n',
    },
  },
  check(ctx) {
    for (const { cmd } of runCommands(ctx.model)) {
      const args = cmd.args.map((a) => a.value);
      const hit = INSECURE.find((i) => i.name === cmd.name && i.test(cmd, args));
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
