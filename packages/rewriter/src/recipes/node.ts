import {
  contextView,
  type Localized,
  packageManagerCall,
  RUNTIME_IMAGES,
  type StageNode,
  shell,
  trimTrailingSlashes,
  writtenWorkdirAtEnd,
} from '@dop/analyzer';
import { factsOf } from './context-facts.js';
import { type Block, renderBlock } from '../blocks.js';
import { topCommands } from '../text.js';
import { runtimeCommand } from './command.js';
import { dependencyInstall } from './dependency-installs.js';
import { type Recipe, type RecipeInput, type RecipeResult, RUNTIME_ONLY } from './recipe.js';
import { osServedSite } from './node-os-server.js';
import { isCleanupOnly, libraryDistro, runtimePackagesRun } from './shell-edits.js';
import { programOutside, relocatedDependencies, writesOutside } from './relocation.js';
import { runtimeUser } from './runtime-user.js';
import { fromLine, runtimeTail, slimVariant } from './stages.js';
import { type ServedSite, STATIC_SERVERS, servedSite } from './static-output.js';

const JS_MANAGERS = new Set(['npm', 'yarn', 'pnpm']);
const STATIC_RUNTIME = RUNTIME_IMAGES.staticNginx;
/**
 * Drops dev dependencies after the build; yarn 1 has no prune, so its runtime keeps them. npm 6
 * and older (bundled with Node 14 and older) ignore `--omit=dev` and spell it `--production`.
 */
function pruneCommand(pm: string, nodeMajor: number | null): string | undefined {
  if (pm === 'pnpm') return 'RUN pnpm prune --prod';
  if (pm !== 'npm') return undefined;
  return nodeMajor !== null && nodeMajor <= 14 ? 'RUN npm prune --production' : 'RUN npm prune --omit=dev';
}

/** The Node major a `node` image tag names (`14-bullseye` → 14), or null for `latest`, `lts`… */
function nodeMajorOf(tag: string | null): number | null {
  const m = /^(\d+)/.exec(tag ?? '');
  return m ? Number(m[1]) : null;
}

/**
 * Node: install and build in a build stage; the runtime stage gets the working directory (with
 * production dependencies only, for npm) on a slim image. A built front end served by `serve`
 * or `http-server` moves to an unprivileged nginx instead.
 */
/** Programs every node image ships (slim ones too), and the shells a command may start with. */
const NODE_PROGRAMS = new Set(['node', 'npm', 'npx', 'yarn', 'corepack', 'sh', 'bash', ...STATIC_SERVERS]);

export const node: Recipe = {
  ecosystem: 'node',
  plan(input) {
    const { model, stage, blocks } = input;
    if (!/^(library\/)?node$/.test(stage.image.name) || stage.image.registry) return null;
    const installAt = blocks.findIndex((b) => b.ins.keyword === 'RUN' && installCall(b) !== null);
    if (installAt < 2 || blocks.slice(1, installAt).every((b) => b.ins.keyword !== 'COPY')) return null;
    const after = blocks.slice(installAt + 1);
    if (!after.some((b) => b.ins.keyword === 'COPY')) return null;
    if (blocks.some((b) => ['USER', 'ONBUILD', 'VOLUME'].includes(b.ins.keyword))) return null;
    if (after.some((b) => b.ins.keyword === 'WORKDIR')) return null;
    const workdir = writtenWorkdirAtEnd(model, stage);
    if (!workdir) return null;
    const relocated = relocatedDependencies(blocks, 'node_modules');
    if (relocated) return { skip: relocated };
    // A site built with Node and served by a server from the distribution: Node only builds.
    const served = osServedSite(input, installAt, workdir);
    if (served) return served;
    const lost =
      writesOutside(blocks, workdir) ?? programOutside(runtimeCommand(stage), NODE_PROGRAMS, workdir);
    if (lost) return { skip: lost };
    const site = servedSite(runtimeCommand(stage) ?? [], input.options.context);
    if (site === 'unknown') return null;
    if (site) return staticSite(input, workdir, site);
    return nodeServer(input, installAt, workdir);
  },
};

function installCall(b: Block) {
  const cmd = topCommands(b.ins).find(
    (c) => JS_MANAGERS.has(packageManagerCall(c)?.pm.id ?? '') && dependencyInstall(c),
  );
  return cmd ? packageManagerCall(cmd) : null;
}

