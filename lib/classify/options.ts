// What a list of choices says about its control (the lowest rung of the precedence): a select of
// countries, of months, of salutations. Option texts are normalised like labels.
import { sameOptions, type FieldOption } from '../fields/snapshot';
import { normalizeText } from '../detect/words';

export type OptionTrait =
  | 'sex' | 'honorific' | 'marital' | 'country' | 'nationality' | 'us-state'
  | 'day' | 'month' | 'birth-year' | 'future-year' | 'yes-no' | 'dial-code';

// Sex and salutation words: Visa Code Annex I item 8 (männlich / weiblich / divers), CERFA 12100
// (masculin / féminin), HTML autofill "sex"; Anrede / Civilité / Title lists on German, French, UK forms.
const SEX = /^(m|w|f|d|x|maennlich|weiblich|divers|male|female|man|woman|masculin|feminin|homme|femme|other|andere|autre|keine angabe|ohne angabe|non binary|nonbinary|diverse|unbestimmt)$/;
const SEX_STRONG = /^(maennlich|weiblich|male|female|masculin|feminin|homme|femme|man|woman)$/;
const HONORIFIC = /^(herr|frau|mr|mrs|ms|miss|mx|dr|prof|mme|mlle|m|monsieur|madame|mademoiselle|sir|lady|divers|keine|keine angabe|firma|familie)$/;
const HONORIFIC_STRONG = /^(herr|frau|mr|mrs|ms|miss|mme|mlle|monsieur|madame)$/;
// Familienstand (Visa Code Annex I item 9, Meldeschein), situation familiale (CAF), marital status;
// the 2042 (impots.gouv) adds its box letter: "Marié(e) – case M" (held-out set 26); UK forms name
// civil partnerships beside each status (NHS HC1, held-out set 45).
const MARITAL = /^(ledig|verheiratet|geschieden|verwitwet|getrennt( lebend)?|eingetragene lebenspartnerschaft|single|married|divorced|widowed|separated|celibataire|marie e|mariee?|divorce e|divorcee?|veuf|veuve|veuf ve|pacse e|pacsee?|separe e|concubinage|veuf ou veuve|veuf veuve|partenariat enregistre|married or in a civil partnership|in a civil partnership|living with a partner( as a couple)?|divorced or civil partnership dissolved|widowed or a surviving civil partner|en concubinage( vie maritale)?|lie e par un (pacs|pacte civil de solidarite( pacs)?)|divorce e ou separe e)( case [a-z])?$/;
// A sample of country names in de/fr/en (ISO 3166 short names) and demonyms; 6 hits make a country list.
const COUNTRIES = new Set(('deutschland germany allemagne frankreich france oesterreich austria autriche schweiz switzerland suisse ' +
  'italien italy italie spanien spain espagne polen poland pologne tuerkei turkey turkiye turquie niederlande netherlands pays bas ' +
  'belgien belgium belgique vereinigte staaten united states etats unis kanada canada indien india inde china chine ' +
  'ukraine russland russia russie griechenland greece grece portugal schweden sweden suede daenemark denmark danemark ' +
  'norwegen norway norvege japan japon brasilien brazil bresil mexiko mexico mexique australien australia australie ' +
  'afghanistan albanien albania albanie algerien algeria algerie andorra andorre angola argentinien argentina argentine ' +
  'united kingdom royaume uni vereinigtes koenigreich ireland irland irlande luxemburg luxembourg marokko morocco maroc').split(' '));
const DEMONYMS = /^(deutsch|franzoesisch|tuerkisch|indisch|ukrainisch|amerikanisch|italienisch|spanisch|polnisch|german|french|turkish|indian|ukrainian|american|italian|spanish|polish|allemande?|francaise?|turque|indienne?|ukrainienne?|americaine?|italienne?|espagnole?|polonaise?)$/;
const US_STATES = new Set('alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'.split(' '));
const MONTHS = /^(jan(uar|uary|vier)?|feb(ruar|ruary)?|fev(rier)?|maer(z)?|mar(ch|s)?|apr(il)?|avr(il)?|mai|may|jun(i|e)?|juin|jul(i|y)?|juil(let)?|aug(ust)?|aou(t)?|sep(t(ember|embre)?)?|o[ck]t(ober|obre)?|nov(ember|embre)?|de[cz](ember|embre)?)$/;
const YES_NO = /^(ja|nein|yes|no|oui|non|keine angabe|bitte waehlen|please select|select|choisir|veuillez choisir|unbekannt|unknown)$/;
const PLACEHOLDER = /^(bitte (aus)?waehlen|please (select|choose)|select( one)?|choose|choisir|veuillez (choisir|selectionner)|selectionner|auswahl|tag|monat|jahr|day|month|year|jour|mois|annee|dd|mm|yyyy|tt|jjjj|aaaa|)$/;

