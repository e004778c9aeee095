/** Italian: corpus lines (format in ./table.ts). */
import { table } from './table';

export const IT = table(`
  out - | basta
  out - | Basta!
  out it | disiscrivimi
  out it | Disiscrivimi per favore
  out it | cancellami
  out it | non scrivetemi più
  out it | Non mandatemi più messaggi
  out it | non voglio più ricevere messaggi
  out it | Smettete di scrivermi
  out it | smettetela di mandarmi offerte
  out it | toglietemi dalla lista
  out it | Rimuovete il mio numero
  out it | basta messaggi
  out it | annulla iscrizione
  out it | voglio disiscrivermi
  out it all | basta con tutto
  out it cat:offers | non voglio più offerte
  out it | Non voglio più ricevere messaggi
  out it | Smettetela di scrivermi
  out it | Cancellatemi dalla lista
  out it | Non mandatemi più niente
  out it | Basta con questi messaggi
  out it | Toglimi dalla lista per favore
  out it | Vorrei disiscrivermi
  out it | Stop per favore
  out it | Non inviatemi più messaggi
  likely it | Basta grazie
  out it | Non voglio più messaggi
  out it | Disiscrivetemi
  out it | Per favore smettetela di mandarmi messaggi
  out it | Non voglio ricevere altri messaggi
  out it | Cancellate il mio numero
  out it | Stop messaggi
  out it | Non scrivetemi
  out it | Stop a tutti i messaggi
  out it | Non mi mandate più pubblicità
  out it | Per favore rimuovetemi dalla vostra lista
  likely it | troppi messaggi
  likely it | è spam
  likely it | no grazie
  likely it | non mi interessa
  likely it | perché continuate a scrivermi?
  likely it | Troppi messaggi!
  likely it | Mi scrivete troppo
  likely it | Ma quanti messaggi mandate?
  notout it | non smettete di mandarmi offerte
  none it | annulla il mio ordine
  none it | non riesco a smettere di comprare
  none it | grazie mille
  none it | a che ora aprite?
  none - | Vorrei annullare l'ordine
  none - | Grazie per l'offerta
  none - | Basta poco per essere felici
  none - | Dov'è il mio ordine?
  none - | Potete mandarmi la fattura?
  none - | Non ho ricevuto il pacco
  none - | Quanto costa la spedizione?
  none - | Vorrei cancellare l'ordine di ieri
  help it | AIUTO
  help it | come faccio a disiscrivermi?
  help it | Come posso disiscrivermi?
  status it | sono ancora iscritto?
  in it | riattiva
  in it | iscrivimi di nuovo
  in it | Voglio ricevere di nuovo i messaggi
  none - | Basta che arrivi domani
  out it | Non voglio più essere contattato
  out it | Togliete il mio numero
  out it | basta mandarmi messaggi
  out it | Smettete
  out it | Vi prego di non inviarmi più messaggi
  none it | rimandatemi il link per il pagamento
  none it | potete rinviare la fattura?
  none - | basta addebitarmi due volte lo stesso importo
`);
