// Explanations several portals need in the same words: the same official field appears on more than
// one form (the Schengen items on VIDEX and France-Visas, "Name" for the family name on German forms).
import type { ExplainLocalized, PortalFieldExplanation } from './types';

/** The move-in date, asked by every change-of-address form. */
export const MOVE_IN_DATE: ExplainLocalized = {
  de: 'Der Tag, an dem Sie in die neue Wohnung eingezogen sind.',
  en: 'The day you moved into the new home.',
  fr: 'Le jour où vous avez emménagé dans le nouveau logement.',
  'de-simple': 'An welchem Tag sind Sie eingezogen? Schreiben Sie diesen Tag hier hin.',
};

/** German forms that put "Name" next to "Vorname" mean the family name (Formblatt 1, ESt 1 A, Rundfunkbeitrag). */
export function nameMeansFamilyName(field: string, source: string): PortalFieldExplanation {
  return {
    field,
    what: {
      de: 'Hier steht „Name“ für den Familiennamen, also den Nachnamen. Der Vorname kommt in ein eigenes Feld.',
      en: '"Name" here means the family name (surname). The first name has its own field.',
      fr: 'Ici, « Name » désigne le nom de famille. Le prénom a son propre champ.',
      'de-simple': 'Hier ist mit Name der Nachname gemeint. Schreiben Sie nur den Nachnamen hier hin. Der Vorname kommt in ein anderes Feld.',
    },
    source,
  };
}

/** Schengen form item 11: the personal number of the applicant's own state, not a passport or ID card number. */
export function ownStateIdNumber(field: string, source: string): PortalFieldExplanation {
  return {
    field,
    what: {
      de: 'Die persönliche Nummer, die Ihr Heimatstaat Ihnen gibt, falls es sie gibt. Das ist nicht die Nummer Ihres Passes.',
      en: 'The personal number your home country gives you, if it has one. It is not your passport number.',
      fr: "Le numéro personnel que votre pays d'origine vous attribue, s'il existe. Ce n'est pas le numéro de votre passeport.",
      'de-simple': 'Manche Länder geben jedem Menschen eine eigene Nummer. Schreiben Sie diese Nummer hier hin. Das ist nicht die Nummer vom Pass. Hat Ihr Land keine solche Nummer? Dann lassen Sie das Feld leer.',
    },
    source,
  };
}

/** Schengen form item 30: the inviting person or the hotel, in one field. */
export function hostOrHotel(field: string, source: string): PortalFieldExplanation {
  return {
    field,
    what: {
      de: 'Name der Person, die Sie einlädt, oder Name des Hotels, in dem Sie wohnen.',
      en: 'Name of the person who invites you, or name of the hotel where you stay.',
      fr: "Nom de la personne qui vous invite, ou nom de l'hôtel où vous logez.",
      'de-simple': 'Wer lädt Sie ein? Schreiben Sie den Namen von dieser Person. Oder Sie wohnen im Hotel. Dann schreiben Sie den Namen vom Hotel.',
    },
    why: {
      de: 'Die Visastelle prüft, wo Sie während der Reise wohnen.',
      en: 'The visa office checks where you will stay during the trip.',
      fr: 'Le service des visas vérifie où vous logerez pendant le voyage.',
      'de-simple': 'Das Amt will wissen: Wo schlafen Sie auf der Reise?',
    },
    source,
  };
}
