import { imageUserUid } from '../knowledge/nonroot-images.js';
import { defineRule } from './define.js';
import { lineage } from '../model/lineage.js';
import {
  isRootUser,
  lastUser,
  lineageInstructions,
  resolveUser,
  uidValue,
  userCreations,
  userPart,
} from './support/users.js';

/**
 * Only the USER the final image ends with is judged: that is what an orchestrator sees. A USER
 * used for a few steps of a build stage does not matter. Root is left to DOP030.
 */
export const rule = defineRule({
  meta: {
    id: 'DOP031',
    slug: 'user-not-numeric',
    title: { en: 'USER by name instead of numeric UID', ko: '숫자 UID 대신 이름으로 지정한 USER' },
    severity: 'info',
    practices: ['P06'],
    aka: { hadolint: ['DL3066'] },
    fixable: 'review',
    explanation: {
      en: 'Kubernetes runAsNonRoot can only verify a numeric user: with `USER app` the kubelet refuses to start the pod (or the check cannot be enforced), and a name needs /etc/passwd, which scratch and distroless images may lack. Write the UID (and GID), e.g. `USER 10001:10001`.',
      ko: 'Kubernetes의 runAsNonRoot는 숫자 사용자만 검증할 수 있어 `USER app`이면 kubelet이 파드 시작을 거부하거나 검사를 강제할 수 없고, 이름은 scratch나 distroless 이미지에 없을 수 있는 /etc/passwd를 필요로 합니다. `USER 10001:10001`처럼 UID(와 GID)를 숫자로 쓰세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN useradd --uid 10001 app\nUSER app\nCMD ["bash"]\n',
      badLines: [3],
      // Ignored: a trigger's USER sets the user of a downstream image, not this one.
      onbuild: 'ignored',
      good: 'FROM debian:12-slim\nRUN useradd --uid 10001 app\nUSER 10001\nCMD ["bash"]\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (model.windows) return;
    const final = model.stages.find((s) => s.isFinal);
    if (!final) return;
    const user = lastUser(model, final);
    const word = user?.args[0];
    if (!user || !word) return;
    const value = resolveUser(model, user);
    if (value === null || isRootUser(value)) return;
    const name = userPart(value);
    if (name === '' || /^\d+$/.test(name)) return;

    // The uid, when the Dockerfile created the user with one or the base image ships it.
    const created = userCreations(lineageInstructions(model, final)).filter((c) => c.name === name);
    const uidWord = created[created.length - 1]?.uid;
    const chain = lineage(model, final);
    const base = chain[chain.length - 1]!.image;
    const uid =
      created.length > 0
        ? uidWord
          ? uidValue(uidWord)
          : null
        : imageUserUid(base.stage === null && !base.scratch ? base : null, name);
    // Only rewrite a plain word (no quotes, escapes or variables), so offsets match the value.
    const literal =
      ctx.text.slice(word.span.start, word.span.end) === word.value && !word.value.includes('$');
    ctx.report({
      span: user.span,
      message: {
        en: `\`USER ${value}\` names the user; orchestrators cannot verify it is non-root. Use its numeric UID${uid !== null ? ` (${uid})` : ''}.`,
        ko: `\`USER ${value}\`은(는) 사용자를 이름으로 지정해 오케스트레이터가 root가 아님을 검증할 수 없습니다. 숫자 UID${uid !== null ? `(${uid})` : ''}를 쓰세요.`,
      },
      ...(uid !== null && literal
        ? {
            fix: {
              title: { en: `Use UID ${uid}`, ko: `UID ${uid} 사용` },
              // The primary group still comes from /etc/passwd for a uid, but a person should confirm the uid.
              safety: 'review' as const,
              edits: [{ start: word.span.start, end: word.span.start + name.length, text: String(uid) }],
            },
          }
        : {}),
    });
  },
});
