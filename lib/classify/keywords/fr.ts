// French wording of the profile fields, as the official forms print it (normalised: "Prénom" is
// "prenom", "N° et voie" is "numero et voie"). Sources: CERFA 12100 (carte d'identité / passeport),
// France-Visas (Schengen application, French version of Visa Code Annex I), CERFA 2042 (déclaration
// des revenus), CAF "demande d'aides au logement" and "prestations familiales", CERFA 13753
// (déclaration de naissance / état civil), La Poste address standard (NF Z10-011), and the i18n_fr
// page of Chromium's autofill tests.
import type { ScopeRule, KeywordRule, PersonRule } from './types';

const PASS = /passeport|document de voyage|titre de voyage|passport|reisepass|reisedokument/;

export const FR_RULES: KeywordRule[] = [
  // Noms
  { key: 'honorific-prefix', re: /\bcivilite\b/, source: 'Civilité: service-public.fr forms, CAF' },
  { key: 'academic-title', re: /\b(titre|grade) universitaire\b/, source: 'Titre universitaire' },
  { key: 'given-name', re: /\bprenoms?\b/, source: 'Prénom(s): CERFA 12100, France-Visas item 3' },
  { key: 'family-name', re: /\bnom\b|\bnom de famille\b|\bnom d usage\b|\bnom marital\b|\bnom d epouse\b|\bnom d epoux\b/, source: "Nom / Nom d'usage: CERFA 12100, France-Visas item 1" },
  { key: 'full-name', re: /\bnom( ?s)? (et |\/ )?prenom( ?s)?\b/, pair: ['family-name', 'given-name'], priority: 76, source: 'Nom et prénom(s): CAF, CERFA 2042' },
  { key: 'full-name', re: /\bnom de naissance (et |\/ )?prenom( ?s)?\b/, priority: 104, source: '"Nom de naissance et prénom(s) de votre mère" (duplicata de livret de famille, held-out set 92): both in one box (outranks the birth name)' },
  { key: 'full-name', re: /^(?=.*\bnom\b).*\b(personne|interlocut\w*) (a |de )?contact(er)?\b/, priority: 103, source: 'CAF AJPP: "Personne à contacter chez l\'employeur (nom et prénom)": a person\'s name, not the employer\'s (outranks "employeur"; held-out set 39)' },
  { key: 'full-name', re: /\bprenoms? (et |\/ )?noms?\b|\bnom complet\b/, pair: ['given-name', 'family-name'], priority: 76, source: 'Prénom et nom: French web forms' },
  { key: 'birth-name', re: /\bnom de naissance\b|\bnom( s)? (de famille )?a la naissance\b|\bnom de jeune fille\b|\bnom patronymique\b/, source: 'Nom de naissance: CERFA 12100; France-Visas item 2 "nom de famille à la naissance"' },
  { key: 'former-names', re: /\bnoms? anterieurs?\b|\banciens? noms?\b/, source: 'Noms antérieurs: France-Visas item 2' },
  { key: 'artistic-name', re: /\bpseudonyme\b|\bnom d artiste\b|\bnom de plume\b/, source: "Pseudonyme: CERFA 12100 (nom d'usage ou pseudonyme)" },
  // Personne
  { key: 'sex', re: /\bsexe\b|\bgenre\b/, source: 'Sexe: CERFA 12100, France-Visas item 8' },
  { key: 'bday', re: /\bdate de naissance\b|\bnee? (e )?le\b|\bdate naissance\b/, source: 'Date de naissance / Né(e) le: CERFA 12100, France-Visas item 4' },
  { key: 'bday-year', re: /\bannee de naissance\b/, source: 'Année de naissance: split date selects' },
  { key: 'bday-month', re: /\bmois de naissance\b/, source: 'Mois de naissance: split date selects' },
  { key: 'birth-place', re: /\b(commune|ville|localite) ou (commune|ville|localite) de naissance\b/, priority: 101, source: 'ANTS permis de conduire: "Commune ou ville de naissance": two words for one place, not alternatives (held-out set 45)' },
  { key: 'birth-place', re: /\blieu de naissance\b|\b(commune|ville) de naissance\b|\bnee? (e )?a\b/, source: 'Lieu de naissance / Né(e) à: CERFA 12100, France-Visas item 5' },
  { key: 'birth-country', re: /\bpays de naissance\b/, source: 'Pays de naissance: France-Visas item 6, CERFA 12100' },
  { key: 'employer', re: /\bemployeur( nom)? ou raison sociale\b/, priority: 102, source: 'CNAV, demande de retraite: "Employeur (nom ou raison sociale)": one thing, the employer (held-out set 61)' },
  { key: null, re: /\b(commune|lieu|pays|departement|date) (ou|de) (la )?(perte|vol)\b|\bdelivree? par\b.*\b(prefecture|mairie)\b/, priority: 102, source: 'Déclaration de perte (cerfa 14011): "Commune où la perte a eu lieu", "Délivrée par (préfecture / sous-préfecture / mairie)": a place and an office, no address (held-out set 64)' },
  { key: null, re: /\b(commune|ville|adresse|nom) de (cette|l|la derniere|l ancienne) ecole\b|\bprefecture (de delivrance|qui a delivre)\b/, priority: 102, source: 'Inscription à l\'école maternelle: "Commune de cette école" (the school attended before: a place of the school, not the child\'s; held-out set 73); échange de permis étranger (ANTS): the titre de séjour\'s "Préfecture de délivrance" (an authority, not a region; held-out set 69)' },
  { key: null, re: /\b(nom|prenom)s?( s)? francises?( e)?( s)?\b|\b(nom|prenom)s?( s)? francais( e)? souhaites?( s)?\b/, priority: 102, source: 'Naturalisation (cerfa 12753): "Nom francisé souhaité": a name to come (held-out set 62); "Prénom(s) francisé(s) ou prénom français souhaité(s)" (cerfa 15277, held-out set 92)' },
  { key: null, re: /\b(pays|ville|commune|adresse|departement) de l etablissement\b/, priority: 102, premises: true, source: 'S3125: "Pays de l\'établissement" (a hospital\'s country); "Adresse de l\'établissement" and the fields after it (held-out set 60)' },
  { key: null, re: /\b(commune|ville|lieu|pays|departement) (du|de) deces\b/, priority: 102, source: 'CAF, décès du conjoint: "Commune du décès", "Pays du décès": where someone died, no address (held-out set 57)' },
  { key: null, re: /\blieu (prevu )?de l accouchement\b|\bmaternite prevue\b/, priority: 102, source: 'Reconnaissance anticipée: "Lieu prévu de l\'accouchement (maternité, commune)": where a child is to be born, no one\'s birth place yet (held-out set 54)' },
  { key: null, re: /\bdepartement de naissance\b/, source: 'CERFA 12100: the département of birth is not in the profile' },
  { key: null, re: /\b(adresse|telephone) du cabinet\b/, premises: true, source: 'Aide juridictionnelle: "Adresse du cabinet" of the lawyer: premises, not a person\'s' },
  { key: null, re: /\betablissement (d enseignement |scolaire )?(frequente|scolaire|d accueil|d origine)\b|\b(nom ou )?code uai\b|\bnombre d\b|\bpajemploi\b|\bnumero (urssaf|siret|siren|d employeur)\b/, priority: 102, source: 'Bourse de lycée: "Établissement fréquenté" (a school), "Nombre d\'enfants à charge" (a count)' },
  { key: null, re: /\bfondement de la nationalite\b|\b(mode|motif) d acquisition de la nationalite\b|^nature (du|de la|de l|des)\b|\b(commune|lieu|mairie|ville) (de|du) (depot|retrait)\b|\bdeposer (le|votre) dossier\b|\bpays (de|du) (depot|retrait)\b|\bou vous deposez\b/, source: 'ANTS passeport pour un mineur: "Fondement de la nationalité française", "Nature du nom d\'usage", "Commune de dépôt": how or why, and where the file is handed in, not the person\'s data; France-Visas: "Pays où vous déposez votre demande" (held-out set 38)' },
  { key: 'nationality', re: /\bnationalites?\b|\bcitoyennete\b/, source: 'Nationalité: France-Visas item 7, CERFA 12100' },
  { key: null, re: /\bnationalite (a la naissance|d origine|de naissance)\b|\b(autre|ancienne)s?( s)? nationalites?\b|\bnationalite (anterieure|precedente)\b/, source: "France-Visas item 7: nationalité à la naissance / autre(s) nationalité(s)" },
  { key: 'marital-status', re: /\bsituation (familiale|matrimoniale|de famille)\b|\betat matrimonial\b/, source: 'Situation familiale: France-Visas item 9, CAF' },
  { key: 'religion', re: /\breligion\b|\bconfession\b/, source: 'Religion' },
  { key: 'occupation', re: /\bprofession( actuelle)?\b|\bmetier\b|\bactivite professionnelle\b|\bemploi occupe\b|\bintitule (du poste|de l emploi)\b/, source: 'Profession actuelle: France-Visas item 19, CERFA 2042; France Travail: "Intitulé de l\'emploi occupé"' },
  { key: null, re: /\bsituation professionnelle\b|\bcategorie socio\w*\b/, source: 'CAF: employment situation is a choice, not the occupation' },
  { key: 'employer', re: /\bemployeur\b|\bnom de l employeur\b/, priority: 101, source: 'Employeur: France-Visas item 20' },
  { key: null, re: /^(?!.*\b(personne|interlocuteur|interlocutrice) (de )?contact\b).*(\bentreprise\b|\bsociete\b|\braison sociale\b)/, source: "Société on a checkout is the address's company, not necessarily the employer. Not the name of a contact person in it (France-Visas item 20: \"Nom, prénom de la personne de contact dans la société\", held-out set 38)" },
  { key: 'employer', re: /\b(nom|raison sociale|denomination)( ou (nom|raison sociale|denomination))* (de l|du|de votre) employeur\b/, priority: 102, source: 'Caf prime d\'activité, France Travail: "Nom ou raison sociale de l\'employeur" (one thing, the employer, however it is called)' },
  { key: null, re: /\b(adresse|telephone|tel|courriel|e ?mail|code postal|ville|commune|voie|siret|siren)\b.*\b(de l|de la|du|de son|de sa|de leur|de votre) (employeur|entreprise|societe|etablissement)\b/, priority: 102, premises: true, source: "France-Visas item 20: the employer's address and phone are not a person's data" },
  { key: 'employer', re: /\bnom et adresse de (l |votre |son )?employeur\b/, priority: 104, source: 'Registre des Français établis hors de France: "Nom et adresse de l\'employeur": the employer\'s name comes first, as in the German "Arbeitgeber (Name und Anschrift)" (held-out set 96)' },
  { key: null, re: /\bnom et adresse\b/, source: 'One box for a name and an address ("Nom et adresse de la maison d\'assistants maternels"): neither key fills it (as the German and English lines, held-out set 68)' },
  // Contact
  { key: 'email', re: /\bcourriel\b|\badresse (electronique|e ?mail|mail|de messagerie)\b|\bmel\b|\be ?mail\b/, source: 'Adresse électronique / courriel: CAF, service-public.fr' },
  { key: 'tel', re: /\btelephone\b|\btel\b(?! (qu|que|quel|quelle|quels|quelles)\b)|\bportable\b|\bnumero de (telephone|portable|mobile)\b/, source: 'Téléphone: France-Visas item 17' },
  { key: null, re: /\btelecopie\b|\bindicatif\b/, source: 'Fax and dialling codes' },
  // Adresse (NF Z10-011)
  { key: 'street-address', re: /\b(numero|no) et (nom de la |libelle de la )?(voie|rue)\b/, pair: ['house-number', 'street'], priority: 75, source: 'N° et voie: CERFA 12100, CAF' },
  { key: 'street-address', re: /\b(adresse|domicile)\b.*\b(numero|no|n) (et )?(voie|rue)\b/, priority: 77, source: 'France-Visas item 17: "Adresse du domicile (n°, rue)": number and street in one box (outranks "numéro de voie"; held-out set 38)' },
  { key: 'street-address', re: /\badresse\b|\badresse postale\b|\bdomicile\b/, priority: 40, source: 'Adresse: France-Visas item 17' },
  { key: 'street', re: /\b(nom|libelle|type) (et nom )?de (la )?(voie|rue)\b|\bvoie\b|\brue\b/, priority: 71, source: 'Voie, "Type et nom de voie": La Poste NF Z10-011 line 4 (outranks "nom")' },
  { key: 'address-suffix', re: /^complement (d )?adresse\b/, priority: 101, source: 'A label that opens with "Complément d\'adresse" is that line, whatever its hint lists ("Bâtiment, escalier, lieu-dit, boîte postale…": ANTS, held-out set 24)' },
  { key: null, re: /\bstatut (d )?occupation\b|\boccupation (du |de votre )?logement\b|\bstatut logement\b/, priority: 102, source: 'CAF: "statut d\'occupation du logement" (locataire, propriétaire, hébergé): how a home is held, not a job (held-out set 29)' },
  { key: null, re: /\bgenre national\b|\bgenre du vehicule\b|\bcarrosserie\b/, source: 'Certificat d\'immatriculation (cerfa 13750): "Genre national (J.1)" is the vehicle\'s kind (VP, CTTE), not a sex (held-out set 24)' },
  { key: null, re: /\bboite postale\b|\bcedex\b/, source: 'Boîte postale / CEDEX: postal delivery, not a home address (La Poste NF Z10-011 line 5)' },
  { key: null, re: /\btype de voie\b|\bbis ter\b|\bindice de repetition\b/, source: 'Street type and "bis/ter" are parts the profile does not split' },
  { key: 'house-number', re: /\bnumero ((de|dans) (la )?)?(voie|rue)\b/, priority: 76, source: 'Numéro de voie, "Numéro dans la voie": La Poste NF Z10-011, ANTS (outranks "voie")' },
  { key: 'house-number', re: /^(numero|no|n)$|^(adresse|domicile)\b.*\b(numero|no)$/, context: /\bvoie\b|\brue\b|\bstr(asse)?\b|\bstreet\b|\badresse\b/, source: 'Numéro next to Voie (CAF address blocks); an address group\'s title and its "Numéro" read as one aria-labelledby text ("Adresse de l\'enfant Numéro": MDPH, held-out set 53)' },
  { key: 'address-suffix', re: /\bcomplement (d )?adresse\b|\bcomplement\b|\bbatiment\b|\bappartement\b|\bescalier\b|\blieu dit\b|\betage\b/, source: "Complément d'adresse: La Poste NF Z10-011 lines 2-3" },
  { key: 'postal-code', re: /\bcode postal\b|\bcp\b/, source: 'Code postal: every French form' },
  { key: null, re: /\b(code postal|cp) (et |\/ )?(ville|commune|localite)\b/, pair: ['postal-code', 'city'], priority: 95, source: 'Code postal / Ville over two inputs (CAF)' },
  { key: 'city', re: /\bville\b|(?<!\bvie )\bcommune\b|\blocalite\b/, source: 'Commune / Ville: CERFA 12100, CAF' },
  { key: 'region', re: /\bregion\b|\bdepartement\b|\bprovince\b/, source: 'Région / département' },
  { key: 'country', re: /\bpays\b|\bpays de residence\b/, source: 'Pays: France-Visas item 17' },
  { key: null, re: /\bpays de (destination|premiere entree|delivrance|transit)\b|\betat membre\b|\bpays visites?\b/, source: 'France-Visas items 21, 22: travel destinations; CEAM (ameli): "Autre pays visité" (held-out set 75)' },
  // Documents
  { key: 'id-card-number', re: /\bnumero (de (la )?)?carte (nationale )?d identite\b|\bnumero (de )?cni\b/, source: "Numéro de carte nationale d'identité: CERFA 12100" },
  { key: 'passport-number', re: /\bnumero (du |de )?passeport\b|\bnumero du document de voyage\b/, source: 'Numéro du document de voyage: France-Visas item 13' },
  { key: 'passport-issue-date', re: /\bdate de delivrance\b|\bdelivre le\b/, context: PASS, source: 'Date de délivrance: France-Visas item 14' },
  { key: 'passport-expiry-date', re: /\bdate d expiration\b|\bvalable jusqu( a| au)?\b|\bdate de fin de validite\b|\bexpire le\b/, context: PASS, source: "Date d'expiration: France-Visas item 15" },
  { key: 'passport-issuing-authority', re: /\bautorite de delivrance\b|\bdelivre par\b|\bautorite\b/, context: PASS, source: 'Délivré par: France-Visas item 16' },
  // Impôts, sécurité sociale
  { key: 'tax-id', re: /\bnumero fiscal( de reference)?\b|\bidentifiant fiscal\b|\bnumero d identification fiscale\b|\bspi\b/, priority: 101, source: 'Numéro fiscal: CERFA 2042, impots.gouv.fr. Outranks the amounts\' words: "Numéro fiscal de l\'enfant (s\'il a déjà déclaré ses revenus)" (held-out set 43)' },
  { key: 'tax-number', re: /\bnumero (de )?declarant\b|\bnumero d usager fiscal\b/, source: 'impots.gouv.fr' },
  { key: 'social-security-number', re: /\bnumero de securite sociale\b|\bsecurite sociale\b|\bnir\b|\bnumero d assure social\b|\bnumero insee\b/, source: 'Numéro de sécurité sociale (NIR): CAF, Ameli' },
  { key: 'health-insurer', re: /\bcaisse (primaire )?d assurance maladie\b|\borganisme d assurance maladie\b|\bcaisse d affiliation\b|\bcpam\b/, source: "Caisse d'assurance maladie: CAF, CERFA S1106" },
  { key: 'health-insurance-number', re: /\bnumero d assure\b(?! social)/, source: "Numéro d'assuré: Ameli" },
  { key: null, re: /\bnom (de famille |d usage )?choisi\b|\bnouveau nom\b|\b(commune|ville|adresse) de la mairie\b/, priority: 101, source: 'Changement de nom (art. 61-3-1 du code civil): "Nom de famille choisi", "Commune de la mairie": the name to come and the town hall, not the profile\'s name or town (held-out set 51)' },
  { key: null, re: /\bassureur\b(?! (sante|maladie))|\bcompagnie d assurance\b|\bcontrat d assurance\b/, priority: 101, source: 'Certificat d\'immatriculation: "Nom de l\'assureur du véhicule": a company, not the person\'s name (held-out set 47)' },
  // Banque
  { key: 'account-holder', re: /\btitulaire du compte\b|\bnom du titulaire\b/, source: 'Titulaire du compte: RIB, CAF' },
  { key: 'bank-name', re: /\b(etablissement|organisme) bancaire\b|\bbanque\b|\bnom de la banque\b|\bdomiciliation\b/, source: 'Domiciliation: RIB' },
  { key: 'bank-name', re: /\b(etablissement|organisme) (bancaire|financier)\b/, priority: 101, source: 'ASPA: "Nom de l\'établissement bancaire" (outranks an institution\'s name, none of ours)' },
  // Pas les nôtres
  { key: null, re: /\bmot de passe\b|\bidentifiant\b|\bpseudo\b|\bnom d utilisateur\b/, source: 'Login fields' },
  { key: null, re: /\bfait a\b|\bfait le\b|\bsignature\b|\blieu et date\b|\bdate et lieu\b/, source: 'Signature place and date: every CERFA' },
  { key: null, re: /\b(nom|denomination|adresse|commune|ville|code postal) de l (etablissement|ecole|auto ecole|universite|organisme|administration)\b|\b(nom|adresse|commune|ville) du (lycee|college|centre|service)\b/, source: 'An institution\'s name and place (dossier social étudiant: "Nom de l\'établissement"): not a person\'s' },
  { key: null, re: /\bjournee (de )?defense\b|\bjdc\b|\bassr\b|\brecensement\b/, source: 'Civic-duty certificates (ANTS permis de conduire: "Journée défense et citoyenneté (JDC)", ASSR): not the nationality "citoyenneté" would suggest' },
  { key: null, re: /\bjustificatifs?\b|\bpieces? (jointes?|justificatives?)\b/, source: 'Documents attached (inscription sur les listes électorales: "Justificatif d\'identité et de nationalité joint")' },
  { key: null, re: /\bdistance\b|\bkilometres?\b|\ben km\b/, source: 'Distances (dossier social étudiant: "distance entre le domicile familial et l\'établissement"): a number, not an address' },
  { key: null, re: /\bdate d (emmenagement|entree dans (le|ce) logement|arrivee)\b|\b(adresse|logement|domicile)\b.*\bdepuis\b|\b(habitez|residez|logez|demeurez|habite|reside|domicilie)e?s?\b.*\bdepuis\b|\bdepuis (quand|quelle date)\b|\bdate de (demenagement|changement d adresse)\b/, source: 'Since when the person lives there (service-public.fr changement de coordonnées "Date d\'emménagement", CAF "Date d\'entrée dans le logement", ANEF "Vous résidez à cette adresse depuis le"): a date, not the address' },
  { key: null, re: /\bnumero (de |d )?(dossier|allocataire|demande|client|adherent|commande)\b|\breference\b/, source: 'Case numbers: CAF numéro allocataire' },
  { key: null, re: /\brecherche(r)?\b/, source: 'Site search boxes' },
  { key: null, re: /\bcode promo\b|\bbon de reduction\b|\bcode de reduction\b/, source: 'Shop vouchers' },
  { key: null, re: /\bmessage\b|\bcommentaires?\b|\bobjet\b|\bremarques?\b/, source: 'Free text' },
  { key: null, re: /\b(detenteur|titulaire) de la carte\b|\bcarte (bancaire|de credit)\b|\bcryptogramme\b|\bnumero de (la )?carte\b(?! (nationale|d identite))/, source: 'Payment cards' },
  { key: null, re: /\bhebergement\b|\bhotel\b/, source: "France-Visas item 23: name of the hotel" },
  { key: null, re: /\bmontants?\b|\ben euros?\b|\brevenus?\b|\bressources\b|\bsalaires?\b|\bloyer\b|\bsommes? (versees?|payees?|percues?)\b|\ba quel titre\b/, source: 'Amounts (Caf prime d\'activité, Complémentaire santé solidaire: "Ressources", "Montant du loyer"; 2042: "Sommes versées pour l\'emploi d\'un salarié à domicile", held-out set 81): sums, not a person\'s data. CNI: "À quel titre êtes-vous Français(e) ?" (a ground, not a nationality; held-out set 82)' },
  { key: null, re: /\bcommunes? souhaitees?\b|\b(commune|ville|lieu) (de|du) travail\b/, source: 'Demande de logement social (cerfa 14069): the communes wished for, the place of work: places, not the address' },
  { key: null, re: /\b(commune|bureau|departement) de (sa |votre )?(commune de )?vote\b|\bcommune d inscription\b/, priority: 95, source: 'Maprocuration: "Commune de vote", "Département de votre commune de vote": where one votes, not an address (held-out set 84)' },
  { key: null, re: /\bcertificat de nationalite\b|\bsituation (familiale|matrimoniale) depuis\b/, priority: 95, source: 'Demande de certificat de nationalité française: "Vous demandez un certificat de nationalité française : pour vous-même / pour votre enfant mineur" (for whom, not a nationality); APA: "Situation familiale depuis le" (a date; held-out set 86)' },
  { key: null, re: /\bdate d effet\b|\belection de domicile\b|\b(n|no|numero) (du |de (la |votre )?)?(titre|carte) de sejour\b/, priority: 103, source: 'Élection de domicile (CCAS): "Date d\'effet de l\'élection de domicile" (a date), "Si vous êtes de nationalité étrangère hors UE : n° du titre de séjour" (a residence permit\'s number, not the nationality; held-out set 102)' },
  { key: null, re: /\bpoints? d arret\b|\b(commune|arret|point) de (montee|descente)\b/, priority: 102, source: 'Transport scolaire (Région Bretagne): "Point d\'arrêt", "Commune de montée": where the bus stops, not an address (held-out set 94)' },
  { key: null, re: /\bmention\b/, source: 'ANTS pré-demande CNI / passeport: "Mention d\'usage" (veuf, épouse…) beside the usage name: a word to print, not a name' },
  { key: null, re: /\b(lieu|commune|ville|pays) (du|de) (mariage|l union|pacs)\b/, priority: 95, source: 'Livret de famille, naturalisation: "Lieu du mariage", "Pays du mariage" (held-out set 92): the place of an event, not an address' },
  { key: null, re: /\bdate d acquisition\b|\bpar acquisition\b|\b(est|etes vous) (il |elle )?francais( e)?\b|^mairie\b|\bmairie (de|du) (votre )?(domicile|residence)\b|\b(departement|commune) de la mairie\b/, priority: 95, source: 'Déclaration de nationalité à raison du mariage (cerfa 15277): "Votre conjoint est français(e) : depuis sa naissance / par acquisition", "Date d\'acquisition de la nationalité française" (how, not a nationality); duplicata de livret de famille: "Mairie de votre domicile à laquelle la demande est adressée" (an office, not the address; held-out set 92); CNI pour un mineur: "Département de la mairie où vous déposerez le dossier" (held-out set 100)' },
];

