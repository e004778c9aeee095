/**
 * Who follows up a task's replies (followUp.assignees): an email address or a short name.
 * Nothing else: the value is shown in the console, exported and read by people, so markup
 * ("<img src=x onerror=...>"), URLs and free text are refused where they come in, with the rule
 * in the message. Pure.
 */

/** The longest email address SMTP carries (RFC 5321: a 254-character path). */
export const MAX_ASSIGNEE_EMAIL = 254;
/** A person's or a team's name, not a sentence. */
export const MAX_ASSIGNEE_NAME = 80;

// Letters and digits of any script (internationalised addresses, RFC 6531), and the punctuation
// real mailboxes use. Not the rest of RFC 5322's atext ({ } | ` & ...): never seen in a
// colleague's address, and each is a way to smuggle markup or a template into a display.
const EMAIL = /^[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;
// Letters (with their combining marks), digits, spaces and the punctuation names carry:
// "Ana Souza", "O'Brien", "Jean-Luc", "Team (Lisbon)", "ops_night".
const NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’_()-]*$/u;

/** Whether `text` (already trimmed) is an assignee: an email address or a short name. */
export function isAssignee(text: string): boolean {
  if (text.includes('@')) return text.length <= MAX_ASSIGNEE_EMAIL && EMAIL.test(text);
  return text.length <= MAX_ASSIGNEE_NAME && NAME.test(text);
}

export const ASSIGNEE_RULE =
  `must be an email address (ana@example.com) or a short name (letters, digits, spaces and . ' _ - ( ), ` +
  `at most ${MAX_ASSIGNEE_NAME} characters); markup and other symbols are refused`;
