import {
  type SimpleCommand,
  isInstall,
  isUpdate,
  packageManagerCall,
  RUNTIME_IMAGES,
  trimTrailingSlashes,
  writtenWorkdirBefore,
} from '@dop/analyzer';
import { type Block, renderBlock } from '../blocks.js';
import { copySources } from '../layers.js';
import { isAndChain, isPlainRun, topCommands } from '../text.js';
import type { Recipe, RecipeResult } from './recipe.js';
import { fromLine } from './stages.js';

/** Composer's own image: PHP plus composer, used only to resolve and download dependencies. */
const COMPOSER_IMAGE = RUNTIME_IMAGES.composer;
/**
 * OS packages the vendor stage makes unneeded: composer itself (Debian and Ubuntu package it) and
 * what it uses to fetch and unpack packages.
 */
const COMPOSER_HELPERS = new Set(['composer', 'unzip', 'zip', 'git', 'curl', 'ca-certificates']);
/** Flags we add to the vendor-stage install (the original's flags are kept beside them). */
const VENDOR_FLAGS = ['--no-interaction', '--prefer-dist', '--no-scripts', '--ignore-platform-reqs'];

/**
 * PHP with composer: dependencies resolve in a `composer:2` stage and only `vendor/` reaches the
 * PHP image, so composer, git and unzip stay out of it. The runtime keeps the original image and
 * its user handling (Apache and php-fpm start as root and drop to www-data themselves).
 */
export const php: Recipe = {
  ecosystem: 'php',
  plan({ model, stage, blocks, nl }): RecipeResult {
    if (!/^(library\/)?php$/.test(stage.image.name) || stage.image.registry) return null;
    const installAt = blocks.findIndex((b) => composerInstall(b) !== null);
    if (installAt < 0) return null;
    const { cmd: install, cd } = composerInstall(blocks[installAt]!)!;
    const copyAt = blocks.findIndex((b, i) => i < installAt && isWholeContextCopy(b));
    if (copyAt < 0) return null;
    // `COPY . /app` then `WORKDIR /app`: the source's folder is the COPY's destination
    const workdir = writtenWorkdirBefore(model, blocks[copyAt]!.ins) ?? absoluteDestination(blocks[copyAt]!);
    if (!workdir) return null;
    // `RUN cd /var/www/html && composer install`: the install runs where the source landed
    if (cd !== null && trimTrailingSlashes(cd) !== trimTrailingSlashes(workdir)) return null;
    if (blocks.some((b) => b.ins.keyword === 'ONBUILD')) return null;

    const installFlags = install.args
      .filter((a) => a.value.startsWith('-') && !VENDOR_FLAGS.includes(a.value))
      .map((a) => a.raw);
    const noDev = installFlags.includes('--no-dev');
    const vendor = [
      `FROM ${COMPOSER_IMAGE} AS vendor`,
      'WORKDIR /app',
      'COPY composer.json composer.lock* ./',
      `RUN composer install ${[...installFlags, ...VENDOR_FLAGS, '--no-autoloader'].join(' ')}`,
      'COPY . .',
      `RUN composer dump-autoload --optimize${noDev ? ' --no-dev' : ''}`,
    ];
    const runtime: string[] = [fromLine(model.text, stage, null)];
    // what installs composer in the PHP image stays when another RUN there still calls composer
    const composerLater = blocks.some((b, i) => i !== installAt && runsComposer(b));
    for (const [i, b] of blocks.slice(1).entries()) {
      const at = i + 1;
      if (at === installAt || (!composerLater && (installsComposer(b) || copiesComposerBinary(b)))) continue;
      runtime.push(renderBlock(b, nl));
      if (at === copyAt)
        runtime.push(`COPY --from=vendor /app/vendor ${trimTrailingSlashes(workdir)}/vendor`);
    }
    return {
      ecosystem: 'php',
      build: vendor,
      runtime,
      title: {
        en: `Resolve composer dependencies in a ${COMPOSER_IMAGE} stage; copy only vendor/`,
        ko: `${COMPOSER_IMAGE} 스테이지에서 composer 의존성을 받고 vendor/만 복사`,
      },
      explanation: {
        en: `Composer, git and unzip are needed to download dependencies, not to serve PHP. The vendor stage installs from composer.json and composer.lock first (cached until they change), then dumps the autoloader with the source; the PHP image receives only vendor/. The install skips platform checks and scripts because the composer image lacks your PHP extensions: run any post-install scripts your app relies on in the final image.`,
        ko: 'Composer, git, unzip은 의존성을 내려받을 때만 필요하고 PHP를 제공할 때는 필요 없습니다. vendor 스테이지는 composer.json과 composer.lock으로 먼저 설치하고(두 파일이 바뀔 때까지 캐시) 소스와 함께 오토로더를 만듭니다. PHP 이미지에는 vendor/만 들어갑니다. composer 이미지에는 앱의 PHP 확장이 없으므로 플랫폼 검사와 스크립트를 건너뜁니다. 앱이 설치 후 스크립트에 의존한다면 최종 이미지에서 실행하세요.',
      },
      resolves: ['DOP029', 'DOP094'],
    };
  },
};

