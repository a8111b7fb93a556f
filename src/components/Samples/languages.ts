// The languages of the guides' code tabs, in the order readers see them.
export const languages = {
  curl: { label: 'curl', highlight: 'bash' },
  node: { label: 'Node.js', highlight: 'javascript' },
  python: { label: 'Python', highlight: 'python' },
  go: { label: 'Go', highlight: 'go' },
  ruby: { label: 'Ruby', highlight: 'ruby' },
  php: { label: 'PHP', highlight: 'php' },
  java: { label: 'Java', highlight: 'java' },
  csharp: { label: 'C#', highlight: 'csharp' },
} as const;

export type Language = keyof typeof languages;
