/**
 * Choices the rewriter makes from the build context: the runtime libraries a Python requirement
 * loads, a front end's output folder, a .NET project's runtime and assembly. Each says which file
 * it came from; without a context the rewrite is the one made today.
 */
import { type BuildContext, GENERIC_PARTICLE } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const split = (text: string, context?: BuildContext) => {
  const r = rewrite(text, { context });
  return { out: r.output, change: r.changes.find((c) => c.transform === 'multi-stage'), notes: r.notes };
};
const ctx = (texts: Record<string, string>, extra: string[] = []): BuildContext => ({
  files: [...Object.keys(texts), ...extra],
  texts,
});

describe('Python runtime libraries from the build context', () => {
  const py = (image: string) =>
    `FROM ${image}\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n`;
  const reqs = ctx({ 'requirements.txt': 'Django==5.0\npsycopg2==2.9.9\nmysqlclient==2.2\n' }, ['app.py']);

  it('installs what requirements.txt needs in the runtime stage, and says so', () => {
    const { out, change } = split(py('python:3.12'), reqs);
    expect(out).toContain(
      'RUN apt-get update && apt-get install --no-install-recommends -y libmariadb3 libpq5 && rm -rf /var/lib/apt/lists/*',
    );
    // in the runtime stage, not the build stage
    expect(out.indexOf('libpq5')).toBeGreaterThan(out.indexOf('FROM python:3.12-slim'));
    expect(change?.explanation.en).toContain('requirements.txt names psycopg2, which loads libpq5');
    expect(change?.explanation.ko).toContain('requirements.txt에 적힌 psycopg2 패키지는');
  });
  it('uses the Alpine names on Alpine', () => {
    const text = py('python:3.12-alpine').replace(
      'WORKDIR /app\n',
      'RUN apk add --no-cache build-base\nWORKDIR /app\n',
    );
    const { out } = split(text, ctx({ 'requirements.txt': 'psycopg==3.2\npython-magic\n' }));
    expect(out).toContain('RUN apk add --no-cache libmagic libpq');
    expect(out).not.toContain('build-base\nWORKDIR /app\nRUN apk add --no-cache libmagic');
  });
  it('adds nothing without a context, or when the requirements need no library', () => {
    const plain = split(py('python:3.12'));
    expect(plain.out).not.toContain('apt-get');
    expect(plain.change?.explanation.en).not.toContain('requirements.txt names');
    const wheels = split(py('python:3.12'), ctx({ 'requirements.txt': 'psycopg2-binary\nlxml\n' }));
    expect(wheels.out).not.toContain('apt-get');
  });
  it('does not install twice a library the runtime stage already gets from a header package', () => {
    const text = py('python:3.12').replace(
      'WORKDIR /app\n',
      'RUN apt-get update && apt-get install -y gcc libpq-dev\nWORKDIR /app\n',
    );
    const { out } = split(text, reqs);
    expect(out.match(/libpq5/g)).toHaveLength(1);
    expect(out).toContain('apt-get install --no-install-recommends -y libmariadb3');
  });
  it('reads only the requirements the Dockerfile copies', () => {
    const text = py('python:3.12').replace('COPY requirements.txt .', 'COPY api/requirements.txt .');
    const two = ctx({ 'requirements.txt': 'psycopg2\n', 'api/requirements.txt': 'mysqlclient\n' });
    const { out, change } = split(text, two);
    expect(out).toContain('-y libmariadb3 &&');
    expect(out).not.toContain('libpq5');
    expect(change?.explanation.en).toContain('api/requirements.txt names mysqlclient');
  });
});