/** RUNs that install a static server globally are not needed once nginx serves the files. */
function installsStaticServer(b: Block): boolean {
  return topCommands(b.ins).some((c) => {
    const call = packageManagerCall(c);
    return (
      call !== null && JS_MANAGERS.has(call.pm.id) && call.operands.some((o) => STATIC_SERVERS.has(o.value))
    );
  });
}

function nodeServer(
  { model, stage, blocks, options, nl }: RecipeInput,
  installAt: number,
  workdir: string,
): RecipeResult {
  const call = installCall(blocks[installAt]!)!;
  const alreadyProduction =
    shell.findOption(call.args, ['--omit', '--production', '--only', '--prod']) !== null;
  const prune = pruneCommand(call.pm.id, nodeMajorOf(stage.image.tag));
  const prunes = prune && !alreadyProduction ? [prune] : [];
  const runtimeImage = slimVariant(stage.image);
  const prelude = blocks.slice(1, installAt);
  const after = blocks.slice(installAt + 1);
  let copies = appCopies(prelude, after, workdir, nl);
  // When the runtime copies the source from the context, the build stage needs only the install.
  const split = copies.length > 1;
  const deps =
    split || prunes.length === 0 ? null : productionStage(model.text, stage, prelude, options, workdir, nl);
  if (deps) copies = [`COPY --from=deps ${workdir}/node_modules ${workdir}/node_modules`, ...copies];
  const build = [
    ...(deps ? [...deps.lines, ''] : []),
    fromLine(model.text, stage, 'build'),
    ...blocks
      .slice(1)
      .filter((b, i) => !(split && i >= installAt && isContextCopy(b)))
      .filter((b) => !RUNTIME_ONLY.has(b.ins.keyword))
      .map((b) => renderBlock(b, nl)),
    // the runtime takes node_modules from the deps stage: the build's own (with dev dependencies) stays here
    ...(deps ? ['RUN rm -rf node_modules'] : prunes),
  ];
  // OS packages the app needs at run time (imagemagick, fonts …) stay; build-only ones go.
  const runtimePackages = prelude.flatMap((b) => {
    if (b.ins.keyword !== 'RUN') return [];
    const text = runtimePackagesRun(model.text, b.ins, libraryDistro(stage.image));
    return text === null ? [] : [renderBlock({ comments: b.comments, text }, nl)];
  });
  const user = runtimeUser(stage.image, blocks, options, 'node');
  const runtime = [
    fromLine(model.text, stage, null, runtimeImage),
    ...blocks
      .filter((b) => b.ins.keyword === 'ENV' || b.ins.keyword === 'ARG')
      .map((b) => renderBlock(b, nl)),
    ...runtimePackages,
    `WORKDIR ${workdir}`,
    ...copies,
    ...runtimeTail(
      blocks.filter((b) => RUNTIME_ONLY.has(b.ins.keyword)),
      user,
      nl,
    ),
  ];
  return {
    ecosystem: 'node',
    build,
    runtime,
    title: {
      en: `Install and build in a build stage; run on ${runtimeImage}${user.line ? ` as user ${user.line.slice(5).split(':')[0]}` : ''}`,
      ko: `빌드 스테이지에서 설치와 빌드를 하고 ${runtimeImage}에서${user.line ? ` 사용자 ${user.line.slice(5).split(':')[0]}(으)로` : ''} 실행`,
    },
    explanation: {
      en: `Compilers, build caches and development dependencies are needed to build, not to run.${deps ? ` ${deps.why.en}` : prunes.length ? ` The build stage ends with \`${prunes[0]!.slice(4)}\`, so only production dependencies reach the runtime.` : ''} The runtime stage starts from ${runtimeImage === stage.image.raw ? `the same image (${runtimeImage})` : `the slim variant ${runtimeImage}`} and ${split ? `copies ${workdir}/node_modules from the build stage and the source from the context, so a source edit does not re-copy the dependencies` : `copies the finished ${workdir}`}. ${user.text.en}`,
      ko: `컴파일러, 빌드 캐시, 개발 의존성은 빌드에만 필요하고 실행에는 필요 없습니다.${deps ? ` ${deps.why.ko}` : prunes.length ? ` 빌드 스테이지 끝에서 \`${prunes[0]!.slice(4)}\`(으)로 운영 의존성만 남깁니다.` : ''} 런타임 스테이지는 ${runtimeImage === stage.image.raw ? `같은 이미지(${runtimeImage})` : `slim 변형 ${runtimeImage}`}에서 시작해 ${split ? `빌드 스테이지의 ${workdir}/node_modules와 컨텍스트의 소스를 복사하므로, 소스를 고쳐도 의존성을 다시 복사하지 않습니다` : `완성된 ${workdir}을(를) 복사합니다`}. ${user.text.ko}`,
    },
    resolves: ['DOP028', 'DOP029', 'DOP030', 'DOP078'],
  };
}

const NPM_LOCKS = ['package-lock.json', 'npm-shrinkwrap.json'];

/**
 * The production dependencies in a stage of their own, from the manifests alone (`npm ci
 * --omit=dev`), where the build stage copies the source: the prune after the build re-ran on every
 * source edit and the runtime re-copied node_modules with the app. Only where the build context
 * shows it holds: a lock file that reaches the build, no install script of the package's own (it
 * would run without the source or the dev dependencies) and nothing that writes into node_modules
 * after the install (a generated Prisma client, patch-package).
 */
function productionStage(
  text: string,
  stage: StageNode,
  prelude: Block[],
  options: RecipeInput['options'],
  workdir: string,
  nl: string,
): { lines: string[]; why: Localized } | null {
  const context = options.context;
  const facts = factsOf(context)?.node;
  if (!context || !facts) return null;
  if ((facts.installScripts?.value.length ?? 1) > 0 || (facts.modulesWriters?.value.length ?? 1) > 0)
    return null;
  const view = contextView(context);
  const lock = NPM_LOCKS.find((l) => view.source(l).sent.length > 0);
  if (!lock || view.source('package.json').sent.length === 0) return null;
  // OS packages installed before the install (build tools for native modules) would be needed there too
  if (prelude.some((b) => !['WORKDIR', 'COPY', 'ENV', 'ARG'].includes(b.ins.keyword))) return null;
  const omit =
    nodeMajorOf(stage.image.tag) !== null && nodeMajorOf(stage.image.tag)! <= 14
      ? '--production'
      : '--omit=dev';
  const command = `npm ci ${omit}`;
  return {
    lines: [
      fromLine(text, stage, 'deps'),
      ...prelude
        .filter((b) => b.ins.keyword === 'ENV' || b.ins.keyword === 'ARG')
        .map((b) => renderBlock(b, nl)),
      `WORKDIR ${workdir}`,
      `COPY package.json ${lock} ./`,
      `RUN ${command} && npm cache clean --force`,
    ],
    why: {
      en: `A stage of its own (deps) installs only the production dependencies from package.json and ${lock} (\`${command}\`); the runtime copies its node_modules before the built app, so a source edit re-runs neither that install nor a prune, and the dependencies' layer stays cached until the manifests change. ${facts.installScripts!.file} defines no install script and no dependency that writes into node_modules after the install (read from it); a script or generated file added later would be missing there.`,
      ko: `따로 둔 스테이지(deps)가 package.json과 ${lock}에서 운영 의존성만 설치합니다(\`${command}\`). 런타임은 빌드된 앱보다 먼저 그 node_modules를 복사하므로, 소스를 고쳐도 그 설치도 prune도 다시 실행되지 않고 의존성 레이어는 매니페스트가 바뀔 때까지 캐시됩니다. ${facts.installScripts!.file}에는 설치 스크립트도, 설치 뒤 node_modules에 쓰는 의존성도 없습니다(파일에서 읽었습니다). 나중에 그런 스크립트나 생성 파일이 생기면 거기에는 빠집니다.`,
    },
  };
}

