import { type BuildContext, type Localized, type ProjectFacts, projectFacts } from '@dop/analyzer';

/** The project facts of the build context, when one was given (read once per context). */
export function factsOf(context: BuildContext | undefined): ProjectFacts | null {
  return context ? projectFacts(context) : null;
}

/**
 * The sentence a note or a change says when a choice needed a file of the build context that was
 * not given: which file, what it would have told, how to give it.
 */
export function missingFact(file: string, what: Localized, context: BuildContext | undefined): Localized {
  return context
    ? {
        en: `${what.en} comes from ${file}, which is not in the project files given.`,
        ko: `${what.ko}은(는) ${file}에서 알 수 있는데, 주어진 프로젝트 파일에 ${file}이(가) 없습니다.`,
      }
    : {
        en: `${what.en} comes from ${file}: add the project files (in the playground, “Add project files”; on the command line, \`dop rewrite --context DIR\`).`,
        ko: `${what.ko}은(는) ${file}에서 알 수 있습니다. 프로젝트 파일을 추가하세요(플레이그라운드에서는 “프로젝트 파일 추가”, 명령줄에서는 \`dop rewrite --context DIR\`).`,
      };
}

/** Sentences in both languages, the missing ones left out; undefined when none is left. */
export function joinLocalized(parts: readonly (Localized | undefined)[]): Localized | undefined {
  const present = parts.filter((p): p is Localized => p !== undefined);
  return present.length === 0
    ? undefined
    : { en: present.map((p) => p.en).join(' '), ko: present.map((p) => p.ko).join(' ') };
}
