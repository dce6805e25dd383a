/**
 * The folder a front end's build writes, read from the project: an option or variable in
 * package.json's build script, a plain literal in the tool's config file, Angular's workspace
 * file, else the tool's default (knowledge/js-bundlers.ts). Anything that is not a plain relative
 * path (a variable, `..`, an absolute path) gives no fact rather than a guess.
 */
import { ANGULAR_WORKSPACE, type BundlerOutput, JS_BUNDLERS } from '../knowledge/js-bundlers.js';
import { trimTrailingSlashes } from '../model/paths.js';
import { josa } from '../text/korean.js';
import type { Localized } from '../types.js';
import type { Fact } from './project-facts.js';
import { parseJsonObject } from './json-object.js';

export interface FrontEndOutput {
  /** The tool that builds it. */
  tool: string;
  /** The folder, relative to the project (`dist`, `dist/shop/browser`). */
  dir: string;
  /** Whether it is static files a web server can serve alone. */
  static: boolean;
  /** What in the file said so (`` `outDir` ``, the tool's default). */
  by: Localized;
}

type TextOf = (name: string) => Fact | undefined;

const code = (s: string) => `\`${s}\``;

/** A plain relative folder (`./public/` → `public`), or undefined. */
function plainDir(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const dir = trimTrailingSlashes(value.trim().replace(/^(\.\/)+/, ''));
  if (dir === '' || dir === '.' || dir.startsWith('/') || /(^|\/)\.\.(\/|$)|[$`\s*?{}]/.test(dir))
    return undefined;
  return dir;
}

/** The tool that builds the project: one whose program the build script runs, else the first listed. */
export function bundlerOf(
  deps: Record<string, unknown>,
  build: string | undefined,
): BundlerOutput | undefined {
  const present = JS_BUNDLERS.filter((b) => b.dependency in deps);
  const words = new Set((build ?? '').split(/[\s;&|()]+/));
  return present.find((b) => b.bins.some((bin) => words.has(bin))) ?? present[0];
}

/** The words of the build script's command that runs the tool, with what comes before it (`BUILD_PATH=x`). */
function toolCommand(build: string, bins: readonly string[]): { before: string[]; args: string[] } | null {
  for (const part of build.split(/&&|\|\||[;|]/)) {
    const words = part.trim().split(/\s+/);
    const at = words.findIndex((w) => bins.includes(w));
    if (at >= 0) return { before: words.slice(0, at), args: words.slice(at + 1) };
  }
  return null;
}

/** `--flag value` or `--flag=value` among the words. */
function flagValue(
  args: readonly string[],
  flags: readonly string[],
): { flag: string; value: string } | null {
  for (let i = 0; i < args.length; i++) {
    const w = args[i] ?? '';
    for (const flag of flags) {
      if (w === flag && args[i + 1] !== undefined) return { flag, value: args[i + 1] as string };
      if (w.startsWith(`${flag}=`)) return { flag, value: w.slice(flag.length + 1) };
    }
  }
  return null;
}

/** The one plain string a config key is set to (`outDir: 'public'`), or undefined (none, several, computed). */
function configLiteral(text: string, key: string): string | undefined | null {
  const hits = [...text.matchAll(new RegExp(`\\b${key}\\s*:\\s*(['"\`])([^'"\`\\n]{1,200})\\1`, 'g'))];
  if (hits.length > 1) return null;
  if (hits.length === 1) return hits[0]?.[2];
  // the key set some other way (a variable, path.resolve): it says something, but not plainly
  return new RegExp(`\\b${key}\\s*:`).test(text) ? null : undefined;
}

const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * Angular's build output: the project's `outputPath` in angular.json (a string, or `{ base,
 * browser }`), with the `application` builder's `browser/` folder where the served files go.
 */
function angularOutput(
  workspace: Fact,
  flag: string | undefined,
): { dir: string; project: string } | undefined {
  const json = parseJsonObject(workspace.value);
  if (!json) return undefined;
  const projects = obj(json.projects);
  const names = Object.keys(projects);
  const name =
    typeof json.defaultProject === 'string' && json.defaultProject in projects
      ? json.defaultProject
      : names.length === 1
        ? names[0]
        : undefined;
  if (!name) return undefined;
  const project = obj(projects[name]);
  const build = obj(obj(project.architect ?? project.targets).build);
  const builder = typeof build.builder === 'string' ? build.builder : '';
  const outputPath = obj(build.options).outputPath;
  const application = /:application$/.test(builder);
  const base =
    plainDir(flag) ??
    (typeof outputPath === 'string'
      ? plainDir(outputPath)
      : plainDir(
          typeof obj(outputPath).base === 'string' ? (obj(outputPath).base as string) : `dist/${name}`,
        ));
  if (!base) return undefined;
  if (!application) return { dir: base, project: name };
  const browser = obj(outputPath).browser;
  const sub = typeof browser === 'string' ? browser : 'browser';
  return { dir: sub === '' ? base : `${base}/${sub}`, project: name };
}

/** The build's output folder and the file that told it, or undefined when nothing plainly says. */
export function frontEndOutput(
  pkg: Fact,
  deps: Record<string, unknown>,
  build: string | undefined,
  text: TextOf,
): Fact<FrontEndOutput> | undefined {
  const b = bundlerOf(deps, build);
  if (!b) return undefined;
  const at = (dir: string | undefined, file: string, by: Localized, isStatic = b.static) =>
    dir === undefined ? undefined : { value: { tool: b.tool, dir, static: isStatic, by }, file };
  const cmd = build ? toolCommand(build, b.bins) : null;
  const inScript = (name: string): Localized => ({
    en: `${code(name)} in the build script`,
    ko: `빌드 스크립트의 ${code(name)}`,
  });

  if (b.dependency === '@angular/cli') {
    const workspace = text(ANGULAR_WORKSPACE);
    const flag = cmd ? flagValue(cmd.args, b.outputFlags ?? []) : null;
    const out = workspace ? angularOutput(workspace, flag?.value) : undefined;
    if (!out || !workspace) return undefined;
    return at(out.dir, workspace.file, {
      en: `${code('outputPath')} of project ${code(out.project)}`,
      ko: `프로젝트 ${code(out.project)}의 ${code('outputPath')}`,
    });
  }
  // the build script's own options come first: they override the config file
  if (cmd) {
    const flag = flagValue(cmd.args, b.outputFlags ?? []);
    if (flag) return at(plainDir(flag.value), pkg.file, inScript(flag.flag));
    const file = flagValue(cmd.args, b.outputFileFlags ?? []);
    if (file) {
      const dir = file.value.includes('/') ? file.value.slice(0, file.value.lastIndexOf('/')) : undefined;
      return at(plainDir(dir), pkg.file, inScript(file.flag));
    }
    const env = b.outputEnv ? cmd.before.find((w) => w.startsWith(`${b.outputEnv}=`)) : undefined;
    if (env && b.outputEnv)
      return at(plainDir(env.slice(b.outputEnv.length + 1)), pkg.file, inScript(b.outputEnv));
  }
  for (const file of b.config?.files ?? []) {
    const config = text(file);
    if (!config || !b.config) continue;
    if (b.staticExport) {
      // Next.js: static files only with `output: 'export'`, written to out/ (a distDir moves it: not read)
      if (configLiteral(config.value, b.config.key) !== undefined) return undefined;
      if (configLiteral(config.value, b.staticExport.key) !== b.staticExport.value) break;
      return at(
        b.staticExport.output,
        config.file,
        {
          en: code(`${b.staticExport.key}: '${b.staticExport.value}'`),
          ko: code(`${b.staticExport.key}: '${b.staticExport.value}'`),
        },
        true,
      );
    }
    const literal = configLiteral(config.value, b.config.key);
    if (literal === null) return undefined;
    if (literal !== undefined)
      return at(plainDir(literal), config.file, { en: code(b.config.key), ko: code(b.config.key) });
  }
  if (b.output === null) return undefined;
  return at(b.output, pkg.file, { en: `the default of ${b.tool}`, ko: `${b.tool}의 기본값` });
}

/** "Vite builds to `dist/` (`outDir`)" in both languages. */
export function outputWords(out: FrontEndOutput, isDefault: boolean): Localized {
  const dir = code(`${out.dir}/`);
  return isDefault
    ? { en: `${out.tool} builds to ${dir}`, ko: `${josa(out.tool, '이(가)')} ${dir}에 빌드합니다` }
    : {
        en: `${out.tool} builds to ${dir} (${out.by.en})`,
        ko: `${josa(out.tool, '이(가)')} ${dir}에 빌드합니다(${out.by.ko})`,
      };
}
