// Stands in for @docusaurus/core's client/browserContext (swapped in by
// src/plugins/hydration-cost.ts). The only change: the switch to `isBrowser = true` after
// hydration is a transition. Every Tabs and CodeBlock of Docusaurus and the OpenAPI theme is keyed
// on that flag, so the switch re-mounts all of them; as a normal update React did that in one
// task (200 ms on the send-message page here, near a second on a phone), as a transition it
// renders in slices between which the page answers taps.
import React, { startTransition, useEffect, useState, type ReactNode } from 'react';

export const Context = React.createContext(false);

export function BrowserContextProvider({ children }: { children: ReactNode }): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