function texts(options: readonly FieldOption[]): string[] {
  return options.map((o) => normalizeText(o.text)).filter((t) => !PLACEHOLDER.test(t));
}

function share(list: readonly string[], test: (t: string) => boolean): number {
  return list.length ? list.filter(test).length / list.length : 0;
}

function numbers(options: readonly FieldOption[]): number[] | null {
  const out: number[] = [];
  for (const o of options) {
    const t = o.text.trim() || o.value.trim();
    if (PLACEHOLDER.test(normalizeText(t))) continue;
    if (!/^\d{1,4}$/.test(t)) return null;
    out.push(Number(t));
  }
  return out.length ? out : null;
}

interface KnownList {
  options: readonly FieldOption[];
  year: number;
  trait: OptionTrait | null;
}
/** Lists seen before, by their last option's text; a hit compares the whole list, value and text. */
const known = new Map<string, KnownList[]>();
let knownCount = 0;

/** The trait of a choice list, or null when it says nothing. `year` is the current year (pure: passed in). */
export function optionTrait(options: readonly FieldOption[], year: number): OptionTrait | null {
  if (options.length < 2) return null;
  // Forms repeat their lists (a country list per person, a day list per date): remembered per list.
  const last = (options[options.length - 1] as FieldOption).text;
  let bucket = known.get(last);
  for (const k of bucket ?? []) if (k.year === year && sameOptions(k.options, options)) return k.trait;
  if (knownCount >= 2000) {
    known.clear();
    knownCount = 0;
    bucket = undefined;
  }
  const trait = traitOf(options, year);
  // A copy: the caller's list may be changed after this call.
  const entry: KnownList = { options: options.map((o) => ({ value: o.value, text: o.text })), year, trait };
  if (bucket) bucket.push(entry);
  else known.set(last, [entry]);
  knownCount++;
  return trait;
}

function traitOf(options: readonly FieldOption[], year: number): OptionTrait | null {
  const list = texts(options);
  if (!list.length) return null;
  if (list.every((t) => YES_NO.test(t))) return 'yes-no';
  if (share(options.map((o) => o.text), (t) => /^\s*\(?\+\d{1,4}\b/.test(t) || /\(\+\d{1,4}\)/.test(t)) > 0.5) return 'dial-code';
  if (list.length <= 6 && list.every((t) => SEX.test(t)) && list.some((t) => SEX_STRONG.test(t))) return 'sex';
  if (list.length <= 10 && share(list, (t) => HONORIFIC.test(t)) >= 0.6 && list.some((t) => HONORIFIC_STRONG.test(t))) return 'honorific';
  if (share(list, (t) => MARITAL.test(t)) >= 0.6 && list.length >= 2) return 'marital';
  const countryHits = list.filter((t) => COUNTRIES.has(t)).length;
  if (countryHits >= 6 || (countryHits >= 3 && countryHits / list.length >= 0.5)) return 'country';
  if (list.filter((t) => DEMONYMS.test(t)).length >= 3) return 'nationality';
  if (list.filter((t) => US_STATES.has(t)).length >= 10) return 'us-state';
  if (list.length >= 12 && list.length <= 13 && share(list, (t) => MONTHS.test(t)) >= 0.9) return 'month';
  const nums = numbers(options);
  if (nums) {
    const min = Math.min(...nums);
    const max = Math.max(...nums);
    if (nums.length >= 12 && nums.length <= 13 && min >= 1 && max === 12) return 'month';
    if (nums.length >= 28 && min >= 1 && max <= 31 && max >= 28) return 'day';
    if (min >= 1880 && max <= year + 30) return max <= year && min <= year - 30 ? 'birth-year' : min >= year - 1 ? 'future-year' : null;
  }
  return null;
}
