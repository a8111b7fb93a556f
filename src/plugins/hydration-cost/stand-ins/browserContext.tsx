// Stands in for @docusaurus/core's client/browserContext (swapped in by
// src/plugins/hydration-cost/swaps.ts). The only change: the switch to `isBrowser = true` after
// hydration is a transition. Whatever reads the flag re-renders then (the color-mode toggle,
// every BrowserOnly, the OpenAPI theme's ApiItem with the whole reference below it); as a normal
// update React did that in one task (200 ms on the send-message page here, before the remount
// keys were made stable), as a transition it renders in slices between which the page answers taps.
// Follows: @docusaurus/core@3.10.2 lib/client/browserContext.js sha256:f0765ea0de6c6820
import React, { startTransition, useEffect, useState, type ReactNode } from 'react';

export const Context = React.createContext(false);

export function BrowserContextProvider({ children }: { children: ReactNode }): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
