import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
// Written by `npm run gen` from the spec; never edited or committed.
import messaging from './docs/rest/messaging/sidebar';

// The spec's introduction page becomes the link of the "Messaging" heading: a category without a
// link is an <a> with no href, which crawlers cannot follow (Lighthouse's crawlable-anchors).
const intro = 'messaging/signalwire-messaging-api';
type Item = Extract<SidebarsConfig[string], unknown[]>[number];
const isIntro = (item: Item) => typeof item === 'object' && 'id' in item && item.id === intro;

const sidebars: SidebarsConfig = {
  reference: [
    {
      type: 'category',
      label: 'Messaging',
      collapsible: false,
      link: { type: 'doc', id: intro },
      items: (messaging as Item[]).filter((item) => !isIntro(item)),
    },
    { type: 'doc', id: 'overview/error-codes', label: 'Error codes' },
    { type: 'link', label: 'Messaging guides', href: '/messaging/' },
  ],
};

export default sidebars;
