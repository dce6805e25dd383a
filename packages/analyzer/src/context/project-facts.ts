/**
 * What the build context tells about the app, read from its manifests: the facts a rewrite would
 * otherwise have to guess (the jar's name, the binary's name, the start script, whether a lock file
 * exists). Pure: it reads only `BuildContext.texts`. Every fact names the file it came from, so a
 * change built on it can say so.
 */
import { BUILD_TOOLS, type BuildToolId, matchesFilePattern } from '../knowledge/ecosystems.js';
import {
  ASPNET_FRAMEWORK_REFERENCE,
  DOTNET_SDK_RUNTIMES,
  type DotnetRuntimeImage,
} from '../knowledge/dotnet-projects.js';
import {
  NATIVE_PYTHON_PACKAGES,
  normalisePythonName,
  pythonRuntimeLibraries,
} from '../knowledge/python-native-packages.js';
import { NODE_MODULES_WRITERS, NPM_INSTALL_LIFECYCLE } from '../knowledge/node-install-scripts.js';
import type { LibraryDistro } from '../knowledge/runtime-libraries.js';
import { bundlerOf, type FrontEndOutput, frontEndOutput } from './front-end-output.js';
import type { BuildContext } from './types.js';
import { parseJsonObject } from './json-object.js';
import { normaliseSource } from './view.js';

/** A value and the context file it was read from. */
export interface Fact<T = string> {
  value: T;
  file: string;
}

export interface NodeFacts {
  /** `scripts.start` (`node server.js`). */
  start?: Fact;
  /** `main` (`server.js`). */
  main?: Fact;
  /** `scripts.build`. */
  build?: Fact;
  /** The front-end build tool and its default output folder (vite → dist, CRA → build). */
  bundler?: Fact<{ tool: string; output: string | null; static: boolean }>;
  /** The folder the build writes, from the build script, the tool's config file or its default. */
  output?: Fact<FrontEndOutput>;
  /** `scripts.preview` (`vite preview`). */
  preview?: Fact;
  /** The lifecycle scripts an install runs that package.json defines (`prepare`, `postinstall`). */
  installScripts?: Fact<string[]>;
  /** Dependencies that write into node_modules after the install (`@prisma/client`). */
  modulesWriters?: Fact<string[]>;
}

export interface JavaFacts {
  artifactId?: Fact;
  version?: Fact;
  finalName?: Fact;
  packaging?: Fact;
  /** The file `mvn package` writes under `target/` (`<finalName or artifactId-version>.<packaging>`). */
  jar?: Fact;
}

export interface DotnetFacts {
  /** The project file (`src/Api/Api.csproj`). */
  project: string;
  /** `<AssemblyName>`, else the project file's name: the `.dll` that `dotnet publish` writes. */
  assembly: Fact;
  targetFramework?: Fact;
  /** `<Project Sdk="…">` as written. */
  sdk?: Fact;
  /** The runtime image the project needs, from its SDK or an ASP.NET Core framework reference. */
  runtime?: Fact<DotnetRuntimeImage>;
}

export interface PythonNativeFact {
  /** The requirement as written (`psycopg2==2.9.9`). */
  requirement: string;
  package: string;
  /** The libraries it needs at run time, per distribution (knowledge/python-native-packages.ts). */
  runtime: Record<LibraryDistro, readonly string[]>;
}

export interface ProjectFacts {
  node?: NodeFacts;
  /** Lock files present in the project folder, with the tool that reads each. */
  locks: Fact<{ tool: BuildToolId }>[];
  go?: { module: Fact; binary: Fact };
  rust?: { package?: Fact; bins: Fact[] };
  java?: JavaFacts;
  dotnet?: DotnetFacts[];
  /** Python requirements that need a system library (psycopg2 → libpq5). */
  pythonNative: Fact<PythonNativeFact>[];
}

/** Facts already read, per context and folder: several steps of one rewrite ask for them. */
const read = new WeakMap<BuildContext, Map<string, ProjectFacts>>();

/**
 * The facts of the project in `dir` of the context (`''` = the context root). Read once per
 * context and folder (a context is plain data that never changes once collected).
 */
export function projectFacts(context: BuildContext, dir = ''): ProjectFacts {
  const folder = normaliseSource(dir);
  let byDir = read.get(context);
  if (!byDir) {
    byDir = new Map();
    read.set(context, byDir);
  }
  let facts = byDir.get(folder);
  if (!facts) {
    facts = readFacts(context, folder);
    byDir.set(folder, facts);
  }
  return facts;
}

