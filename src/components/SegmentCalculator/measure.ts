// What the segment calculator shows, measured from a text with sms-segments-calculator, the same
// library the sandbox uses for `number_of_segments`: pure, so that its figures are tested in Node
// (tests/unit/segment-calculator.test.ts) and the component only draws them.
import { SegmentedMessage } from 'sms-segments-calculator';

export type Encoding = 'GSM-7' | 'UCS-2';

/** Characters per segment: alone in one SMS, and per part of a concatenated message. */
export const capacity: Record<Encoding, { single: number; part: number; unit: string }> = {
  'GSM-7': { single: 160, part: 153, unit: 'septets' },
  'UCS-2': { single: 70, part: 67, unit: 'code units' },
};

/** SignalWire's limit for an SMS body; a longer one gets character_limit_exceeded (the sandbox counts code points). */
export const bodyLimit = 1600;
/** Segments drawn in the breakdown; the counts above it always cover the whole text. */
export const maxPartsShown = 20;
/**
 * Longest text measured, in UTF-16 code units. The library's time grows with the square of the
 * length (20,000 units take seconds), and nothing over 1,600 characters can be sent anyway.
 */
export const measureLimit = 5000;

export interface CharFact {
  char: string;
  count: number;
}

export interface Part {
  /** The characters of the part, each as the library encoded it. */
  chars: { raw: string; kind: 'plain' | 'ucs2' | 'extension' }[];
  units: number;
  capacity: number;
}

export interface Analysis {
  encoding: Encoding;
  /** Unicode code points, as the sandbox counts toward the 1,600 limit. */
  characters: number;
  /** Septets in GSM-7, UTF-16 code units in UCS-2. */
  units: number;
  segments: number;
  ucs2: CharFact[];
  extension: CharFact[];
  parts: Part[];
  loneSurrogates: number;
}

export type Result =
  | { ok: true; analysis: Analysis }
  | { ok: false; tooLong: true; characters: number; units: number }
  | { ok: false; tooLong: false; error: string };

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function tally(chars: string[]): CharFact[] {
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  return [...counts].map(([char, count]) => ({ char, count }));
}

export function analyze(text: string): Result {
  try {
    if (text.length > measureLimit) {
      return { ok: false, tooLong: true, characters: [...text].length, units: text.length };
    }
    const loneSurrogates = text.match(loneSurrogate)?.length ?? 0;
    if (text === '') {
      return {
        ok: true,
        analysis: { encoding: 'GSM-7', characters: 0, units: 0, segments: 0, ucs2: [], extension: [], parts: [], loneSurrogates },
      };
    }
    const message = new SegmentedMessage(text);
    const encoding = message.encodingName;
    const chars = message.encodedChars;
    const kindOf = (c: (typeof chars)[number]): Part['chars'][number]['kind'] =>
      !c.isGSM7 ? 'ucs2' : encoding === 'GSM-7' && c.codeUnits.length > 1 ? 'extension' : 'plain';
    const parts: Part[] = message.segments.slice(0, maxPartsShown).map((segment) => {
      // A segment also holds the user data header, whose entries have no `raw` text.
      const encoded = (segment as unknown[]).filter(
        (c): c is (typeof chars)[number] => typeof c === 'object' && c !== null && 'raw' in c,
      );
      return {
        chars: encoded.map((c) => ({ raw: c.raw, kind: kindOf(c) })),
        units: encoded.reduce((sum, c) => sum + c.codeUnits.length, 0),
        capacity: message.segments.length === 1 ? capacity[encoding].single : capacity[encoding].part,
      };
    });
    return {
      ok: true,
      analysis: {
        encoding,
        characters: message.numberOfUnicodeScalars,
        units: chars.reduce((sum, c) => sum + c.codeUnits.length, 0),
        segments: message.segmentsCount,
        ucs2: tally(chars.filter((c) => !c.isGSM7).map((c) => c.raw)),
        extension: encoding === 'GSM-7' ? tally(chars.filter((c) => kindOf(c) === 'extension').map((c) => c.raw)) : [],
        parts,
        loneSurrogates,
      },
    };
  } catch (error) {
    return { ok: false, tooLong: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function codePoints(char: string): string {
  return [...char].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

const invisibleNames: Record<string, string> = {
  '\t': 'tab',
  '\f': 'form feed',
  '\u00A0': 'no-break space',
  '\u00AD': 'soft hyphen',
  '\u2009': 'thin space',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2028': 'line separator',
  '\u202F': 'narrow no-break space',
  '\uFEFF': 'byte order mark',
};

/** A name for a character that would not show on its own, or undefined when it shows. */
export function invisibleName(char: string): string | undefined {
  if (invisibleNames[char]) return invisibleNames[char];
  if (/^[\uD800-\uDFFF]$/.test(char)) return 'lone surrogate';
  if (/^[\p{C}\p{Z}\p{M}]+$/u.test(char)) return 'invisible character';
  return undefined;
}


/** The notes the calculator adds under its figures, in the order it shows them. */
export type Note = 'empty' | 'over-limit' | 'lone-surrogates';

export function notesFor(analysis: Analysis): Note[] {
  const notes: Note[] = [];
  if (analysis.segments === 0) notes.push('empty');
  if (analysis.characters > bodyLimit) notes.push('over-limit');
  if (analysis.loneSurrogates > 0) notes.push('lone-surrogates');
  return notes;
}
