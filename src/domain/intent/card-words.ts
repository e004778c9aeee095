/**
 * Vietnamese "thẻ" (card) only with what makes it a card (round 18d): folded alone it is English
 * "the" ("…we still lost. … I want off the list" named no card). Every card list takes these.
 */
export const VI_CARD =
  'thẻ tín dụng, thẻ ngân hàng, thẻ atm, thẻ của tôi, thẻ của em, thẻ của mình, mất thẻ, khóa thẻ';
