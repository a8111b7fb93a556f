// The stock console, with the in-browser sandbox's test credentials filled in beside it.
import type { ComponentProps } from 'react';
import OriginalExplorer from '@theme-original/ApiExplorer';
import SandboxDefaults from './SandboxDefaults';

export default function ConsoleWithSandbox(props: ComponentProps<typeof OriginalExplorer>) {
  return (
    <>
      <SandboxDefaults />
      <OriginalExplorer {...props} />
    </>
  );
}
