/**
 * Choices the rewriter makes from the build context: the runtime libraries a Python requirement
 * loads, a front end's output folder, a .NET project's runtime and assembly. Each says which file
 * it came from; without a context the rewrite is the one made today.
 */
import type { BuildContext } from '@dop/analyzer';
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