/**
 * How the runtime gets the app. Without a build step the source comes from the context as the
 * original copied it, and only node_modules from the build stage: a source edit then re-copies
 * the source, not the whole dependency tree. With a build step the outputs are unknown, so the
 * whole working directory is copied.
 */
function isContextCopy(b: Block): boolean {
  return b.ins.keyword === 'COPY' && !b.ins.flags.some((f) => f.name === 'from');
}

function appCopies(prelude: Block[], after: Block[], workdir: string, nl: string): string[] {
  const builds = after.some((b) => b.ins.keyword === 'RUN' && !isCleanupOnly(b.ins));
  const workdirAt = prelude.findIndex((b) => b.ins.keyword === 'WORKDIR');
  const copiesAfterWorkdir = prelude.every((b, i) => !isContextCopy(b) || i > workdirAt);
  const others = [...prelude, ...after].filter(
    (b) =>
      !RUNTIME_ONLY.has(b.ins.keyword) &&
      !isContextCopy(b) &&
      !['RUN', 'WORKDIR', 'ENV', 'ARG'].includes(b.ins.keyword),
  );
  if (builds || workdirAt < 0 || !copiesAfterWorkdir || others.length > 0)
    return [`COPY --from=build ${workdir} ${workdir}`];
  return [
    ...prelude.filter(isContextCopy).map((b) => renderBlock(b, nl)),
    `COPY --from=build ${workdir}/node_modules ${workdir}/node_modules`,
    ...after.filter(isContextCopy).map((b) => renderBlock(b, nl)),
  ];
}

