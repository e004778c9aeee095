/**
 * The double opt-in question and its answers, in the customer's language. Kept apart from the
 * opt-out replies (domain/replies): the question asks for a yes to marketing, which is a
 * consent, not a confirmation. Button titles stay within WhatsApp's 20 characters (tested).
 * Languages without a translation here fall back to English.
 */
export const CONSENT_REPLY_KEYS = [
  'consentAsk',
  'btnConsentYes',
  'btnConsentNo',
  'consentDeclined',
] as const;
export type ConsentReplyKey = (typeof CONSENT_REPLY_KEYS)[number];

export const CONSENT_REPLIES: Record<string, Record<ConsentReplyKey, string>> = {
  en: {
    consentAsk: 'Do you want to receive offers and promotions from {brand} on WhatsApp?',
    btnConsentYes: 'Yes, send offers',
    btnConsentNo: 'No, thanks',
    consentDeclined: 'Understood: {brand} will not send you promotions.',
  },
  pt: {
    consentAsk: 'Você quer receber ofertas e promoções de {brand} pelo WhatsApp?',
    btnConsentYes: 'Sim, quero ofertas',
    btnConsentNo: 'Não, obrigado',
    consentDeclined: 'Entendido: {brand} não enviará promoções para você.',
  },
  es: {
    consentAsk: '¿Quieres recibir ofertas y promociones de {brand} por WhatsApp?',
    btnConsentYes: 'Sí, quiero ofertas',
    btnConsentNo: 'No, gracias',
    consentDeclined: 'Entendido: {brand} no te enviará promociones.',
  },
  fr: {
    consentAsk: 'Voulez-vous recevoir les offres et promotions de {brand} sur WhatsApp ?',
    btnConsentYes: 'Oui, des offres',
    btnConsentNo: 'Non, merci',
    consentDeclined: 'Compris : {brand} ne vous enverra pas de promotions.',
  },
  de: {
    consentAsk: 'Möchten Sie Angebote und Aktionen von {brand} über WhatsApp erhalten?',
    btnConsentYes: 'Ja, Angebote',
    btnConsentNo: 'Nein, danke',
    consentDeclined: 'Verstanden: {brand} schickt Ihnen keine Werbung.',
  },
  it: {
    consentAsk: 'Vuoi ricevere offerte e promozioni di {brand} su WhatsApp?',
    btnConsentYes: 'Sì, offerte',
    btnConsentNo: 'No, grazie',
    consentDeclined: 'Capito: {brand} non ti invierà promozioni.',
  },
};

/** The text of `key` in `lang` (else English), with {brand} filled in. */
export function consentReply(key: ConsentReplyKey, lang: string, brand: string): string {
  const texts = CONSENT_REPLIES[lang] ?? CONSENT_REPLIES.en!;
  return texts[key].replaceAll('{brand}', brand);
}