describe('.NET runtime and entry point from the project file', () => {
  const csproj = (sdk: string, tfm: string, extra = '') =>
    `<Project Sdk="${sdk}">\n  <PropertyGroup>\n    <TargetFramework>${tfm}</TargetFramework>${extra}\n  </PropertyGroup>\n</Project>\n`;
  const published = (sdkTag: string, cmd: string) =>
    `FROM mcr.microsoft.com/dotnet/sdk:${sdkTag}\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /app/out\nWORKDIR /app/out\n${cmd}\n`;
  const named = 'ENTRYPOINT ["dotnet", "Api.dll"]';

  it('runs a console or worker project on the runtime image, a web project on aspnet', () => {
    const worker = split(
      published('8.0', named),
      ctx({ 'Api.csproj': csproj('Microsoft.NET.Sdk', 'net8.0') }),
    );
    expect(worker.out).toContain('FROM mcr.microsoft.com/dotnet/runtime:8.0\n');
    expect(worker.change?.explanation.en).toContain('The runtime image follows Api.csproj');
    const web = split(
      published('8.0', named),
      ctx({ 'Api.csproj': csproj('Microsoft.NET.Sdk.Web', 'net8.0') }),
    );
    expect(web.out).toContain('FROM mcr.microsoft.com/dotnet/aspnet:8.0\n');
    const ref = csproj(
      'Microsoft.NET.Sdk',
      'net8.0',
      '\n  </PropertyGroup>\n  <ItemGroup>\n    <FrameworkReference Include="Microsoft.AspNetCore.App" />\n  </ItemGroup>\n  <PropertyGroup>',
    );
    expect(split(published('8.0', named), ctx({ 'Api.csproj': ref })).out).toContain(
      'FROM mcr.microsoft.com/dotnet/aspnet:8.0\n',
    );
  });
  it('takes the runtime version from TargetFramework, keeping the SDK tag’s OS', () => {
    const { out, change } = split(
      published('9.0-alpine', named),
      ctx({ 'Api.csproj': csproj('Microsoft.NET.Sdk.Web', 'net8.0') }),
    );
    expect(out).toContain('FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine\n');
    expect(change?.explanation.ko).toContain('Api.csproj의 Sdk="Microsoft.NET.Sdk.Web"');
  });
  it('turns `dotnet run` into the published assembly named by AssemblyName, else the file name', () => {
    const run = published('8.0', 'CMD ["dotnet", "run"]');
    const withName = csproj('Microsoft.NET.Sdk.Web', 'net8.0', '\n    <AssemblyName>Shop</AssemblyName>');
    const a = split(run, ctx({ 'src/Shop.Api.csproj': withName }));
    expect(a.out).toContain('ENTRYPOINT ["dotnet", "Shop.dll"]');
    expect(a.out).not.toContain('dotnet", "run');
    expect(a.change?.explanation.en).toContain('its name comes from src/Shop.Api.csproj');
    const b = split(run, ctx({ 'Shop.Api.csproj': csproj('Microsoft.NET.Sdk.Web', 'net8.0') }));
    expect(b.out).toContain('ENTRYPOINT ["dotnet", "Shop.Api.dll"]');
  });
  it('keeps today’s rewrite without a context, with two projects it cannot tell apart, or a Windows target', () => {
    // the runtime stage: the context may change the build stage's restore, not this
    const runtime = (out: string) => out.slice(out.lastIndexOf('FROM '));
    const today = runtime(split(published('8.0', named)).out);
    expect(today).toContain('FROM mcr.microsoft.com/dotnet/aspnet:8.0\n');
    const two = ctx({
      'Api.csproj': csproj('Microsoft.NET.Sdk', 'net8.0'),
      'Tools.csproj': csproj('Microsoft.NET.Sdk', 'net8.0'),
    });
    expect(runtime(split(published('8.0', named), two).out)).toBe(today);
    const run = published('8.0', 'CMD ["dotnet", "run"]');
    expect(split(run, two).change).toBeUndefined();
    const windows = ctx({ 'Api.csproj': csproj('Microsoft.NET.Sdk.Web', 'net8.0-windows') });
    expect(runtime(split(published('8.0', named), windows).out)).toBe(today);
  });
});

