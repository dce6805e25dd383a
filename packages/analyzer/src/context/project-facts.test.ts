import { describe, expect, it } from 'vitest';
import { projectFacts } from './project-facts.js';
import type { BuildContext } from './types.js';

const ctx = (texts: Record<string, string>, extra: string[] = []): BuildContext => ({
  files: [...Object.keys(texts), ...extra],
  texts,
});

describe('project facts from the build context', () => {
  it('reads package.json: start, main, build and the bundler’s output folder', () => {
    const pkg = JSON.stringify({
      main: 'server.js',
      scripts: { start: 'node server.js', build: 'vite build' },
      devDependencies: { vite: '^5' },
    });
    const f = projectFacts(ctx({ 'package.json': pkg }, ['package-lock.json', 'src/a.js']));
    expect(f.node?.start).toEqual({ value: 'node server.js', file: 'package.json' });
    expect(f.node?.main?.value).toBe('server.js');
    expect(f.node?.build?.value).toBe('vite build');
    expect(f.node?.bundler?.value.output).toBe('dist');
    expect(f.locks).toEqual([{ value: { tool: 'npm' }, file: 'package-lock.json' }]);
  });
  it('tells CRA (build/) from Vite, and skips a package.json that does not parse', () => {
    const cra = projectFacts(ctx({ 'package.json': '{"dependencies":{"react-scripts":"5"}}' }));
    expect(cra.node?.bundler?.value).toMatchObject({ tool: 'Create React App', output: 'build' });
    expect(projectFacts(ctx({ 'package.json': '{ nope' })).node).toBeUndefined();
  });
  it('lists every lock file a build tool reads', () => {
    const names = [
      'yarn.lock',
      'pnpm-lock.yaml',
      'poetry.lock',
      'Pipfile.lock',
      'uv.lock',
      'go.sum',
      'Cargo.lock',
      'composer.lock',
    ];
    const f = projectFacts({ files: [...names, 'README.md'], texts: {} });
    expect(f.locks.map((l) => [l.file, l.value.tool])).toEqual([
      ['yarn.lock', 'yarn'],
      ['pnpm-lock.yaml', 'pnpm'],
      ['poetry.lock', 'poetry'],
      ['Pipfile.lock', 'pipenv'],
      ['uv.lock', 'uv'],
      ['go.sum', 'go'],
      ['Cargo.lock', 'cargo'],
      ['composer.lock', 'composer'],
    ]);
  });
  it('names the Go binary after the module path, skipping a major-version suffix', () => {
    expect(projectFacts(ctx({ 'go.mod': 'module github.com/acme/api\n\ngo 1.22\n' })).go?.binary).toEqual({
      value: 'api',
      file: 'go.mod',
    });
    expect(projectFacts(ctx({ 'go.mod': 'module example.com/tool/v2\n' })).go?.binary.value).toBe('tool');
  });
  it('reads Cargo.toml’s package name and [[bin]] names, not a dependency’s', () => {
    const toml =
      '[package]\nname = "myapp"\nversion = "0.1.0"\n\n[dependencies]\nserde = { version = "1" }\n\n[[bin]]\nname = "worker"\npath = "src/worker.rs"\n';
    const f = projectFacts(ctx({ 'Cargo.toml': toml }));
    expect(f.rust?.package?.value).toBe('myapp');
    expect(f.rust?.bins.map((b) => b.value)).toEqual(['worker']);
    expect(projectFacts(ctx({ 'Cargo.toml': '[workspace]\nmembers = ["a"]\n' })).rust).toBeUndefined();
  });
  it('names the jar from pom.xml: finalName, else artifactId-version, never the parent’s artifactId', () => {
    const pom = `<project><parent><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>
      <artifactId>demo</artifactId><version>0.0.1-SNAPSHOT</version>
      <dependencies><dependency><artifactId>web</artifactId><version>1</version></dependency></dependencies></project>`;
    expect(projectFacts(ctx({ 'pom.xml': pom })).java?.jar).toEqual({
      value: 'demo-0.0.1-SNAPSHOT.jar',
      file: 'pom.xml',
    });
    const named = pom.replace('</project>', '<build><finalName>app</finalName></build></project>');
    expect(projectFacts(ctx({ 'pom.xml': named })).java?.jar?.value).toBe('app.jar');
    const war = pom.replace(
      '<artifactId>demo</artifactId>',
      '<artifactId>demo</artifactId><packaging>war</packaging>',
    );
    expect(projectFacts(ctx({ 'pom.xml': war })).java?.jar?.value).toBe('demo-0.0.1-SNAPSHOT.war');
    const prop = pom.replace(
      '</project>',
      '<build><finalName>${project.artifactId}</finalName></build></project>',
    );
    expect(projectFacts(ctx({ 'pom.xml': prop })).java?.jar).toBeUndefined();
  });
  it('reads a .csproj’s assembly name (else the file name) and target framework', () => {
    const f = projectFacts(
      ctx({
        'Api.csproj':
          '<Project><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>',
        'Tool.csproj':
          '<Project><PropertyGroup><AssemblyName>tool-cli</AssemblyName><TargetFrameworks>net9.0;net8.0</TargetFrameworks></PropertyGroup></Project>',
      }),
    );
    expect(f.dotnet?.map((d) => [d.assembly.value, d.targetFramework?.value])).toEqual([
      ['Api', 'net8.0'],
      ['tool-cli', 'net9.0'],
    ]);
  });
  it('reads a project’s SDK and the runtime image it needs', () => {
    const of = (xml: string) => projectFacts(ctx({ 'App.csproj': xml })).dotnet?.[0];
    const web = of(
      '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>',
    );
    expect(web?.sdk).toEqual({ value: 'Microsoft.NET.Sdk.Web', file: 'App.csproj' });
    expect(web?.runtime?.value).toBe('aspnet');
    expect(of('<Project Sdk="Microsoft.NET.Sdk.Worker"></Project>')?.runtime?.value).toBe('runtime');
    expect(of('<Project Sdk="Microsoft.NET.Sdk/8.0.100"></Project>')?.sdk?.value).toBe('Microsoft.NET.Sdk');
    expect(
      of(
        '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup></Project>',
      )?.runtime?.value,
    ).toBe('aspnet');
    // an SDK no table knows: no runtime fact rather than a guess
    expect(of('<Project Sdk="Microsoft.NET.Sdk.Functions"></Project>')?.runtime).toBeUndefined();
    expect(of('<Project><Sdk Name="Microsoft.NET.Sdk" /></Project>')?.sdk).toBeUndefined();
  });
  it('finds requirements that need a system library at run time', () => {
    const f = projectFacts(
      ctx({
        'requirements.txt': 'Django==5.0\npsycopg2==2.9.9  # db\npsycopg2-binary\n# mysqlclient\n',
        'requirements-dev.txt': 'MySQLclient>=2\n',
      }),
    );
    expect(f.pythonNative.map((p) => [p.file, p.value.package, p.value.runtime.debian])).toEqual([
      ['requirements.txt', 'psycopg2', ['libpq5']],
      ['requirements-dev.txt', 'mysqlclient', ['libmariadb3']],
    ]);
  });
  it('names the libraries per distribution from the one header → library table', () => {
    const f = projectFacts(ctx({ 'requirements.txt': 'mysqlclient\npython-ldap\npsycopg\n' }));
    expect(f.pythonNative.map((p) => p.value.runtime)).toEqual([
      { debian: ['libmariadb3'], ubuntu: ['libmysqlclient21'], alpine: ['mariadb-connector-c'] },
      {
        debian: ['libldap-2.5-0', 'libsasl2-2'],
        ubuntu: ['libldap-2.5-0', 'libsasl2-2'],
        alpine: ['libldap', 'cyrus-sasl'],
      },
      { debian: ['libpq5'], ubuntu: ['libpq5'], alpine: ['libpq'] },
    ]);
  });
  it('needs lxml’s and Pillow’s libraries only when the requirements build them from source', () => {
    const wheels = projectFacts(ctx({ 'requirements.txt': 'lxml==5.2\nPillow==10.3\n' }));
    expect(wheels.pythonNative).toEqual([]);
    const source = projectFacts(
      ctx({ 'requirements.txt': '--no-binary lxml,pillow\nlxml==5.2\nPillow==10.3\nrequests\n' }),
    );
    expect(source.pythonNative.map((p) => [p.value.package, p.value.runtime.debian])).toEqual([
      ['lxml', ['libxml2', 'libxslt1.1']],
      ['pillow', ['libjpeg62-turbo', 'zlib1g']],
    ]);
    const all = projectFacts(ctx({ 'requirements.txt': '--no-binary=:all:\nlxml\n' }));
    expect(all.pythonNative.map((p) => p.value.package)).toEqual(['lxml']);
    const cleared = projectFacts(
      ctx({ 'requirements.txt': '--no-binary :all:\n--no-binary :none:\nlxml\n' }),
    );
    expect(cleared.pythonNative).toEqual([]);
  });
  it('reads pyproject.toml’s dependencies (PEP 621 and Poetry) and poetry.lock / uv.lock packages', () => {
    const pep621 =
      '[project]\nname = "app"\ndependencies = [\n  "uvicorn[standard]>=0.30",\n  "psycopg2>=2.9",\n]\n\n[tool.ruff]\nline-length = 100\n';
    expect(
      projectFacts(ctx({ 'pyproject.toml': pep621 })).pythonNative.map((p) => p.value.requirement),
    ).toEqual(['psycopg2>=2.9']);
    const oneLine =
      '[project]\ndependencies = ["mysqlclient"]\n[project.optional-dependencies]\ndev = ["psycopg"]\n';
    expect(projectFacts(ctx({ 'pyproject.toml': oneLine })).pythonNative.map((p) => p.value.package)).toEqual(
      ['mysqlclient'],
    );
    const poetry = '[tool.poetry.dependencies]\npython = "^3.12"\npsycopg2 = { version = "^2.9" }\n';
    expect(projectFacts(ctx({ 'pyproject.toml': poetry })).pythonNative.map((p) => p.value.package)).toEqual([
      'psycopg2',
    ]);
    const lock =
      '[[package]]\nname = "psycopg2"\nversion = "2.9.9"\n\n[[package]]\nname = "django"\nversion = "5.0"\n';
    expect(projectFacts(ctx({ 'poetry.lock': lock })).pythonNative).toEqual([
      {
        value: expect.objectContaining({ requirement: 'psycopg2 2.9.9', package: 'psycopg2' }),
        file: 'poetry.lock',
      },
    ]);
  });
  it('gives no facts, and never throws, for broken or hostile manifests', () => {
    const broken = {
      'package.json': '{"scripts": {"build": ',
      'pyproject.toml': '[project\ndependencies = ["psycopg2"',
      'requirements.txt': '--no-binary\n==\n-e .\n',
      'poetry.lock': '[[package]\nname = psycopg2\n',
      'Api.csproj': '<Project><PropertyGroup><TargetFramework>',
      'vite.config.ts': 'export default { build: { outDir: ',
      'angular.json': '{"projects": ',
    };
    const f = projectFacts(ctx(broken));
    expect(f.node).toBeUndefined();
    expect(f.pythonNative).toEqual([]);
    expect(f.dotnet?.[0]?.targetFramework).toBeUndefined();
    const huge = projectFacts(ctx({ 'requirements.txt': `${'a'.repeat(200_000)}\n`.repeat(2) }));
    expect(huge.pythonNative).toEqual([]);
  });
  it('reads a sub-folder’s project when asked, and nothing of it otherwise', () => {
    const c = ctx({ 'api/go.mod': 'module x/api\n' }, ['api/go.sum']);
    expect(projectFacts(c).go).toBeUndefined();
    expect(projectFacts(c, 'api').go?.binary).toEqual({ value: 'api', file: 'api/go.mod' });
    expect(projectFacts(c, './api/').locks.map((l) => l.file)).toEqual(['api/go.sum']);
  });
});
