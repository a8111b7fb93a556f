// The explorer's code block, which inside the code samples shows their Basic header the way a
// reader can use it (see ../CodeSnippets/for-snippets.ts). Everywhere else it is the stock one.
import { useContext, type ComponentProps } from 'react';
import OriginalApiCodeBlock from '@theme-original/ApiExplorer/ApiCodeBlock';
import { SnippetCredentials } from '../CodeSnippets/context';
import { rewriteSnippet } from '../CodeSnippets/for-snippets';

type Props = ComponentProps<typeof OriginalApiCodeBlock>;

export default function ApiCodeBlock({ children, ...props }: Props) {
  const credentials = useContext(SnippetCredentials);
  const code = credentials && typeof children === 'string' ? rewriteSnippet(children, credentials) : children;
  return <OriginalApiCodeBlock {...props}>{code}</OriginalApiCodeBlock>;
}
