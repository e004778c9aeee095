/**
 * The preference page's texts, per language (English when the customer's is not here). The
 * page offers: stop all marketing, stop this category, pause for N days, or resubscribe.
 */
export const PREFERENCE_TEXT_KEYS = [
  'title',
  'intro',
  'stopAll',
  'stopCategory',
  'pause',
  'resubscribe',
  'save',
  'doneStopAll',
  'doneStopCategory',
  'donePause',
  'doneResubscribe',
  'expired',
  'invalid',
] as const;
export type PreferenceTextKey = (typeof PREFERENCE_TEXT_KEYS)[number];

export const PREFERENCE_TEXTS: Record<string, Record<PreferenceTextKey, string>> = {
  en: {
    title: 'Your messages from {brand}',
    intro: 'Choose which WhatsApp promotions you want from {brand}.',
    stopAll: 'Stop all promotions',
    stopCategory: 'Stop “{category}” promotions only',
    pause: 'Pause all promotions for {days} days',
    resubscribe: 'Receive promotions again',
    save: 'Save my choice',
    doneStopAll: 'Done: {brand} will not send you promotions.',
    doneStopCategory: 'Done: {brand} will not send you “{category}” promotions.',
    donePause: 'Done: no promotions from {brand} for {days} days.',
    doneResubscribe: 'Done: you will receive promotions from {brand} again.',
    expired: 'This link has expired. Reply STOP in WhatsApp at any time to stop promotions.',
    invalid: 'This link is not valid.',
  },
  pt: {
    title: 'Suas mensagens de {brand}',
    intro: 'Escolha quais promoções de {brand} você quer receber no WhatsApp.',
    stopAll: 'Parar todas as promoções',
    stopCategory: 'Parar só as promoções “{category}”',
    pause: 'Pausar as promoções por {days} dias',
    resubscribe: 'Voltar a receber promoções',
    save: 'Salvar minha escolha',
    doneStopAll: 'Pronto: {brand} não enviará promoções para você.',
    doneStopCategory: 'Pronto: {brand} não enviará promoções “{category}” para você.',
    donePause: 'Pronto: nenhuma promoção de {brand} por {days} dias.',
    doneResubscribe: 'Pronto: você voltará a receber promoções de {brand}.',
    expired: 'Este link expirou. Responda PARAR no WhatsApp a qualquer momento.',
    invalid: 'Este link não é válido.',
  },
  es: {
    title: 'Tus mensajes de {brand}',
    intro: 'Elige qué promociones de {brand} quieres recibir por WhatsApp.',
    stopAll: 'Dejar todas las promociones',
    stopCategory: 'Dejar solo las promociones “{category}”',
    pause: 'Pausar las promociones {days} días',
    resubscribe: 'Volver a recibir promociones',
    save: 'Guardar mi elección',
    doneStopAll: 'Listo: {brand} no te enviará promociones.',
    doneStopCategory: 'Listo: {brand} no te enviará promociones “{category}”.',
    donePause: 'Listo: ninguna promoción de {brand} durante {days} días.',
    doneResubscribe: 'Listo: volverás a recibir promociones de {brand}.',
    expired: 'Este enlace ha caducado. Responde BAJA en WhatsApp en cualquier momento.',
    invalid: 'Este enlace no es válido.',
  },
};

export function preferenceText(
  key: PreferenceTextKey,
  lang: string,
  vars: Record<string, string>,
): string {
  const texts = PREFERENCE_TEXTS[lang] ?? PREFERENCE_TEXTS.en!;
  return texts[key].replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}
