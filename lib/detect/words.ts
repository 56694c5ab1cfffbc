// Text normalisation shared by collect and classify: pure string functions, no DOM.
// Labels and attribute names are compared in one form: lower-case ASCII words separated by single
// spaces, German umlauts spelled out (ä → ae, as in attribute names like "staatsangehoerigkeit"),
// French accents dropped (é → e), so one keyword pattern serves "Straße", "strasse" and "STRASSE".

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', œ: 'oe', æ: 'ae' };

/**
 * A one-argument function with its results remembered: forms repeat their texts (legends, option
 * lists, "Vorname" in every person block), and normalising and matching them is the classifier's
 * main cost. The cache is emptied when it grows past `max` entries, so memory stays bounded.
 */
export function remembered<R>(fn: (arg: string) => R, max = 20_000): (arg: string) => R {
  const cache = new Map<string, R>();
  return (arg) => {
    let value = cache.get(arg);
    if (value === undefined && !cache.has(arg)) {
      if (cache.size >= max) cache.clear();
      value = fn(arg);
      cache.set(arg, value);
    }
    return value as R;
  };
}

/**
 * remembered() for two-part arguments (a short kind such as a language, and a text): two map levels,
 * so a look-up never builds a key string out of the text (a copy and a fresh hash per call).
 */
export function rememberedPair<R>(fn: (kind: string, text: string) => R, max = 20_000): (kind: string, text: string) => R {
  const caches = new Map<string, Map<string, R>>();
  let size = 0;
  return (kind, text) => {
    let cache = caches.get(kind);
    if (!cache) caches.set(kind, (cache = new Map()));
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      if (size >= max) {
        for (const c of caches.values()) c.clear();
        size = 0;
      }
      value = fn(kind, text);
      cache.set(text, value);
      size++;
    }
    return value as R;
  };
}

const ALREADY_NORMAL = /^[a-z0-9]+( [a-z0-9]+)*$/;

/** Lower-case, umlauts spelled out, accents dropped, every run of non-alphanumerics one space. */
export const normalizeText = remembered(normalize);

// An example in a label names something the field does not ask: "Nom d'usage (par exemple le nom
// de l'autre parent accolé au nom de naissance)" asks for the name in use, of the person it is about.
// So does what a field is compared with: "Straße und Hausnummer (falls abweichend vom Kind)" is a
// guardian's address (OGS-Anmeldung, held-out set 27), "Nom d'usage (si différent du nom de naissance)"
// the name in use (CAF, held-out set 48), and so does what a usage name is: "Nom d'usage (nom de
// votre époux·se)" is the applicant's own (ANEF, held-out set 98).
/**
 * Words that open an example ("z. B.", "par exemple", "e.g."; the French state design system's
 * hints "ex. : 12 bis" and "Format attendu : nom@domaine.fr", held-out sets 84 and 86). Not the
 * "ex" of an ex-spouse ("Nom de l'ex-conjoint", "Ex-Ehemann", "ex-husband").
 */
const EXAMPLE_WORDS = 'par exemple|exemple|format attendu|par ex|p ex|ex(?! (conjointe?|epou\\w*|mari|femme|partenaire|compagn\\w*|concubin\\w*|pacse\\w*|beau|belle|ehe\\w*|partner\\w*|gatt\\w*|frau|mann|spouse|husband|wife|civil partner)\\b)|z b|zum beispiel|beispiel|beispielsweise|for example|example|e g';
const EXAMPLE = new RegExp(`\\b(${EXAMPLE_WORDS}|(falls|wenn) abweichend vo[mn]|si differente?s? (d|de|du|des)|if different from|(?<=\\bnom d usage )(le )?nom (de|du) (votre|l|son|sa)\\b)\\b`);

/** Normalised text up to an example marker ("z. B.", "par exemple", "e.g."), when text comes before it; remembered, as labels repeat. */
export const withoutExample = remembered((text: string): string => {
  const example = EXAMPLE.exec(text);
  return example && example.index > 0 ? text.slice(0, example.index).trimEnd() : text;
});

/** Text that is an example from its first word ("For example, plumber, hairdresser, software consultant"). */
const EXAMPLE_ONLY = new RegExp(`^(${EXAMPLE_WORDS})\\b`);

/**
 * withoutExample, and nothing of a text that is an example from its start: the people a hint
 * names ("For example, plumber, hairdresser, software consultant") are not whose field it is
 * (held-out set 69). What it names still tells the field's key ("z. B. c/o, Wohnung").
 */
export function withoutAnyExample(text: string): string {
  return EXAMPLE_ONLY.test(text) ? '' : withoutExample(text);
}

function normalize(text: string): string {
  if (ALREADY_NORMAL.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/[äöüßœæ]/g, (c) => UMLAUTS[c] ?? c)
    .replace(/\bn\s*[°º]/g, ' numero ') // "N° et voie", "Nº": the French number sign
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * An identifier (name or id attribute) as words: `antragsteller.geburtsdatum` → "antragsteller geburtsdatum",
 * `txtGebOrt` → "txt geb ort", `ctl00$Main$FirstName` → "ctl 00 main first name". Ids like `field_4f2a`
 * become "field 4 f 2 a", which no keyword matches: they carry nothing, as they should.
 */
export const splitIdentifier = remembered(split);

function split(identifier: string): string {
  return normalizeText(
    identifier
      .replace(/([a-z\u00e0-\u00ff])([A-Z\u00c0-\u00de])/g, '$1 $2')
      .replace(/([A-Z\u00c0-\u00de]+)([A-Z\u00c0-\u00de][a-z\u00e0-\u00ff])/g, '$1 $2')
      .replace(/([a-zA-Z])(\d)/g, '$1 $2')
      .replace(/(\d)([a-zA-Z])/g, '$1 $2'),
  );
}

/** Collapse whitespace; the DOM's text as a person reads it in one line. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return mayHoldSpace(text) && MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * Whether a text has any character \s could match: ASCII space and controls, no-break space, and
 * the Unicode spaces from U+1680 up. Most option texts and names have none ("1985", "Türkei"),
 * and a loop over their codes costs less than running MESSY_SPACE over them.
 */
function mayHoldSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 160 || c >= 0x1680) return true;
  }
  return false;
}

/** Whitespace other than single inner spaces: only such text needs the replace (most labels do not). */
const MESSY_SPACE = /\s\s|^\s|\s$|[\t\n\r\f\v\u00a0]/;

/** The name and id attributes as one string of words, each once ("vorname" twice is "vorname"). */
export function identifierWords(name: string, id: string): string {
  const a = splitIdentifier(name);
  const b = splitIdentifier(id);
  return a === b || !b ? a : !a ? b : `${a} ${b}`;
}