function readFacts(context: BuildContext, folder: string): ProjectFacts {
  const prefix = folder === '' ? '' : `${folder}/`;
  const here = (name: string) => `${prefix}${name}`;
  const inDir = (path: string) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/');
  const text = (name: string): Fact | undefined => {
    const t = context.texts[here(name)];
    return t === undefined ? undefined : { value: t, file: here(name) };
  };
  const local = context.files.filter(inDir);
  return {
    node: nodeFacts(text('package.json'), text),
    locks: lockFacts(local, context.files, prefix),
    go: goFacts(text('go.mod')),
    rust: rustFacts(text('Cargo.toml')),
    java: javaFacts(text('pom.xml')),
    dotnet: dotnetFacts(local, context.texts),
    pythonNative: pythonNativeFacts(local, context.texts),
  };
}

const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function lockFacts(local: string[], all: readonly string[], prefix: string): Fact<{ tool: BuildToolId }>[] {
  const out: Fact<{ tool: BuildToolId }>[] = [];
  for (const file of local) {
    const tool = BUILD_TOOLS.find((t) =>
      t.locks.some((g) => !g.includes('/') && matchesFilePattern(base(file), g)),
    );
    if (tool) out.push({ value: { tool: tool.id }, file });
  }
  // a lock under a folder (gradle/libs.versions.toml) is named with it in the table
  for (const tool of BUILD_TOOLS)
    for (const g of tool.locks)
      if (g.includes('/') && all.includes(`${prefix}${g}`))
        out.push({ value: { tool: tool.id }, file: `${prefix}${g}` });
  return out;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function nodeFacts(pkg: Fact | undefined, text: (name: string) => Fact | undefined): NodeFacts | undefined {
  if (!pkg) return undefined;
  const json = parseJsonObject(pkg.value);
  if (!json) return undefined;
  const at = (value: string | undefined): Fact | undefined =>
    value === undefined ? undefined : { value, file: pkg.file };
  const scripts = obj(json.scripts);
  const deps = { ...obj(json.dependencies), ...obj(json.devDependencies) };
  const at2 = (value: string[]): Fact<string[]> => ({ value, file: pkg.file });
  const build = str(scripts.build);
  const bundler = bundlerOf(deps, build);
  return {
    start: at(str(scripts.start)),
    main: at(str(json.main)),
    build: at(build),
    preview: at(str(scripts.preview)),
    bundler: bundler
      ? { value: { tool: bundler.tool, output: bundler.output, static: bundler.static }, file: pkg.file }
      : undefined,
    output: frontEndOutput(pkg, deps, build, text),
    installScripts: at2(NPM_INSTALL_LIFECYCLE.filter((n) => str(scripts[n]) !== undefined)),
    modulesWriters: at2(NODE_MODULES_WRITERS.filter((n) => n in deps)),
  };
}

function goFacts(mod: Fact | undefined): ProjectFacts['go'] {
  const path = mod?.value.match(/^[ \t]*module[ \t]+"?([^\s"]+)/m)?.[1];
  if (!mod || !path) return undefined;
  // `go build` names the binary after the module path's last element, skipping a major-version suffix
  const parts = path.split('/');
  const last =
    parts.length > 1 && /^v[2-9]\d*$/.test(parts[parts.length - 1] ?? '')
      ? parts[parts.length - 2]
      : parts[parts.length - 1];
  return { module: { value: path, file: mod.file }, binary: { value: last ?? path, file: mod.file } };
}

