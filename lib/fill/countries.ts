// Countries as forms write them: ISO 3166-1 alpha-2/alpha-3/numeric codes and names in de, fr and en
// from i18n-iso-countries (the maintained CLDR-based list), plus the nationality adjectives that
// German and French forms use in "Staatsangehörigkeit" / "Nationalité" lists.
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import type { FieldOption } from '../fields/snapshot';
import type { Lang } from '../portals/types';
import type { MatchCandidates } from './options';

// The browser entry of the package has no locale registered; Node's has all (registering is idempotent).
countries.registerLocale(de);
countries.registerLocale(fr);
countries.registerLocale(en);

const LANGS: readonly Lang[] = ['de', 'fr', 'en'];

/** Official long forms seen on German and French forms that the CLDR names lack. */
const EXTRA_NAMES: Partial<Record<string, string[]>> = {
  DE: ['Bundesrepublik Deutschland', 'BRD', 'République fédérale d\'Allemagne'],
  FR: ['République française'],
  AT: ['Republik Österreich'],
  CH: ['Schweizerische Eidgenossenschaft', 'Confédération suisse'],
  GB: ['Vereinigtes Königreich Großbritannien und Nordirland'],
  TR: ['Türkiye', 'Turquie'],
};

/**
 * Nationality adjectives: de (the predicative form forms use: "deutsch"), fr masculine and feminine
 * ("français", "française"), en. Small table of the nationalities most frequent in German and
 * French administrations (Destatis Ausländerstatistik 2023, INSEE étrangers 2022), not exhaustive:
 * other countries match by name.
 */
const ADJECTIVES: Record<string, { de: string; fr: [string, string]; en: string }> = {
  DE: { de: 'deutsch', fr: ['allemand', 'allemande'], en: 'German' },
  FR: { de: 'französisch', fr: ['français', 'française'], en: 'French' },
  AT: { de: 'österreichisch', fr: ['autrichien', 'autrichienne'], en: 'Austrian' },
  CH: { de: 'schweizerisch', fr: ['suisse', 'suisse'], en: 'Swiss' },
  IT: { de: 'italienisch', fr: ['italien', 'italienne'], en: 'Italian' },
  ES: { de: 'spanisch', fr: ['espagnol', 'espagnole'], en: 'Spanish' },
  PT: { de: 'portugiesisch', fr: ['portugais', 'portugaise'], en: 'Portuguese' },
  NL: { de: 'niederländisch', fr: ['néerlandais', 'néerlandaise'], en: 'Dutch' },
  BE: { de: 'belgisch', fr: ['belge', 'belge'], en: 'Belgian' },
  LU: { de: 'luxemburgisch', fr: ['luxembourgeois', 'luxembourgeoise'], en: 'Luxembourgish' },
  PL: { de: 'polnisch', fr: ['polonais', 'polonaise'], en: 'Polish' },
  RO: { de: 'rumänisch', fr: ['roumain', 'roumaine'], en: 'Romanian' },
  BG: { de: 'bulgarisch', fr: ['bulgare', 'bulgare'], en: 'Bulgarian' },
  GR: { de: 'griechisch', fr: ['grec', 'grecque'], en: 'Greek' },
  HR: { de: 'kroatisch', fr: ['croate', 'croate'], en: 'Croatian' },
  HU: { de: 'ungarisch', fr: ['hongrois', 'hongroise'], en: 'Hungarian' },
  CZ: { de: 'tschechisch', fr: ['tchèque', 'tchèque'], en: 'Czech' },
  GB: { de: 'britisch', fr: ['britannique', 'britannique'], en: 'British' },
  US: { de: 'US-amerikanisch', fr: ['américain', 'américaine'], en: 'American' },
  TR: { de: 'türkisch', fr: ['turc', 'turque'], en: 'Turkish' },
  UA: { de: 'ukrainisch', fr: ['ukrainien', 'ukrainienne'], en: 'Ukrainian' },
  RU: { de: 'russisch', fr: ['russe', 'russe'], en: 'Russian' },
  SY: { de: 'syrisch', fr: ['syrien', 'syrienne'], en: 'Syrian' },
  AF: { de: 'afghanisch', fr: ['afghan', 'afghane'], en: 'Afghan' },
  IQ: { de: 'irakisch', fr: ['irakien', 'irakienne'], en: 'Iraqi' },
  MA: { de: 'marokkanisch', fr: ['marocain', 'marocaine'], en: 'Moroccan' },
  DZ: { de: 'algerisch', fr: ['algérien', 'algérienne'], en: 'Algerian' },
  TN: { de: 'tunesisch', fr: ['tunisien', 'tunisienne'], en: 'Tunisian' },
  SN: { de: 'senegalesisch', fr: ['sénégalais', 'sénégalaise'], en: 'Senegalese' },
  RS: { de: 'serbisch', fr: ['serbe', 'serbe'], en: 'Serbian' },
  CN: { de: 'chinesisch', fr: ['chinois', 'chinoise'], en: 'Chinese' },
  IN: { de: 'indisch', fr: ['indien', 'indienne'], en: 'Indian' },
  VN: { de: 'vietnamesisch', fr: ['vietnamien', 'vietnamienne'], en: 'Vietnamese' },
};

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.getName(code, 'en') !== undefined;
}

/**
 * ISO numeric values are trusted only when the list proves it uses them: some option whose text
 * names a country carries that country's numeric code. German forms also use the Destatis
 * Staatsangehörigkeitsschlüssel (000 = deutsch) and internal ids, both 3-digit, that collide.
 */
function usesIsoNumeric(options: readonly FieldOption[]): boolean {
  const coded = options.filter((o) => /^\d{3}$/.test(o.value));
  if (coded.length === 0 || coded.length < options.filter((o) => o.value !== '').length) return false;
  return coded.some((o) => LANGS.some((lang) => {
    const alpha2 = countries.getAlpha2Code(o.text.trim(), lang);
    return alpha2 !== undefined && countries.alpha2ToNumeric(alpha2) === o.value;
  }));
}

/** Every spelling of the country (codes and names in de/fr/en), and of its nationality if asked. */
export function countryCandidates(alpha2: string, asNationality: boolean, options: readonly FieldOption[]): MatchCandidates {
  const code = alpha2.toUpperCase();
  const alpha3 = countries.alpha2ToAlpha3(code);
  const numeric = countries.alpha2ToNumeric(code);
  const names = LANGS.flatMap((lang) => countries.getName(code, lang, { select: 'all' }) ?? []);
  const texts = [...names, ...(EXTRA_NAMES[code] ?? []), code, ...(alpha3 ? [alpha3] : [])];
  const adjective = ADJECTIVES[code];
  if (asNationality && adjective) texts.unshift(adjective.de, ...adjective.fr, adjective.en);
  const values = [code, ...(alpha3 ? [alpha3] : [])];
  if (numeric && usesIsoNumeric(options)) values.push(numeric);
  return { texts, values };
}

/** What a text control receives: the name in the form's language, or for a nationality the adjective. */
export function countryText(alpha2: string, lang: Lang, asNationality: boolean, feminine: boolean): string | undefined {
  const code = alpha2.toUpperCase();
  const adjective = ADJECTIVES[code];
  if (asNationality && adjective) return lang === 'fr' ? adjective.fr[feminine ? 1 : 0] : adjective[lang];
  return countries.getName(code, lang);
}
