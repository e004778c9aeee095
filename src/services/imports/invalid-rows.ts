/**
 * The invalid rows of an import, as its summary lists them. Bounded whatever the input (issue 12,
 * item 3): the first MAX_INVALID_LISTED rows in file order are listed, the rest only counted, and
 * each entry quotes at most MAX_QUOTED_CHARS of the row's contact and a short error, so a file of
 * huge or broken fields cannot make a huge answer.
 */
import type { InvalidRow } from '../../domain/types';

export const MAX_INVALID_LISTED = 1_000;
/** Characters of a row's contact quoted in its entry. */
export const MAX_QUOTED_CHARS = 100;
/** An error message may quote the contact too: room for the message and that quote. */
export const MAX_ERROR_CHARS = 300;

/** `text` cut to `max` characters, with an ellipsis saying so (never half a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

export interface InvalidRows {
  /** Records a row that was not imported. */
  reject(line: number, contact: string, error: string): void;
  count(): number;
  /** The listed rows, by line. */
  listed(): InvalidRow[];
}

export function createInvalidRows(): InvalidRows {
  const rows: InvalidRow[] = [];
  let count = 0;
  return {
    reject(line, contact, error) {
      count += 1;
      if (rows.length < MAX_INVALID_LISTED)
        rows.push({
          line,
          contact: clip(contact, MAX_QUOTED_CHARS),
          error: clip(error, MAX_ERROR_CHARS),
        });
    },
    count: () => count,
    listed: () => [...rows].sort((a, b) => a.line - b.line),
  };
}
