/**
 * English: corpus lines (format in ./table.ts).
 * Issue 18 changed "Why am I receiving these messages?" from likely to help (the help reply
 * names the brand and offers the way out); complaints ("why do you keep texting me") stay likely.
 */
import { table } from './table';

export const EN_OPT_OUT = table(`
  out en | STOP
  out en | stop
  out en | Stop.
  out en | STOP!!!
  out en | Stop. Thank you
  out en | stop please
  out en | Please stop
  out en | STOP STOP STOP
  out en | 🛑 STOP
  out en | stopppp
  out en | Stooooop!!
  out en | S T O P
  out en | S.T.O.P.
  out en all | STOPALL
  out en all | stop all
  out en all | Stop everything
  out en all | STOP ALL MESSAGES PLEASE
  out en | UNSUBSCRIBE
  out en | Unsubscribe me
  out en | unsubscribe me please
  out en | unsub
  out en | CANCEL
  out en | End
  out en | QUIT
  out en | REVOKE
  out en | OPTOUT
  out en | opt-out
  out en | Opt out
  out en | Please opt me out
  out en | REMOVE
  out en | remove me
  out en | STOP PROMOTIONS
  out en | Stop promotions
  out en | please stop sending me these
  out en | Please stop sending me messages
  out en | stop texting me
  out en | Stop messaging me!
  out en | stop contacting me
  out en | Quit texting me
  out en | I don't want these messages anymore
  out en | I do not want to receive any more messages
  out en | I no longer wish to receive these texts
  out en | remove me from your list
  out en | Please remove my number from your list
  out en | take me off the list
  out en | Take me off your mailing list
  out en | don't message me
  out en | Don't text me again
  out en | do not contact me
  out en | Never contact me again
  out en | no more messages
  out en | No more promos please
  out en | lose my number
  out en | delete my number
  out en | leave me alone
  out en | I would like to unsubscribe
  out en | I want to opt out
  out en | I'd like to be removed from this list
  out en | Why don't you stop texting me
  out en | stop spamming me
  out en | Can you please stop sending me these promotions?
  out en | You can stop now
  out en | stop it
  out en | Stop. I never signed up for this.
  out en | I never asked for this. STOP
  out en | STOP?
  out en | stpo
  out en | unsubscibe
  out en | Enough with the spam!
  out en cat:offers | stop offers
  out en cat:offers | STOP deals
  out en cat:news | no more newsletter
  out en cat:news | unsubscribe from the newsletter
  out en cat:offers | stop all offers
  out en default | STOP ads
  out en | stop sending
  out en | St0p
  out en | UNSUBSCRIBE!!! 😡
  out en | Hi, please unsubscribe me from this list. Thanks
  out en | I revoke my consent
  out en | stop sending me stuff
  out en | quit sending me offers
  out en | Stop these messages
  out en | Please unsubscribe me from all your messages
  out en | I want to stop receiving messages from you
  out en | stop sending me texts
  out en | Stop sending me promotional offers please
  out en | Please remove me
  out en | Remove my number please
  out en | Take me off this list now
  out en | Unsubscribe from everything
  out en | can you stop messaging me
  out en | PLEASE STOP TEXTING ME
  out en | I don't want any more promotions
  out en | I'm not interested anymore, please stop
  out en | no more texts
  out en | Stop the messages
  out en | please don't send me any more messages
  out en | do not send me messages anymore
  out en | I don't wish to receive these
  out en | opt out please
  out en | I'd like to opt out of marketing messages
  out en | stop contacting me please
  out en | Cancel my subscription to these messages
  out en | please stop these messages
  out en | I want to unsubscribe from your promotions
  out en | quit messaging me
  out en | Stop all promotions
  out en | unsubscribe me now
  out en | Don't contact me ever again
  out en | I no longer want to receive messages from you
  out en | Please STOP
  out en | Stop 🛑
  out en | Stop!!
  out en | stop stop stop
  out en | STOP - no more please
  out en | End messages
  out en | Cancel all
  out en | stop spamming
  out en | Please delete my contact information
  out en | Delete me from your list
  out en | Stop sending these ads
  out en | Stop these promotions
  out en | I said stop
  out en | how many times do I have to say stop
  out en | Unsubscribe 🙏
  out en | no more promotions please
  out - | Unsubscribe
  out en | Kindly stop sending me these messages
  out en | stop msging me
  out en | pls unsubscribe
  out en | I want out of this list
  out en | STOP SENDING ME MESSAGES!!!!
  out en | Stop it already
  out en | remove me from this
  out en | Please remove me from your mailing list, thank you.
  out en | unsubscribe me from this list please
  out en | Do not message this number again
  out en | Please do not send me any more marketing
  out en | I'm done, unsubscribe me
  out en | STOP. Unsubscribe.
  out en | Stop sending me your crap
  out en | no more whatsapp messages please
  out en | Stop bothering me
  out en | halt
  out en | OPT OUT
  out en | I opt out
  out en | please take me off your list
  out en | cancel subscription
  out en | Stop sending me offers, I'm not interested
  out en | Please cease all communication
  out en | I withdraw my consent to receive marketing messages
  out en | Don't send me this stuff
  out en | Leave me alone please
  out en | Can you remove my number from your database?
  out en | Don't send me promotions anymore
  out en | Please stop. I've asked multiple times.
  out en | Stop messages
  out en | U N S U B S C R I B E
  out en | unsubscribeee
  out en | Stop promo
  out en | Unsubscribe me from this bs
  out en | I want these messages to stop
  out en | please make it stop
  out en | Stop sending stuff to this number
  out en | No more spam please
  out en | Kindly remove me from your whatsapp list
  out en | I don't want to hear from you again
  out en | Don't ever message me again
  out en | I'm asking you to stop messaging me
  out en | You need to stop texting me
  out en | STOP TEXTING ME OR I'LL REPORT YOU
  out en | Remove
  out en | stop pls
  out en | Unsub me
  out en | optout
  out en | stop msgs
  out en | Please discontinue these messages
  out en | I do not consent to receiving these messages
  out en | Take my number off your list
  out en | I didn't ask for these. Please stop.
  out en | Stop sending promos to my phone
  out en | stop sending me ads
  out en | How about you stop texting me
  out en | Leave me be
  out en | 🙏 please stop
  out en | Stop 😠😠
  out en | ❌ no more messages
  out en | Not interested. Stop.
  out en | End all communications
  out en | I want to stop all promotions
  out en | please no more
  out en | Stop sending me messages on WhatsApp
  out en | stop the spam please
  out en | Please unsubscribe +1 555 123 4567
  out en | UNSUBSCRIBE ME!!!!
  out en | Remove me from all lists
  out en | I want to unsubscribe from all marketing
  out en | stop it please, I'm not interested
  out en | no thanks, please stop texting
  out en | Pls remove
  out en | remove me pls
  out en | stop sending messages to this number
  out en | Do not send me anything else
  out en | Please don't contact me again
  out en | I'd rather not receive these anymore
  out en | I want you to stop
  out en | Can you not text me
  out en | STOP 12345
  out en | opt-out of promotions
  out en | I'm unsubscribing
  out en | No more!
  out en | Stop sending me these bloody messages
  out en | STOP!!! I've told you 3 times
  out en | for the last time, STOP
  out en | Unsubscribe. Thanks.
  out en | Unsubscribe, thanks
  out - | Stop spam
  likely en | too many messages
  likely en | Way too many texts from you guys
  likely en | why do you keep texting me?
  likely en | Why am I still getting these?
  likely en | enough
  likely en | this is spam
  likely en | spam
  likely en | annoying
  likely en | so annoying
  likely en | no
  likely en | No thanks
  likely en | not interested
  likely en | I'm not interested
  likely en | I never signed up for this
  help en | who gave you my number?
  likely en | wrong number
  likely en | I will block this number
  likely en | pause promotions
  likely en | cancel it
  likely en | Cancel. Wrong address
  likely en | I don't want this
  likely en | Why do you keep sending me this?
  help en | Why am I receiving these messages?
  likely en | These messages are annoying
  likely en | You're spamming me
  likely en | This is harassment
  likely en | Enough already
  likely en | I get way too many messages from you
  likely en | nope
  likely en | not interested, thanks
  likely en | I didn't sign up for this
  help en | How did you get my number?
  likely en | too many texts
  likely en | Please send fewer messages
  likely - | No
  likely en | I keep getting these messages
  likely en | This is getting annoying
  likely en | Do you ever stop?
  likely en | Why do I keep receiving this?
  likely en | I don't need this
  likely en | You guys text too much
  likely en | Not interested.
  likely en | Please, I've had enough
  likely en | Who are you and why are you texting me?
  likely en | This is the 5th message today
  likely en | I don't want it
  likely en | Spam again?
  likely en | Why are you messaging me?
  likely en | why do you have my number
  likely en | Too much
  likely en | No longer interested
  likely en | Don't need these
  likely en | Enough!
  out en | The unsubscribe link doesn't work
  out en | Hey can u stop sending me this stuff
  out en | Please STOP sending these WhatsApp msgs!!
  out en | I've had enough of your messages, unsubscribe me
  out en | stop this please
  out en | cancel these messages
  out en | I don't want to get any more texts from you
  out en | Please no more offers
  out en | Unsubscribe me from your promotions please, thanks
  out en | quit it
  out en | Stop, please. I'm not interested.
  out en | Remove my number from your marketing list
  out en | Stop?
  likely en | Why do I get so many messages from you
`);
