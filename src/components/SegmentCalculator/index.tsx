// An SMS segment calculator for the "Segments and encoding" guide. The counting is done by
// sms-segments-calculator, the same library the sandbox uses for `number_of_segments`.
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { SegmentedMessage } from 'sms-segments-calculator';
import SmartEncodingMap from 'sms-segments-calculator/dist/libs/SmartEncodingMap';
import styles from './styles.module.css';

type Encoding = 'GSM-7' | 'UCS-2';

/** Characters per segment: alone in one SMS, and per part of a concatenated message. */
const capacity: Record<Encoding, { single: number; part: number; unit: string }> = {
  'GSM-7': { single: 160, part: 153, unit: 'septets' },
  'UCS-2': { single: 70, part: 67, unit: 'code units' },
};

/** SignalWire's limit for an SMS body; a longer one gets character_limit_exceeded (the sandbox counts code points). */
const bodyLimit = 1600;
/** Segments drawn in the breakdown; the counts above it always cover the whole text. */
const maxPartsShown = 20;
/**
 * Longest text measured, in UTF-16 code units. The library's time grows with the square of the
 * length (20,000 units take seconds), and nothing over 1,600 characters can be sent anyway.
 */
const measureLimit = 5000;

const sampleText =
  'Hi Sam, your order #12345 has shipped. It’s due Friday – track it at https://example.com/t/12345';

interface CharFact {
  char: string;
  count: number;
}

interface Part {
  /** The characters of the part, each as the library encoded it. */
  chars: { raw: string; kind: 'plain' | 'ucs2' | 'extension' }[];
  units: number;
  capacity: number;
}

