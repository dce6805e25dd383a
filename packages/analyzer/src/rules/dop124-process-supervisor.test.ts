import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop124-process-supervisor.js';

const run = (line: string) => lint(rule, `FROM ubuntu:24.04\n${line}\n`);

describe('DOP124 process-supervisor', () => {
  it('fires on supervisors in exec and shell form', () => {
    expect(run('CMD ["/usr/bin/supervisord", "-n"]').map((h) => h.message.en)).toEqual([
      'CMD runs the process supervisor supervisord: run one service per container.',
    ]);
    expect(run('CMD supervisord -c /etc/supervisor.conf')).toHaveLength(1);
    expect(run('ENTRYPOINT ["/lib/systemd/systemd"]')).toHaveLength(1);
    expect(run('CMD ["/sbin/init"]')).toHaveLength(1);
    expect(run('ENTRYPOINT ["/init"]')[0]!.message.en).toBe(
      'ENTRYPOINT starts s6-overlay: run one service per container.',
    );
    expect(run('CMD ["runsvdir", "/etc/service"]')).toHaveLength(1);
    expect(run('CMD ["sh", "-c", "exec supervisord -n"]')).toHaveLength(1);
  });

  it('fires on services started before the main process, and on `&`', () => {
    const text = 'FROM ubuntu:24.04\nCMD service nginx start && php-fpm -F\n';
    const hits = lint(rule, text);
    expect(hits.map((h) => h.message.en)).toEqual([
      'CMD starts a background service and then another process: run one service per container.',
    ]);
    expect(hits[0]!.span).toEqual({ start: text.indexOf('service'), end: text.indexOf(' &&') });
    expect(run('CMD /etc/init.d/ssh start; exec nginx -g "daemon off;"')).toHaveLength(1);
    expect(run('CMD ["bash", "-c", "nginx & exec gunicorn app:app"]')[0]!.message.en).toBe(
      'CMD runs processes side by side with `&`: run one service per container.',
    );
    expect(lint(rule, asOnbuild('FROM ubuntu:24.04\nCMD supervisord -n\n'))).toHaveLength(1);
  });

  it('does not fire on a single process, init shims, or supervisors installed but not run', () => {
    expect(run('CMD ["nginx", "-g", "daemon off;"]')).toEqual([]);
    expect(run('ENTRYPOINT ["tini", "--"]\nCMD ["python", "app.py"]')).toEqual([]);
    expect(run('ENTRYPOINT ["dumb-init", "--"]')).toEqual([]);
    expect(run('RUN apt-get install -y supervisor && supervisord --version')).toEqual([]);
    expect(run('CMD service nginx start')).toEqual([]);
    expect(run('CMD ["sh", "-c", "exec app --port $PORT"]')).toEqual([]);
    expect(run('CMD')).toEqual([]);
    expect(run('CMD []')).toEqual([]);
  });

  it('is silenced by our pragma', () => {
    expect(run('# dop ignore=process-supervisor\nCMD ["supervisord"]')).toEqual([]);
  });
});