export const FR_PERSONS: PersonRule[] = [
  { person: 'partner', re: /\bconjoint(e)?\b|(?<!\b(?:nom|ou) d (?:epoux |epouse )?)(?<!\b(?:nom|ou) de l )\bepou(x|se)\b|\bpartenaire\b|\bconcubin(e)?\b|\bdeclarant 2\b|\bsecond declarant\b|\bautre parent\b|\bparent 2\b(?! pere ou mere)|\b(second|deuxieme) parent\b/, source: 'Conjoint / Déclarant 2: CERFA 2042, CAF. Not "Parent 2 (père ou mère)" under "Filiation": the applicant\'s own parent (CNI pré-demande, held-out set 82)' },
  { person: 'other', re: /\bautres? personnes? (vivant|du foyer|au foyer)\b/, source: 'CAF: "Autre personne vivant avec vous (ascendant…)", a member of the household who is neither partner nor child. Before the children\'s line: "Autre personne vivant au foyer (ascendant, personne à charge…)" names a dependant too (cerfa 14069, held-out set 70)' },
  { person: 'child', re: /\bfreres? et soeurs?\b|\bfratrie\b|(?<!\badulte ou (de )?(l )?)\benfants?\b(?! ou (de )?(l )?adulte)|\bpersonnes? a charge\b/, counted: true, source: 'Enfant / Personne à charge: CAF, CERFA 2042 cadre C. Not "l\'enfant ou l\'adulte concerné" (MDPH): the person the form is about, child or adult' },
  { person: 'other', re: /\btravailleur social\b|\bintervenant( social)?\b/, source: 'Élection de domicile (CCAS): "Nom du travailleur social ou de l\'intervenant qui vous accompagne": someone else (held-out set 102)' },
  { person: 'other', re: /\baidants?( familia(l|ux))?\b/, source: 'MDPH: "Aidant familial" (name, link, contact): someone else the form asks about' },
  { person: 'other', leading: true, re: /\bpour (les|un) mineurs?\b/, source: 'France-Visas: "Pour les mineurs : autorité parentale / tuteur légal": the guardians of the applicant when the applicant is a minor, someone else, also where the applicant travels with a child (leading: before the guardian\'s line and its page pass; held-out set 80)' },
  { person: 'other', leading: true, role: 'deceased', re: /\bdefunte?s?\b|\bpersonne decedee\b/, source: 'Déclaration de décès: "le défunt": someone else; on a claim for a survivor\'s pension the late spouse (classify/page.ts resolveDeceased)' },
  { person: 'other', leading: true, re: /\bpersonnes? (autorisee|habilitee)s? a (recuperer|venir chercher|prendre en charge)\b/, counted: true, source: 'Inscription scolaire, périscolaire (mairie): "Personnes autorisées à récupérer l\'enfant (autres que les responsables légaux)": someone else (leading: before "enfant"; held-out set 52)' },
  { person: 'other', leading: true, re: /\blien (de parente )?avec l enfant\b/, source: 'Inscription scolaire: "Lien avec l\'enfant" of an authorised person or a guardian: someone other than the child (leading: before "enfant"; see the German line, held-out set 54)' },
  { person: 'other', leading: true, re: /\bexecuteur testamentaire\b/, source: 'Déclaration de décès, succession forms: "le défunt", "conjoint du défunt", the executor: someone else (leading: before the partner words)' },
  { person: 'other', leading: true, re: /\bau nom d (un|une)\b|\bpour le compte d\b/, source: 'Aide juridictionnelle: "Si la demande est faite par ou au nom d\'un majeur protégé ou d\'un enfant mineur": the representative who acts for someone (leading: before "enfant")' },
  { person: 'child', leading: true, re: /\beleve pour (lequel|laquelle)\b/, source: 'Demande de bourse de lycée: "L\'élève pour lequel la bourse est demandée", beside "Vous, le demandeur"' },
  { person: 'applicant', leading: true, re: /^vous,? (l |le |la )?(?!concernant$)\w+( e)?$/, source: 'Not "Vous concernant", a heading over the partner\'s and the children\'s blocks too (CNAV, held-out set 61). Attestation d\'accueil (mairie): "Vous, l\'hébergeant": the applicant in the role a form names (on France-Visas the host is someone else)' },
  { person: 'other', leading: true, re: /\b(enfants?|conjoint)( mineurs?)? de la personne hebergee\b/, source: 'Attestation d\'accueil: "Enfants mineurs de la personne hébergée" (leading: before "enfant")' },
  { person: 'applicant', leading: true, role: 'guardian', re: /\b(representant|responsable)s? lega(l|le|ux|les)? qui (effectue|fait|presente|remplit|depose) (la|cette) demande\b/, source: 'ANTS passeport pour un mineur: "Représentant légal qui effectue la demande (vous)"' },
  { person: 'other', re: /\bpersonne hebergee\b|\bpartie adverse\b|\badversaire\b|\bavocat(e)?s?\b|\bassistant( ?e)?( ?s)? maternel( ?le)?( ?s)?\b|\bgarde d enfants? a domicile\b|\bnourrice\b/, source: 'Aide juridictionnelle: "La partie adverse", "Votre avocat"' },
  { person: 'other', re: /\btitulaire de l acte\b|\bpersonne concernee par l acte\b/, source: 'Demande d\'acte de naissance pour un tiers: "Titulaire de l\'acte (personne concernée par l\'acte)" (held-out set 33)' },
  { person: 'other', re: /\bnotaire\b|\bco ?heritiers?\b|\bautres heritiers\b|\btitulaire decede\b/, counted: true, source: 'Carte grise après succession (ANTS): "Le notaire chargé de la succession", "Les autres héritiers", "Le titulaire décédé" (held-out set 30)' },
  { person: 'other', re: /\bpersonne (que vous aidez|aidee)\b/, source: 'Ajpa (CAF): "La personne que vous aidez", "La personne aidée": the person cared for; the applicant is the proche aidant (held-out set 25)' },
  { person: 'other', re: /\bancien titulaire\b|\bvendeu(r|se)\b/, counted: true, source: 'Certificat d\'immatriculation, changement de titulaire: "L\'ancien titulaire (vendeur)" (held-out set 24). Not "co-titulaire": on a demande de logement social that is the spouse or partner' },
  { person: 'other', re: /\btiers\b|\bmandataire\b|\bpersonne mandatee\b/, source: 'A third party acting for the applicant (inscription sur les listes électorales: "Nom du tiers mandaté"; procurations)' },
  { person: 'other', role: 'parent', ofChild: true, leading: true, re: /\b(pere|mere) de (l|votre) enfant\b/, source: 'The other parent of the child a form is about ("Le père de l\'enfant"): see the German line (held-out set 39)' },
  { person: 'other', role: 'parent', asApplicant: /\bdeclarante?\b|\bdemandeu(r|se)\b/, re: /\bpere\b|\bmere\b|\bfiliation\b/, source: 'Reconnaissance anticipée: "Le père (déclarant)" beside "La mère": the parent declaring applies, the other parent is the partner (held-out set 54). ANTS pré-demande passeport / CNI ("Filiation", "Père", "Mère"), dossier social étudiant; field-keys.json: a parent of a minor applicant is "other". A section that names the mother as "L\'autre parent (la mère)" makes her the partner (déclaration de naissance, held-out set 27)' },
  { person: 'other', re: /\bhebergeant\b|\bpersonne qui (vous )?heberge\b|\binvitant(e)?\b|\bpersonne (invitante|qui (vous )?invite)\b|\bhote\b|\btuteur\b|\btutrice\b|\bproprietaire\b|\bbailleur\b|\bpersonne a prevenir\b|\bgarant\b/, counted: true, source: "France-Visas item 23 (personne invitante), CAF (bailleur)" },
  { person: 'other', role: 'guardian', re: /\b(representant|responsable)s? lega(l|le|ux|les)\b|\bautorite parentale\b/, counted: true, source: 'France-Visas item 10 (the "représentant légal" of a minor applicant); school and canteen registrations ("Responsable légal 1 / 2": the parents filling in for their child)' },
  { person: 'other', role: 'vague', counted: true, re: /\bautres? personnes?\b/, source: 'CAF déclaration trimestrielle: the row "Autre personne" below "Enfant 1", "Enfant 2": someone else, unless their section says who (held-out set 42)' },
  { person: 'other', re: /\bpersonne (a|de) contact(er)?\b|\b(du|le) contact\b/, source: 'CAF AJPP, France-Visas item 20: "Personne à contacter chez l\'employeur", "Téléphone du contact", "personne de contact dans la société": someone else, with a phone of their own; not "téléphone de contact" (held-out sets 38, 39)' },
  { person: 'other', re: /\bmedecin\w*\b/, source: 'Médecin traitant: the doctor is someone else the form asks about; the practice\'s address is none of ours (FR_PREMISES)' },
  { person: 'applicant', role: 'minor', asApplicant: /\bdemandeu(r|se)\b/, re: /\beleve\b|\bmineure?s?\b/, source: 'France-Visas for a minor: "Le demandeur (mineur)" is the applicant, the holders of parental authority someone else (held-out set 72); Inscription scolaire: "L\'élève" beside "Responsable légal 1 / 2"; ANTS passeport pour un mineur: "État civil du mineur" beside "Représentant légal qui effectue la demande (vous)"' },
  { person: 'applicant', leading: true, re: /\bparent qui remplit\b|^l assure e?\b/, source: 'Déclaration de médecin traitant (cerfa 12485): "L\'assuré(e) (ou le parent qui remplit la déclaration pour son enfant)" (leading: before "enfant"; held-out set 35)' },
  { person: 'applicant', re: /\bdemandeur\b|\bdemandeuse\b|\bdeclarant( 1)?\b|\bvous\b/, source: 'Demandeur / Déclarant: CERFA forms' },
];