interface Analysis {
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

type Result =
  | { ok: true; analysis: Analysis }
  | { ok: false; tooLong: true; characters: number; units: number }
  | { ok: false; tooLong: false; error: string };

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function tally(chars: string[]): CharFact[] {
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  return [...counts].map(([char, count]) => ({ char, count }));
}

function analyze(text: string): Result {
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

function codePoints(char: string): string {
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
function invisibleName(char: string): string | undefined {
  if (invisibleNames[char]) return invisibleNames[char];
  if (/^[\uD800-\uDFFF]$/.test(char)) return 'lone surrogate';
  if (/^[\p{C}\p{Z}\p{M}]+$/u.test(char)) return 'invisible character';
  return undefined;
}

function CharList({ facts, emptyText, testId }: { facts: CharFact[]; emptyText: string; testId: string }) {
  return (
    <dd data-testid={testId}>
      {facts.length === 0 ? (
        emptyText
      ) : (
        <ul className={styles.chars}>
          {facts.map(({ char, count }) => {
            const name = invisibleName(char);
            const lookAlike = SmartEncodingMap[char];
            return (
              <li key={char}>
                <code className={styles.glyph}>{name ?? char}</code> <span className={styles.codePoint}>{codePoints(char)}</span>
                {count > 1 && <span> ×{count}</span>}
                {lookAlike !== undefined && (
                  <span>
                    {' '}
                    (GSM-7 look-alike: <code>{lookAlike}</code>)
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </dd>
  );
}

function PartText({ part }: { part: Part }): ReactNode {
  return part.chars.map((c, i) => {
    if (c.kind === 'plain') return c.raw;
    return (
      <span key={i} className={c.kind === 'ucs2' ? styles.markUcs2 : styles.markExtension}>
        {invisibleName(c.raw) ? `[${codePoints(c.raw)}]` : c.raw}
      </span>
    );
  });
}

function Breakdown({ analysis }: { analysis: Analysis }) {
  const { encoding, segments, parts } = analysis;
  if (segments === 0) return null;
  const unit = capacity[encoding].unit;
  return (
    <div className={styles.breakdown}>
      <p className={styles.breakdownTitle}>
        How the text splits{segments > 1 ? ` into ${segments} parts` : ''}
      </p>
      {(analysis.ucs2.length > 0 || analysis.extension.length > 0) && (
        <p className={styles.legend}>
          {analysis.ucs2.length > 0 && <span className={styles.markUcs2}>Solid underline</span>}
          {analysis.ucs2.length > 0 && ': characters outside GSM-7. '}
          {analysis.extension.length > 0 && <span className={styles.markExtension}>Dotted underline</span>}
          {analysis.extension.length > 0 && ': extension characters, two septets each.'}
        </p>
      )}
      {/* A div list: Infima's list padding outranks a CSS module's in this build. */}
      <div role="list" className={styles.parts} data-testid="segment-parts">
        {parts.map((part, i) => (
          <div role="listitem" key={i} className={styles.part}>
            <p className={styles.partHeader}>
              {segments > 1 ? `Part ${i + 1}` : 'Single segment'}: {part.units} of {part.capacity} {unit}
            </p>
            <div className={styles.partText}>
              <PartText part={part} />
            </div>
          </div>
        ))}
      </div>
      {segments > parts.length && (
        <p className={styles.note}>
          Showing the first {parts.length} of {segments} parts. The counts above cover the whole text.
        </p>
      )}
    </div>
  );
}

function Notes({ analysis }: { analysis: Analysis }) {
  const notes: ReactNode[] = [];
  if (analysis.segments === 0) {
    notes.push(
      <>
        Type or paste some text to count its segments. The API refuses an empty body unless the message has media (
        <Link to="/rest/overview/error-codes/#body_or_media_required">
          <code>body_or_media_required</code>
        </Link>
        ).
      </>,
    );
  }
  if (analysis.characters > bodyLimit) {
    notes.push(
      <>
        This text has {analysis.characters.toLocaleString('en-US')} characters. SignalWire gives 1,600 characters as the
        limit of an SMS body, and refuses a longer one with{' '}
        <Link to="/rest/overview/error-codes/#character_limit_exceeded">
          <code>character_limit_exceeded</code>
        </Link>
        : shorten it, split it across messages or send a link to the full text.
      </>,
    );
  }
  if (analysis.loneSurrogates > 0) {
    notes.push(
      <>
        The text holds {analysis.loneSurrogates === 1 ? 'a lone surrogate' : `${analysis.loneSurrogates} lone surrogates`}: half of
        an emoji or other character outside the Basic Multilingual Plane, usually left by cutting text at a fixed length in
        UTF-16 code units. It is not a valid character, so it may be replaced or refused before it is sent. It is counted
        here as one UCS-2 code unit.
      </>,
    );
  }
  if (notes.length === 0) return null;
  return (
    <ul className={styles.notes} data-testid="segment-notes">
      {notes.map((note, i) => (
        <li key={i}>{note}</li>
      ))}
    </ul>
  );
}

/** What the calculator does, for the page's Markdown copy, where it cannot run. */
const markdownSummary =
  'The segment calculator takes a message text and shows, as you type, its encoding (GSM-7 or UCS-2), its characters, ' +
  'septets or code units, and segments, which characters force UCS-2 or take two septets, and how the text splits into parts.';

/** A textarea and, updating as the reader types, the encoding and segments of its text. */
export default function SegmentCalculator() {
  const id = useId();
  const isBrowser = useIsBrowser();
  const [text, setText] = useState(sampleText);
  const deferredText = useDeferredValue(text);
  const result = useMemo(() => analyze(deferredText), [deferredText]);
  const inputId = `${id}-text`;
  const hintId = `${id}-hint`;

  return (
    <section
      className={styles.calculator}
      aria-labelledby={`${id}-title`}
      data-hydrated={isBrowser ? 'true' : 'false'}
      data-markdown-summary={markdownSummary}>
      <p id={`${id}-title`} className={styles.title}>
        Segment calculator
      </p>
      <label htmlFor={inputId} className={styles.label}>
        Message text
      </label>
      <p id={hintId} className={styles.hint}>
        Type or paste a message body. Nothing you enter leaves this page.
      </p>
      <textarea
        id={inputId}
        className={styles.input}
        aria-describedby={hintId}
        value={text}
        rows={5}
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
      />
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={() => setText(sampleText)}>
          Restore the sample
        </button>
        <button type="button" className={styles.button} onClick={() => setText('')}>
          Clear
        </button>
      </div>

      <div
        aria-live="polite"
        aria-busy={text !== deferredText}
        data-testid="segment-output"
        data-state={text === deferredText ? 'ready' : 'pending'}
        data-length={deferredText.length}>
        {result.ok ? (
          <>
            <dl className={styles.stats}>
              <div>
                <dt>Encoding</dt>
                <dd data-testid="segment-encoding">{result.analysis.encoding}</dd>
              </div>
              <div>
                <dt>Characters</dt>
                <dd data-testid="segment-characters">{result.analysis.characters}</dd>
              </div>
              <div>
                <dt>{result.analysis.encoding === 'GSM-7' ? 'Septets' : 'UTF-16 code units'}</dt>
                <dd data-testid="segment-units">{result.analysis.units}</dd>
              </div>
              <div>
                <dt>Segments</dt>
                <dd data-testid="segment-count">{result.analysis.segments}</dd>
              </div>
            </dl>
            <dl className={styles.details}>
              <dt>Per segment</dt>
              <dd data-testid="segment-capacity">
                {capacity[result.analysis.encoding].single} {capacity[result.analysis.encoding].unit} in a single segment,{' '}
                {capacity[result.analysis.encoding].part} per part of a longer message
              </dd>
              <dt>Characters that force UCS-2</dt>
              <CharList facts={result.analysis.ucs2} emptyText="None" testId="segment-ucs2-chars" />
              <dt>Extension characters (two septets each)</dt>
              <CharList
                facts={result.analysis.extension}
                emptyText={
                  result.analysis.encoding === 'UCS-2'
                    ? 'Not applicable: in UCS-2 each of them takes one code unit'
                    : 'None'
                }
                testId="segment-extension-chars"
              />
            </dl>
            <Notes analysis={result.analysis} />
          </>
        ) : result.tooLong ? (
          <p className={styles.error} data-testid="segment-error">
            This text has {result.characters.toLocaleString('en-US')} characters ({result.units.toLocaleString('en-US')}{' '}
            UTF-16 code units), more than this calculator measures ({measureLimit.toLocaleString('en-US')} code units).
            SignalWire gives 1,600 characters as the limit of an SMS body, and refuses a longer one with{' '}
            <Link to="/rest/overview/error-codes/#character_limit_exceeded">
              <code>character_limit_exceeded</code>
            </Link>
            . Shorten the text to see its segments.
          </p>
        ) : (
          <p className={styles.error} data-testid="segment-error">
            This text could not be measured ({result.error}). Check it for broken or unusual characters and try again.
          </p>
        )}
      </div>
      {result.ok && <Breakdown analysis={result.analysis} />}
    </section>
  );
}
