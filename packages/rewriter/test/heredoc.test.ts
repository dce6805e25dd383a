import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/rewrite.js';

const HEREDOC = `# syntax=docker/dockerfile:1
FROM python:3.12
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends libpq-dev curl
EOF
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
`;

describe('a here-document RUN', () => {
  const out = rewrite(HEREDOC).output;
  const [build, runtime] = out.split(/^FROM /m).slice(1);

  it('keeps build-only packages out of the runtime stage, as a one-line RUN does', () => {
    expect(build).toContain('libpq-dev');
    expect(runtime).toBeDefined();
    expect(runtime).not.toContain('libpq-dev');
    expect(runtime).toMatch(/apt-get install[^\n]*curl/);
  });

  it('gets its apt lists removed in the same script', () => {
    for (const stage of [build!, runtime!]) {
      expect(stage).toMatch(/apt-get install[^\n]* && rm -rf \/var\/lib\/apt\/lists\/\*\nEOF/);
    }
  });
});
