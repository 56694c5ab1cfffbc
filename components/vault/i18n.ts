// The vault UI's texts in de, en and fr, as plain objects (the side panel may later route them
// through browser.i18n). Field names come from lib/fields/keys.ts KEY_NAMES (de, fr) and KEY_NAMES_EN.
import { KEY_NAMES, type FieldKey, type Person } from '@/lib/fields/keys';
import type { Lang } from '@/lib/profile/messages';
import type { KeyGroupId } from '@/lib/profile/schema';
import type { MaritalStatus, Sex } from '@/lib/profile/types';
import { KEY_NAMES_EN } from './key-names-en';

export type { Lang };

const de = {
  title: 'Ihr verschlüsseltes Profil',
  intro: 'Ihre Angaben bleiben auf diesem Gerät, verschlüsselt mit einer Passphrase, die nur Sie kennen. Ohne die Passphrase kann niemand sie lesen – auch wir nicht.',
  loading: 'Tresor wird geladen…',
  stateLocked: 'Tresor gesperrt',
  stateUnlocked: 'Tresor offen – sperrt sich ohne Nutzung um {time} Uhr',
  stateNone: 'Noch kein Tresor',
  createHeading: 'Tresor anlegen',
  createHint: 'Wählen Sie eine Passphrase aus mindestens 10 Zeichen, am besten vier oder mehr Wörter. Wenn Sie sie vergessen, kann niemand Ihre Daten wiederherstellen – legen Sie danach eine Sicherungsdatei an.',
  passphrase: 'Passphrase',
  passphraseRepeat: 'Passphrase wiederholen',
  mismatch: 'Die beiden Passphrasen sind nicht gleich. Bitte tippen Sie sie noch einmal.',
  createSubmit: 'Tresor anlegen',
  unlockHeading: 'Tresor entsperren',
  unlockSubmit: 'Entsperren',
  working: 'Einen Moment…',
  lock: 'Sperren',
  people: 'Personen im Haushalt',
  personLabel: 'Name in dieser Liste (nur für Sie)',
  addPerson: '{role} hinzufügen',
  removePerson: '„{name}“ entfernen',
  save: 'Speichern',
  saved: 'Gespeichert.',
  unsaved: 'Nicht gespeicherte Änderungen',
  fixFields: 'Bitte korrigieren Sie die markierten Angaben ({count}), bevor Sie speichern.',
  choose: '– bitte wählen –',
  settings: 'Sicherheit und Sicherung',
  idleMinutes: 'Automatisch sperren nach (Minuten ohne Nutzung)',
  idleSave: 'Übernehmen',
  idleSaved: 'Die automatische Sperre ist eingestellt.',
  changeHeading: 'Passphrase ändern',
  currentPassphrase: 'Bisherige Passphrase',
  newPassphrase: 'Neue Passphrase',
  changeSubmit: 'Passphrase ändern',
  changed: 'Die Passphrase ist geändert. Legen Sie eine neue Sicherungsdatei an; alte Sicherungen öffnen sich weiter mit der alten Passphrase.',
  exportHeading: 'Sicherungsdatei',
  exportHint: 'Die Datei ist verschlüsselt wie der Tresor und öffnet sich mit der Passphrase, die jetzt gilt.',
  exportSubmit: 'Sicherungsdatei herunterladen',
  exported: 'Die Sicherungsdatei wurde heruntergeladen.',
  importHeading: 'Aus Sicherungsdatei wiederherstellen',
  importFile: 'Sicherungsdatei',
  importPassphrase: 'Passphrase der Sicherungsdatei',
  importConfirm: 'Ich weiß, dass das den jetzigen Tresor ersetzt.',
  importSubmit: 'Wiederherstellen',
  imported: 'Der Tresor ist aus der Sicherungsdatei wiederhergestellt.',
  importNeedsConfirm: 'Bitte bestätigen Sie, dass der jetzige Tresor ersetzt wird.',
  importNeedsFile: 'Bitte wählen Sie eine Sicherungsdatei.',
  destroyHeading: 'Passphrase vergessen?',
  destroyHint: 'Ohne Passphrase lassen sich die Daten nicht öffnen. Sie können den Tresor löschen und neu anfangen.',
  destroyConfirm: 'Ich will den Tresor mit allen Angaben unwiderruflich löschen.',
  destroySubmit: 'Tresor löschen',
  migrated: 'Ihr Profil wurde auf das aktuelle Format gebracht. Bitte prüfen und speichern Sie es.',
};

type Texts = typeof de;

