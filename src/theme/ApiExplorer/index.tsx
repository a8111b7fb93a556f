// The try-it console and the code samples, loaded when a reader is about to use them.
// The stock explorer is a single 5 MB chunk (1.7 MB gzipped: the request form, the response
// viewer and postman-code-generators for every language), and every reference page paid for it
// on first load, long before a reader on a phone scrolled down to it. Here it is fetched as soon
// as its panel comes near the viewport (at once on a desktop layout, where it sits beside the
// text) or the reader first scrolls, taps or types: by the time the panel is in view it is there.
// With it come the in-browser sandbox's fetch interceptor and its panel of requests and
// callbacks; the sandbox itself (its spec, its schemas, the core) loads on the first request to it.
// Its Redux store comes with it (src/theme/ApiItem/console-store.tsx): the page itself needs none.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import SkeletonLoader from '@theme/SkeletonLoader';

interface Props {
  /** The operation, as the plugin wrote it into the page's front matter (gzipped, in base64). */
  api: string;
  infoPath?: string;
}

// Its code samples highlight with the site's extra Prism languages (src/plugins/hydration-cost/prism-languages.ts).
const Explorer = lazy(() =>
  Promise.all([
    import('@site/src/plugins/hydration-cost/prism-languages'),
    import('@site/src/sandbox-in-browser/intercept').then(({ installInterceptor }) => installInterceptor()),
    import('@site/src/sandbox-in-browser/ConsoleWithSandbox'),
    import('@site/src/theme/ApiItem/console-store'),
  ]).then(([, , { default: Console }, { default: ConsoleStore }]) => ({
    default: ({ api, infoPath }: Props) => <ConsoleStore api={api}>{(item) => <Console item={item} infoPath={infoPath} />}</ConsoleStore>,
  })),
);

const interactions = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

export default function ApiExplorer(props: Props) {
  const [wanted, setWanted] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (wanted) return undefined;
    const want = () => setWanted(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), {
      rootMargin: '400px 0px',
    });
    if (panel.current) observer.observe(panel.current);
    for (const type of interactions) window.addEventListener(type, want, { once: true, passive: true });
    return () => {
      observer.disconnect();
      for (const type of interactions) window.removeEventListener(type, want);
    };
  }, [wanted]);

  const placeholder = <SkeletonLoader size="lg" />;
  return (
    <div ref={panel} className="openapi-explorer-lazy">
      {wanted ? (
        <Suspense fallback={placeholder}>
          <Explorer {...props} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