/** The unprivileged nginx's site, with the single-page fallback `serve -s` gave. */
const SPA_FALLBACK_CONFIG = [
  "COPY <<'EOF' /etc/nginx/conf.d/default.conf",
  'server {',
  '    listen 8080;',
  '    root /usr/share/nginx/html;',
  '    location / {',
  '        try_files $uri $uri/ /index.html;',
  '    }',
  '}',
  'EOF',
];

function staticSite(
  { model, stage, blocks, nl }: RecipeInput,
  workdir: string,
  { dir, spa, from }: ServedSite,
): RecipeResult {
  const site = dir.startsWith('/') ? dir : `${workdir}/${trimTrailingSlashes(dir.replace(/^\.\//, ''))}`;
  const build = [
    fromLine(model.text, stage, 'build'),
    ...blocks
      .slice(1)
      .filter((b) => !RUNTIME_ONLY.has(b.ins.keyword) && !installsStaticServer(b))
      .map((b) => renderBlock(b, nl)),
  ];
  const kept = blocks
    .filter((b) => ['LABEL', 'HEALTHCHECK'].includes(b.ins.keyword))
    .map((b) => renderBlock(b, nl));
  // `serve -s` answers every unknown path with index.html (a single-page app's client routes);
  // nginx does so only when told to, or deep links get a 404.
  const runtime = [
    `FROM ${STATIC_RUNTIME}`,
    ...kept,
    ...(spa ? [SPA_FALLBACK_CONFIG.join(nl)] : []),
    `COPY --from=build ${site} /usr/share/nginx/html`,
    'EXPOSE 8080',
  ];
  return {
    ecosystem: 'static',
    build,
    runtime,
    title: {
      en: `Serve the built site from ${STATIC_RUNTIME} instead of Node`,
      ko: `빌드된 사이트를 Node 대신 ${STATIC_RUNTIME}에서 제공`,
    },
    explanation: {
      en: `A built front end is static files: Node, npm, node_modules and the source are not needed to serve them. The build stage installs and builds; the runtime stage is an unprivileged nginx (it runs as a non-root user and listens on 8080, not the port the Node server used) with only ${site}.${from ? ` ${from.en}` : ''} ${spa ? `As \`${spa}\` did, nginx answers paths it has no file for with index.html, so the app's own routes still load (an nginx config written in the Dockerfile). ` : ''}Update the port mapping where the container is run.`,
      ko: `빌드된 프런트엔드는 정적 파일이라 제공하는 데 Node, npm, node_modules, 소스가 필요 없습니다. 빌드 스테이지에서 설치와 빌드를 하고, 런타임 스테이지는 ${site}만 담은 비특권 nginx입니다(일반 사용자로 실행되며 Node 서버가 쓰던 포트가 아닌 8080에서 수신).${from ? ` ${from.ko}` : ''} ${spa ? `\`${spa}\`처럼 nginx도 파일이 없는 경로에 index.html로 응답하도록 Dockerfile 안에 nginx 설정을 넣었으므로 앱의 자체 경로가 그대로 열립니다. ` : ''}컨테이너를 실행하는 곳의 포트 매핑을 바꾸세요.`,
    },
    resolves: ['DOP028', 'DOP029', 'DOP030'],
    replacesCommand: true,
  };
}
