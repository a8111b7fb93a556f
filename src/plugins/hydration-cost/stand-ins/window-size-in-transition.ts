// Stands in for theme-common's useWindowSize (swapped in by src/plugins/hydration-cost/swaps.ts).
// Every reader starts at 'ssr', as the server rendered, and learns the real size in an effect after
// hydration. On a phone that first update re-renders the page for a narrow window: the docs
// sidebar and the table of contents leave for their mobile forms and the navbar sets up its menu.
// As a plain update React did all of it in one task (on the send-message page, the longest after
// hydration); here the first update is a transition, rendered in slices between which the page
// answers taps. A resize is still a plain update. Nothing a phone shows waits on it: the desktop
// sidebar and table of contents are hidden by CSS below the breakpoint, and the menu's button is
// in the server's HTML. The rest is the original.
// Follows: @docusaurus/theme-common@3.10.2 lib/hooks/useWindowSize.js sha256:a32a46c867130090
import { startTransition, useEffect, useState } from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type WindowSize = 'desktop' | 'mobile' | 'ssr';

// Infima's breakpoint, as in the original.
const desktopBreakpointDefault = 996;

function getWindowSize(desktopBreakpoint: number): WindowSize {
  if (!ExecutionEnvironment.canUseDOM) throw new Error('getWindowSize() should only be called after React hydration');
  return window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
}

export function useWindowSize({ desktopBreakpoint = desktopBreakpointDefault }: { desktopBreakpoint?: number } = {}): WindowSize {
  // A constant first value, so that hydration matches the server.
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const updateWindowSize = () => setWindowSize(getWindowSize(desktopBreakpoint));
    startTransition(updateWindowSize);
    window.addEventListener('resize', updateWindowSize);
    return () => window.removeEventListener('resize', updateWindowSize);
  }, [desktopBreakpoint]);
  return windowSize;
}
