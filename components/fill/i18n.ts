// The fill preview's sentences in de, en, fr (Einfache Sprache: German with simpler sentences where
// it matters), as plain tables like the vault's (components/vault/i18n.ts). Every reason the
// planner, the executor or undo can give has a sentence the citizen can act on (STYLE: principle 8).
import type { Person } from '@/lib/fields/keys';
import type { ExecuteFailReason, ExecuteSkipReason, PlanSkipReason, UndoOutcome } from '@/lib/fill';
import type { UiLang } from '@/components/sidepanel/i18n';
import type { FillFieldOutcome } from '@/lib/messaging';

type Lang3 = 'de' | 'en' | 'fr';
const L = (de: string, en: string, fr: string) => ({ de, en, fr });

const TEXTS = {
  heading: L('Mit Ihrem Profil ausfüllen', 'Fill in from your profile', 'Remplir avec votre profil'),
  targetKnown: L('Formlotse füllt nur auf {origin} aus ({portal}).', 'Formlotse fills in only on {origin} ({portal}).', 'Formlotse remplit uniquement sur {origin} ({portal}).'),
  targetUnknown: L('Diese Seite ist kein bekanntes Portal. Formlotse füllt hier nur aus, wenn Sie die Adresse bestätigen:', 'This site is not a known portal. Formlotse fills in here only if you confirm its address:', "Ce site n'est pas un portail connu. Formlotse ne remplit ici que si vous confirmez son adresse :"),
  confirmSite: L('Ja, ich möchte das Formular auf {origin} ausfüllen.', 'Yes, I want to fill in the form on {origin}.', 'Oui, je veux remplir le formulaire sur {origin}.'),
  summary: L('{count} Angaben aus Ihrem Profil passen in die Felder, die jetzt zu sehen sind.', '{count} entries of your profile fit the fields shown now.', '{count} informations de votre profil correspondent aux champs affichés.'),
  summaryNone: L('Keine Angabe aus Ihrem Profil passt in die Felder, die jetzt zu sehen sind.', 'No entry of your profile fits the fields shown now.', 'Aucune information de votre profil ne correspond aux champs affichés.'),
  sensitiveSummary: L('{count} davon sind vertraulich: Formlotse trägt sie nur ein, wenn Sie sie ankreuzen.', '{count} of them are confidential: Formlotse enters them only if you tick them.', '{count} sont confidentielles : Formlotse ne les saisit que si vous les cochez.'),
  hidden: L('{count} Felder anderer Schritte sind ausgeblendet. Sie kommen dran, wenn ihr Schritt erscheint.', '{count} fields of other steps are hidden. They come up when their step is shown.', "{count} champs d'autres étapes sont masqués. Ils viendront quand leur étape s'affichera."),
  showPreview: L('Vorschau der Werte', 'Preview of the values', 'Aperçu des valeurs'),
  whoIs: L('Wer ist das?', 'Who is this?', "Qui est-ce ?"),
  nobody: L('Niemand – nicht ausfüllen', 'Nobody – do not fill in', 'Personne – ne pas remplir'),
  sectionsOf: L('Im Formular: {sections}', 'In the form: {sections}', 'Dans le formulaire : {sections}'),
  tickSensitive: L('Eintragen (vertraulich)', 'Enter it (confidential)', 'Saisir (confidentiel)'),
  skippedHeading: L('{count} Felder füllt Formlotse nicht aus', '{count} fields Formlotse does not fill in', '{count} champs que Formlotse ne remplit pas'),
  fillButton: L('Jetzt ausfüllen ({count})', 'Fill in now ({count})', 'Remplir maintenant ({count})'),
  filling: L('Wird ausgefüllt…', 'Filling in…', 'Remplissage…'),
  filledSummary: L('{filled} ausgefüllt, {skipped} übersprungen, {failed} fehlgeschlagen. Ausgefüllte Felder sind auf der Seite grün umrandet.', '{filled} filled in, {skipped} skipped, {failed} failed. Filled fields have a green outline on the page.', '{filled} remplis, {skipped} ignorés, {failed} en échec. Les champs remplis sont entourés de vert sur la page.'),
  checkPage: L('Prüfen Sie die Angaben auf der Seite, bevor Sie das Formular absenden.', 'Check the entries on the page before you send the form.', 'Vérifiez les informations sur la page avant d’envoyer le formulaire.'),
  undo: L('Rückgängig machen', 'Undo', 'Annuler'),
  undoing: L('Wird zurückgesetzt…', 'Undoing…', 'Annulation…'),
  undoneSummary: L('{count} Felder haben wieder ihren vorigen Inhalt.', '{count} fields have their previous content again.', '{count} champs ont retrouvé leur contenu précédent.'),
  clearMarks: L('Markierungen entfernen', 'Remove outlines', 'Retirer les contours'),
  locked: L('Ihr Profil ist gesperrt. Entsperren Sie es, um dieses Formular auszufüllen.', 'Your profile is locked. Unlock it to fill in this form.', 'Votre profil est verrouillé. Déverrouillez-le pour remplir ce formulaire.'),
  noProfile: L('Sie haben noch kein Profil. Legen Sie eines an, dann kann Formlotse Formulare für Sie ausfüllen.', 'You have no profile yet. Create one, and Formlotse can fill in forms for you.', "Vous n'avez pas encore de profil. Créez-en un, et Formlotse pourra remplir les formulaires pour vous."),
  createProfile: L('Profil anlegen', 'Create profile', 'Créer un profil'),
  loading: L('Profil wird geladen…', 'Loading profile…', 'Chargement du profil…'),
  detailLabel: L('Ausfüllen', 'Filling in', 'Remplissage'),
  planned: L('Formlotse würde hier „{value}“ eintragen.', 'Formlotse would enter “{value}” here.', 'Formlotse saisirait ici « {value} ».'),
  plannedSensitive: L('Vertraulich: nur wenn Sie es in der Vorschau ankreuzen.', 'Confidential: only if you tick it in the preview.', "Confidentiel : seulement si vous le cochez dans l'aperçu."),
  filled: L('Ausgefüllt.', 'Filled in.', 'Rempli.'),
  filledAs: L('Ausgefüllt; die Seite schreibt es „{value}“.', 'Filled in; the page writes it “{value}”.', 'Rempli ; la page l’écrit « {value} ».'),
  notFilled: L('Nicht ausgefüllt: {reason}', 'Not filled in: {reason}', 'Non rempli : {reason}'),
  failed: L('Fehlgeschlagen: {reason}', 'Failed: {reason}', 'Échec : {reason}'),
  badgeFilled: L('ausgefüllt', 'filled in', 'rempli'),
  badgeNotFilled: L('nicht ausgefüllt', 'not filled in', 'non rempli'),
  error_no_answer: L('Die Seite hat nicht geantwortet. Laden Sie sie neu und versuchen Sie es noch einmal.', 'The page did not answer. Reload it and try again.', "La page n'a pas répondu. Rechargez-la et réessayez."),
  error_page_moved: L('Die Seite hat sich gerade geändert. Warten Sie einen Moment und versuchen Sie es noch einmal.', 'The page just changed. Wait a moment and try again.', 'La page vient de changer. Attendez un instant et réessayez.'),
  error_no_origin: L('Auf dieser Seite füllt Formlotse nichts aus.', 'Formlotse fills in nothing on this page.', 'Formlotse ne remplit rien sur cette page.'),
};
export type FillTextId = keyof typeof TEXTS;

