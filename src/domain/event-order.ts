import type { Channel } from './types';

/**
 * The order key of a contact's outbound events: one receiver sees a contact's events in order,
 * and an erasure finds them by it (their bodies name the contact).
 */
export function contactOrderKey(channel: Channel, contact: string): string {
  return `contact:${channel}:${contact}`;
}
