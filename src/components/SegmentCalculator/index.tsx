// An SMS segment calculator for the "Segments and encoding" guide: a textarea, and the figures
// ./measure.ts finds in its text.
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { codeLink } from '@site/openapi/site-paths.ts';
import useIsBrowser from '@docusaurus/useIsBrowser';
import SmartEncodingMap from 'sms-segments-calculator/dist/libs/SmartEncodingMap';
import {
  analyze,
  capacity,
  codePoints,
  invisibleName,
  measureLimit,
  notesFor,
  type Analysis,
  type CharFact,
  type Part,
} from './measure';
import styles from './styles.module.css';

const sampleText =
  'Hi Sam, your order #12345 has shipped. It’s due Friday – track it at https://example.com/t/12345';

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
  const notes = notesFor(analysis);
  if (notes.length === 0) return null;
  return (
    <ul className={styles.notes} data-testid="segment-notes">
      {notes.map((note) => (
        <li key={note}>{noteText(note, analysis)}</li>
      ))}
    </ul>
  );
}

function noteText(note: ReturnType<typeof notesFor>[number], analysis: Analysis): ReactNode {
  switch (note) {
    case 'empty':
      return (
        <>
          Type or paste some text to count its segments. The API refuses an empty body unless the message has media (
          <Link to={codeLink('body_or_media_required')}>
            <code>body_or_media_required</code>
          </Link>
          ).
        </>
      );
    case 'over-limit':
      return (
        <>
          This text has {analysis.characters.toLocaleString('en-US')} characters. SignalWire gives 1,600 characters as the
          limit of an SMS body, and refuses a longer one with{' '}
          <Link to={codeLink('character_limit_exceeded')}>
            <code>character_limit_exceeded</code>
          </Link>
          : shorten it, split it across messages or send a link to the full text.
        </>
      );
    case 'lone-surrogates':
      return (
        <>
          The text holds {analysis.loneSurrogates === 1 ? 'a lone surrogate' : `${analysis.loneSurrogates} lone surrogates`}:
          half of an emoji or other character outside the Basic Multilingual Plane, usually left by cutting text at a fixed
          length in UTF-16 code units. It is not a valid character, so it may be replaced or refused before it is sent. It is
          counted here as one UCS-2 code unit.
        </>
      );
  }
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
            <Link to={codeLink('character_limit_exceeded')}>
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
