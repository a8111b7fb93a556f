// The stock console, with the in-browser sandbox's test credentials filled in, and the panel
// that shows where each request went and each callback of the sandbox's messages.
import type { ComponentProps } from 'react';
import OriginalExplorer from '@theme-original/ApiExplorer';
import SandboxConsole from '@site/src/components/SandboxConsole';
import SandboxDefaults from './SandboxDefaults';

export default function ConsoleWithSandbox(props: ComponentProps<typeof OriginalExplorer>) {
  return (
    <>
      <SandboxDefaults />
      <OriginalExplorer {...props} />
      <SandboxConsole />
    </>
  );
}
