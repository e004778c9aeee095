/**
 * Polish. STOP is the SMS keyword (UKE, Prawo telekomunikacyjne); "wypisz" (unsubscribe me)
 * and "rezygnuję" are what customers write. Verbs come in many persons ("przestań",
 * "przestańcie", "przestaną"), matched by prefix. Typed with or without diacritics (ł folds
 * to l). General language knowledge otherwise; to be reviewed by a native speaker.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const pl: Lexicon = {
  lang: 'pl',
  keywords: {
    stop: words(`
      wypisz, wypisz mnie, wypisujcie, wypisanie, wypisac, wypisać, rezygnuje,
      rezygnuję, rezygnacja, rezygnuje z subskrypcji, anuluj subskrypcje, wypisz z listy,
      przestancie, przestańcie, przestan, przestań, przestańcie pisać, przestancie pisac,
      dajcie mi spokoj, dajcie mi spokój, nie piszcie, nie piszcie wiecej, nie wysylajcie,
      nie wysyłajcie, koniec z reklamami, bez reklam, odsubskrybuj, usun mnie, usuń mnie,
      spadaj, spadajcie, odwalcie sie, odczepcie sie`),
    stopWeak: words('usun, usuń, anuluj, koniec, wylacz, wyłącz, skoncz, skończ'),
    stopSolo: [],
    stopLikely: words(`
      nie, nie dzieki, nie dziękuję, dosc, dość, wystarczy, spam, nie interesuje mnie,
      nie jestem zainteresowany, nie jestem zainteresowana, denerwujace, irytujace`),
    start: words(`
      start, zapisz, zapisz mnie, zapisz mnie ponownie, zapisz mnie znowu, wznow, wznów,
      subskrybuj, zapisuje sie, zapisuję się`),
    help: words('pomoc, pomocy, info, informacja, kto to, kto pisze'),
    status: words('status, moj status, mój status, czy jestem zapisany, czy jestem zapisana'),
  },
  filler: words(`
    prosze, proszę, dziekuje, dziękuję, dzieki, dzięki, dzien dobry, dzień dobry, witam,
    czesc, cześć, hej, pozdrawiam, z gory dziekuje, z góry dziękuję, teraz, juz, już, natychmiast,
    ok, okej, tak, sorry, przepraszam, panstwo, państwo, serdecznie, uprzejmie`),
  all: words('wszystko, wszystkie, wszystkich, calkowicie, całkowicie'),
  objects: words(`
    wiadomosci, wiadomości, wiadomosc, wiadomość, smsy, sms, smsow, smsów, reklamy, reklam,
    reklama, promocje, promocji, promki, oferty, ofert, newsletter, newslettera, maile, maili,
    powiadomienia, spam, spamu, marketing, rabaty, kupony, mailingi`),
  pronouns: words('to, tego, tych, te'),
  connectors: words(`
    mnie, mi, moj, mój, moj numer, mój numer, numer, numeru, z, ze, do, od, na, wiecej,
    więcej, juz, już, listy, lista, i, tez, też, wasz, waszej, waszych, panstwa, państwa`),
  negators: words('nie, nigdy, bez, ani'),
  classes: {
    who: words('kto, kim'),
    stopSaid: words('przestali, przestaly, przestały, przestac, przestać, wypisac, wypisać'),
    stopV: words(
      'przestan, przestań, przestancie, przestańcie, przestac, przestać, stop, skonczcie, skończcie',
    ),
    send: words(`
      pisac, pisać, pisz, piszcie, wysylac, wysyłać, wysylajcie, wysyłajcie, wysylac,
      dzwonic, dzwonić, dzwoncie, dzwońcie, spamowac, spamować, spamujcie, przysylac,
      przysyłać, przysylajcie, przysyłajcie, zawracac glowy, zawracać głowy, nekac, nękać`),
    me: words('mnie, mi, do mnie, moj numer, mój numer, numer'),
    list: words(`
      listy, lista, liscie, liście, bazy, baza, bazie, listy wysylkowej, listy wysyłkowej,
      listy mailingowej, listy subskrybentow, listy subskrybentów, newslettera, mailingu,
      listy odbiorcow, listy odbiorców, broadcastu, listy broadcast`),
    kw: words(
      'wypisac, wypisać, wypisz, zrezygnowac, zrezygnować, zapisac, zapisać, odsubskrybowac',
    ),
  },
  traps: words(`
    (anuluj|anulujcie|anulowac|anulować|anulowanie) ~2 (zamowienie|zamówienie|zamowienia|zamówienia|rezerwacje|rezerwację|platnosc|płatność|wizyte|wizytę)
    (nie moge|nie mogę|nie mozna|nie można) (przestac|przestać) ~4
    (przestac|przestać|przestan|przestań) (kupowac|kupować|palic|palić|pic|pić|jesc|jeść)
    nie (konczcie|kończcie|przestawajcie|przerywajcie) ~3
  `),
  rules: rules(`
    out @stopV ~2 (@send|@obj)
    out @stopV ~2 (do mnie|mnie|mi) ~1 (@send)
    outneg nie (@send) ~2 (do mnie|mnie|mi|wiecej|więcej|juz|już) ~1
    outneg nie (chce|chcę|chcemy|zycze|życzę) ~2 (wiecej|więcej|juz|już|zadnych|żadnych) ~2 (@obj|@send|@eoc)
    outneg nie (chce|chcę|chcemy) ~3 (@obj) ~2 (otrzymywac|otrzymywać|dostawac|dostawać)
    out (chce|chcę|chcialbym|chciałbym|chcialabym|chciałabym|prosze|proszę) ~2 (sie|się) ~1 (wypisac|wypisać|wyrejestrowac|wyrejestrować)
    out (chce|chcę|prosze|proszę) ~2 (zrezygnowac|zrezygnować|rezygnacje|rezygnację|wypisanie)
    out (usun*|wykresl*|wypisz*|skresl*) ~3 (@me|numer|numeru|dane|danych) ~4 (z|ze) ~3 (@list)
    outneg nie (chce|chcę|chcemy) ~1 (dostawac|dostawać|otrzymywac|otrzymywać) ~3 (@obj)
    # Round 13a: not @me, whose "mi" (to me) is also "usuńcie mi cebulę z kebaba" (an order).
    out (usun|usuń|usuncie|usuńcie|wypiszcie|usuniecie|usunięcie) ~2 (mnie|do mnie|moj numer|mój numer|numer|numeru)
    out (wypisz|wypiszcie) ~1 (mnie) ~3
    out dajcie ~1 (mi|nam) ~1 (spokoj|spokój)
    maybe (za duzo|za dużo|ciagle|ciągle|codziennie|w kolko|w kółko) ~2 (@obj|piszecie|wysylacie|wysyłacie)
    maybe (spam|spamujecie|denerwujace|denerwujące|irytujace|irytujące|wkurzajace|wkurzające|natretne|natrętne)
    maybeneg nie (interesuje|interesują|jestem zainteresowany|jestem zainteresowana)
    in (zapisz|zapiszcie) ~2 (mnie) ~3 (ponownie|znowu|znow|znów|z powrotem|jeszcze raz)
    in (ponownie|znowu|znow|znów|z powrotem) ~3 (zapisac|zapisać|zapisz|zapiszcie|dodac|dodać|dodajcie|dopisac|dopisać)
    in (zapisac|zapisać|dodac|dodać) ~2 (mnie) ~3 (ponownie|znowu|znow|znów|z powrotem)
    in @bos ?(tak) (wysylajcie|wysyłajcie|przysylajcie|przysyłajcie|slijcie|ślijcie|wyslijcie|wyślijcie|piszcie) ~2 (mi|mnie) ~2 (@obj)
    in (chce|chcę) ~2 (dostawac|dostawać|otrzymywac|otrzymywać) ~3 (@obj)
    help jak ~4 (@kw)
    help kto ~1 (to|pisze|tu|mowi|mówi|jest) ~1
    help (czemu|dlaczego|po co) ~4 (dostaje|dostaję|otrzymuje|otrzymuję|przychodza|przychodzą|piszecie|wysylacie|wysyłacie) ~3
    help (skad|skąd) ~3 (macie|ma|mieliscie|mieliście) ~2 (numer|moj numer|mój numer)
    status czy ~1 (nadal|wciaz|wciąż|dalej|jeszcze|juz|już) ~1 (jestem|mnie) ~2 (zapisany|zapisana|zapisani|na liscie|na liście|wypisany|wypisana)
    status (jestem|czy jestem) ~2 (zapisany|zapisana|wypisany|wypisana)
  `),
  common: words(`
    jestescie, jesteście, jestes, jesteś, jestem,
    i, w, na, nie, sie, się, z, do, to, jest, ze, że, co, jak, czy, mnie, mi, juz, już,
    prosze, proszę, dziekuje, dziękuję, ale, tak, wiecej, więcej, moje, moj, mój, dlaczego,
    czemu, gdzie, sa, są, bo, od, po, jestem, chce, chcę, mam, wasze, waszych, ten, tego`),
  signals: {
    laugh: words('umieram, smieszne, śmieszne, padlem, padłem, beka'),
    past: words(`
      przez (pomylke|pomyłkę|przypadek), (przypadkiem|niechcacy|niechcący|omylkowo|omyłkowo),
      (zeszlym|zeszłym|ubieglym|ubiegłym) (roku|miesiacu|miesiącu|tygodniu), (rok|miesiac|miesiąc|tydzien|tydzień) temu, dawno temu`),
    still: words(`ile razy, 
      (nadal|wciaz|wciąż|dalej|ciagle|ciągle) ~2 (przychodza|przychodzą|dostaje|dostaję|wysylacie|wysyłacie|piszecie|sa|są|jest),
      juz ~3 (prosilem|prosiłem|prosilam|prosiłam|pisalem|pisałem|mowilem|mówiłem|prosilismy),
      już ~3 (prosilem|prosiłem|prosilam|prosiłam|pisalem|pisałem|mowilem|mówiłem),
      ile razy`),
    decline: words(`nie teraz, na razie nie, 
      tym razem ~1 nie, nie tym razem, (nastepnym|następnym) razem,
      ale ~3 (inne|kolejne|nastepne|następne) ~3 (wysylajcie|wysyłajcie|piszcie|chetnie|chętnie)`),
  },
};
