// Official sources for every key: the law that defines the datum, or the authority page that says
// where to find it. https only, laws first. One entry a key; comments say what the source settles.
import type { FieldKey } from '../fields/keys';
import type { KeySource } from './types';

const GII = 'https://www.gesetze-im-internet.de';
/** § 5 PAuswG: what the German ID card shows (names, birth date and place, serial number, …). */
const PAUSWG_5 = `${GII}/pauswg/__5.html`;
/** § 4 PassG: what the German passport shows (serial number, authority, validity, sex F/M/X). */
const PASSG_4 = `${GII}/pa_g_1986/__4.html`;
/** § 3 BMG: what the German population register stores (names, address, marital status, religion). */
const BMG_3 = `${GII}/bmg/__3.html`;
/** Regulation (EC) No 810/2009 (Visa Code), Annex I: the Schengen visa application form. */
const VISA_CODE = 'https://eur-lex.europa.eu/eli/reg/2009/810/oj';
/** Regulation (EU) No 260/2012 (SEPA): IBAN for euro transfers, no BIC needed, any EU account. */
const SEPA = 'https://eur-lex.europa.eu/eli/reg/2012/260/oj';
/** § 22 PStG: sex entry in the German civil register (female, male, diverse, or none). */
const PSTG_22 = `${GII}/pstg/__22.html`;
/** service-public.gouv.fr, "Que signifie le numéro de Sécurité sociale ?" (NIR: 13 digits + key). */
const SP_NIR = 'https://www.service-public.gouv.fr/particuliers/vosdroits/F33078';
/** impots.gouv.fr: the numéro fiscal (13 digits) on the first page of the déclaration / avis. */
const IMPOTS_NUMERO_FISCAL = 'https://impots.gouv.fr/portail/particulier/questions/comment-creer-votre-espace-particulier-pour-declarer-en-ligne';
/** BZSt: the German tax ID, where to find it, how to request it again. */
const BZST_IDNR = 'https://www.bzst.de/DE/Privatpersonen/SteuerlicheIdentifikationsnummer/steuerlicheidentifikationsnummer_node.html';

export const KEY_SOURCES: Record<FieldKey, KeySource> = {
  'honorific-prefix': { main: PSTG_22 }, // salutations follow the sex entries the register allows
  'academic-title': { main: BMG_3, more: [PAUSWG_5] }, // Doktorgrad: registered and printed on the ID card
  'full-name': { main: PAUSWG_5, more: [PASSG_4] },
  'given-name': { main: PAUSWG_5, more: [PASSG_4] },
  'family-name': { main: PAUSWG_5, more: [PASSG_4] },
  'birth-name': { main: PAUSWG_5, more: [BMG_3] }, // "Familienname und Geburtsname"
  'former-names': { main: BMG_3, more: [VISA_CODE] }, // § 3 (1) Nr. 2 BMG: frühere Namen
  'artistic-name': { main: PAUSWG_5, more: [PASSG_4] }, // "Ordensname, Künstlername"
  'sex': { main: PSTG_22, more: [PASSG_4] },
  'bday': { main: PAUSWG_5 },
  'bday-day': { main: PAUSWG_5 },
  'bday-month': { main: PAUSWG_5 },
  'bday-year': { main: PAUSWG_5 },
  'birth-place': { main: PAUSWG_5, more: [SP_NIR] }, // the NIR encodes the commune of birth
  'birth-country': { main: VISA_CODE, more: [BMG_3] },
  'nationality': { main: BMG_3, more: [VISA_CODE] }, // "derzeitige Staatsangehörigkeiten"
  'marital-status': { main: BMG_3, more: [VISA_CODE] },
  'religion': { main: BMG_3 }, // § 3 (1) Nr. 11: membership of a public-law religious society
  'occupation': { main: VISA_CODE },
  'employer': { main: VISA_CODE },
  'email': { main: VISA_CODE },
  'tel': { main: VISA_CODE },
  'street-address': { main: BMG_3, more: [`${GII}/bmg/__17.html`] }, // § 17 BMG: registering an address
  'street': { main: BMG_3 },
  'house-number': { main: BMG_3 },
  'address-suffix': { main: BMG_3 },
  'postal-code': { main: BMG_3 },
  'city': { main: BMG_3 },
  'region': { main: BMG_3 },
  'country': { main: BMG_3, more: [VISA_CODE] },
  'id-card-number': { main: PAUSWG_5 }, // § 5 (2) PAuswG: Seriennummer
  'passport-number': { main: PASSG_4, more: [VISA_CODE] },
  'passport-issue-date': { main: PASSG_4, more: [VISA_CODE] }, // Art. 12 Visa Code: issued in the last 10 years
  'passport-expiry-date': { main: `${GII}/pa_g_1986/__5.html`, more: [VISA_CODE] }, // § 5 PassG: 10 or 6 years
  'passport-issuing-authority': { main: PASSG_4, more: [VISA_CODE] },
  'tax-id': { main: `${GII}/ao_1977/__139b.html`, more: [BZST_IDNR, IMPOTS_NUMERO_FISCAL] },
  'tax-number': { main: 'https://www.bzst.de/DE/Privatpersonen/SteuerlicheIdentifikationsnummer/FAQ/faq_node.html', more: [IMPOTS_NUMERO_FISCAL] },
  'social-security-number': { main: `${GII}/sgb_6/__147.html`, more: [SP_NIR] }, // § 147 SGB VI: Versicherungsnummer
  'health-insurer': { main: `${GII}/sgb_5/__291.html` }, // § 291 SGB V: the health card names the insurer
  'health-insurance-number': { main: `${GII}/sgb_5/__290.html`, more: [SP_NIR] }, // § 290 SGB V: KVNR
  'iban': { main: SEPA },
  'bic': { main: SEPA }, // Art. 5 (7): no BIC needed with an IBAN
  'account-holder': { main: SEPA },
  'bank-name': { main: SEPA },
};
