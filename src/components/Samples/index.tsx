// One request in every language the guides offer, in tabs that remember the reader's choice
// across pages (groupId) and in the address (queryString), so a link keeps the language.
import CodeBlock from '@theme/CodeBlock';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import { languages, type Language } from './languages';

export default function Samples({ code, title }: { code: Partial<Record<Language, string>>; title?: string }) {
  const present = (Object.keys(languages) as Language[]).filter((language) => code[language]);
  return (
    <Tabs groupId="language" queryString="language">
      {present.map((language) => (
        <TabItem key={language} value={language} label={languages[language].label}>
          <CodeBlock language={languages[language].highlight} title={title}>
            {code[language]!.trimEnd()}
          </CodeBlock>
        </TabItem>
      ))}
    </Tabs>
  );
}