const en: Texts = {
  title: 'Your encrypted profile',
  intro: 'Your details stay on this device, encrypted with a passphrase only you know. Without the passphrase nobody can read them – not even us.',
  loading: 'Loading the vault…',
  stateLocked: 'Vault locked',
  stateUnlocked: 'Vault open – locks itself at {time} unless used',
  stateNone: 'No vault yet',
  createHeading: 'Create the vault',
  createHint: 'Choose a passphrase of at least 10 characters, ideally four or more words. If you forget it, nobody can recover your data – make a backup file afterwards.',
  passphrase: 'Passphrase',
  passphraseRepeat: 'Repeat the passphrase',
  mismatch: 'The two passphrases differ. Please type them again.',
  createSubmit: 'Create vault',
  unlockHeading: 'Unlock the vault',
  unlockSubmit: 'Unlock',
  working: 'One moment…',
  lock: 'Lock',
  people: 'People in the household',
  personLabel: 'Name in this list (only for you)',
  addPerson: 'Add {role}',
  removePerson: 'Remove “{name}”',
  save: 'Save',
  saved: 'Saved.',
  unsaved: 'Unsaved changes',
  fixFields: 'Please correct the marked entries ({count}) before saving.',
  choose: '– please choose –',
  settings: 'Security and backup',
  idleMinutes: 'Lock automatically after (minutes without use)',
  idleSave: 'Apply',
  idleSaved: 'Auto-lock is set.',
  changeHeading: 'Change the passphrase',
  currentPassphrase: 'Current passphrase',
  newPassphrase: 'New passphrase',
  changeSubmit: 'Change passphrase',
  changed: 'The passphrase is changed. Make a new backup file; old backups still open with the old passphrase.',
  exportHeading: 'Backup file',
  exportHint: 'The file is encrypted like the vault and opens with the passphrase that applies now.',
  exportSubmit: 'Download backup file',
  exported: 'The backup file was downloaded.',
  importHeading: 'Restore from a backup file',
  importFile: 'Backup file',
  importPassphrase: 'Passphrase of the backup file',
  importConfirm: 'I understand this replaces the current vault.',
  importSubmit: 'Restore',
  imported: 'The vault is restored from the backup file.',
  importNeedsConfirm: 'Please confirm that the current vault will be replaced.',
  importNeedsFile: 'Please choose a backup file.',
  destroyHeading: 'Forgot the passphrase?',
  destroyHint: 'Without the passphrase the data cannot be opened. You can delete the vault and start again.',
  destroyConfirm: 'I want to delete the vault and everything in it for good.',
  destroySubmit: 'Delete vault',
  migrated: 'Your profile was brought to the current format. Please check and save it.',
};

const fr: Texts = {
  title: 'Votre profil chiffré',
  intro: 'Vos données restent sur cet appareil, chiffrées avec une phrase secrète que vous seul connaissez. Sans elle, personne ne peut les lire – pas même nous.',
  loading: 'Chargement du coffre…',
  stateLocked: 'Coffre verrouillé',
  stateUnlocked: 'Coffre ouvert – se verrouille à {time} sans utilisation',
  stateNone: 'Pas encore de coffre',
  createHeading: 'Créer le coffre',
  createHint: 'Choisissez une phrase secrète d’au moins 10 caractères, idéalement quatre mots ou plus. Si vous l’oubliez, personne ne pourra récupérer vos données – créez ensuite un fichier de sauvegarde.',
  passphrase: 'Phrase secrète',
  passphraseRepeat: 'Répétez la phrase secrète',
  mismatch: 'Les deux phrases secrètes diffèrent. Veuillez les saisir à nouveau.',
  createSubmit: 'Créer le coffre',
  unlockHeading: 'Déverrouiller le coffre',
  unlockSubmit: 'Déverrouiller',
  working: 'Un instant…',
  lock: 'Verrouiller',
  people: 'Personnes du foyer',
  personLabel: 'Nom dans cette liste (pour vous seul)',
  addPerson: 'Ajouter : {role}',
  removePerson: 'Retirer « {name} »',
  save: 'Enregistrer',
  saved: 'Enregistré.',
  unsaved: 'Modifications non enregistrées',
  fixFields: 'Veuillez corriger les champs signalés ({count}) avant d’enregistrer.',
  choose: '– veuillez choisir –',
  settings: 'Sécurité et sauvegarde',
  idleMinutes: 'Verrouiller automatiquement après (minutes sans utilisation)',
  idleSave: 'Appliquer',
  idleSaved: 'Le verrouillage automatique est réglé.',
  changeHeading: 'Changer la phrase secrète',
  currentPassphrase: 'Phrase secrète actuelle',
  newPassphrase: 'Nouvelle phrase secrète',
  changeSubmit: 'Changer la phrase secrète',
  changed: 'La phrase secrète est changée. Créez un nouveau fichier de sauvegarde ; les anciennes sauvegardes s’ouvrent toujours avec l’ancienne.',
  exportHeading: 'Fichier de sauvegarde',
  exportHint: 'Le fichier est chiffré comme le coffre et s’ouvre avec la phrase secrète actuelle.',
  exportSubmit: 'Télécharger le fichier de sauvegarde',
  exported: 'Le fichier de sauvegarde a été téléchargé.',
  importHeading: 'Restaurer depuis un fichier de sauvegarde',
  importFile: 'Fichier de sauvegarde',
  importPassphrase: 'Phrase secrète du fichier de sauvegarde',
  importConfirm: 'Je comprends que cela remplace le coffre actuel.',
  importSubmit: 'Restaurer',
  imported: 'Le coffre est restauré depuis le fichier de sauvegarde.',
  importNeedsConfirm: 'Veuillez confirmer que le coffre actuel sera remplacé.',
  importNeedsFile: 'Veuillez choisir un fichier de sauvegarde.',
  destroyHeading: 'Phrase secrète oubliée ?',
  destroyHint: 'Sans la phrase secrète, les données ne peuvent pas être ouvertes. Vous pouvez supprimer le coffre et recommencer.',
  destroyConfirm: 'Je veux supprimer définitivement le coffre et tout son contenu.',
  destroySubmit: 'Supprimer le coffre',
  migrated: 'Votre profil a été mis au format actuel. Veuillez le vérifier et l’enregistrer.',
};

