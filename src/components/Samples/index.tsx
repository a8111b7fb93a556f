// One request in every language the guides offer, in tabs that remember the reader's choice
// across pages (groupId) and in the address (queryString), so a link keeps the language.
import CodeBlock from '@theme/CodeBlock';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import { languages, type Language } from './languages';

/** A snippet's text, or a whole sample file (imported with `?sample`), shown under its name. */
type Sample = string | { file: string; code: string };

export default function Samples({ code, title }: { code: Partial<Record<Language, Sample>>; title?: string }) {
  const present = (Object.keys(languages) as Language[]).filter((language) => code[language]);
  const text = (sample: Sample) => (typeof sample === 'string' ? sample : sample.code);
  // A file keeps its name, so a reader saves it as the tests ran it (an .mjs runs with top-level
  // await where a .js of a CommonJS package would not).
  const name = (sample: Sample) => (typeof sample === 'string' ? title : sample.file);
  return (
    <Tabs groupId="language" queryString="language">
      {present.map((language) => (
        <TabItem key={language} value={language} label={languages[language].label}>
          <CodeBlock language={languages[language].highlight} title={name(code[language]!)}>
            {text(code[language]!).trimEnd()}
          </CodeBlock>
        </TabItem>
      ))}
    </Tabs>
  );
}
