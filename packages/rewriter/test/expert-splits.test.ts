/**
 * The naive files people paste, split as a senior engineer would — and the look-alikes where the
 * split would lose something, left alone.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';
import { checkRewrite } from './invariants.js';

const run = (text: string) => {
  const { result, violations } = checkRewrite(text);
  expect(violations).toEqual([]);
  return {
    out: result.output,
    split: result.changes.find((c) => c.transform === 'multi-stage'),
    moved: result.changes.find((c) => c.transform === 'dependencies-before-source'),
    notes: result.notes.map((n) => n.message.en).join('\n'),
  };
};

const VENV = (install: string, env = '') =>
  `FROM python:3.11\nWORKDIR /app\n${env}COPY . .\nRUN python -m venv /opt/venv\nRUN ${install}\nCMD ["/opt/venv/bin/python", "app.py"]\n`;

describe('a virtualenv the file makes itself', () => {
  it('moves it before the manifest, installs there and copies it to the same version’s slim image', () => {
    const { out, split, moved } = run(VENV('/opt/venv/bin/pip install -r requirements.txt'));
    expect(moved?.risk).toBe('review');
    expect(out.match(/-m venv/g)).toHaveLength(1);
    expect(out).toMatch(
      /RUN python -m venv \/opt\/venv\nCOPY requirements\.txt \.\/\nRUN \/opt\/venv\/bin\/pip/,
    );
    expect(out).toContain('FROM python:3.11-slim\n');
    expect(out).toContain('COPY --from=build /opt/venv /opt/venv');
    expect(out).not.toContain('ENV PATH="/opt/venv');
    expect(split?.explanation.en).toContain('same Python version at the same path');
  });
  it('reads a venv made in the install’s own RUN the same way', () => {
    const text =
      'FROM python:3.11\nWORKDIR /app\nCOPY . .\nRUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt\nCMD ["/opt/venv/bin/python", "app.py"]\n';
    const { out } = run(text);
    expect(out).toMatch(
      /COPY requirements\.txt \.\/\nRUN python -m venv \/opt\/venv && \/opt\/venv\/bin\/pip/,
    );
    expect(out.match(/-m venv/g)).toHaveLength(1);
    expect(out).toContain('FROM python:3.11-slim\n');
    expect(out).toContain('COPY --from=build /opt/venv /opt/venv');
  });
  it('takes the venv’s bin on PATH as installing into it', () => {
    const { out } = run(VENV('pip install -r requirements.txt', 'ENV PATH="/opt/venv/bin:$PATH"\n'));
    expect(out).toContain('COPY --from=build /opt/venv /opt/venv');
    expect(out.match(/-m venv/g)).toHaveLength(1);
  });
  it('does not split when the install goes to the system pip, not the venv it made', () => {
    const { split } = run(VENV('pip install -r requirements.txt'));
    expect(split).toBeUndefined();
  });
  it('leaves a venv inside the source folder where it was (a later COPY . . could overwrite it)', () => {
    const text =
      'FROM python:3.11\nWORKDIR /app\nCOPY . .\nRUN python -m venv /app/.venv\nRUN /app/.venv/bin/pip install -r requirements.txt\nCMD ["/app/.venv/bin/python", "app.py"]\n';
    const { moved, split } = run(text);
    expect(moved).toBeUndefined();
    expect(split).toBeUndefined();
  });
});

describe('javac in the working directory', () => {
  const JAVA = (cmd: string, build = 'javac Main.java') =>
    `FROM eclipse-temurin:17-jdk\nWORKDIR /app\nCOPY . .\nRUN ${build}\nCMD ${cmd}\n`;
  it('copies only the class files, beside a runtime jlink made (test/runtime-stages.test.ts)', () => {
    const { out, split } = run(JAVA('["java", "Main"]'));
    expect(out).toContain('FROM debian:bookworm-slim\n');
    expect(out).toContain('COPY --from=jre /opt/jre /opt/jre');
    expect(out).toContain('COPY --from=build /app/*.class /app/');
    expect(split?.risk).toBe('review');
  });
  it('accepts -cp . and JVM settings', () => {
    expect(run(JAVA('["java", "-Xmx256m", "-cp", ".", "Main"]')).out).toContain('/app/*.class');
  });
  it('does not guess where classes went with -d elsewhere, a package, a jar class path or source mode', () => {
    expect(run(JAVA('["java", "-cp", "out", "Main"]', 'javac -d out Main.java')).split).toBeUndefined();
    expect(run(JAVA('["java", "com.acme.Main"]')).split).toBeUndefined();
    expect(run(JAVA('["java", "-cp", "lib/*:.", "Main"]')).split).toBeUndefined();
    expect(run(JAVA('["java", "Main.java"]', 'true')).split).toBeUndefined();
    expect(run(JAVA('["java", "Main"]', 'javac src/Main.java')).split).toBeUndefined();
  });
});

describe('a C program built on the image it runs on', () => {
  const C = (rest: string) =>
    `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y gcc libc6-dev libssl-dev\nCOPY hello.c /src/hello.c\n${rest}`;
  it('keeps the same base, the program and the runtime library of a header package', () => {
    const { out, split } = run(
      C(
        'RUN gcc -O2 -o /usr/local/bin/hello /src/hello.c -lssl\nRUN apt-get purge -y gcc && rm -rf /src\nCMD ["hello"]\n',
      ),
    );
    const runtime = out.slice(out.lastIndexOf('FROM'));
    expect(runtime).toMatch(/^FROM debian:bookworm-slim\n/);
    expect(runtime).toContain('libssl3');
    expect(runtime).not.toContain('gcc');
    expect(runtime).toContain('COPY --from=build /usr/local/bin/hello /usr/local/bin/hello');
    expect(out).not.toContain('purge');
    expect(split?.explanation.en).toContain('same C library');
  });
  it('finds a program named by its path, and leaves files it cannot account for alone', () => {
    expect(run(C('RUN cc -o /opt/hello /src/hello.c\nCMD ["/opt/hello"]\n')).out).toContain(
      'COPY --from=build /opt/hello /opt/hello',
    );
    // a RUN whose result the program may need (a config it writes) keeps the file whole
    expect(
      run(C('RUN gcc -o /usr/local/bin/hello /src/hello.c\nRUN echo x > /etc/hello.conf\nCMD ["hello"]\n'))
        .split,
    ).toBeUndefined();
    // the clean-up deletes the program itself
    expect(
      run(C('RUN gcc -o /usr/local/bin/hello /src/hello.c\nRUN rm -rf /usr/local/bin\nCMD ["hello"]\n'))
        .split,
    ).toBeUndefined();
    // an object file is not a program; a command the build did not write is not one either
    expect(run(C('RUN gcc -c -o /src/hello.o /src/hello.c\nCMD ["bash"]\n')).split).toBeUndefined();
    expect(run(C('RUN gcc -o /usr/local/bin/hello /src/hello.c\nCMD ["bash"]\n')).notes).toContain(
      'does not name a built file',
    );
  });
  it('does not split when an install RUN does more than install (the runtime could not repeat it)', () => {
    const text =
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y gcc curl && curl -o /etc/x.conf https://example.com/x\nCOPY hello.c /src/hello.c\nRUN gcc -o /usr/local/bin/hello /src/hello.c\nCMD ["hello"]\n';
    expect(run(text).split).toBeUndefined();
  });
  it('does not split when one RUN both installs and builds (the runtime could not tell what it needs)', () => {
    const text =
      'FROM debian:bookworm-slim\nCOPY hello.c /src/hello.c\nRUN apt-get update && apt-get install -y gcc && gcc -o /usr/local/bin/hello /src/hello.c\nCMD ["hello"]\n';
    expect(run(text).split).toBeUndefined();
  });
});

describe('a site built with Node and served by nginx from apt', () => {
  const SITE = (from: string, cp = 'cp -r dist/* /var/www/html/') =>
    `FROM ${from}\nWORKDIR /app\nCOPY . .\nRUN npm install\nRUN npm run build\nRUN apt-get update && apt-get install -y nginx\nRUN ${cp}\nEXPOSE 80\nCMD ["nginx", "-g", "daemon off;"]\n`;
  it('serves the built files with the same Debian release’s nginx, without Node', () => {
    const { out, split } = run(SITE('node:20-bookworm'));
    const runtime = out.slice(out.lastIndexOf('FROM'));
    expect(runtime).toMatch(/^FROM debian:bookworm-slim\n/);
    expect(runtime).toContain('install --no-install-recommends -y nginx');
    expect(runtime).toContain('COPY --from=build /app/dist/ /var/www/html/');
    expect(runtime).not.toMatch(/npm|USER/);
    expect(split?.explanation.en).toContain('dotfiles');
  });
  it('says which fact is missing when the tag does not name the release', () => {
    const { split, notes } = run(SITE('node:22'));
    expect(split).toBeUndefined();
    expect(notes).toContain('node:22-bookworm');
  });
  it('leaves `cp -r dist /dest` (a folder inside the folder, or not) to the existing note', () => {
    const { split, notes } = run(SITE('node:20', 'cp -r dist /var/www/html'));
    expect(split).toBeUndefined();
    expect(notes).toContain('outside /app');
  });
});

it('keeps every output parseable', () => {
  expect(rewrite(VENV('/opt/venv/bin/pip install -r requirements.txt')).output).toContain('FROM');
});

describe('gallery shapes: a fetch or install after the source COPY', () => {
  const DOTNET = (restore: string) =>
    `FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nRUN ${restore}\nRUN dotnet publish -c Release -o /app\nENTRYPOINT ["dotnet", "/app/Api.dll"]\n`;
  it('moves a bare `dotnet restore` before the source, with the project files', () => {
    const { out } = run(DOTNET('dotnet restore'));
    expect(out).toMatch(/COPY \*\.csproj \.\/\nRUN dotnet restore\nCOPY \. \.\nRUN dotnet publish/);
    expect(out.match(/dotnet restore/g)).toHaveLength(1);
  });
  it('leaves a restore that names its project (or does more) where it is', () => {
    expect(run(DOTNET('dotnet restore Api.csproj')).out).not.toContain('COPY *.csproj');
    expect(run(DOTNET('dotnet restore && echo done')).out).not.toContain('COPY *.csproj');
  });
  it('reads `cd DIR && composer install` in the folder the source was copied to', () => {
    const PHP = (dir: string) =>
      `FROM php:8.3-apache\nCOPY . /var/www/html\nRUN cd ${dir} && composer install\n`;
    expect(run(PHP('/var/www/html')).out).toContain('COPY --from=vendor /app/vendor /var/www/html/vendor');
    expect(run(PHP('/srv')).split).toBeUndefined();
  });
  it('drops composer installed with apt once the vendor stage installs, as it drops the installer script', () => {
    const PHP = (packages: string) =>
      `FROM php:8.2-apache\nCOPY . /var/www/html\nWORKDIR /var/www/html\nRUN apt-get update && apt-get install -y ${packages}\nRUN composer install\n`;
    const { out, split } = run(PHP('composer unzip'));
    expect(split).toBeDefined();
    expect(out.split('FROM php:8.2-apache')[1]).not.toContain('apt-get');
    // a package the app may need at run time keeps the RUN
    expect(run(PHP('composer libpng16-16')).out.split('FROM php:8.2-apache')[1]).toContain('libpng16-16');
  });
  it('drops composer copied from its image, unless a later RUN still calls composer', () => {
    const PHP = (after: string) =>
      `FROM php:8.2-apache\nCOPY --from=composer:2 /usr/bin/composer /usr/bin/composer\nWORKDIR /var/www/html\nCOPY . .\nRUN composer install --no-dev\n${after}`;
    const runtime = (text: string) => run(text).out.split('FROM php:8.2-apache')[1]!;
    expect(runtime(PHP(''))).not.toContain('/usr/bin/composer');
    expect(runtime(PHP('RUN composer run-script warmup\n'))).toContain(
      'COPY --from=composer:2 /usr/bin/composer /usr/bin/composer',
    );
    const installer =
      'FROM php:8.2-apache\nRUN curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer\nWORKDIR /var/www/html\nCOPY . .\nRUN composer install\nRUN composer run-script warmup\n';
    expect(runtime(installer)).toContain('getcomposer.org');
  });
});
