// What can go wrong with the vault, as typed codes, each with one sentence per language that says
// what happened and what to do. Operations return these; they never throw for them.
import type { Lang } from '../profile/messages';

export const VAULT_ERRORS = [
  'wrong-passphrase',    // the key check does not match
  'tampered',            // key check matches, the AES-GCM tag does not: the ciphertext or header was changed
  'corrupt',             // not an envelope we can read (truncated, not JSON, wrong shape)
  'unsupported-version', // an envelope or profile schema from a newer Formlotse
  'quota-exceeded',      // the browser refused to store more
  'storage-failed',      // any other storage error, or the read-back did not match what was written
  'no-vault',
  'vault-exists',
  'locked',
  'weak-passphrase',
  'invalid-profile',     // the profile fails its shape check (never stored)
  'invalid-setting',     // an auto-lock time outside the allowed range
  'forbidden',           // asked by a context that may not use the vault (a content script)
] as const;

export type VaultError = (typeof VAULT_ERRORS)[number];

export type VaultResult<T> = { ok: true; value: T } | { ok: false; error: VaultError };
export const success = <T>(value: T): VaultResult<T> => ({ ok: true, value });
export const failure = <T = never>(error: VaultError): VaultResult<T> => ({ ok: false, error });

/** Shortest passphrase we accept: with Argon2id at 64 MiB, 10 random-ish characters resist offline guessing for years. */
export const MIN_PASSPHRASE_LENGTH = 10;

export const VAULT_ERROR_MESSAGES: Record<VaultError, Record<Lang, string>> = {
  'wrong-passphrase': {
    de: 'Diese Passphrase öffnet den Tresor nicht. Achten Sie auf Groß- und Kleinschreibung und die Feststelltaste und versuchen Sie es erneut.',
    en: 'This passphrase does not open the vault. Check upper and lower case and caps lock, then try again.',
    fr: 'Cette phrase secrète n’ouvre pas le coffre. Vérifiez les majuscules, les minuscules et la touche Verr. Maj., puis réessayez.',
  },
  'tampered': {
    de: 'Der gespeicherte Tresor wurde verändert oder ist beschädigt und wird nicht geöffnet. Stellen Sie ihn aus Ihrer Sicherungsdatei wieder her.',
    en: 'The stored vault was changed or is damaged and will not be opened. Restore it from your backup file.',
    fr: 'Le coffre enregistré a été modifié ou est endommagé et ne sera pas ouvert. Restaurez-le à partir de votre fichier de sauvegarde.',
  },
  'corrupt': {
    de: 'Die Tresordaten sind unvollständig oder keine Formlotse-Tresordatei. Es wurde nichts geändert; nehmen Sie Ihre Sicherungsdatei.',
    en: 'The vault data is incomplete or not a Formlotse vault file. Nothing was changed; use your backup file.',
    fr: 'Les données du coffre sont incomplètes ou ne proviennent pas de Formlotse. Rien n’a été modifié ; utilisez votre fichier de sauvegarde.',
  },
  'unsupported-version': {
    de: 'Dieser Tresor stammt aus einer neueren Formlotse-Version. Bitte aktualisieren Sie die Erweiterung und versuchen Sie es erneut.',
    en: 'This vault comes from a newer version of Formlotse. Please update the extension and try again.',
    fr: 'Ce coffre provient d’une version plus récente de Formlotse. Veuillez mettre à jour l’extension et réessayer.',
  },
  'quota-exceeded': {
    de: 'Der Browser hat keinen Speicherplatz mehr für die Erweiterung. Ihr bisheriger Tresor ist unverändert; geben Sie Speicher frei und speichern Sie erneut.',
    en: 'The browser has no storage space left for the extension. Your existing vault is unchanged; free some space and save again.',
    fr: 'Le navigateur n’a plus d’espace de stockage pour l’extension. Votre coffre existant est intact ; libérez de l’espace et enregistrez à nouveau.',
  },
  'storage-failed': {
    de: 'Der Browser konnte den Tresor nicht speichern. Ihr bisheriger Tresor ist unverändert; bitte versuchen Sie es erneut.',
    en: 'The browser could not store the vault. Your existing vault is unchanged; please try again.',
    fr: 'Le navigateur n’a pas pu enregistrer le coffre. Votre coffre existant est intact ; veuillez réessayer.',
  },
  'no-vault': {
    de: 'Es gibt noch keinen Tresor. Legen Sie einen an oder stellen Sie ihn aus einer Sicherungsdatei wieder her.',
    en: 'There is no vault yet. Create one or restore it from a backup file.',
    fr: 'Il n’y a pas encore de coffre. Créez-en un ou restaurez-le à partir d’un fichier de sauvegarde.',
  },
  'vault-exists': {
    de: 'Es gibt bereits einen Tresor. Entsperren Sie ihn, statt einen neuen anzulegen.',
    en: 'A vault already exists. Unlock it instead of creating a new one.',
    fr: 'Un coffre existe déjà. Déverrouillez-le au lieu d’en créer un nouveau.',
  },
  'locked': {
    de: 'Der Tresor ist gesperrt. Entsperren Sie ihn mit Ihrer Passphrase.',
    en: 'The vault is locked. Unlock it with your passphrase.',
    fr: 'Le coffre est verrouillé. Déverrouillez-le avec votre phrase secrète.',
  },
  'weak-passphrase': {
    de: 'Die Passphrase ist zu kurz: mindestens 10 Zeichen, am besten vier oder mehr Wörter.',
    en: 'The passphrase is too short: at least 10 characters, ideally four or more words.',
    fr: 'La phrase secrète est trop courte : au moins 10 caractères, idéalement quatre mots ou plus.',
  },
  'invalid-profile': {
    de: 'Die Profildaten sind nicht lesbar. Es wurde nichts gespeichert.',
    en: 'The profile data cannot be read. Nothing was saved.',
    fr: 'Les données du profil sont illisibles. Rien n’a été enregistré.',
  },
  'invalid-setting': {
    de: 'Die automatische Sperre braucht eine ganze Zahl von 1 bis 480 Minuten.',
    en: 'Auto-lock needs a whole number of minutes from 1 to 480.',
    fr: 'Le verrouillage automatique demande un nombre entier de minutes entre 1 et 480.',
  },
  'forbidden': {
    de: 'Dieser Teil der Erweiterung darf den Tresor nicht öffnen.',
    en: 'This part of the extension may not open the vault.',
    fr: 'Cette partie de l’extension ne peut pas ouvrir le coffre.',
  },
};

export function vaultErrorMessage(error: VaultError, lang: Lang): string {
  return VAULT_ERROR_MESSAGES[error][lang];
}
