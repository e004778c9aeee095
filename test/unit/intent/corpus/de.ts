/**
 * German: corpus lines (format in ./table.ts).
 * Issue 18 changed "Warum bekomme ich diese Nachrichten?" from likely to help, as in English.
 */
import { table } from './table';

export const DE = table(`
  out de | STOPP
  out de | Stopp!
  out de | stop bitte
  out de | abbestellen
  out de | Newsletter abbestellen
  out de | abmelden
  out de | Ich möchte mich abmelden
  out de | keine Nachrichten mehr
  out de | Keine Werbung mehr bitte
  out de | bitte keine weiteren Nachrichten
  out de | Bitte schreiben Sie mir nicht mehr
  out de | Hören Sie auf, mir zu schreiben
  out de | hört auf mir Nachrichten zu schicken
  out de | Austragen bitte
  out de | Bitte tragen Sie mich aus der Liste aus
  out de | Entfernen Sie meine Nummer
  out de | Lassen Sie mich in Ruhe
  out de | Ich will keine Werbung
  out de all | Alles stoppen
  out de cat:offers | keine Angebote mehr
  out de | Werbung stoppen
  out de | Bitte keine Nachrichten mehr senden
  out de | Ich möchte keine Nachrichten mehr erhalten
  out de | Abmelden bitte
  out de | Bitte löschen Sie meine Nummer
  out de | Stoppen Sie die Nachrichten
  out de | Schreibt mir nicht mehr
  out de | Ich will keine Werbung mehr
  out de | Bitte aus dem Verteiler nehmen
  out de | Hört auf
  out - | stopp
  out de | Stopp bitte
  out de | Bitte nicht mehr kontaktieren
  out de | Ich will das nicht mehr
  out de | Bitte keine SMS mehr
  out de | Newsletter abmelden
  out de | Löschen Sie mich aus Ihrer Liste
  out de | Bitte hören Sie auf mir zu schreiben
  out de | Keine Werbung erwünscht
  out de | Ich möchte keine weiteren Nachrichten erhalten
  out de | Abbestellen bitte
  out de | Bitte streichen Sie mich von der Liste
  out de | Ich will keine Nachrichten mehr von euch
  out de | Bitte nicht mehr anschreiben
  out de | Alle stoppen
  out de | Hört bitte auf mir zu schreiben
  out de | Ich will nichts mehr von euch bekommen
  out de | Bitte entfernt mich aus dem Verteiler
  likely de | zu viele Nachrichten
  likely de | das ist Spam
  likely de | nein danke
  likely de | kein Interesse
  likely de | Warum schreiben Sie mir ständig?
  likely de | es reicht
  likely de | Sie schicken zu viele Nachrichten
  likely de | Nein
  likely de | Das nervt
  likely de | Ständig diese Nachrichten
  help de | Warum bekomme ich diese Nachrichten?
  likely de | Bitte nicht mehr
  notout de | bitte nicht aufhören
  notout de | Hören Sie nicht auf, mir Angebote zu schicken
  none de | Wie kann ich mich vom Konto abmelden?
  none de | ich kann nicht aufhören zu lachen
  none de | Ich möchte meine Bestellung stornieren
  none de | Danke schön
  none de | Wann haben Sie geöffnet?
  none - | Wo ist die Bushaltestelle?
  none - | Danke für das Angebot
  none - | Ich habe keine Nachricht bekommen
  none - | Wann endet das Angebot?
  none - | Wo ist mein Paket?
  none - | Können Sie mir die Rechnung schicken?
  none - | Ich habe das Paket nicht erhalten
  none - | Wie viel kostet der Versand?
  none - | Ich muss mich im Konto abmelden
  none - | Bitte stornieren Sie meine Bestellung
  help de | HILFE
  help de | Wie kann ich die Nachrichten abbestellen?
  help de | Wie melde ich mich ab?
  status de | bin ich noch angemeldet?
  status de | Bin ich abgemeldet?
  in de | anmelden
  in de | wieder anmelden
  in de | Ich möchte mich wieder anmelden
  none - | Das Stoppschild ist kaputt
  none - | Ich habe meinen Job gekündigt
  out de | Nicht mehr schreiben bitte
  out de | Bitte löschen Sie meine Daten
  out de | Keine SMS mehr!
  out de | Hört auf mit dem Spam
  out de | Bitte senden Sie mir keine Nachrichten mehr
  none de | Schickt mir bitte die Rechnung nochmal
  none de | Der Bestätigungscode kam nicht an, bitte erneut senden
  none de | Hört auf, dauernd die Preise zu erhöhen
  none - | bin in der App abgemeldet und kann mich nicht mehr einloggen
  none de | Schickt den Fahrer bitte nicht vor 18 Uhr
  likely de | STOPP. 50% auf alles?? echt jetzt?
  help - | wie komme ich aus dieser Liste raus?
`);
