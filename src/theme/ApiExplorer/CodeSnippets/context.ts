// The credentials the console's code samples were generated with, for the code blocks inside them
// (src/theme/ApiExplorer/ApiCodeBlock) to rewrite the Basic header. Outside the samples, such as
// in the response viewer, there is none, and code blocks show what they are given.
import { createContext } from 'react';
import type { Credentials } from './for-snippets';

export const SnippetCredentials = createContext<Credentials | null>(null);
