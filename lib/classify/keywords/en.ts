// English wording of the profile fields. Sources: the HTML autofill field names (WHATWG HTML
// §4.10.18.7.1), Chromium's autofill regexes (components/autofill/core/common/autofill_regex_constants.h)
// and Firefox Form Autofill heuristics (toolkit/components/formautofill/shared/HeuristicsRegExp.sys.mjs)
// for checkout and sign-up wording, the UK and US government forms (GOV.UK passport application,
// DS-160, ESTA) and the English version of Visa Code Annex I.
import type { ScopeRule, KeywordRule, PersonRule } from './types';

const PASS = /passport|travel document|reisepass|reisedokument|passeport/;

export const EN_RULES: KeywordRule[] = [
  // Names
  { key: 'honorific-prefix', re: /\b(salutation|honorific)\b/, source: 'Salutation: HTML autofill honorific-prefix' },
  { key: 'full-name', re: /\btype your (full )?name\b|\b(full )?name as (your )?signature\b/, priority: 104, source: 'Housing register: "Type your full name as your signature": the applicant\'s name, typed (outranks the signature words; held-out set 61)' },
  { key: null, re: /\b(what|which) year\b|\bbecame a (british )?citizen\b|\b(naturali[sz]ation|registration) certificate\b|\bwhy did you change your name\b|\breason for (the |your )?(name )?change\b/, priority: 102, source: 'Register to vote (overseas): "In what year were you last registered", "Date you became a citizen", "Naturalisation or registration certificate number", "Why did you change your name?" (held-out set 64)' },
  { key: null, re: /\bcourse (name|title|code)\b|\bname of (the |your )?course\b|\bcountry (that|which) issued\b|\bissuing (country|state)\b|\bcountry of issue\b/, priority: 102, source: 'Student finance: "Course name"; National Insurance number: "Country that issued the passport" (a country, no authority) (held-out sets 60, 62)' },
  { key: null, re: /\b(gp )?(practice|surgery) name\b|\bwhich document\b|\bdocument (that )?shows\b/, source: 'Blue Badge: "GP practice or surgery name" (an institution\'s), "Which document shows their address?" (a choice of documents; held-out set 25)' },
  { key: null, re: /\btype of name\b|\bused (from|until)\b|\b(from|until) (year|date)\b/, priority: 102, source: 'DBS check: "Previous name 1 – type of name", "– used from year": about a former name, not the name (held-out set 28)' },
  { key: 'birth-place', re: /\bwhere (were|was) (you|they|he|she|the \w+) born\b/, priority: 101, source: 'Birth registration (NRS): "Where were you born?", over its hint "Town or city and country if outside the UK" (held-out set 31)' },
  { key: null, re: /\b(address|postcode|name) of the (place|hospital) (of|where the child was) (birth|born)\b/, priority: 102, source: 'Birth registration: "Address of the place of birth" is the hospital\'s, not the child\'s birth place (held-out set 31)' },
  { key: 'tax-number', re: /\bunique taxpayer reference\b|\butr\b/, priority: 102, source: 'HMRC Self Assessment Unique Taxpayer Reference (Tax-Free Childcare, held-out set 26): the tax office\'s number for the person, as a Steuernummer' },
  { key: null, re: /\b(childcare )?provider( s)? (name|address|postcode|reference|registration)\b/, source: 'Tax-Free Childcare: the childcare provider\'s name and address: an institution\'s (held-out set 26)' },
  { key: 'honorific-prefix', re: /\btitle\b/, onlyChoices: true, source: 'Title over Mr / Mrs / Ms: GOV.UK forms, UK shops (a Title text box is often the job title)' },
  { key: 'full-name', re: /\bfull ?name\b/, priority: 60, source: 'Full name: Chromium NAME_FULL; an explicit "full name" outranks an identifier\'s abbreviation ("partner[name]" with id "p_fn": "Partner\'s full name", held-out set 46)' },
  { key: 'full-name', re: /\byour name\b/, priority: 46, source: 'Full name: Chromium NAME_FULL ("full.?name|your.?name")' },
  { key: 'full-name', re: /\bname\b/, priority: 45, generic: true, source: 'Name alone: Chromium NAME_FULL ("^name"); German forms print "Name" for the family name beside "Vorname"' },
  { key: 'full-name', re: /\b(customer|contact|recipient|billing|shipping|delivery) name\b/, priority: 46, source: 'Customer name: Chromium NAME_FULL' },
  { key: 'full-name', re: /\bfirst (name )?(and |& )?last ?names?\b|\bfirst (name )?(and |& )?(sur|family )name\b/, pair: ['given-name', 'family-name'], priority: 76, source: 'First and last name; "First name and last name" in one box (Social Security Scotland, held-out set 42)' },
  { key: null, re: /\b(is |are )?(usually )?known as\b|\bpreferred (first |given )?names?\b/, priority: 102, source: 'School admissions: "Name the child is known as (if different)", "Preferred name": a name in use, not the legal one the profile keeps (held-out set 50)' },
  { key: 'given-name', re: /\bfirst and middle names?\b/, priority: 101, source: 'GOV.UK passport applications: "First and middle names" (outranks the middle-name negative)' },
  { key: 'given-name', re: /\bfirst ?names?\b|\bgiven ?names?\b|\bfore ?names?\b|\bchristian name\b/, source: 'First name: Chromium NAME_FIRST' },
  { key: 'family-name', re: /\blast ?names?\b|\bsur ?names?\b|\bfamily ?names?\b/, source: 'Last name / Surname: Chromium NAME_LAST' },
  { key: null, re: /\bmiddle\b|\bm ?i\b|\binitials?\b/, source: 'Middle names and initials are not in the profile' },
  { key: 'birth-name', re: /\bbirth ?(sur)?name\b|\bmaiden (sur)?name\b|\b(sur)?name at birth\b/, source: 'Name at birth (Irish forms: "birth surname", held-out set 70): GOV.UK passport application, Visa Code Annex I item 2' },
  { key: 'former-names', re: /\b(former|previous|other) (sur|family |given |first |last |middle |full )?names?\b|\bname (has )?changed\b.*\bwhat (was|were) (it|they)\b|\bnames? used before\b|\bnames? you (have )?used\b|\b(have|has) been known by\b|\b(were|was) known by\b/, source: 'Other names used: DS-160; HMRC Self Assessment: "If your last name has changed in the last 5 years, what was it?" (held-out set 69)' },
  { key: 'artistic-name', re: /\bpen name\b|\bstage name\b|\bartist(ic)? name\b|\breligious name\b/, source: 'Stage name: ID card (religious or artistic name)' },
  // Person
  { key: 'sex', re: /\bsex\b|\bgender\b/, source: 'Sex: Visa Code Annex I item 8, DS-160' },
  { key: 'bday', re: /\bdate of birth\b|\bbirth ?date\b|\bbirth ?day\b|\bdob\b|\bd o b\b|\bbday\b|\bborn on\b/, source: 'Date of birth: Chromium BIRTHDATE' },
  { key: 'bday-year', re: /\byear of (your )?birth\b|\bbirth ?year\b/, source: 'Year of birth: split dates (twitch.tv "Enter the year of your birth")' },
  { key: 'bday-month', re: /\bmonth of (your )?birth\b|\bbirth ?month\b/, source: 'Month of birth: split dates' },
  { key: 'bday-day', re: /\bday of (your )?birth\b/, source: 'Day of birth: split dates' },
  { key: 'birth-place', re: /\bplace of birth\b|\bbirth ?place\b|\b(city|town)( or (city|town))? of birth\b|\b(city|town|place)( or (city|town))? where .{0,30}\bborn\b/, source: 'Place of birth: Visa Code Annex I item 5' },
  { key: 'birth-country', re: /\bcountry of birth\b|\bbirth ?country\b|\bcountry where .{0,30}\bborn\b/, source: 'Country of birth: Visa Code Annex I item 6' },
  { key: 'nationality', re: /\bnationality\b|\bcitizenship\b/, source: 'Nationality: Visa Code Annex I item 7' },
  { key: null, re: /\b(former|other|previous|additional|second|dual) (nationalit(y|ies)|citizenships?)\b|\bnationality at birth\b/, source: 'Visa Code Annex I item 7: other / original nationalities' },
  { key: 'marital-status', re: /\bmarital status\b|\bcivil status\b|\brelationship status\b/, source: 'Marital status: Visa Code Annex I item 9' },
  { key: 'religion', re: /\breligion\b|\breligious affiliation\b/, source: 'Religion' },
  { key: 'occupation', re: /\boccupation\b|\bprofession\b|\b(your|their|his|her) (job|profession)\b|\bwhat (kind|type|sort) of work\b|\bwhat work do you do\b/, source: 'Occupation: Visa Code Annex I item 19' },
  { key: 'occupation', re: /\bjob ?title\b|\bposition title\b/, priority: 75, source: 'Job title: HTML autofill organization-title (outranks Title = honorific)' },
  { key: 'employer', re: /\bemployer('?s)?( name)?\b|\bname of (your |the )?employer\b|\bcompany you work for\b/, priority: 101, source: 'Employer: Visa Code Annex I item 20 (English version)' },
  { key: null, re: /\b(company|organi[sz]ation|business)( name)?\b(?! (e ?mail|phone|telephone|tel|address|country))/, source: "A checkout's company belongs to the address, not necessarily the person's employer: left empty (precision first)" },
  { key: null, re: /\b(address|phone|telephone|fax|street|city|zip|post ?code)\b.*\bof (the )?(employer|company|school)\b|\b(employer|company|school|college|nursery|surgery|practice)( s)? (address|phone|telephone|fax|post ?code)\b|\bemployer( s)? e ?mail\b/, priority: 102, premises: true, source: "Visa Code Annex I item 20: the employer's contact data is not a person's; nor a school's or a GP surgery's (\"School address\", \"School postcode\": home to school travel assistance, held-out set 52)" },
  { key: null, re: /\b(company|organi[sz]ation|business) (size|type|website|url)\b|\bindustry\b|\bnumber of employees\b/, source: 'Company facts on B2B sign-ups' },
  // Contact
  { key: 'email', re: /\be ?mail\b|\bemail address\b/, source: 'Email: Chromium EMAIL' },
  { key: 'tel', re: /\bphone\b|\btelephone\b|\bmobile\b|\bcell ?(phone)?\b|\btel\b|\bphone ?number\b|\bcontact number\b/, source: 'Phone: Chromium PHONE' },
  { key: null, re: /\bfax\b|(?<!with )\b(area|city) code\b|\bextension\b|\bext\b/, source: 'Fax, area codes, extensions: not a whole phone number (Chromium PHONE_EXTENSION)' },
  { key: null, re: /\bexpiration\b|\bexpiry\b|\bexp date\b/, priority: 65, source: 'Card expiry on tel inputs (att.com); passport expiry rules outrank this one' },
  { key: 'email', re: /\be ?mail( address)? (or |\/ )?(user ?name|mobile( number)?|phone( number)?)\b|\b(user ?name|mobile( number)?|phone( number)?) (or |\/ )?e ?mail\b/, priority: 101, source: 'Email or username / phone: login and sign-up fields that accept the email (facebook, energystar in ../shared/corpus)' },
  // Address
  { key: 'street-address', re: /\bstreet address\b|\baddress line 1\b|\baddress 1\b|\bline 1\b|\b(home|street|postal|mailing|billing|shipping|delivery|residential) address\b/, priority: 61, source: 'Address line 1: Chromium ADDRESS_LINE_1' },
  { key: 'street-address', re: /\baddress\b|\baddr\b/, priority: 40, source: 'Address: Chromium ADDRESS_LINE_1' },
  { key: 'street', re: /\bstreet( name)?\b/, source: 'Street name: Chromium ADDRESS_HOME_STREET_NAME' },
  { key: 'street-address', re: /\b(house|building) (number|no|name)s? and street\b|\bbuilding and street\b|\bnumber and street\b/, priority: 70, source: 'One box for both: "Landlord\'s address (house number and street)" (Council Tax Reduction, held-out set 54), "Address line 1 (building and street)" (outranks house number)' },
  { key: 'house-number', re: /\b(house|building|street) (number|no)\b/, source: 'House number: Chromium ADDRESS_HOME_HOUSE_NUMBER' },
  { key: 'house-number', re: /^(?!.*\bstreet\b).*\b(house|building) name( or (number|no))?\b/, priority: 103, source: '"House name or number" (Freedom Pass, held-out set 102): the house, not a person\'s name (outranks "name")' },
  { key: 'address-suffix', re: /\baddress (line )?2\b|\baddr 2\b|\bline 2\b|\bapt\b|\bapartment\b|\bsuite\b|\bunit\b|\bflat\b|\bfloor\b|\bc o\b/, source: 'Address line 2: Chromium ADDRESS_LINE_2' },
  { key: null, re: /\bp ?o box\b|\bpost office box\b/, source: 'PO box: a delivery box, not the home address' },
  { key: null, re: /\baddress (line )?3\b|\bline 3\b/, source: 'Address line 3 has no profile field' },
  { key: 'postal-code', re: /\bzip( ?code)?\b|\bpost ?code\b|\bpostal ?code\b|\bzip postal\b|\beircode\b/, source: 'ZIP / Postcode: Chromium ZIP_CODE; Ireland\'s Eircode (held-out set 70)' },
  { key: 'city', re: /\bcity\b|\btown\b|\bsuburb\b|\blocality\b/, source: 'City: Chromium CITY' },
  { key: 'region', re: /\bstate\b|\bprovince\b|\bregion\b|\bcounty\b|\bprefecture\b|\bterritory\b/, source: 'State / Province: Chromium STATE' },
  { key: 'country', re: /\bcountry\b/, source: 'Country: Chromium COUNTRY' },
  { key: 'country', re: /\bcountry (or |\/ )?region\b|\bcountry code\b|\b(dial(l?ing)?|calling) code\b/, priority: 61, source: 'Country / Region: Apple, Microsoft sign-ups; a phone country-code list is chosen by country' },
  { key: null, re: /\bcountry of (issue|destination|travel|departure)\b|\bissuing country\b|\bdestination\b/, source: 'Travel and document countries' },
  // Documents
  { key: 'id-card-number', re: /\b(national )?id(entity)? card (number|no)\b/, priority: 101, source: 'ID card number (GOV.UK family visa: "Identity card number"; outranks the payment cards\' "card number")' },
  { key: 'passport-number', re: /\bpassport (number|no)\b.*\btravel document\b|\btravel document (reference )?(number|no)\b/, priority: 101, source: 'UK visitor visa: "Passport number or travel document reference number" (one number; outranks the case numbers\' "reference number", held-out set 80)' },
  { key: 'passport-number', re: /\bpassport (number|no)\b|\btravel document (number|no)\b/, source: 'Passport number: Visa Code Annex I item 13, DS-160' },
  { key: 'passport-issuing-authority', re: /\bplace of issue\b/, priority: 103, context: PASS, source: 'Register to vote (overseas): "Place of issue, as shown on your passport, for example HMPO" (outranks the issue date; held-out set 64)' },
  { key: 'passport-issue-date', re: /\b(date of )?issue( date)?\b|\bissued on\b|\bissuance date\b/, context: PASS, source: 'Date of issue: Visa Code Annex I item 14' },
  { key: 'passport-expiry-date', re: /\b(expiry|expiration)( date)?\b|\bvalid until\b|\bdate of expiry\b/, context: PASS, source: 'Valid until: Visa Code Annex I item 15' },
  { key: 'passport-expiry-date', re: /\bpassport (expiry|expiration)( date)?\b/, priority: 101, source: 'Passport expiry date (outranks the payment-card expiry rule)' },
  { key: 'passport-issuing-authority', re: /\bissuing authority\b|\bissued by\b|\bauthority\b/, context: PASS, source: 'Issued by: Visa Code Annex I item 16' },
  // Tax, social security
  { key: 'tax-id', re: /\btax (id|identification number)\b|\btaxpayer id\b/, source: 'Tax ID' },
  { key: 'social-security-number', re: /\bsocial security( number)?\b|\bssn\b|\bnational insurance number\b|\bpersonal public service (number|no)\b|\bpps ?n?( number| no)?\b/, source: 'SSN: Chromium; NI number: GOV.UK; Ireland\'s PPS number (Child Benefit CB1, passport for a child: held-out sets 70, 73)' },
  { key: 'health-insurer', re: /\bhealth insur(er|ance (company|provider|fund))\b/, source: 'Health insurer' },
  { key: 'health-insurance-number', re: /\bnhs (number|no)\b|\bhealth insurance (number|no)\b|(?<!\bnational )\binsurance (number|no)\b/, source: 'Health insurance number; the NHS number (GOV.UK GHIC: the person\'s number in the health service)' },
  // Bank
  { key: 'account-holder', re: /\baccount holder( s)?( name)?\b|\baccount owner\b|\bname on (the|your) (bank )?account\b|\bname of (the )?account holder\b/, source: 'Account holder: SEPA mandates' },
  { key: 'bank-name', re: /\bbank name\b|\bname of (the )?bank\b/, source: 'Bank name' },
  { key: 'bank-name', re: /\bbank or building society name\b|\bname of (the |your )?bank or building society\b/, priority: 101, source: 'UK benefit forms: "Bank or building society name" (Social Security Scotland, held-out set 42): one institution, not two things' },
  // Not ours
  { key: null, re: /\btaxable\b|\bcontributions\b/, priority: 102, source: 'Student Finance PFF2: "Taxable pensions (State, occupational and personal)", "Personal pension contributions not paid through your employer": amounts (outranks the employer and the state; held-out set 75)' },
  { key: null, re: /\b(county|state|province|region) of birth\b|\bhow (is|are|was|were|did) (the child|you|they|he|she)\b.*\bcitizen(ship)?\b|\bcitizen(ship)? by (birth|descent|naturali[sz]ation)\b/, priority: 102, source: 'Passport for a child (Ireland): "County of birth" (not the address\'s county), "How is the child an Irish citizen?" (a route, not a nationality; held-out set 73)' },
  { key: null, re: /\bpaye (reference|ref)\b|\bemployer( s)? (paye )?(reference|ref)\b/, priority: 102, source: 'HMRC: "Employer PAYE reference" (the employer\'s tax reference, not its name; held-out set 69)' },
  { key: null, re: /\bname and (postal )?address\b|\baddress and name\b|\bname of (the )?firm\b|\bfirm( s)? name\b/, source: 'One box for a name and an address ("GP surgery name and address", "Name and address of the hospital"): neither key fills it (held-out set 68); an employer\'s stays the employer (priority 101). An accountant\'s "Name of firm" is a firm\'s (HMRC, held-out set 69)' },
  { key: null, re: /(?<!one time )\bpass ?word\b|\bpass ?phrase\b|\bpin\b/, source: 'Login fields' },
  { key: null, re: /\buser ?name\b|\blog ?in\b|\buser ?id\b|\bscreen ?name\b|\bdisplay ?name\b|\bhandle\b|\bnick ?name\b|\bprofile name\b|\baccount name\b/, source: 'Account names, not the person’s name (Chromium USERNAME)' },
  { key: null, re: /\botp\b|\bone time (pass ?)?code\b|\b(verification|confirmation|security|access) code\b/, source: 'One-time codes (ikea.com email and phone verification)' },
  { key: null, re: /\bname of (the |your )?(gp |doctor s )?(surgery|practice|medical cent(re|er)|hospital|clinic|care home|nursing home|school|college|university|nursery)\b|\b(illness(es)?|disabilit(y|ies)|medical conditions?|health conditions?|medicines?|medication)\b/, source: 'GOV.UK Attendance Allowance: "Illness or disability", "Name of GP surgery or medical centre": a condition or a place, not a person\'s name' },
  { key: null, re: /\b(item|product|brand|file|project|team|group|pet|event|list|store|shop) name\b|\bname of (the )?(item|product|brand)\b|\bland ?mark\b/, source: 'Names of things, not of the person; landmarks' },
  { key: null, re: /\bbank (code|routing)\b|\brouting number\b|\bsort code\b|\baccount number\b/, source: 'Bank codes and account numbers other than IBAN'},
  { key: null, re: /\bsearch\w*\b|\bquery\b|\bkeywords?\b|\bfind\b/, source: 'Site search boxes (Chromium SEARCH_TERM)' },
  { key: null, re: /\bcoupon\b|\bpromo(tion(al)?)?\b|\bvoucher\b|\bgift\b|\bdiscount\b|\bredeem\b|\breferral\b/, source: 'Shop codes' },
  { key: null, re: /\bcard ?(number|holder|no|name|verification)\b|\bname on (the )?card\b|\bcredit card\b|\bcc (number|name|exp\w*)\b|\bcvv2?\b|\bcvc2?\b|\bcsc\b|\bsecurity code\b|\b(expiry|expiration|exp) (month|year|date)\b|\bmm yy\b|\bvalid thru\b/, source: 'Payment cards (Chromium CREDIT_CARD_*)' },
  { key: null, re: /\bcaptcha\b|\bverification code\b|\bsecurity (question|answer)\b|\bmessage\b|\bcomments?\b|\bsubject\b|\bnotes?\b|\binstructions\b|\bquantity\b|\bqty\b|\bamount\b|\bwebsite\b|\burl\b/, source: 'Free text and numbers' },
  { key: null, re: /\b(change|changed) (date|on)\b|\bdate (of|you) change\w*\b|\bwhen did you change\b/, source: 'GOV.UK register to vote: the date a name was changed, not a name' },
  { key: null, re: /\b(explain|reason|why)\b.*\b(cannot|can t|do not|don t|unable to)\b/, source: 'GOV.UK: "Explain why you cannot provide your National Insurance number", a reason, not the number' },
  { key: 'nationality', re: /^(country|country name|name of (the )?country)$/, context: /\bnationality\b|\bcitizen/, priority: 81, source: 'GOV.UK register to vote: "Country name" under "What is your nationality?"' },
  { key: null, re: /\bsignature\b|\bplace and date\b|\bdate and place\b/, source: 'Signatures' },
  { key: null, re: /\bhow long (have you|has he|has she|have they|did you) (lived|been living|live)\b|\b(moved in|move in date|date you moved)\b|\bwhen did you move\b|\bmove(d)? (to|into) (this|your|the) (address|home|property|house|flat)\b|\b(lived|living) (here|there|at this address) since\b|\bat this address since\b|\bsince when\b/, source: 'Since when the person lives there (GOV.UK address history): a date, not the address' },
  { key: null, re: /\b(account|order|reference|booking|reservation|customer|member(ship)?|case|confirmation|loyalty|\w*flyer|tracking|invoice|policy) (number|no|id)\b/, source: 'Case, booking and customer numbers (disneyworld, singaporeair in ../shared/corpus)' },
  { key: null, re: /\bhotel\b|\baccommodation\b/, source: 'Visa Code Annex I item 30: name of the hotel' },
  { key: null, re: /\bhow did\b.*\bbecome\b|\bhow (you|they) became\b/, source: 'GOV.UK child passport: "How did Parent 1 become a British citizen?" (a route, not a nationality)' },
  { key: null, re: /\bselect (an|your) address\b|\bchoose (an|your) address\b/, source: 'GOV.UK postcode look-up: the list of found addresses (the address fields follow it)' },
  { key: null, re: /\b(market )?value of\b|\bmoney in\b|\bstate (benefits?|pensions?)\b|\bamounts?\b|\bhow much\b|\bincome\b|\b(gross|net|take home) pay\b|\bearnings\b|\bsavings\b/, source: 'Amounts (GOV.UK Pension Credit, Universal Credit): sums, not a person\'s data; Student Finance PFF2: "Taxable pensions (State, occupational…)", "Personal pension contributions not paid through your employer" (held-out set 75); Legal Help CW1: "Value of other property or land", "Money in bank and building society accounts", "State benefits" (held-out set 98)' },
  { key: null, re: /\bwhich parent\b|\bclaiming (british |irish )?(nationality|citizenship) through\b/, priority: 102, source: 'First adult passport: "Which parent are you claiming British nationality through? Parent 1 / Parent 2": a choice of parent, not a nationality (held-out set 106)' },
  { key: null, re: /\b(occupation|soc|job) code\b|\bemployer s (registered|registration|reference) (number|no)\b/, priority: 102, source: 'Skilled Worker visa: "Occupation code" (a SOC code from the certificate of sponsorship), not the occupation (held-out set 94); Working Family Payment (Ireland): "Employer\'s registered number", not the employer\'s name (held-out set 90)' },
  { key: null, re: /\bplace of (marriage|wedding|civil partnership)\b|\bwhere (did you|were you|you) (get |got )?married\b|\bwhere you (registered|formed) your civil partnership\b/, priority: 95, source: 'Citizenship and visa forms: the place of a marriage is an event, not an address ("Country where you married or registered your civil partnership", EU Settlement Scheme family permit, held-out set 86)' },
];

export const EN_PERSONS: PersonRule[] = [
  { person: 'partner', re: /\bperson you (are going to|will|intend to) marry\b|\byour (fiance|fiancee|future (husband|wife|spouse))\b/, source: 'Marriage visitor visa: "The person you are going to marry or form a civil partnership with" (held-out set 35)' },
  { person: 'partner', re: /\bspouse\b|\bhusband\b|\bwife\b|\bco ?applicant\b|\bjoint applicant\b|\bsecond applicant\b|\bother parent\b|\bsecond parent\b|\bparent 2\b|\bparent (or |and )?carer (2|two)\b|\bcivil partner\b|\bpartner s\b|\byour partner\b/, source: 'Spouse / partner: GOV.UK, DS-160 "spouse"; the other parent: "Second parent or carer" (home to school travel assistance, held-out set 52); "your partner" ("If your partner works, who is their employer?": Council Tax Reduction, set 54)' },
  { person: 'child', re: /\bsiblings?\b|\bbab(y|ies)\b|\bnew ?born\b|\bchild(ren)?\b(?! (benefit|tax credit|trust fund|support|maintenance|care)\b)|\bdependent child(ren)?\b|\bdependants?\b|\bdependents?\b|\bson\b|\bdaughter\b/, counted: true, source: 'Siblings (school admissions: the child\'s brothers and sisters are the parent\'s children too, held-out set 50); Child / Dependant: GOV.UK Child Benefit' },
  { person: 'other', leading: true, role: 'vague', re: /\bother (adults|people|persons)( who live| living)? (in|with) (your|the) (home|household|you)\b|\badults and children\b/, source: 'NHS HC1: "Other adults who live in your home"; Disabled Facilities Grant: "Include adults and children, but not you or your partner": the household\'s other members, not the applicant\'s children (leading: before "children"; held-out sets 45, 46)' },
  { person: 'other', re: /\bperson (dealing with|responsible for)\b/, source: 'DVLA: "Full name of the person dealing with vehicle records" of a business keeper: someone else (held-out set 47)' },
  { person: 'other', re: /\bopponent( s)?\b|\bother party\b/, source: 'Legal Help CW1: "Opponent\'s date of birth", "Name of the opponent or other party": someone else (held-out set 98)' },
  { person: 'other', re: /\bdisabled person\b/, source: 'Disabled Facilities Grant: "2. The disabled person", "Disabled person\'s full name" beside "Are you the disabled person?": the person the adaptation is for (held-out set 46)' },
  { person: 'other', role: 'parent', ofChild: true, leading: true, re: /\b(father|mother) of (the|your) (child|baby)\b/, source: 'The other parent of the child a form is about ("the baby\'s father"): see the German line (held-out set 39)' },
  { person: 'other', role: 'parent', re: /\bfather\b|\bmother\b/, source: "Parents of a minor applicant: passport applications for children, Visa Code Annex I item 10 (English version: \"parental authority\")" },
  { person: 'other', role: 'guardian', re: /\b(parent or )?guardian\b|\bparental (authority|responsibility)\b|\bperson with parental\b/, counted: true, source: 'Visa Code Annex I item 10 (English version: "parental authority/legal guardian" of a minor applicant); school registrations ("Parent or guardian 1 / 2": the parents filling in for their child)' },
  { person: 'other', re: /\bperson (who|that) (needs|will (use|hold|receive|get))\b|\bperson you (are|re) (applying|claiming) (for|on behalf of)\b|\b(doctor|gp|consultant|nurse|(health ?care|health|medical|social)( or social)?( care)? professional|therapist|social worker)( s)?\b/, source: 'GOV.UK Blue Badge: "Details of the person who needs the badge" (applying for someone else); a doctor or GP is someone else the form asks about. Not "Contact name": on sign-up forms it is the person signing up' },
  { person: 'other', leading: true, re: /\bsomeone else s (child|baby)\b|\b(child|baby) (that |who )?(you are|you re) responsible for\b|\bbaby who is not your own\b/, source: 'Sure Start Maternity Grant (SF100): "Someone else\'s child", "Full name of the child you are responsible for": not the claimant\'s own child (leading: before "child"; held-out set 27)' },
  { person: 'other', leading: true, re: /\bfor (a )?minors?\b|\bif (you are|the applicant is) (a minor|under 18)\b/, source: 'Visa Code Annex I item 10 (English version: "for minors: parental authority"): the guardians of a minor applicant, someone else (leading: see the French line, held-out set 80)' },
  { person: 'other', leading: true, role: 'deceased', re: /(?<!\b(to|with) (the )?)\bperson who (has )?died\b|\bdeceased\b/, source: 'GOV.UK Tell Us Once: "The person who died": someone else; on a widow\'s or widower\'s claim the late spouse (classify/page.ts resolveDeceased)' },
  { person: 'other', leading: true, re: /\bif you (are|re) (filling in|completing|filling out) (this|the) (form|application) (for|on behalf of)\b/, source: 'Carer\'s Credit: "If you are filling in this form for the carer" (your name, your phone): the carer is the applicant, the one filling in for them someone else. Not "About you" on a form all in someone\'s name (Blue Badge on behalf, held-out set 68)' },
  { person: 'other', re: /\bcertifier\b/, source: 'Carer\'s Credit: "Care Certificate" (their name, their job title): the professional who certifies' },
  { person: 'other', leading: true, re: /\battestor\b|\bperson confirming your identity\b/, source: 'Register to vote (overseas): "Details of the person confirming your identity (attestor)": someone else (leading; held-out set 64)' },
  { person: 'other', leading: true, re: /\bprofessionals? who (know|knows|support|supports|work with|works with)\b|\banother professional\b|\bhealth ?care professional\b/, source: 'Child Disability Payment (Social Security Scotland): "Professionals who know the child", "Another professional": someone else, though the heading names the child (leading; held-out set 56)' },
  { person: 'other', leading: true, re: /\b(child|baby|son|daughter) s (mother|father)\b|\brelationship to (the|your) child\b|\bexecutor\b|\badministrator of the estate\b|\btheir (husband|wife|spouse|civil partner|partner)\b/, source: 'GOV.UK Tell Us Once (register a death): "The person who died", "The executor", and "Their husband, wife or civil partner", the deceased\'s spouse (leading: before the partner words). Not "your relationship to the person who died": that question is the applicant\'s. "Relationship to the child" over a household member or an authorised person: someone other than the child (held-out set 54)' },
  { person: 'other', re: /\b(close )?relatives?( \d+)?$|\bother adults?\b|\b(adults?|people) (who )?(live|living) with you\b|\blodgers?\b|\brepresentative\b|\blegal representative\b|\bhost\b|\binviting (person|company)\b|\blandlord\b|\bemergency contact\b|\bnext of kin\b|\bsponsor\b|\breference person\b/, counted: true, source: 'Visa Code Annex I items 10, 30 (English version); DS-160 contacts' },
  { person: 'other', re: /\b(the )?person you (care for|are caring for|look after|are looking after)\b|\bperson (being )?cared for\b|\bhelper\b|\b(person|someone) (who is )?helping you\b|\bcountersignator(y)?\b|\bwitness( s)?\b|\baccountant( s)?\b|\btax (adviser|advisor|agent)( s)?\b/, source: 'GOV.UK Pension Credit: "Someone helping you to apply"; passport applications: the countersignatory, the witness (Ireland, held-out set 73); HMRC Self Assessment: the accountant or tax adviser (held-out set 69)' },
  { person: 'other', re: /\bperson (who )?the (badge|application|claim|form) is for\b|^their (personal )?details$|\bthe badge holder\b/, source: 'Blue Badge for someone else: "Full name of the person the badge is for", a section "Their details" (held-out set 25), "The badge holder" beside "About you" (held-out set 68)' },
  { person: 'other', leading: true, re: /\bgrand ?(parents?|mother|father)( s)?\b/, counted: true, source: 'Child passport (first passport): "The child\'s grandparents", "Grandparent 1" (leading: before "child"; held-out set 30)' },
  { person: 'other', re: /\bcontact at the (organi[sz]ation|employer|company)\b|\bcontact s (name|email|e mail|phone|telephone)\b/, source: 'DBS check: "Contact at the organisation – full name", "Contact\'s email address" (held-out set 28)' },
  { person: 'other', re: /\bevidence provider\b|\bnominee\b|\bnominated person\b|\bsomeone (we can|to) talk to\b/, source: 'DSA: "Your evidence" provider, "Someone we can talk to about your application" (held-out set 34)' },
  { person: 'other', re: /\bchildcare provider\b/, source: 'Tax-Free Childcare: "Your childcare provider" (held-out set 26)' },
  { person: 'other', re: /(?<!\bpowers? of )\b(replacement )?attorneys?\b|\bcertificate provider\b|\b(person|people|persons) to (notify|be told)\b|\bcorrespondent\b/, counted: true, source: 'Lasting power of attorney (OPG, LP1H/LP1F): the attorneys, replacement attorneys, certificate provider, people to notify and correspondent are others; the donor fills it in (held-out set 24)' },
  { person: 'applicant', role: 'minor', asApplicant: /\bapplicant\b/, re: /\bpupil\b/, source: 'Named as the applicant ("The pupil (applicant)"): see the French line; School admissions: the pupil, beside "Parent or guardian 1 / 2"' },
  { person: 'applicant', re: /\bapplicant\b|\byour details\b|\babout you\b|\bparent (1|one)\b|\bparent (or |and )?carer (1|one)\b/, source: 'Applicant; "Parent 1" (GOV.UK child passport: the parent filling in, Parent 2 the other parent)' },
];

/** Earlier jobs (see the German line). */
export const EN_FORMER_JOBS: ScopeRule[] = [
  { re: /\b(employment|work|job) history\b|\bprevious (jobs|employment|employers)\b/, source: 'Employment history tables: earlier employers and jobs, not the current ones' },
];

export const EN_FORMER_ADDRESS: ScopeRule[] = [
  { re: /\b(previous|former|prior|old|last) (uk |home |postal )?(address|addresses|residence|home address|postal address)\b|(?<!\baddress and )\baddress history\b|\b(every|each|all|any) address(es)? you (have )?lived at\b|\btime (spent )?abroad\b|\btravel history\b|\btrips? abroad\b/, source: '"Your previous UK address" (register to vote from abroad, held-out set 64); "Give every address you have lived at in the last 5 years" (housing register, held-out set 61); Time abroad (citizenship and visa forms) and GOV.UK applications asking for the addresses of the last three years ("previous address")' },
];

/** A page's title heading that names the form ("Apply for a child's passport", "Register to vote", "Claim …"). */
/** A page about the death of the claimant's spouse, a claim for a survivor's benefit or a report of the death: the person who died was the spouse (Bereavement Support Payment, Widowed Parent's Allowance, held-out set 39). */
export const EN_SPOUSE_DIED = /\bdeath of (your|a|their) (husband|wife|spouse|civil partner|partner)\b|\bbereavement (support|allowance|payment)\b|\bwidow(ed parent)? s (pension|allowance)\b/;

/** A field's own label naming the applicant by role (see the German line; "joint" and "second applicant" are the partner's words, read first). */
export const EN_APPLICANT_ROLE = /(?<!\b(the|to|of|with|for|by|an|a|as) )\bapplicant\b/;

/** A page title naming the form: "Apply for …", or a benefit's name and "application" ("Child Disability Payment application", held-out set 56), not a heading about the applicant's application. */
export const EN_FORM_TITLE = /^(apply|application|register|claim)\b|^(?!.*\b(you|your|about)\b)[a-z ]+ (application|claim)( form)?$/;

export const EN_EARLIER_NAMES: ScopeRule[] = [
  { re: /\b(previous|former|earlier) names?\b/, source: 'First adult passport (HMPO): "Previous names", "Previous name 1" over "First names" and "Last name": a name used before (held-out set 106)' },
];

export const EN_APPLICANT_PARENTS: ScopeRule[] = [
  { re: /\byour parents\b|\bparents of the (applicant|child|student|minor)\b|\bapplicant s parents\b/, source: 'Student finance and passport applications for children: "Your parents", "Parent 1" / "Parent 2"' },
];

/** A doctor's practice or an employer: its address, phone and email are not the person's (its people are "other", their names kept). */
export const EN_PREMISES: ScopeRule[] = [
  { re: /\b(doctor|gp|consultant)( s)?\b|\b(gp|doctor s) (surgery|practice)\b/, source: 'GOV.UK Blue Badge, PIP: the GP\'s or doctor\'s surgery address and phone' },
  { re: /\bemployer( s)?\b|\b(your )?workplace\b|\bplace of work\b/, source: 'Employer details (GOV.UK Universal Credit, jobseeker forms): the employer\'s address and phone; "Address of your workplace" (housing register, held-out set 61)' },
  { re: /\bvenue\b|\b(evidence|provider s) organi[sz]ation\b/, source: 'Marriage visitor visa: the wedding venue\'s address; DSA: the evidence provider\'s organisation (held-out sets 34, 35)' },
  { re: /\b(surgery|clinic|hospital|practice) (address|postcode)\b/, source: 'Sure Start Maternity Grant: "Surgery, clinic or hospital address" of the health professional (held-out set 27)' },
  { re: /\b(address|phone|telephone|postcode) of (the place )?where (they|he|she) works?\b/, source: 'PIP claim: "Address of where they work" of a health professional: their workplace (held-out set 23)' },
];

export const EN_ANIMAL: ScopeRule[] = [
  { re: /\b(your|the) (dog|cat|pet|animal)( s)?\b|\babout (your|the) (dog|pet)\b/, source: 'Dog licences, pet registrations: the animal\'s name, sex and birth date' },
];

export const EN_BUSINESS: ScopeRule[] = [
  { re: /\bhospital (stays?|admissions?|visits?)\b|\b(stays?|time) in hospital\b|\bhospitali[sz]ations?\b/, source: 'Hospital stays (PIP, Blue Badge): an institution\'s name and address. Not a bare "Clinic": a clinic\'s own sign-up form asks for the patient' },
  { re: /\bbusiness (address|premises|details)\b|\bcompany (address|details)\b|\bregistered office\b|\bplace of business\b|\byour (business|company) (address|details)\b/, source: 'GOV.UK business registrations: "Business address", "Registered office"' },
];
