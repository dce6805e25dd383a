import { describe, expect, it } from 'vitest';
import { GENERIC_PARTICLE } from '../text/korean.js';
import { learnedLines, learnFromContext } from './learned.js';

describe('what a build context teaches, per file', () => {
  it('words the package.json facts and the lock file on the manifest', () => {
    const learned = learnFromContext({
      files: ['package.json', 'package-lock.json', 'server.js'],
      texts: {
        'package.json': JSON.stringify({ scripts: { start: 'node server.js' }, main: 'server.js' }),
        'package-lock.json': '{}',
      },
    });
    expect(learnedLines(learned, 'en')).toEqual([
      'package.json: start script `node server.js`, main `server.js`, lock file `package-lock.json` present',
    ]);
    expect(learnedLines(learned, 'ko')).toEqual([
      'package.json: 시작 스크립트 `node server.js`, 진입 파일 `server.js`, 잠금 파일 `package-lock.json` 있음',
    ]);
  });

  it('reads every project folder: Go, Maven, .NET, a Vite front end, Python libraries, .dockerignore', () => {
    const learned = learnFromContext({
      files: [
        '.dockerignore',
        'api/go.mod',
        'api/go.sum',
        'svc/pom.xml',
        'net/Api.csproj',
        'web/package.json',
        'py/requirements.txt',
      ],
      texts: {
        '.dockerignore': '# mine\nnode_modules\n.git\n',
        'api/go.mod': 'module example.com/shop/api/v2\n\ngo 1.22\n',
        'svc/pom.xml':
          '<project><artifactId>svc</artifactId><version>1.0</version><build><finalName>app</finalName></build></project>',
        'net/Api.csproj':
          '<Project><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>',
        'web/package.json': JSON.stringify({
          scripts: { build: 'vite build' },
          devDependencies: { vite: '5' },
        }),
        'py/requirements.txt': 'flask==3.0\npsycopg2==2.9.9\n',
      },
    });
    const en = Object.fromEntries(learned.map((l) => [l.file, l.facts.map((f) => f.en)]));
    expect(en['api/go.mod']).toEqual([
      'module `example.com/shop/api/v2`',
      'binary `api`',
      'lock file `go.sum` present',
    ]);
    expect(en['svc/pom.xml']).toEqual(['artifact `svc`', 'builds `target/app.jar`']);
    expect(en['net/Api.csproj']).toEqual(['assembly `Api.dll`', 'target framework `net8.0`']);
    expect(en['web/package.json']).toEqual(['build script `vite build`', 'Vite builds to `dist/`']);
    expect(en['py/requirements.txt']).toEqual(['`psycopg2` needs `libpq5` at run time']);
    expect(en['.dockerignore']).toEqual(['2 lines kept in the suggested .dockerignore']);
    for (const l of learned) for (const f of l.facts) expect(f.ko).not.toMatch(GENERIC_PARTICLE);
    expect(learned.find((l) => l.file === 'web/package.json')!.facts[1]!.ko).toBe(
      'Vite가 `dist/`에 빌드합니다',
    );
  });

  it('says which file set the output folder, the .NET SDK, and libraries from pyproject.toml', () => {
    const learned = learnFromContext({
      files: ['web/package.json', 'web/vite.config.ts', 'Api.csproj', 'pyproject.toml'],
      texts: {
        'web/package.json': JSON.stringify({
          scripts: { build: 'vite build' },
          devDependencies: { vite: '5' },
        }),
        'web/vite.config.ts': "export default { build: { outDir: 'www' } }\n",
        'Api.csproj':
          '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>',
        'pyproject.toml': '[project]\ndependencies = ["mysqlclient>=2.2"]\n',
      },
    });
    const of = (file: string, lang: 'en' | 'ko') =>
      learned.find((l) => l.file === file)?.facts.map((f) => f[lang]);
    expect(of('web/vite.config.ts', 'en')).toEqual(['Vite builds to `www/` (`outDir`)']);
    expect(of('web/vite.config.ts', 'ko')).toEqual(['Vite가 `www/`에 빌드합니다(`outDir`)']);
    expect(of('Api.csproj', 'en')).toEqual([
      'assembly `Api.dll`',
      'SDK `Microsoft.NET.Sdk.Web` (runs on `dotnet/aspnet`)',
      'target framework `net8.0`',
    ]);
    expect(of('Api.csproj', 'ko')?.[1]).toBe('SDK `Microsoft.NET.Sdk.Web`(`dotnet/aspnet`에서 실행)');
    expect(of('pyproject.toml', 'en')).toEqual(['`mysqlclient` needs `libmariadb3` at run time']);
  });

  it('says nothing of a context with no project files', () => {
    expect(learnFromContext({ files: ['a.txt'], texts: {} })).toEqual([]);
  });
});