/** Einfache Sprache: shorter sentences where the standard ones are long (the rest is German). */
const SIMPLE: Partial<Record<FillTextId, string>> = {
  sensitiveSummary: '{count} Angaben sind geheim. Zum Beispiel Ihre Steuer-Nummer. Diese trägt Formlotse nur ein, wenn Sie ein Häkchen setzen.',
  locked: 'Ihr Profil ist zu. Geben Sie Ihr Passwort ein. Dann kann Formlotse das Formular ausfüllen.',
  checkPage: 'Lesen Sie alles noch einmal auf der Seite. Dann schicken Sie das Formular ab.',
};

const PERSON_NAMES: Record<Person, ReturnType<typeof L>> = {
  applicant: L('Antragsteller/in', 'Applicant', 'Demandeur / demandeuse'),
  partner: L('Partner/in', 'Partner', 'Conjoint(e)'),
  child: L('Kind {n}', 'Child {n}', 'Enfant {n}'),
  other: L('Weitere Person {n}', 'Other person {n}', 'Autre personne {n}'),
};

type Reason = PlanSkipReason | ExecuteSkipReason | ExecuteFailReason | 'page-changed' | Extract<UndoOutcome, { status: 'skipped' }>['reason'];
const REASONS: Record<Reason, ReturnType<typeof L>> = {
  'unknown-field': L('Formlotse erkennt nicht, was hier gefragt ist.', 'Formlotse does not recognise what is asked here.', 'Formlotse ne reconnaît pas ce qui est demandé ici.'),
  unsure: L('Formlotse ist nicht sicher genug, was hier gefragt ist.', 'Formlotse is not sure enough what is asked here.', "Formlotse n'est pas assez sûr de ce qui est demandé ici."),
  'no-person': L('Für diese Person ist niemand aus Ihrem Profil gewählt.', 'Nobody from your profile is chosen for this person.', "Personne de votre profil n'est choisi pour cette personne."),
  'no-value': L('Diese Angabe fehlt in Ihrem Profil.', 'Your profile does not have this entry.', 'Votre profil ne contient pas cette information.'),
  'option-not-found': L('Keine Auswahl passt zu Ihrer Angabe.', 'No choice fits your entry.', 'Aucun choix ne correspond à votre information.'),
  'other-choice': L('Eine andere Auswahl passt zu Ihrer Angabe.', 'Another choice fits your entry.', 'Un autre choix correspond à votre information.'),
  'format-unknown': L('Formlotse weiß nicht, in welcher Form das Feld die Angabe erwartet.', 'Formlotse does not know in which format the field expects it.', 'Formlotse ne sait pas sous quelle forme le champ attend l’information.'),
  'too-long': L('Ihre Angabe ist länger, als das Feld erlaubt.', 'Your entry is longer than the field allows.', 'Votre information est plus longue que le champ ne le permet.'),
  'unsupported-control': L('Dieses Feld füllt Formlotse nicht aus.', 'Formlotse does not fill in this kind of field.', 'Formlotse ne remplit pas ce type de champ.'),
  'origin-changed': L('Die Seite gehört nicht mehr zu der Adresse, die Sie bestätigt haben.', 'The page no longer belongs to the address you confirmed.', "La page n'appartient plus à l'adresse que vous avez confirmée."),
  'cross-origin-frame': L('Das Feld liegt in einem eingebetteten Rahmen einer anderen Adresse.', 'The field sits in an embedded frame of another address.', "Le champ se trouve dans un cadre intégré d'une autre adresse."),
  'sensitive-not-confirmed': L('Vertraulich und nicht angekreuzt.', 'Confidential and not ticked.', 'Confidentiel et non coché.'),
  'element-missing': L('Das Feld ist nicht mehr auf der Seite.', 'The field is no longer on the page.', "Le champ n'est plus sur la page."),
  aborted: L('Die Seite wurde verlassen.', 'The page was left.', 'La page a été quittée.'),
  'page-changed': L('Die Seite hat sich geändert, seit Sie die Vorschau gesehen haben.', 'The page changed since you saw the preview.', "La page a changé depuis que vous avez vu l'aperçu."),
  disabled: L('Das Feld ist gesperrt.', 'The field is disabled.', 'Le champ est désactivé.'),
  readonly: L('Das Feld darf nicht geändert werden.', 'The field may not be changed.', 'Le champ ne peut pas être modifié.'),
  'display-none': L('Das Feld ist nicht zu sehen.', 'The field is not shown.', "Le champ n'est pas affiché."),
  'visibility-hidden': L('Das Feld ist unsichtbar.', 'The field is invisible.', 'Le champ est invisible.'),
  transparent: L('Das Feld ist durchsichtig, also nicht zu sehen.', 'The field is transparent, so it cannot be seen.', 'Le champ est transparent, donc invisible.'),
  'zero-size': L('Das Feld ist zu klein, um es zu sehen.', 'The field is too small to be seen.', 'Le champ est trop petit pour être vu.'),
  'off-screen': L('Das Feld liegt außerhalb der Seite.', 'The field lies outside the page.', 'Le champ se trouve hors de la page.'),
  clipped: L('Das Feld ist abgeschnitten und nicht zu sehen.', 'The field is cut off and cannot be seen.', 'Le champ est coupé et invisible.'),
  covered: L('Etwas anderes liegt über dem Feld.', 'Something else lies over the field.', 'Autre chose recouvre le champ.'),
  'option-missing': L('Die Seite bietet die geplante Auswahl nicht mehr an.', 'The page no longer offers the planned choice.', 'La page ne propose plus le choix prévu.'),
  'page-rejected': L('Die Seite hat den Wert nicht angenommen. Bitte tragen Sie ihn selbst ein.', 'The page did not accept the value. Please enter it yourself.', "La page n'a pas accepté la valeur. Veuillez la saisir vous-même."),
  'control-changed': L('Das Feld ist jetzt ein anderes als in der Vorschau.', 'The field is now another one than in the preview.', "Le champ n'est plus celui de l'aperçu."),
  'changed-since': L('Sie haben das Feld seitdem selbst geändert; es bleibt, wie es ist.', 'You changed the field since; it stays as it is.', "Vous avez modifié le champ depuis ; il reste tel quel."),
  'radio-not-clearable': L('Diese Auswahl lässt sich nicht leeren. Bitte wählen Sie selbst.', 'This choice cannot be cleared. Please choose yourself.', 'Ce choix ne peut pas être effacé. Veuillez choisir vous-même.'),
};

const base = (lang: UiLang): Lang3 => (lang === 'de-simple' ? 'de' : lang);
const fillIn = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export function fillText(lang: UiLang, id: FillTextId, params: Record<string, string | number> = {}): string {
  const simple = lang === 'de-simple' ? SIMPLE[id] : undefined;
  return fillIn(simple ?? TEXTS[id][base(lang)], params);
}

export function reasonText(lang: UiLang, reason: Reason): string {
  return REASONS[reason][base(lang)];
}

/** "Child 2" for child:1: people count from one. */
export function personName(lang: UiLang, person: Person, index: number): string {
  return fillIn(PERSON_NAMES[person][base(lang)], { n: index + 1 });
}

/** One field's outcome in a sentence: filled (as the page wrote it), or not and why. */
export function outcomeText(lang: UiLang, outcome: FillFieldOutcome): string {
  if (outcome.status === 'filled') return outcome.rewrittenTo !== undefined ? fillText(lang, 'filledAs', { value: outcome.rewrittenTo }) : fillText(lang, 'filled');
  return fillText(lang, outcome.status === 'failed' ? 'failed' : 'notFilled', { reason: reasonText(lang, outcome.reason) });
}
