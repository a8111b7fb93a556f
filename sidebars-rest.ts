// The sidebar of the "rest" docs instance: docs/rest, served at /rest.
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// The spec's introduction page becomes the link of the "Messaging" heading: a category without a
// link is an <a> with no href, which crawlers cannot follow (Lighthouse's crawlable-anchors).
const intro = 'messaging/signalwire-messaging-api';
type Item = Extract<SidebarsConfig[string], unknown[]>[number];
// Written by `npm run gen` from the spec, never edited or committed; required when Docusaurus
// loads this file, so that a type check needs nothing generated.
const messaging = (require('./docs/rest/messaging/sidebar') as { default: Item[] }).default;
const isIntro = (item: Item) => typeof item === 'object' && 'id' in item && item.id === intro;

const sidebars: SidebarsConfig = {
  rest: [
    {
      type: 'category',
      label: 'Messaging',
      collapsible: false,
      link: { type: 'doc', id: intro },
      items: messaging.filter((item) => !isIntro(item)),
    },
    { type: 'doc', id: 'overview/error-codes', label: 'Error codes' },
    { type: 'link', label: 'Messaging guides', href: '/messaging/' },
  ],
};

export default sidebars;
