import { contextView, isInstall, packageManagerCall } from '@dop/analyzer';
import { defineTransform } from '../transform.js';

const LOCKS = ['package-lock.json', 'npm-shrinkwrap.json'];

/**
 * `npm install` with a lock file in the build context → `npm ci`: it installs exactly what the lock
 * file pins, and fails instead of quietly changing it. Only where the context shows the lock file
 * reaches the build (`.dockerignore` does not leave it out); without one, `npm ci` would fail.
 */
export const transform = defineTransform({
  id: 'npm-ci',
  run(ctx) {
    const context = ctx.options.context;
    if (!context) return;
    const view = contextView(context);
    const lock = LOCKS.find((l) => view.source(l).sent.length > 0);
    if (!lock) return;
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'RUN') continue;
      for (const cmd of ins.shell?.commands ?? []) {
        const call = packageManagerCall(cmd);
        if (call?.pm.id !== 'npm' || !isInstall(call) || call.operands.length > 0) continue;
        const sub = call.subcommand;
        if (!sub || sub.value === 'ci' || call.args.some((a) => a.value === '-g' || a.value === '--global'))
          continue;
        ctx.propose({
          title: {
            en: `\`npm ci\` instead of \`npm ${sub.value}\`: ${lock} is in the context`,
            ko: `${lock}이(가) 컨텍스트에 있으니 \`npm ${sub.value}\` 대신 \`npm ci\``,
          },
          explanation: {
            en: `${lock} is in the build context, so the install can follow it exactly: \`npm ci\` installs the versions it pins, fails if package.json and the lock file disagree, and never rewrites the lock file, so every build gets the same dependencies.`,
            ko: `빌드 컨텍스트에 ${lock}이(가) 있으니 설치가 그 파일을 그대로 따를 수 있습니다. \`npm ci\`는 고정된 버전을 설치하고, package.json과 잠금 파일이 어긋나면 실패하며, 잠금 파일을 고치지 않으므로 빌드마다 같은 의존성을 얻습니다.`,
          },
          practices: ['P08'],
          resolves: [],
          risk: 'review',
          edits: [{ start: sub.span.start, end: sub.span.end, text: 'ci' }],
        });
      }
    }
  },
});