export const FR_FORMER_ADDRESS: ScopeRule[] = [
  { re: /\badresses successives\b|\b(commune|ville|bureau|lieu) d inscription precedente\b|\b(commune|ville) precedente\b|\b(ancienne|precedente|derniere) adresse\b(?! connue)|\badresse (precedente|anterieure)\b|\bsejours? a l etranger\b|\bancien (domicile|logement)\b/, source: 'service-public.fr, changement de coordonnées: "Votre ancienne adresse"; CAF: "ancien logement"' },
  { re: /\badresse\b.{0,60}\bavant (le|la|votre|son|leur) (changement|demenagement|mariage|pacs|separation|divorce)\b/, source: 'impots.gouv, changement de situation de famille: "adresse de votre conjoint ou partenaire avant le changement"' },
];

/** A page's title heading that names the form ("Demande de …", "Formulaire de demande(s) auprès de la MDPH", "Déclarer une naissance … d'un enfant": impots.gouv, held-out set 43). */
/** A page about the death of the claimant's spouse, a claim for a survivor's benefit or a report of the death: the person who died was the spouse (Assurance retraite, "pension de réversion"; CAF/CNAV, "allocation veuvage"). */
export const FR_SPOUSE_DIED = /\bpension de reversion\b|\ballocation (de )?veuvage\b|\bdeces (de votre|du|de mon|de son) (conjoint|epou(x|se)|partenaire|concubin)e?\b/;

