/**
 * Exercises: a bad Dockerfile and a goal the analyzer checks, so a learner knows when the file is
 * right without anyone reading it. A goal is a rule that must be gone from the findings, or a
 * number of layer-making steps a source-only edit may re-run at most (the Layers tab's count).
 * Progress is kept in this browser. Pure: the panel and the tests call `isDone`.
 */
import type { Localized } from '@dop/analyzer';
import { localizedComments } from './comments';

export type Goal = { kind: 'rule-gone'; rule: string } | { kind: 'source-reruns'; atMost: number };

export interface Exercise {
  id: string;
  title: Localized;
  goal: Goal;
  /** The bad file to start from (comments in each language). */
  start: Localized;
  /** One answer, for the tests (and the instructor): the goal holds on it. */
  answer: string;
}

const l = (en: string, ko: string): Localized => ({ en, ko });

export const EXERCISES: Exercise[] = [
  {
    id: 'ex-cache-python',
    title: l('Make DOP094 disappear (Python)', 'DOP094 없애기 (Python)'),
    goal: { kind: 'rule-gone', rule: 'DOP094' },
    start: localizedComments(`FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
# {{editing app.py should not re-run pip install|app.py를 고쳐도 pip install이 다시 실행되지 않게}}
CMD ["python", "app.py"]
`),
    answer: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
`,
  },
  {
    id: 'ex-one-rerun-node',
    title: l(
      'Get a source edit to re-run one step (Node.js)',
      '소스를 고쳤을 때 한 단계만 다시 실행되게 (Node.js)',
    ),
    goal: { kind: 'source-reruns', atMost: 1 },
    start: localizedComments(`FROM node:22-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
CMD ["node", "server.js"]
`),
    answer: `FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
`,
  },
  {
    id: 'ex-apt-lists',
    title: l('Leave no apt lists in the image', '이미지에 apt 목록을 남기지 않기'),
    goal: { kind: 'rule-gone', rule: 'DOP052' },
    start: localizedComments(`FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl
`),
    answer: `FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
`,
  },
  {
    id: 'ex-update-alone',
    title: l('apt-get update and install in one RUN', 'apt-get update와 install을 한 RUN으로'),
    goal: { kind: 'rule-gone', rule: 'DOP053' },
    start: localizedComments(`FROM debian:bookworm-slim
RUN apt-get update
RUN apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
`),
    answer: `FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
`,
  },
  {
    id: 'ex-signals',
    title: l('Let the app receive SIGTERM', '앱이 SIGTERM을 받게 하기'),
    goal: { kind: 'rule-gone', rule: 'DOP040' },
    start: localizedComments(`FROM node:22-slim
WORKDIR /app
COPY . .
# {{docker stop waits 10 s, then kills: why?|docker stop이 10초를 기다린 뒤 강제로 끝냅니다. 왜일까요?}}
CMD node server.js
`),
    answer: `FROM node:22-slim
WORKDIR /app
COPY . .
CMD ["node", "server.js"]
`,
  },
  {
    id: 'ex-copy-then-delete',
    title: l('Keep docs out of the image', 'docs를 이미지에 넣지 않기'),
    goal: { kind: 'rule-gone', rule: 'DOP097' },
    start: localizedComments(`FROM python:3.12-slim
WORKDIR /app
COPY . .
# {{does this make the image smaller?|이러면 이미지가 작아질까요?}}
RUN rm -rf docs tests
CMD ["python", "app.py"]
`),
    answer: `FROM python:3.12-slim
WORKDIR /app
COPY app.py .
CMD ["python", "app.py"]
`,
  },
  {
    id: 'ex-download-extract',
    title: l('Download, extract and delete in one RUN', '내려받기, 압축 풀기, 지우기를 RUN 하나에서'),
    goal: { kind: 'rule-gone', rule: 'DOP088' },
    start: localizedComments(`FROM debian:bookworm-slim
WORKDIR /opt
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo tool.tar.gz https://example.com/tool.tar.gz
RUN tar -xzf tool.tar.gz
RUN rm tool.tar.gz
`),
    answer: `FROM debian:bookworm-slim
WORKDIR /opt
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo tool.tar.gz https://example.com/tool.tar.gz && tar -xzf tool.tar.gz && rm tool.tar.gz
`,
  },
];

export const EXERCISE_BY_ID = new Map(EXERCISES.map((e) => [e.id, e]));

/** Whether the goal holds: `ruleIds` the findings' rules, `sourceReruns` the Layers tab's count. */
export function isDone(ex: Exercise, ruleIds: readonly string[], sourceReruns: number): boolean {
  return ex.goal.kind === 'rule-gone' ? !ruleIds.includes(ex.goal.rule) : sourceReruns <= ex.goal.atMost;
}

const KEY = 'dop.exercises.done';

/** The exercises done in this browser. */
export function loadProgress(storage: Pick<Storage, 'getItem'> | null): string[] {
  try {
    const v: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(v)
      ? v.filter((x): x is string => typeof x === 'string' && EXERCISE_BY_ID.has(x))
      : [];
  } catch {
    return [];
  }
}

export function saveProgress(storage: Pick<Storage, 'setItem'> | null, done: readonly string[]): void {
  try {
    storage?.setItem(KEY, JSON.stringify([...new Set(done)].sort()));
  } catch {
    // private mode or full storage: progress lasts as long as the page
  }
}

/** Exercise progress a link carries, as this version of the page knows its exercises. */
export interface LinkProgress {
  /** Known exercises the sender has done. */
  done: string[];
  /** The exercise the sender had open (its file is the link's text), if this page knows it. */
  current: string | null;
  /** Ids this page does not know (a newer or older set of exercises): left out, counted. */
  unknown: number;
  /** The link's Dockerfile: the receiver's own work starts when they change it. */
  text: string;
}

/** Reads a link's progress: unknown exercises left out and counted, never an error. */
export function progressFromLink(p: { done: string[]; current?: string }, text: string): LinkProgress {
  const done = [...new Set(p.done)].filter((id) => EXERCISE_BY_ID.has(id));
  return {
    done,
    current: p.current && EXERCISE_BY_ID.has(p.current) ? p.current : null,
    unknown: new Set(p.done).size - done.length,
    text,
  };
}

/** The receiver's progress with a link's added: nothing of their own is ever taken away. */
export function mergeProgress(own: readonly string[], fromLink: readonly string[]): string[] {
  return [...new Set([...own, ...fromLink])].filter((id) => EXERCISE_BY_ID.has(id)).sort();
}
