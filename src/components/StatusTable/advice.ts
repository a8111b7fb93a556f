// What to do about each message status. Kept apart from the component, free of React, so a
// unit test can check that it covers exactly the statuses of the spec's MessageStatus enum.
import { deliveryErrorsLink } from '../../../openapi/site-paths.ts';

export interface StatusAdvice {
  /** What to do, as plain text; `backticked` words are set as code. */
  text: string;
  /** A page that helps with this status, linked after the text. */
  link?: { to: string; label: string };
}

const deliveryErrors = { to: deliveryErrorsLink, label: 'delivery errors' };

export const statusAdvice: Record<string, StatusAdvice> = {
  queued: {
    text: 'Store the message `id`. Nothing else is needed yet: the next status follows on its own.',
  },
  initiated: {
    text: 'Wait. Do not send the message again, because the first one is on its way.',
  },
  sent: {
    text: 'Wait, and do not send the message again: one that stays `sent` is not lost.',
    link: { to: '/messaging/statuses/#delivered-needs-a-delivery-receipt', label: 'why a message can stay sent' },
  },
  delivered: {
    text: 'Nothing: the carrier confirmed delivery with a receipt. No later status is published for SMS or MMS.',
  },
  undelivered: {
    text: 'Look up `error_code` (when it is `null` or not in the catalog, read `error_message`) and follow its advice. Some codes are worth a later resend, others mean the number cannot take messages.',
    link: deliveryErrors,
  },
  failed: {
    text: 'Look up `error_code` and fix its cause, such as an inactive campaign, a low balance or an unusable media URL, before sending again.',
    link: deliveryErrors,
  },
  read: {
    text: 'Nothing: no later status follows. SMS and MMS are not specified to report reading, so do not wait for this status.',
  },
};

/**
 * Splits a status description from the spec into its first sentence, when that sentence says
 * whether the status is final ("Final." or "Not final."), and the rest, which says what it means.
 * A description that starts otherwise (`sent` may or may not be the last status) is all meaning.
 */
export function splitDescription(description: string): { finality: string; meaning: string } {
  const end = description.indexOf('. ');
  if (end < 0 || !/^(Final|Not final)\b/.test(description)) return { finality: '', meaning: description };
  return { finality: description.slice(0, end + 1), meaning: description.slice(end + 2) };
}

/** True when the description's first sentence says the status is final. */
export const isFinal = (description: string): boolean => /^Final\b/.test(splitDescription(description).finality);
