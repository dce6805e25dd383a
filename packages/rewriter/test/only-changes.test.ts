import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/rewrite.js';

// Two separate apt RUNs: with the merge left out, package-cache-clean would otherwise clean the
// lists after the lone `apt-get update`, a change the full rewrite never made.
const APT = `FROM python:latest
RUN apt-get update
RUN apt-get install build-essential libpq-dev curl
WORKDIR /srv
COPY . /srv
RUN pip install -r requirements.txt
CMD gunicorn app:app
`;

describe('onlyChanges (step-through)', () => {
  const full = rewrite(APT);
  const ids = full.changes.map((c) => c.id);

  it('applies only the listed changes, for every prefix of the full list', () => {
    expect(ids.length).toBeGreaterThan(3);
    for (let k = 0; k <= ids.length; k++) {
      const step = rewrite(APT, { onlyChanges: ids.slice(0, k) });
      expect(step.changes.map((c) => c.id)).toEqual(ids.slice(0, k));
    }
  });

  it('does not clean the apt lists before the change that does so', () => {
    const clean = ids.findIndex((id) => id.startsWith('package-cache-clean:'));
    expect(clean).toBeGreaterThan(0);
    for (let k = 1; k <= clean; k++) {
      expect(rewrite(APT, { onlyChanges: ids.slice(0, k) }).output).not.toContain('/var/lib/apt/lists');
    }
    expect(rewrite(APT, { onlyChanges: ids.slice(0, clean + 1) }).output).toContain('/var/lib/apt/lists');
  });

  it('with every change listed, is the full rewrite', () => {
    expect(rewrite(APT, { onlyChanges: ids }).output).toBe(full.output);
  });
});
