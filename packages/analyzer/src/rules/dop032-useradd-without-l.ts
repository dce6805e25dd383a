import { substituteVariables } from '../model/image-ref.js';
import { hasOption } from '../shell/command.js';
import { defineRule, instructionsOf } from './define.js';
import { uidValue, userCreations } from './support/users.js';
import { variablesAt } from './support/variables.js';

/**
 * useradd writes a record at offset uid × ~292 bytes into /var/log/lastlog (and faillog). The
 * file is sparse on disk but a layer tarball stores it in full. From 60000 (the default UID_MAX
 * of login.defs, and below the popular 65532) the file is over 17 MB; hadolint's DL3046 fires
 * from six digits, which misses 65532.
 */
const HIGH_UID = 60000;

export const rule = defineRule({
  meta: {
    id: 'DOP032',
    slug: 'useradd-without-l',
    title: { en: 'useradd with a high UID without -l', ko: '-l 없이 높은 UID로 실행한 useradd' },
    severity: 'warning',
    practices: ['P05', 'P06'],
    aka: { hadolint: ['DL3046'] },
    fixable: 'safe',
    explanation: {
      en: 'Without -l (--no-log-init), useradd reserves a record for the new UID in /var/log/lastlog and faillog; the files are sparse on disk, but an image layer stores them in full, so a high UID such as 65532 adds tens of megabytes. Add -l: a container never needs the login records.',
      ko: '-l(--no-log-init)이 없으면 useradd는 /var/log/lastlog와 faillog에 새 UID 위치의 기록을 만듭니다. 디스크에서는 희소 파일이지만 이미지 레이어에는 전체 크기로 저장되어, 65532 같은 높은 UID는 수십 MB를 더합니다. 컨테이너에는 로그인 기록이 필요 없으니 -l을 붙이세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN useradd -u 65532 app\nUSER 65532\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN useradd -l -u 65532 app\nUSER 65532\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const c of userCreations(instructionsOf(model, 'RUN'))) {
      if (c.cmd.name !== 'useradd' || !c.uid) continue;
      if (hasOption(c.cmd, ['-l', '--no-log-init'])) continue;
      // A uid given through an ARG/ENV counts when Docker knows its value.
      const host = c.ins.onbuild ?? c.ins;
      const word = c.uid.expansion
        ? substituteVariables(c.uid.value, variablesAt(model, host))
        : { value: c.uid.value, unresolved: [] };
      if (word.unresolved.length > 0) continue;
      const uid = uidValue({ ...c.uid, value: word.value });
      if (uid === null || uid < HIGH_UID) continue;
      const program = c.cmd.argv[c.cmd.programIndex];
      if (!program) continue;
      ctx.report({
        span: c.cmd.span,
        message: {
          en: `\`useradd\` for UID ${uid} without -l writes a lastlog record at that offset, adding about ${Math.round((uid * 292) / 1e6)} MB to the layer.`,
          ko: `-l 없는 UID ${uid}의 \`useradd\`은(는) 그 위치에 lastlog 기록을 써서 레이어에 약 ${Math.round((uid * 292) / 1e6)} MB를 더합니다.`,
        },
        fix: {
          title: { en: 'Add -l', ko: '-l 추가' },
          safety: 'safe',
          edits: [{ start: program.span.end, end: program.span.end, text: ' -l' }],
        },
      });
    }
  },
});