/**
 * `RUN composer install …` alone (the RUN does nothing else), or after `cd DIR &&` (then `cd` is
 * DIR, an absolute path).
 */
function composerInstall(b: Block): { cmd: SimpleCommand; cd: string | null } | null {
  if (!isPlainRun(b.ins) || b.ins.flags.length > 0) return null;
  const cmds = topCommands(b.ins);
  if (cmds.length !== b.ins.shell!.commands.length || !isAndChain(cmds)) return null;
  const [first, second] = cmds;
  const dir = first?.name === 'cd' && first.args.length === 1 ? first.args[0]! : null;
  const cd = dir && !dir.expansion && dir.value.startsWith('/') ? dir.value : null;
  if (cmds.length !== (cd === null ? 1 : 2)) return null;
  const cmd = cd === null ? first! : second!;
  const call = packageManagerCall(cmd);
  return call?.pm.id === 'composer' && call.subcommand?.value === 'install' && call.operands.length === 0
    ? { cmd, cd }
    : null;
}

function absoluteDestination(b: Block): string | null {
  const args = b.ins.json ? b.ins.json.map((a) => a.value) : b.ins.args.map((a) => a.value);
  const dest = args[args.length - 1] ?? '';
  return dest.startsWith('/') && !dest.includes('$') ? dest : null;
}

function isWholeContextCopy(b: Block): boolean {
  if (b.ins.keyword !== 'COPY' || b.ins.flags.some((f) => f.name === 'from')) return false;
  const sources = copySources(b.ins);
  return sources.length === 1 && (sources[0] === '.' || sources[0] === './');
}

/**
 * A RUN that only installs composer (the getcomposer.org installer, with the OS packages it
 * needs), or only the OS packages composer uses to fetch (git, unzip…): not needed once the vendor
 * stage does the work. Anything more and it stays.
 */
function installsComposer(b: Block): boolean {
  if (!isPlainRun(b.ins)) return false;
  const top = topCommands(b.ins);
  if (!top.every((c) => c.connector === null || c.connector === '&&' || c.connector === '|')) return false;
  const all = b.ins.shell!.commands;
  if (/getcomposer\.org|composer-setup\.php/.test(b.text))
    return all.every(
      (c) => ['curl', 'php', 'wget', 'mv', 'chmod', 'rm'].includes(c.name) || helperInstall(c),
    );
  return (
    all.some((c) => packageManagerCall(c) !== null && isInstall(packageManagerCall(c)!)) &&
    all.every((c) => helperInstall(c) || isListsRemoval(c))
  );
}

/**
 * `COPY --from=composer[:tag] /usr/bin/composer …`, the composer image's documented way to add
 * composer to a PHP image: not needed once the vendor stage installs.
 */
function copiesComposerBinary(b: Block): boolean {
  const from = b.ins.flags.find((f) => f.name === 'from')?.value ?? '';
  if (b.ins.keyword !== 'COPY' || !/^(docker\.io\/)?(library\/)?composer(:[\w.-]+)?$/.test(from))
    return false;
  const sources = copySources(b.ins);
  return sources.length > 0 && sources.every((s) => /(^|\/)composer$/.test(s));
}

const runsComposer = (b: Block) =>
  b.ins.keyword === 'RUN' && (b.ins.shell?.commands ?? []).some((c) => c.name === 'composer');

/** An OS package call that refreshes, cleans, or installs only composer's helpers. */
function helperInstall(c: SimpleCommand): boolean {
  const call = packageManagerCall(c);
  if (call === null || call.pm.ecosystem !== 'os') return false;
  if (isUpdate(call)) return true;
  if (isInstall(call)) return call.operands.every((o) => COMPOSER_HELPERS.has(o.value));
  return ['clean', 'autoremove'].includes(call.subcommand?.value ?? '');
}

const isListsRemoval = (c: SimpleCommand) =>
  c.name === 'rm' && c.args.every((a) => a.value.startsWith('-') || a.value.startsWith('/var/lib/apt/lists'));
