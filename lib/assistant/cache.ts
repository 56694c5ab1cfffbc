// Answers already given, per portal, field, language and the (redacted) page text asked about, so
// opening a field again neither waits nor spends the operator's quota. In memory only, for the life
// of the panel, with a bound: never storage.local (answers are not kept on disk).

export interface AnswerKey {
  portalId: string;
  lang: string;
  /** The field's vocabulary key when classified, else null (then the label tells fields apart). */
  fieldKey: string | null;
  /** Label and help as sent, i.e. after redaction: a key never holds a profile value. */
  label: string;
  help: string;
}

export interface AnswerCache {
  get(key: AnswerKey): string | undefined;
  set(key: AnswerKey, answer: string): void;
  readonly size: number;
}

const keyText = (k: AnswerKey) => JSON.stringify([k.portalId, k.lang, k.fieldKey, k.label, k.help]);

/** Least recently used first out, once more than `maxEntries` answers are kept. */
export function createAnswerCache(maxEntries = 100): AnswerCache {
  const entries = new Map<string, string>();
  return {
    get(key) {
      const id = keyText(key);
      const answer = entries.get(id);
      if (answer !== undefined) {
        entries.delete(id); // refresh its place: Map keeps insertion order
        entries.set(id, answer);
      }
      return answer;
    },
    set(key, answer) {
      const id = keyText(key);
      entries.delete(id);
      entries.set(id, answer);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    get size() {
      return entries.size;
    },
  };
}

let shared: AnswerCache | null = null;

/** The one cache of this extension page. */
export function sharedAnswerCache(): AnswerCache {
  shared ??= createAnswerCache();
  return shared;
}
