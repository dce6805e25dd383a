import { trimTrailingSlashes } from '../model/paths.js';
import { runMounts } from '../model/mounts.js';
import type { InstructionNode } from '../model/types.js';
import type { SimpleCommand } from '../shell/types.js';
import type { Localized } from '../types.js';
import { defineRule } from './define.js';
import {
  ARCHIVE_SUFFIXES,
  LOCAL_ARCHIVE_SUFFIXES,
  copiesFromElsewhere,
  copySources,
  hasSuffix,
} from './support/layers.js';

/** Programs that unpack an archive named among their operands; `tar` needs an extract option. */
const UNPACKERS = new Set([
  'unzip',
  'gunzip',
  'bunzip2',
  'unlzma',
  'unxz',
  'uncompress',
  'zcat',
  'gzcat',
  'bsdtar',
  '7z',
  'unzstd',
]);

function extracts(cmd: SimpleCommand): boolean {
  if (UNPACKERS.has(cmd.name)) return true;
  if (cmd.name === 'xz' || cmd.name === 'zstd')
    return cmd.args.some((a) => /^-[a-zA-Z]*d|^--decompress$/.test(a.value));
  if (cmd.name !== 'tar') return false;
  // `tar -xzf f`, `tar --extract`, and the old dash-less bundle `tar xzf f`.
  const first = cmd.args[0]?.value ?? '';
  return (
    cmd.args.some((a) => a.value === '--extract' || a.value === '--get' || /^-[a-zA-Z]*x/.test(a.value)) ||
    /^[a-wyzA-Z]*x[a-zA-Z]*$/.test(first)
  );
}

const basename = (p: string) =>
  trimTrailingSlashes(p.replace(/[?#][\s\S]*$/, ''))
    .split('/')
    .pop() ?? '';

interface Archive {
  ins: InstructionNode;
  name: string;
  kind: 'local-tar' | 'local-other' | 'remote';
  span: { start: number; end: number };
}

function advice(a: Archive): Localized {
  switch (a.kind) {
    case 'local-tar':
      return {
        en: `${a.name} is copied and then extracted by a later RUN, so the archive stays in the image; \`ADD ${a.name} <dir>/\` extracts a local tar archive without keeping it.`,
        ko: `${a.name}을(를) 복사한 뒤 다음 RUN에서 풀어 압축 파일이 이미지에 남습니다. \`ADD ${a.name} <디렉터리>/\`은(는) 로컬 tar 압축을 파일을 남기지 않고 풉니다.`,
      };
    case 'local-other':
      return {
        en: `${a.name} is copied and then extracted by a later RUN, so the archive stays in the image (ADD does not unpack this format); extract it from a bind mount: \`RUN --mount=type=bind,source=${a.name},target=/tmp/${a.name} …\`.`,
        ko: `${a.name}을(를) 복사한 뒤 다음 RUN에서 풀어 압축 파일이 이미지에 남습니다(ADD는 이 형식을 풀지 않습니다). 바인드 마운트에서 푸세요: \`RUN --mount=type=bind,source=${a.name},target=/tmp/${a.name} …\`.`,
      };
    default:
      return {
        en: `ADD does not unpack remote archives unless asked: ${a.name} is downloaded into its own layer and stays there after a later RUN extracts it. Let ADD unpack it (\`ADD --unpack=true --checksum=sha256:… <url> <dir>/\`, Dockerfile 1.17+), or download, extract and delete in one RUN or in a build stage.`,
        ko: `ADD는 따로 요청하지 않으면 원격 압축 파일을 풀지 않습니다. ${a.name}은(는) 별도 레이어에 내려받아져, 뒤의 RUN에서 풀어도 그대로 남습니다. ADD가 풀게 하거나(\`ADD --unpack=true --checksum=sha256:… <url> <dir>/\`, Dockerfile 1.17 이상) 한 RUN에서 내려받고 풀고 지우거나 빌드 스테이지에서 하세요.`,
      };
  }
}

export const rule = defineRule({
  meta: {
    id: 'DOP092',
    slug: 'archive-then-extract',
    title: {
      en: 'Archive copied or downloaded, then extracted in a later RUN',
      ko: '복사하거나 내려받은 압축 파일을 뒤의 RUN에서 풂',
    },
    severity: 'info',
    practices: ['P28', 'P19', 'P16'],
    aka: { hadolint: ['DL3010'] },
    fixable: 'none',
    explanation: {
      en: 'An archive brought in by COPY or ADD and unpacked by a later RUN stays in the image twice: packed in its own layer and unpacked in the next. ADD unpacks a local tar archive itself (`ADD app.tar.gz /opt/`), a bind mount lets a RUN read any archive without copying it, and a remote archive (which ADD does not unpack) is best downloaded, extracted and deleted in one RUN.',
      ko: 'COPY나 ADD로 가져온 압축 파일을 뒤의 RUN에서 풀면 이미지에 두 번 들어갑니다. 압축된 채로 한 레이어에, 풀린 채로 다음 레이어에. 로컬 tar 압축은 ADD가 직접 풀고(`ADD app.tar.gz /opt/`), 바인드 마운트를 쓰면 RUN이 어떤 압축 파일이든 복사 없이 읽을 수 있으며, ADD가 풀지 않는 원격 압축 파일은 한 RUN에서 내려받고 풀고 지우는 것이 가장 좋습니다.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nADD app.tar.gz /opt/\n',
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const archives: Archive[] = [];
      const reported = new Set<Archive>();
      const sequence = stage.instructions.map((i) => i.trigger ?? i);
      for (const ins of sequence) {
        if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
          if (copiesFromElsewhere(ins)) continue;
          const ops = copySources(ins);
          if (!ops) continue;
          for (const s of ops.sources) {
            if (s.heredoc || s.variable || s.git) continue;
            const remote = s.url;
            // ADD unpacks local tars itself: there is nothing left to extract.
            if (ins.keyword === 'ADD' && !remote) continue;
            if (ins.keyword === 'COPY' && remote) continue;
            const destName = basename(ops.dest.value);
            // A single source copied to a file name lands under that name.
            const renamed =
              ops.sources.length === 1 &&
              !ops.dest.value.endsWith('/') &&
              hasSuffix(destName, ARCHIVE_SUFFIXES);
            const name = renamed ? destName : hasSuffix(s.value, ARCHIVE_SUFFIXES) ? basename(s.value) : null;
            if (!name) continue;
            const kind = remote
              ? 'remote'
              : hasSuffix(name, LOCAL_ARCHIVE_SUFFIXES)
                ? 'local-tar'
                : 'local-other';
            archives.push({ ins, name, kind, span: s.token.span });
          }
        } else if (ins.keyword === 'RUN' && archives.length) {
          // A RUN reading the context through a bind mount does not use the copied file.
          if (runMounts(ins, ['bind']).length > 0) continue;
          for (const cmd of ins.shell?.commands ?? []) {
            if (!extracts(cmd)) continue;
            const names = new Set(cmd.args.map((a) => basename(a.value)));
            for (const a of archives) {
              if (reported.has(a) || !names.has(a.name)) continue;
              reported.add(a);
              ctx.report({ span: a.span, message: advice(a) });
            }
          }
        }
      }
    }
  },
});
