import {
  CACHE_MOUNTS,
  cacheMounts,
  cacheMountFlag,
  cleansCache,
  packageManagerCall,
  type PackageManager,
} from '@dop/analyzer';
import { isAndChain, topCommands } from '../text.js';
import { defineTransform } from '../transform.js';

/**
 * With the `cacheMounts` option: package installs keep their download cache in a BuildKit cache
 * mount, outside the image and kept between builds, instead of deleting it in the layer. Off by
 * default: it needs BuildKit, and a CI runner without a persistent builder keeps nothing.
 */
export const transform = defineTransform({
  id: 'cache-mounts',
  run(ctx) {
    if (!ctx.options.cacheMounts) return;
    for (const stage of ctx.model.stages) {
      let user = false;
      for (const ins of stage.instructions) {
        // the targets are root's cache folders: after USER, another home is used
        if (ins.keyword === 'USER') user = true;
        if (ins.keyword !== 'RUN' || user || ins.json || !ins.shell) continue;
        const commands = ins.shell.commands;
        const pms = new Map<string, PackageManager>();
        for (const c of commands) {
          const call = packageManagerCall(c);
          if (call && CACHE_MOUNTS[call.pm.id]) pms.set(call.pm.id, call.pm);
        }
        if (pms.size === 0) continue;
        const have = new Set(cacheMounts(ins).map((m) => m.target));
        const flags = [...pms.keys()]
          .flatMap((id) => CACHE_MOUNTS[id as keyof typeof CACHE_MOUNTS] ?? [])
          .filter((m) => !have.has(m.target))
          .map(cacheMountFlag);
        if (flags.length === 0) continue;
        const kw = ctx.text.slice(ins.span.start, ins.span.start + 3);
        const edits = [{ start: ins.span.start + 3, end: ins.span.start + 3, text: ` ${flags.join(' ')}` }];
        // the cache now lives in the mount: deleting it would throw away what the next build reuses
        const top = topCommands(ins);
        if (isAndChain(top) && top.length === commands.length) {
          for (let i = 1; i < top.length; i++) {
            const c = top[i]!;
            if ([...pms.values()].some((pm) => cleansCache(pm, [c])))
              edits.push({ start: top[i - 1]!.span.end, end: c.span.end, text: '' });
          }
        }
        const names = [...pms.keys()].join(', ');
        ctx.propose({
          title: {
            en: `Keep the ${names} cache in a BuildKit cache mount`,
            ko: `${names} 캐시를 BuildKit 캐시 마운트에 두기`,
          },
          explanation: {
            en: `A cache mount keeps the package manager's downloads between builds without putting them in the image: a rebuild downloads only what changed, and the layer stays as small as when the cache was deleted. The cleanup of that cache is dropped, since it would empty the mount. It needs BuildKit (the default builder of Docker 23 and later); a builder that starts empty each time (many CI runners) gains nothing.`,
            ko: `캐시 마운트는 패키지 관리자가 내려받은 것을 이미지에 넣지 않고 빌드 사이에 보관합니다. 다시 빌드할 때 바뀐 것만 내려받고, 레이어는 캐시를 지웠을 때만큼 작게 유지됩니다. 그 캐시를 지우는 명령은 마운트를 비우므로 뺐습니다. BuildKit(Docker 23 이후의 기본 빌더)이 필요하며, 매번 빈 상태로 시작하는 빌더(많은 CI 러너)에서는 얻는 것이 없습니다.`,
          },
          practices: ['P17', 'P22'],
          resolves: [],
          risk: 'review',
          edits: kw.toUpperCase() === 'RUN' ? edits : [],
        });
      }
    }
  },
});
