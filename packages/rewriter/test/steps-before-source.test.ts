import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

/** The rewrite with only this step (the others would change the lines this test reads). */
const only = (text: string) =>
  rewrite(text, {
    disabledTransforms: [
      'no-install-recommends',
      'package-cache-clean',
      'package-cache-off',
      'sort-packages',
      'chown-on-copy',
      'multi-stage',
      'dependencies-before-source',
      'dependency-prefetch',
      'pin-base-tag',
      'non-interactive-install',
      'system-pip',
      'exec-form',
    ],
  });
const lines = (text: string) => only(text).output.trim().split('\n');
const moves = (text: string) => only(text).changes.some((c) => c.transform === 'steps-before-source');

describe('steps-before-source', () => {
  it('runs an OS package install before the source COPY, with its comment, as a review change', () => {
    const r = only(
      [
        'FROM python:3.12-slim',
        'WORKDIR /app',
        'COPY . .',
        '# curl for the health check',
        'RUN apt-get update && apt-get install -y curl',
        'CMD ["python", "app.py"]',
        '',
      ].join('\n'),
    );
    expect(r.output.trim().split('\n')).toEqual([
      'FROM python:3.12-slim',
      'WORKDIR /app',
      '# curl for the health check',
      'RUN apt-get update && apt-get install -y curl',
      'COPY . .',
      'CMD ["python", "app.py"]',
    ]);
    const change = r.changes.find((c) => c.transform === 'steps-before-source')!;
    expect(change.risk).toBe('review');
    expect(change.explanation.en).toContain('build context');
    expect(r.layers.after.rerunOnSourceChange).toBe(1);
    expect(r.layers.before.rerunOnSourceChange).toBe(2);
  });

  it('keeps a RUN that names the copied folder, runs a copied script or reads the working folder', () => {
    const base = ['FROM debian:12', 'WORKDIR /app', 'COPY . .'];
    expect(moves([...base, 'RUN chown -R nobody /app', ''].join('\n'))).toBe(false);
    expect(moves([...base, 'RUN mkdir logs', ''].join('\n'))).toBe(false);
    expect(moves([...base, 'RUN ./install.sh', ''].join('\n'))).toBe(false);
    expect(moves([...base, 'RUN npm install -g serve', ''].join('\n'))).toBe(false);
    expect(moves([...base, 'RUN pip install flask', ''].join('\n'))).toBe(false);
    expect(moves([...base, 'RUN echo hi > /app/x', ''].join('\n'))).toBe(false);
    expect(moves([...base, 'RUN mkdir -p "$DIR"', ''].join('\n'))).toBe(false);
  });

  it('keeps an install after a COPY into a folder it reads without naming', () => {
    expect(moves('FROM debian:12\nCOPY sources.list /etc/apt/\nRUN apt-get update\n')).toBe(false);
    expect(moves('FROM debian:12\nCOPY . /\nRUN apt-get update\n')).toBe(false);
    expect(moves('FROM debian:12\nCOPY html/ /var/www/html/\nRUN apt-get install -y apache2\n')).toBe(false);
    // a folder of programs: a copied file may stand in for the program the RUN runs
    expect(moves('FROM debian:12\nCOPY bin/ /usr/local/bin/\nRUN apt-get update\n')).toBe(false);
    expect(moves('FROM debian:12\nCOPY apt-get /usr/local/bin/apt-get\nRUN apt-get update\n')).toBe(false);
  });

  it('moves the WORKDIR a RUN needs when the copy names its folder absolutely', () => {
    expect(lines('FROM debian:12\nCOPY . /app\nWORKDIR /app\nRUN useradd -m app\nCMD ["./app"]\n')).toEqual([
      'FROM debian:12',
      'WORKDIR /app',
      'RUN useradd -m app',
      'COPY . /app',
      'CMD ["./app"]',
    ]);
    // a relative copy would land elsewhere under the moved WORKDIR
    expect(moves('FROM debian:12\nCOPY . app\nWORKDIR /srv\nRUN useradd -m app\n')).toBe(false);
  });

  it('keeps an ENV the source COPY names, and so the RUN after it', () => {
    expect(moves('FROM debian:12\nCOPY . /app\nENV APP=/app\nRUN useradd -m app\n')).toBe(true);
    expect(moves('FROM debian:12\nCOPY . $HOME\nENV HOME=/srv\nRUN useradd -m app\n')).toBe(false);
    expect(moves('FROM debian:12\nCOPY --chown=$ID . /srv\nARG ID=1\nRUN useradd -m app\n')).toBe(false);
  });

  it('passes a RUN that only changes the files it names, in the runtime stage of a build', () => {
    const out = lines(
      [
        'FROM golang:1.22 AS build',
        'WORKDIR /src',
        'COPY . .',
        'RUN go build -o /app .',
        'FROM alpine:3.20',
        'COPY --from=build /app /usr/local/bin/app',
        'RUN chmod +x /usr/local/bin/app',
        'RUN apk add --no-cache ca-certificates',
        'ENTRYPOINT ["app"]',
        '',
      ].join('\n'),
    );
    expect(out.slice(4)).toEqual([
      'FROM alpine:3.20',
      'RUN apk add --no-cache ca-certificates',
      'COPY --from=build /app /usr/local/bin/app',
      'RUN chmod +x /usr/local/bin/app',
      'ENTRYPOINT ["app"]',
    ]);
    // a later RUN naming the path the kept RUN changes stays after it
    expect(
      moves('FROM alpine:3.20\nCOPY a.txt /x/a.txt\nRUN chmod 600 /x/a.txt /srv/k\nRUN mkdir -p /srv/k\n'),
    ).toBe(false);
  });

  it('moves no USER, WORKDIR, ENV or ARG above a RUN that stays (it would run as another user, elsewhere)', () => {
    // `chmod +x` as nobody fails on a file root copied
    const kept = (between: string) =>
      moves(
        `FROM debian:12\nCOPY app /usr/local/bin/app\nRUN chmod +x /usr/local/bin/app\n${between}\nRUN mkdir -p /tmp/cache\n`,
      );
    expect(kept('USER nobody')).toBe(false);
    expect(kept('WORKDIR /srv')).toBe(false);
    expect(kept('ENV PATH=/opt/bin:$PATH')).toBe(false);
    expect(kept('ARG MODE=x')).toBe(false);
    // with no RUN staying between, the USER goes with the RUN after it
    expect(lines('FROM debian:12\nCOPY . /app\nUSER nobody\nRUN mkdir -p /tmp/cache\n')).toEqual([
      'FROM debian:12',
      'USER nobody',
      'RUN mkdir -p /tmp/cache',
      'COPY . /app',
    ]);
  });

  it('changes nothing on a second rewrite', () => {
    const first = only('FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN apt-get update\nRUN make\n').output;
    expect(only(first).output).toBe(first);
  });

  it('moves a requirements install (and its manifest COPY) above a copy of files that cannot be it', () => {
    const r = only(
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY *.py ./\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\n',
    );
    expect(r.output.trim().split('\n')).toEqual([
      'FROM python:3.13-slim',
      'WORKDIR /app',
      'COPY requirements.txt ./',
      'RUN pip install -r requirements.txt',
      'COPY *.py ./',
    ]);
    // it says what a requirements file may name
    expect(r.changes.find((c) => c.transform === 'steps-before-source')!.explanation.en).toContain('-e .');
    // `*.txt` may be the requirements file itself; `.` may hold a ./flask project folder
    expect(
      moves('FROM python:3.13-slim\nWORKDIR /app\nCOPY *.py *.txt ./\nRUN pip install -r requirements.txt\n'),
    ).toBe(false);
    expect(moves('FROM python:3.13-slim\nWORKDIR /app\nCOPY src/ ./\nRUN pip install flask\n')).toBe(false);
  });

  it('leaves a RUN where the move would put it next to another short RUN (one to join, DOP099)', () => {
    expect(moves('FROM debian:12\nRUN touch /a\nCOPY app.conf /etc/app/\nRUN touch /b\n')).toBe(false);
    expect(moves('FROM debian:12\nLABEL a=b\nCOPY app.conf /etc/app/\nRUN touch /b\n')).toBe(true);
  });

  it('moves a RUN above a copy of one named script or config, and keeps the RUN that uses it', () => {
    expect(
      lines(
        'FROM debian:12\nCOPY install.sh /tmp/\nRUN apt-get update && apt-get install -y curl\nRUN /tmp/install.sh\n',
      ),
    ).toEqual([
      'FROM debian:12',
      'RUN apt-get update && apt-get install -y curl',
      'COPY install.sh /tmp/',
      'RUN /tmp/install.sh',
    ]);
    // a pattern of files: a path it may match stays, one it cannot moves
    expect(moves('FROM debian:12\nCOPY *.conf /srv/\nRUN rm -f /srv/app.conf\n')).toBe(false);
    expect(moves('FROM debian:12\nCOPY *.conf /srv/\nRUN rm -f /srv/app.txt\n')).toBe(true);
  });

  it('moves a RUN above a COPY --from in the runtime stage, naming the stage as what it depends on', () => {
    const build = 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n';
    const r = only(
      `${build}FROM debian:12\nCOPY --from=build /app /usr/local/bin/app\nRUN useradd -m app\nUSER app\n`,
    );
    expect(r.output.trim().split('\n').slice(4)).toEqual([
      'FROM debian:12',
      'RUN useradd -m app',
      'COPY --from=build /app /usr/local/bin/app',
      'USER app',
    ]);
    const change = r.changes.find((c) => c.transform === 'steps-before-source')!;
    expect(change.risk).toBe('review');
    expect(change.explanation.en).toContain('what stage `build` leaves at the copied paths');
    expect(change.explanation.ko).toContain('`build` 단계가');
    // a folder of programs copied from the stage may hold the program the RUN runs
    expect(
      moves(`${build}FROM debian:12\nCOPY --from=build /out/ /usr/local/bin/\nRUN useradd -m app\n`),
    ).toBe(false);
  });

  it('passes a folder the working folder is in to chmod or chown when they do not go inside it', () => {
    expect(
      lines('FROM debian:12\nWORKDIR /work/\nCOPY target/*-runner /work/application\nRUN chmod 775 /work\n'),
    ).toEqual([
      'FROM debian:12',
      'WORKDIR /work/',
      'RUN chmod 775 /work',
      'COPY target/*-runner /work/application',
    ]);
    const kept = (run: string, workdir = 'WORKDIR /work') =>
      moves(`FROM debian:12\n${workdir}\nCOPY app.bin /work/app.bin\n${run}\n`);
    // recursive, it changes the copied file too
    expect(kept('RUN chmod -R 775 /work')).toBe(false);
    expect(kept('RUN chown --recursive app /work')).toBe(false);
    // with no WORKDIR there, the folder may not exist before the copy makes it
    expect(kept('RUN chmod 775 /work', 'WORKDIR /srv')).toBe(false);
    // the copy writes the folder itself (the context's files into it)
    expect(moves('FROM debian:12\nWORKDIR /work\nCOPY . /work\nRUN chmod 775 /work\n')).toBe(false);
    // a dash mode names the copied file, not an option
    expect(moves('FROM debian:12\nCOPY app /usr/local/bin/app\nRUN chmod -x /usr/local/bin/app\n')).toBe(
      false,
    );
  });

  it('reads the text of a symbolic link as no path read, the link itself as one written', () => {
    expect(
      lines(
        'FROM debian:12\nCOPY a.sh b.sh /usr/local/bin/\nRUN ln -sT b.sh /usr/local/bin/c.sh\nCMD ["a.sh"]\n',
      ),
    ).toEqual([
      'FROM debian:12',
      'RUN ln -sT b.sh /usr/local/bin/c.sh',
      'COPY a.sh b.sh /usr/local/bin/',
      'CMD ["a.sh"]',
    ]);
    // a hard link reads the copied file; a link made where a copied file lands is overwritten by it
    expect(
      moves('FROM debian:12\nCOPY a.sh b.sh /usr/local/bin/\nRUN ln /usr/local/bin/b.sh /opt/c.sh\n'),
    ).toBe(false);
    expect(
      moves('FROM debian:12\nCOPY a.sh b.sh /usr/local/bin/\nRUN ln -sf /opt/x /usr/local/bin/b.sh\n'),
    ).toBe(false);
  });

  it('moves a cp, mv, cat or tee of files the copy does not bring, and keeps one of a copied file', () => {
    expect(lines('FROM debian:12\nCOPY ./app /app\nRUN mv /entrypoint.sh /base-entrypoint.sh\n')).toEqual([
      'FROM debian:12',
      'RUN mv /entrypoint.sh /base-entrypoint.sh',
      'COPY ./app /app',
    ]);
    expect(moves('FROM debian:12\nCOPY ./app /app\nRUN cp /app/settings.py /etc/app.py\n')).toBe(false);
    expect(moves('FROM debian:12\nCOPY ./app /app\nRUN cat /etc/os-release | tee /app/os.txt\n')).toBe(false);
    expect(moves('FROM debian:12\nCOPY ./app /app\nRUN cat /etc/os-release > /app/os.txt\n')).toBe(false);
    expect(moves('FROM debian:12\nCOPY ./app /app\nRUN cat /etc/os-release | tee /srv/os.txt\n')).toBe(true);
  });
});