describe('static-site output folder from the build context', () => {
  const preview = (cmd: string) =>
    `FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\nRUN npm run build\nCMD ${cmd}\n`;
  const vite = (extra: Record<string, string> = {}, build = 'vite build') =>
    ctx({
      'package.json': JSON.stringify({
        scripts: { build, preview: 'vite preview' },
        devDependencies: { vite: '5' },
      }),
      ...extra,
    });

  it('serves the folder Vite builds when the command is its preview server, and says which file told it', () => {
    const { out, change } = split(preview('["npx", "vite", "preview", "--host"]'), vite());
    expect(out).toContain('COPY --from=build /app/dist /usr/share/nginx/html');
    expect(change?.explanation.en).toContain('the default of Vite, read from package.json');
    const config = vite({ 'vite.config.js': "export default { build: { outDir: 'site' } }\n" });
    const viaScript = split(preview('["npm", "run", "preview", "--", "--host"]'), config);
    expect(viaScript.out).toContain('COPY --from=build /app/site /usr/share/nginx/html');
    expect(viaScript.change?.explanation.en).toContain('`outDir`, read from vite.config.js');
    expect(viaScript.change?.explanation.ko).toContain(
      'Vite의 빌드 폴더입니다(vite.config.js에서 읽은 `outDir`)',
    );
  });
  it('follows a start script that runs a static server', () => {
    const cra = ctx({
      'package.json': JSON.stringify({
        scripts: { start: 'serve -s build', build: 'react-scripts build' },
        dependencies: { 'react-scripts': '5' },
      }),
    });
    const { out, change } = split(preview('["npm", "start"]'), cra);
    expect(out).toContain('COPY --from=build /app/build /usr/share/nginx/html');
    expect(change?.explanation.en).toContain('the start script in package.json serves');
  });
  it('follows a preview script that serves Angular’s browser folder', () => {
    const angular = ctx({
      'package.json': JSON.stringify({
        scripts: { build: 'ng build', preview: 'serve -s dist/shop/browser' },
        devDependencies: { '@angular/cli': '18' },
      }),
      'angular.json': JSON.stringify({
        projects: { shop: { architect: { build: { builder: '@angular/build:application', options: {} } } } },
      }),
    });
    expect(split(preview('["npm", "run", "preview"]'), angular).out).toContain(
      'COPY --from=build /app/dist/shop/browser /usr/share/nginx/html',
    );
  });
  it('keeps today’s rewrite without a context, or when the project does not plainly say', () => {
    const text = preview('["npx", "vite", "preview", "--host"]');
    const today = split(text);
    expect(today.out).not.toContain('nginx');
    expect(today.out).toBe(rewrite(text).output);
    // a computed outDir: no folder is guessed, the Node server stays
    const computed = vite({ 'vite.config.ts': 'export default { build: { outDir: resolve(dir, "out") } }' });
    expect(split(text, computed).out).not.toContain('nginx');
    // a Next.js server is not a static site
    const next = ctx({
      'package.json': JSON.stringify({ scripts: { start: 'next start' }, dependencies: { next: '14' } }),
    });
    expect(split(preview('["npm", "start"]'), next).out).not.toContain('nginx');
  });
});

describe('Korean of the choices made from the context', () => {
  it('has every paired particle resolved', () => {
    const cases: [string, BuildContext][] = [
      [
        'FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
        ctx({ 'requirements.txt': 'psycopg2\nmysqlclient\n' }),
      ],
      [
        'FROM mcr.microsoft.com/dotnet/sdk:9.0\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /app\nCMD ["dotnet", "run"]\n',
        ctx({
          'Api.csproj':
            '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>',
        }),
      ],
      [
        'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\nRUN npm run build\nCMD ["npx", "vite", "preview"]\n',
        ctx({
          'package.json': JSON.stringify({
            scripts: { build: 'vite build' },
            devDependencies: { vite: '5' },
          }),
        }),
      ],
    ];
    for (const [text, context] of cases) {
      const { change } = split(text, context);
      expect(change, text).toBeDefined();
      expect(change?.explanation.ko).not.toMatch(new RegExp(GENERIC_PARTICLE.source));
    }
  });
});

describe('.NET `dotnet run` with nothing published', () => {
  it('is not split, and the note says what the project file told and what is missing', () => {
    const text =
      'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nRUN dotnet restore\nCMD ["dotnet", "run"]\n';
    const project = ctx({ 'Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>' });
    const { change, notes } = split(text, project);
    expect(change).toBeUndefined();
    const note = notes.find((n) => n.id.startsWith('multi-stage'))?.message;
    expect(note?.en).toContain(
      'Api.csproj names the assembly, Api.dll, but no `dotnet publish -o DIR` writes it',
    );
    expect(note?.ko).not.toMatch(new RegExp(GENERIC_PARTICLE.source));
    // without the project file, the note is today's
    expect(split(text).notes.find((n) => n.id.startsWith('multi-stage'))?.message.en).not.toContain(
      'Api.dll',
    );
  });
});
