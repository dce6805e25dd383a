/**
 * "Add project files": files, a folder or a zip, picked or dropped, read in the browser only. The
 * list shows what was learned from each file; each can be removed. The files become the build
 * context the worker gives the analyzer and the rewriter.
 */
import { learnFromContext } from '@dop/analyzer';
import { useMemo, useRef, useState } from 'react';
import { HiddenPicker } from '../components/HiddenPicker';
import { appStore, useApp, useLang } from '../store/app-store';
import { NO_PROJECT } from '../store/store';
import { contextOfFiles, filesFromPicked, filesFromZip, mergeFiles, type ProjectFile } from './project-files';
import { LearnedFacts } from './LearnedFacts';
import { PROJECT_STRINGS } from './strings';
import './project-files.css';

/** Adds files to the project and recomputes its context. */
async function addFiles(added: ProjectFile[]): Promise<void> {
  const files = mergeFiles(appStore().getState().project.files, added);
  await setFiles(files);
}

async function setFiles(files: ProjectFile[]): Promise<void> {
  if (files.length === 0) {
    appStore().getState().setProject(NO_PROJECT);
    return;
  }
  const context = await contextOfFiles(files);
  appStore().getState().setProject({ files, context, fromLink: null });
}

const isZip = (f: File) => /\.zip$/i.test(f.name) || f.type === 'application/zip';

/** Files from an input (a folder input gives webkitRelativePath) or a drop; zips are opened. */
async function readPicked(files: File[]): Promise<ProjectFile[]> {
  const out: ProjectFile[] = [];
  const plain: { file: File; relative: string }[] = [];
  for (const f of files) {
    if (isZip(f)) out.push(...filesFromZip(new Uint8Array(await f.arrayBuffer())));
    else plain.push({ file: f, relative: f.webkitRelativePath || f.name });
  }
  return [...out, ...(await filesFromPicked(plain))];
}

/** A dropped folder, walked through the entries API (the only way a drop exposes a folder). */
async function readDropped(
  items: DataTransferItemList,
): Promise<File[] | { file: File; relative: string }[]> {
  const entries = [...items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (!entries.some((e) => e.isDirectory))
    return [...items].map((i) => i.getAsFile()).filter((f): f is File => !!f);
  const out: { file: File; relative: string }[] = [];
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail));
      out.push({ file, relative: `${prefix}${entry.name}` });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries answers in batches until an empty one
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, `${prefix}${entry.name}/`);
      }
    }
  };
  for (const e of entries) await walk(e, '');
  return out;
}

export function ProjectFiles() {
  const lang = useLang();
  const s = PROJECT_STRINGS[lang];
  const project = useApp((st) => st.project);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);
  const learned = useMemo(
    () => (project.context ? learnFromContext(project.context) : []),
    [project.context],
  );
  const read = project.context ? Object.keys(project.context.texts) : [];
  // the files worth showing: those read (and what they taught), then a count of the rest
  const shown = read.sort();

  const run = async (work: () => Promise<ProjectFile[]>, name: string) => {
    setError(null);
    try {
      await addFiles(await work());
    } catch {
      setError(s.failed(name));
    }
  };
  const onInput = (e: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (files.length) void run(() => readPicked(files), files[0]!.name);
  };
  const omitted = project.fromLink;
  const notCarried = omitted
    ? [
        omitted.files ? s.moreFiles(omitted.files) : null,
        omitted.texts?.length ? s.texts(omitted.texts.join(', ')) : null,
        omitted.secrets?.length ? s.secrets(omitted.secrets.join(', ')) : null,
      ].filter(Boolean)
    : [];

  return (
    <section className="project-files" aria-labelledby="project-files-title" data-testid="project-files">
      <div className="project-files-head">
        <h3 id="project-files-title">{s.title}</h3>
        <fieldset className="project-files-buttons" aria-label={s.add}>
          <button type="button" className="btn small" onClick={() => filesInput.current?.click()}>
            {s.pickFiles}
          </button>
          <button type="button" className="btn small" onClick={() => folderInput.current?.click()}>
            {s.pickFolder}
          </button>
          <button type="button" className="btn small" onClick={() => zipInput.current?.click()}>
            {s.pickZip}
          </button>
          {project.files.length > 0 && (
            <button
              type="button"
              className="btn small ghost"
              data-testid="project-remove-all"
              onClick={() => appStore().getState().setProject(NO_PROJECT)}
            >
              {s.removeAll}
            </button>
          )}
        </fieldset>
        <HiddenPicker ref={filesInput} testId="project-pick-files" onChange={onInput} multiple />
        <HiddenPicker
          ref={folderInput}
          testId="project-pick-folder"
          onChange={onInput}
          {...{ webkitdirectory: '' }}
        />
        <HiddenPicker
          ref={zipInput}
          testId="project-pick-zip"
          onChange={onInput}
          accept=".zip,application/zip"
        />
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the buttons above are the keyboard's way */}
      <div
        className={`project-drop${dragging ? ' dragging' : ''}`}
        data-testid="project-drop"
        onDragOver={(e) => {
          if (![...e.dataTransfer.types].includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const items = e.dataTransfer.items;
          void run(async () => {
            const dropped = await readDropped(items);
            const first = dropped[0];
            if (first && 'relative' in first)
              return filesFromPicked(dropped as { file: File; relative: string }[]);
            return readPicked(dropped as File[]);
          }, s.title);
        }}
      >
        {s.drop}. {s.privacy}
      </div>
      {error && (
        <p className="pane-alert" role="alert">
          {error}
        </p>
      )}
      {project.fromLink && (
        <p className="hint" data-testid="project-from-link">
          {s.fromLink} {notCarried.length > 0 && s.notCarried(notCarried.join('; '))}
        </p>
      )}
      {project.context ? (
        <>
          <p className="hint" data-testid="project-counts">
            {s.counts(project.context.files.length, read.length)}
            {project.context.incomplete ? ` ${s.incomplete}` : ''}
          </p>
          <ul className="project-file-list" data-testid="project-file-list">
            {shown.map((path) => {
              const facts = learned.find((l) => l.file === path)?.facts ?? [];
              return (
                <li key={path} data-testid="project-file" data-path={path}>
                  <code>{path}</code>
                  <span className="project-learned">
                    {facts.length ? <LearnedFacts facts={facts} lang={lang} /> : s.nothingLearned}
                  </span>
                  <button
                    type="button"
                    className="btn icon ghost"
                    aria-label={s.remove(path)}
                    title={s.remove(path)}
                    onClick={() => void setFiles(project.files.filter((f) => f.path !== path))}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="hint">{s.none}</p>
      )}
    </section>
  );
}
