import { SegmentedMessage } from 'sms-segments-calculator';

/** The `number_of_segments` of every MMS: the API publishes none for MMS, so the sandbox says one. */
export const mmsSegments = 1;

/** How many SMS segments a message takes, as the segments guide explains. */
export function numberOfSegments(body: string | null, kind: 'sms' | 'mms'): number {
  if (kind === 'mms') return mmsSegments;
  if (!body) return 1;
  return new SegmentedMessage(body).segmentsCount;
}