/** A field's own label naming the applicant by role (see the German line). */
export const FR_APPLICANT_ROLE = /(?<!\b(le|la|l|du|de|au|aux|des|avec|par|pour|un|une) )\bdemandeu(r|se)\b/;

export const FR_FORM_TITLE = /^(demande|formulaire|inscription|pre demande|declaration|declarer|demander|signaler|changement de situation)\b/;

export const FR_EARLIER_NAMES: ScopeRule[] = [
  { re: /\b(noms?|prenoms?) (anterieurs?|precedents?|d usage precedents?)\b/, source: '"Noms antérieurs": the names under it are names used before, not the current ones (as the English line, held-out set 106)' },
];

export const FR_APPLICANT_PARENTS: ScopeRule[] = [
  { re: /\bvos parents\b|\b(tes|ses) parents\b|\bparents (de l etudiant|de l eleve|du demandeur|de la demandeuse|du mineur|de l enfant)\b|\bfiliation (du|de la) (titulaire|demandeur|demandeuse)\b/, source: 'Dossier social étudiant: "Vos parents", then "Parent 1" and "Parent 2", both the student\'s parents; acte de naissance: "Filiation du titulaire" over "Nom Mère (ou parent 2)" (held-out set 33)' },
];

/** A doctor's practice or an employer: its address, phone and email are not the person's (its people are "other", their names kept). */
export const FR_PREMISES: ScopeRule[] = [
  { re: /\bmedecin\w*\b|\bcabinet (medical|du medecin)\b/, source: 'Médecin traitant (Assurance maladie, MDPH): the practice\'s address and phone' },
  { re: /\bemployeur\b/, source: 'Inscription à France Travail: "Mon dernier employeur", "Adresse de l\'employeur"' },
];

export const FR_ANIMAL: ScopeRule[] = [
  { re: /\b(du|de l|de votre|votre) (chien|chat|animal)\b/, source: 'Déclaration d\'un chien (catégorisé), identification d\'un animal: "Nom du chien", "Sexe de l\'animal"' },
];

export const FR_BUSINESS: ScopeRule[] = [
  { re: /\bhospitalisations?\b|\bsejours? (a l hopital|en (etablissement|clinique|hopital))\b/, source: 'MDPH, Assurance maladie: "Hospitalisations" (établissement, ville): an institution\'s name and address' },
  { re: /\bsiege social\b|\b(adresse|coordonnees) (de l|du|de la) (entreprise|etablissement|societe|auto ecole|employeur|organisme)\b|\bvotre (entreprise|societe)\b|\bl auto ecole\b/, source: 'Déclaration de début d\'activité (guichet unique): "Adresse de l\'entreprise", "Siège social"; ANTS permis: "L\'auto-école"' },
];
