// How an interaction with a KOL took place, in the words an MSL uses; shared by the meeting form and the repo.
import type { MeetingChannel } from './model';

/** Channels in the order a form offers them. */
export const MEETING_CHANNEL_LABELS: Record<MeetingChannel, string> = {
  'in-person': 'In person',
  virtual: 'Virtual',
  phone: 'Phone',
  email: 'Email',
  congress: 'At a congress',
  other: 'Other',
};

/** Whether a value read from a form is a known channel. */
export function isMeetingChannel(value: string): value is MeetingChannel {
  return Object.hasOwn(MEETING_CHANNEL_LABELS, value);
}