export const TEXTS: Record<Lang, Texts> = { de, en, fr };
export type TextId = keyof Texts;

export function text(lang: Lang, id: TextId, params: Record<string, string | number> = {}): string {
  return TEXTS[lang][id].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const ROLE_NAMES: Record<Person, Record<Lang, string>> = {
  applicant: { de: 'Ich (Antragsteller/in)', en: 'Me (applicant)', fr: 'Moi (demandeur)' },
  partner: { de: 'Partner/in', en: 'Partner', fr: 'Conjoint(e)' },
  child: { de: 'Kind', en: 'Child', fr: 'Enfant' },
  other: { de: 'Weitere Person', en: 'Other person', fr: 'Autre personne' },
};

export const GROUP_NAMES: Record<KeyGroupId, Record<Lang, string>> = {
  name: { de: 'Name', en: 'Name', fr: 'Nom' },
  birth: { de: 'Geburt und Personenstand', en: 'Birth and civil status', fr: 'Naissance et état civil' },
  contact: { de: 'Kontakt und Beruf', en: 'Contact and work', fr: 'Contact et profession' },
  address: { de: 'Anschrift', en: 'Address', fr: 'Adresse' },
  documents: { de: 'Ausweis und Pass', en: 'ID card and passport', fr: 'Pièce d’identité et passeport' },
  'tax-social': { de: 'Steuer und Sozialversicherung', en: 'Tax and social insurance', fr: 'Impôts et sécurité sociale' },
  bank: { de: 'Bankverbindung', en: 'Bank account', fr: 'Coordonnées bancaires' },
  derived: { de: 'Nur falls nötig (sonst aus den Angaben oben gebildet)', en: 'Only if needed (otherwise built from the entries above)', fr: 'Seulement si nécessaire (sinon déduit des champs ci-dessus)' },
};

export const SEX_NAMES: Record<Sex, Record<Lang, string>> = {
  female: { de: 'weiblich', en: 'female', fr: 'féminin' },
  male: { de: 'männlich', en: 'male', fr: 'masculin' },
  diverse: { de: 'divers', en: 'diverse', fr: 'divers' },
  unspecified: { de: 'ohne Angabe', en: 'not stated', fr: 'non précisé' },
};

export const MARITAL_NAMES: Record<MaritalStatus, Record<Lang, string>> = {
  single: { de: 'ledig', en: 'single', fr: 'célibataire' },
  married: { de: 'verheiratet', en: 'married', fr: 'marié(e)' },
  'civil-partnership': { de: 'eingetragene Lebenspartnerschaft', en: 'civil partnership', fr: 'pacsé(e) / partenariat enregistré' },
  separated: { de: 'getrennt lebend', en: 'separated', fr: 'séparé(e)' },
  divorced: { de: 'geschieden', en: 'divorced', fr: 'divorcé(e)' },
  widowed: { de: 'verwitwet', en: 'widowed', fr: 'veuf / veuve' },
};

export function keyName(key: FieldKey, lang: Lang): string {
  return lang === 'en' ? KEY_NAMES_EN[key] : KEY_NAMES[key][lang];
}

/** The UI language from the browser's, German when it is neither English nor French. */
export function pickLang(uiLanguage: string | undefined): Lang {
  const base = (uiLanguage ?? '').slice(0, 2).toLowerCase();
  return base === 'en' || base === 'fr' ? base : 'de';
}
