// count_segments: the segments guide's calculator as a tool. The counting is
// sms-segments-calculator's, as on the site and in the sandbox's number_of_segments.
import GraphemeSplitter from 'grapheme-splitter';
import { SegmentedMessage } from 'sms-segments-calculator';

/** The largest text measured, in UTF-8 bytes. */
export const maxTextBytes = 100_000;

/** Characters per segment: alone in one SMS, and per part of a concatenated one. */
export const capacity = {
  'GSM-7': { single: 160, part: 153, unit: 'septets' },
  'UCS-2': { single: 70, part: 67, unit: 'UTF-16 code units' },
} as const;

/** SignalWire's limit for an SMS body, in characters; a longer one gets character_limit_exceeded. */
export const bodyLimit = 1600;

type Encoded = SegmentedMessage['encodedChars'][number];

/**
 * The library's own SegmentedMessage, built with a linear grapheme split. Its constructor
 * gathers graphemes with a reduce over Array.concat, which is quadratic: 50,000 characters take
 * about 12 s. Every other step is the library's, run in the constructor's order.
 */
export function segmentedMessage(text: string): SegmentedMessage {
  const message = Object.create(SegmentedMessage.prototype) as SegmentedMessage;
  // The library keeps a CRLF pair as two graphemes, so that step is kept too.
  message.graphemes = new GraphemeSplitter().splitGraphemes(text).flatMap((g) => (g === '\r\n' ? ['\r', '\n'] : [g]));
  message.numberOfUnicodeScalars = [...text].length;
  message.encoding = 'auto';
  message.encodingName = message._hasAnyUCSCharacters(message.graphemes) ? 'UCS-2' : 'GSM-7';
  message.encodedChars = message._encodeChars(message.graphemes);
  message.numberOfCharacters =
    message.encodingName === 'UCS-2' ? message.graphemes.length : message._countCodeUnits(message.encodedChars);
  message.segments = message._buildSegments(message.encodedChars);
  message.lineBreakStyle = message._detectLineBreakStyle(text);
  message.warnings = message._checkForWarnings();
  return message;
}

const codePoints = (char: string) =>
  [...char].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

function tally(chars: string[]) {
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  return [...counts].map(([char, count]) => ({ char, code_points: codePoints(char), count }));
}

export function countSegments(text: string) {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxTextBytes) {
    throw new RangeError(`The text is ${bytes.toLocaleString('en-US')} bytes of UTF-8; count_segments measures up to ${maxTextBytes.toLocaleString('en-US')} bytes (100 kB). An SMS body holds at most ${bodyLimit} characters.`);
  }
  const message = segmentedMessage(text);
  const encoding = message.encodingName as keyof typeof capacity;
  const chars = message.encodedChars;
  const isEncoded = (c: unknown): c is Encoded => typeof c === 'object' && c !== null && 'raw' in c;
  const perSegment = message.segments.map((segment) => (segment as unknown[]).filter(isEncoded).reduce((sum, c) => sum + c.codeUnits.length, 0));
  const segments = text === '' ? 0 : message.segmentsCount;
  return {
    encoding,
    segments,
    characters: message.numberOfUnicodeScalars,
    // Septets in GSM-7 (an extension character such as € takes two), code units in UCS-2.
    units: chars.reduce((sum, c) => sum + c.codeUnits.length, 0),
    unit: capacity[encoding].unit,
    characters_per_segment: segments > 1 ? capacity[encoding].part : capacity[encoding].single,
    units_in_each_segment: segments === 0 ? [] : perSegment,
    forced_ucs2_by: tally(chars.filter((c) => !c.isGSM7).map((c) => c.raw)),
    gsm7_extension_characters: encoding === 'GSM-7' ? tally(chars.filter((c) => c.codeUnits.length > 1).map((c) => c.raw)) : [],
    over_sms_body_limit: message.numberOfUnicodeScalars > bodyLimit,
  };
}
