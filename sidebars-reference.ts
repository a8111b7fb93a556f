import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
// Written by `npm run gen` from the spec; never edited or committed.
import messaging from './docs/rest/messaging/sidebar';

const sidebars: SidebarsConfig = {
  reference: [
    { type: 'category', label: 'Messaging', collapsible: false, items: messaging },
    { type: 'category', label: 'Overview', collapsible: false, items: ['overview/error-codes'] },
    { type: 'link', label: 'Messaging guides', href: '/messaging/' },
  ],
};

export default sidebars;
