import { SegmentedMessage } from 'sms-segments-calculator';

/** How many SMS segments a message takes, as the segments guide explains; an MMS is one. */
export function numberOfSegments(body: string | null, kind: 'sms' | 'mms'): number {
  if (kind === 'mms' || !body) return 1;
  return new SegmentedMessage(body).segmentsCount;
}
