/**
 * English: corpus lines (format in ./table.ts).
 * Issue 18 changed "who is this?" from none to help: a customer who asks who writes gets
 * the help reply, which names the brand and the way out. "What is this?" followed in round 5,
 * when the learned model read it as help: in answer to a marketing message it asks the same.
 * Round 11b changed a bare "yes" (also "Yes please") from none to a likely opt-in: the whole
 * reply to a promotion's "Reply YES"; likely, so a pending question still takes it as its answer.
 */
import { table } from './table';

export const EN_OTHER = table(`
  notout en | non-stop deals
  notout en | don't stop sending me deals
  help en | who is this?
  help en | What is this?
  none en | I can't stop loving this
  none en | cancel my order
  none en | Please cancel my order!
  none en | I need to cancel my booking for tomorrow
  none - | bus stop
  none en | I'm at the bus stop
  none en | stop by the store
  none en | I'll stop by the store later
  none en | end of season sale
  none en | When does the sale end?
  none - | unstoppable
  none en | quit smoking plan
  none en | Count me in! We have got to STOP this terrible bill from passing!!
  maybein en | yes
  maybein en | YES
  none en | ok thanks
  none en | Thank you!
  none en | What time do you open?
  none en | Can you send me the catalog?
  none en | Where is my package?
  none en | Please send me the invoice again
  none en | I love these deals, keep them coming
  none en | Don't unsubscribe me
  none en | I don't want to unsubscribe
  none en | Nonstop fun this weekend!
  none en | Stop loss at 5%
  none en | The end
  none en | This went to my spam folder
  none en | bye
  none en | hello
  none - | I can't stop eating your cookies
  none - | This deal is unstoppable
  none - | Stop by our shop for a treat!
  none - | I want to cancel my appointment
  none - | How do I cancel my order?
  none - | What's the end date of the promotion?
  none - | I will quit my job
  none - | Where's the nearest bus stop?
  none - | Thanks for the offer!
  none - | Can I get a discount?
  maybein - | Yes please
  none - | Send me more info about the offer
  none - | stop, I meant the blue one
  none - | Don't stop the music
  none - | Remove the item from my cart
  none - | I love your messages
  none - | Thanks, I'll stop by tomorrow
  none - | Stop press: new arrivals!
  none - | Can you cancel the delivery?
  none - | I want to end my contract
  none - | What are your opening hours?
  none - | Is the offer still valid?
  none - | Send me the link please
  none - | Cool thanks
  none - | See you at the end of the month
  none - | Please stop the order I placed yesterday
  none - | I'm ready to quit my diet lol
  none - | Can't stop, won't stop
  none - | Hi, I'd like to know the status of my order
  none - | Can you tell me more about this offer?
  none - | What's the price?
  none - | I received the wrong item, please send the right one
  none - | Please send me the tracking number
  none - | My package hasn't arrived yet
  none - | Do you deliver on weekends?
  none - | I'd like to return this product
  none - | Thank you so much, see you soon!
  none - | Is this offer available in store?
  none - | Can I pay with card?
  none - | I just can't stop smiling
  none - | OK, I'll stop at the pharmacy
  none - | Please cancel the second item in my order
  none - | How long does shipping take?
  none - | Remove the extra cheese from my pizza
  none - | At the end of the day it's fine
  none - | No problem
  none - | No worries
  none - | Nope, that's all, thanks!
  none - | I'll end the call now
  none - | Where can I find the size guide?
  none - | Subscribe to what?
  none - | Please send me more offers like this one
  none - | Good morning!
  none - | Can I change my delivery address?
  none - | My card was declined
  none - | When will you have stock again?
  none - | Can you stop by my house to deliver?
  none - | The promotion ends tomorrow?
  none - | I cancelled my order, did you get it?
  none - | Please remove the onions
  none - | Is the store open until the end of the day?
  none - | I quit!
  none - | hahaha stop it you're too funny
  none - | Just checking, did you get my message?
  none - | Please call me back
  none - | Could you stop sending me the wrong sizes? I ordered M
  none - | Great, thanks!
  none - | What's your return policy?
  none - | Don't forget my order
  none - | Please don't cancel my order
  none - | Please don't send the package to my old address
  none - | Stop it, you're making me blush 😊
  none - | Did you stop selling the red one?
  none - | When will you stop the sale?
  help en | HELP
  help en | info
  help en | how do I unsubscribe?
  help en | How can I stop receiving these messages?
  help en | what do I reply to stop?
  help en | Is there a way to opt out?
  help en | how do i opt back in
  help en | How do I stop these messages?
  help en | how can i unsubscribe
  help en | What do I text to unsubscribe?
  help en | help me
  help en | Can I unsubscribe?
  help en | How to opt out?
  help en | What are the commands?
  help en | How do I stop getting your promotions?
  status en | STATUS
  status en | what am I subscribed to?
  status en | am I unsubscribed?
  status en | Am I still on your list?
  status en | did my unsubscribe work?
  status en | Am I subscribed?
  status en | Am I still subscribed to your promotions?
  status en | status?
  status en | Are you still going to send me messages?
  status en | Have I been unsubscribed?
  in en | START
  in en | start
  in en | UNSTOP
  in en | SUBSCRIBE
  in en | resume
  in en | opt me back in
  in en | subscribe again
  in en | Start again please
  in en | I want to receive offers again
  in en | please start sending me deals again
  in en | sign me back up
  in en | Resubscribe
  in en | Please keep sending me offers
  in en | Start sending me offers again
  in en | I want to subscribe again
  in en | resubscribe me
  in en | Opt in
  in en | Please resume messages
  in en | I'd like to receive promotions again
  in en | unstop
  in en | Actually, please start sending me deals again
  in en | I'd like to opt back in
  in en | Subscribe
  none - | Thanks! Stop by anytime
  none - | Can you hold my order until Friday?
  none - | I want to cancel one item
  none - | No, the other one
  none - | Nope, wrong size
  none - | no I meant tomorrow
  none - | I'll be at the stop in 5 min
  none - | Cancel that, I found it
  none - | Please cancel the meeting
  none - | Is there an end date?
  none en | could you send the OTP again
  none en | resend the tickets please, I lost them
  in en | send me the coupons again, I want them back
  likely en | STOP!! 40% off?? is that for real
  out en | STOP. I don't care about 70% off
  out en | STOP!!! 🛑
  none en | please don't deliver before noon, nobody's home
  none en | stop hiking the prices every few weeks
  status - | did you take me off the list already?
  help en | where do I find the unsubscribe link? I looked everywhere
  out en | the unsubscribe link is broken, just take me off
  help en | how can I get off this list?
  help en | what is this?? I never signed up for these
  in - | I asked you to stop earlier but I changed my mind, send me the deals again
  none en | not interested in the large one, do you have a medium?
  out en | not interested, stop sending these
  likely en | not interested
  none en | stop charging me twice, I see two payments on my card
  out - | stop charging me for messages I never wanted, unsubscribe me
`);