/** `name = "x"` keys of each TOML table, in order: enough of TOML for Cargo.toml's names. */
function tomlTables(text: string): { table: string; keys: Record<string, string> }[] {
  const tables: { table: string; keys: Record<string, string> }[] = [{ table: '', keys: {} }];
  for (const raw of text.split(/\r?\n/)) {
    const line = (raw.split(/\s#/, 1)[0] ?? '').trim();
    const header = tomlHeader(line);
    if (header !== null) tables.push({ table: line.startsWith('[[') ? `[${header}]` : header, keys: {} });
    const kv = line.match(/^([A-Za-z0-9_.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')\s*$/);
    if (kv?.[1])
      (tables[tables.length - 1] as { keys: Record<string, string> }).keys[kv[1]] = kv[2] ?? kv[3] ?? '';
  }
  return tables;
}

function rustFacts(cargo: Fact | undefined): ProjectFacts['rust'] {
  if (!cargo) return undefined;
  const tables = tomlTables(cargo.value);
  const name = tables.find((t) => t.table === 'package')?.keys.name;
  const bins = tables
    .filter((t) => t.table === '[bin]' && t.keys.name)
    .map((t) => ({ value: t.keys.name as string, file: cargo.file }));
  if (!name && bins.length === 0) return undefined; // a workspace root names no binary
  return { package: name ? { value: name, file: cargo.file } : undefined, bins };
}

/** The text of the first `<tag>` directly in `xml` once `<parent>`, `<dependencies>` and `<plugins>` are cut out. */
/**
 * The text of the first `<tag>…</tag>`, trimmed (`nested`: it may hold other elements). Scanned
 * with indexOf, not a regex: a pom.xml is user text, and a lazy regex over it is quadratic.
 */
function pomValue(xml: string, tag: string, nested = false): string | undefined {
  const open = xml.indexOf(`<${tag}>`);
  if (open < 0) return undefined;
  const from = open + tag.length + 2;
  const close = xml.indexOf(`</${tag}>`, from);
  if (close < 0) return undefined;
  const value = xml.slice(from, close).trim();
  return value === '' || (!nested && value.includes('<')) ? undefined : value;
}

const NESTED_POM_BLOCKS = [
  'parent',
  'dependencies',
  'dependencyManagement',
  'plugins',
  'pluginManagement',
  'profiles',
  'modules',
];

/** `text` without every `open … close` span (the first close after each open; an unclosed open runs to the end). */
function dropBetween(text: string, open: string, close: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf(open, at);
    if (start < 0) return out + text.slice(at);
    out += text.slice(at, start);
    const end = text.indexOf(close, start + open.length);
    if (end < 0) return out;
    at = end + close.length;
  }
}

/** The name of a TOML table header (`[package]`, `[[bin]]`), or null when the line is not one. */
function tomlHeader(line: string): string | null {
  if (!line.startsWith('[') || !line.endsWith(']')) return null;
  const open = line.startsWith('[[') ? 2 : 1;
  const close = line.endsWith(']]') && line.length > open + 1 ? 2 : 1;
  const name = line.slice(open, line.length - close).trim();
  return name === '' || name.includes(']') ? null : name;
}

function javaFacts(pom: Fact | undefined): JavaFacts | undefined {
  if (!pom) return undefined;
  // the project's own elements: comments and the nested blocks that carry other artifactIds dropped
  const top = NESTED_POM_BLOCKS.reduce(
    (xml, tag) => dropBetween(xml, `<${tag}>`, `</${tag}>`),
    dropBetween(pom.value, '<!--', '-->'),
  );
  const at = (value: string | undefined): Fact | undefined =>
    value === undefined ? undefined : { value, file: pom.file };
  const artifactId = pomValue(top, 'artifactId');
  // the version may come from <parent>: read it there when the project does not set its own
  const version = pomValue(top, 'version') ?? pomValue(pomValue(pom.value, 'parent', true) ?? '', 'version');
  const finalName = pomValue(top, 'finalName');
  const packaging = pomValue(top, 'packaging');
  const ext =
    packaging === undefined || packaging === 'jar' ? 'jar' : packaging === 'war' ? 'war' : undefined;
  const stem = finalName ?? (artifactId && version ? `${artifactId}-${version}` : undefined);
  // a name built from a property (${project.version}) is not resolved here: better no jar than a wrong one
  const jar = ext && stem && !stem.includes('${') ? `${stem}.${ext}` : undefined;
  return {
    artifactId: at(artifactId),
    version: at(version),
    finalName: at(finalName),
    packaging: at(packaging),
    jar: at(jar),
  };
}

function dotnetFacts(files: string[], texts: Readonly<Record<string, string>>): DotnetFacts[] | undefined {
  const projects = files.filter((f) => /\.(cs|fs|vb)proj$/.test(f));
  if (projects.length === 0) return undefined;
  return projects.map((project) => {
    const xml = texts[project] ?? '';
    const assembly = pomValue(xml, 'AssemblyName');
    const tfm = pomValue(xml, 'TargetFramework') ?? pomValue(xml, 'TargetFrameworks')?.split(';')[0];
    const sdk = projectSdk(xml);
    const runtime: DotnetRuntimeImage | undefined = xml.includes(`"${ASPNET_FRAMEWORK_REFERENCE}"`)
      ? 'aspnet'
      : sdk
        ? DOTNET_SDK_RUNTIMES[sdk]
        : undefined;
    return {
      project,
      assembly: { value: assembly ?? base(project).replace(/\.\w+proj$/, ''), file: project },
      targetFramework: tfm ? { value: tfm, file: project } : undefined,
      sdk: sdk ? { value: sdk, file: project } : undefined,
      runtime: runtime ? { value: runtime, file: project } : undefined,
    };
  });
}

/** The files of a Python project that name its requirements, in the order their facts are listed. */
const PYTHON_REQUIREMENT_FILES: readonly {
  test: (name: string) => boolean;
  names: (text: string) => Requirement[];
}[] = [
  { test: (n) => /^requirements[^/]*\.txt$/.test(n), names: requirementsTxtNames },
  { test: (n) => n === 'pyproject.toml', names: pyprojectNames },
  { test: (n) => n === 'poetry.lock' || n === 'uv.lock', names: lockedPackageNames },
];

/** A requirement as written, its name, and whether the file asks pip to build it from source. */
interface Requirement {
  line: string;
  name: string;
  fromSource: boolean;
}

/** The `Sdk` attribute of the `<Project>` element (`Microsoft.NET.Sdk.Web`), without a version. */
function projectSdk(xml: string): string | undefined {
  const open = xml.indexOf('<Project');
  if (open < 0) return undefined;
  const end = xml.indexOf('>', open);
  const tag = xml.slice(open, end < 0 ? undefined : end);
  const sdk = /\sSdk\s*=\s*"([^"/]+)(?:\/[^"]*)?"/.exec(tag)?.[1]?.trim();
  return sdk || undefined;
}

function pythonNativeFacts(
  files: string[],
  texts: Readonly<Record<string, string>>,
): Fact<PythonNativeFact>[] {
  const out: Fact<PythonNativeFact>[] = [];
  for (const kind of PYTHON_REQUIREMENT_FILES) {
    for (const file of files.filter((f) => kind.test(base(f)))) {
      for (const req of kind.names(texts[file] ?? '')) {
        const pkg = normalisePythonName(req.name);
        const native = NATIVE_PYTHON_PACKAGES[pkg];
        // lxml, Pillow: their wheels bundle the library; only a source build needs it installed
        if (!native || (native.fromSourceOnly && !req.fromSource)) continue;
        out.push({
          value: {
            requirement: req.line,
            package: pkg,
            runtime: {
              debian: pythonRuntimeLibraries(native, 'debian'),
              ubuntu: pythonRuntimeLibraries(native, 'ubuntu'),
              alpine: pythonRuntimeLibraries(native, 'alpine'),
            },
          },
          file,
        });
      }
    }
  }
  return out;
}

const PYTHON_NAME = /^([A-Za-z0-9][A-Za-z0-9._-]*)/;

/**
 * Names in a pip requirements file. `--no-binary` (a file-wide option: `:all:` or a comma list,
 * `:none:` clears it) marks the packages pip builds from source.
 */
function requirementsTxtNames(text: string): Requirement[] {
  const lines = text
    .split(/\r?\n/)
    .map((raw) => (raw.startsWith('#') ? '' : (raw.split(/\s#/, 1)[0] ?? '').trim()));
  const noBinary = new Set<string>();
  for (const line of lines) {
    const m = /^--no-binary(?:\s*=\s*|\s+)(\S+)/.exec(line);
    for (const name of m?.[1]?.split(',') ?? []) {
      if (name === ':none:') noBinary.clear();
      else noBinary.add(name === ':all:' ? name : normalisePythonName(name));
    }
  }
  const out: Requirement[] = [];
  for (const line of lines) {
    const name = PYTHON_NAME.exec(line)?.[1];
    if (!name) continue;
    const fromSource = noBinary.has(':all:') || noBinary.has(normalisePythonName(name));
    out.push({ line, name, fromSource });
  }
  return out;
}

/** `[[package]] name = "…"` of poetry.lock and uv.lock: what was resolved, from wheels by default. */
function lockedPackageNames(text: string): Requirement[] {
  return tomlTables(text)
    .filter((t) => t.table === '[package]' && t.keys.name)
    .map((t) => {
      const name = t.keys.name as string;
      return { line: t.keys.version ? `${name} ${t.keys.version}` : name, name, fromSource: false };
    });
}

/**
 * pyproject.toml's dependencies: PEP 621 `[project] dependencies = ["psycopg2>=2.9", …]` and
 * Poetry's `[tool.poetry.dependencies]` keys. Read line by line, as the rest of this file reads TOML.
 */
function pyprojectNames(text: string): Requirement[] {
  const out: Requirement[] = [];
  let table = '';
  let inArray = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = (raw.split(/\s#/, 1)[0] ?? '').trim();
    const header = tomlHeader(line);
    if (header !== null) {
      table = header;
      inArray = false;
      continue;
    }
    const opens: boolean = table === 'project' && !inArray && /^dependencies\s*=\s*\[/.test(line);
    if (opens || inArray) {
      for (const m of line.matchAll(/"([^"]*)"|'([^']*)'/g)) {
        const req = (m[1] ?? m[2] ?? '').trim();
        const name = PYTHON_NAME.exec(req)?.[1];
        if (name) out.push({ line: req, name, fromSource: false });
      }
      // the array ends at a `]` outside the strings (`"uvicorn[standard]"` holds one inside)
      const bare = line.replace(/"[^"]*"|'[^']*'/g, '');
      inArray = !(opens ? bare.slice(bare.indexOf('[') + 1) : bare).includes(']');
      continue;
    }
    if (table === 'tool.poetry.dependencies') {
      const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*=/.exec(line)?.[1];
      if (name && name !== 'python') out.push({ line, name, fromSource: false });
    }
  }
  return out;
}
