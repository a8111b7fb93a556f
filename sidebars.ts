import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { errorCodesPage } from './openapi/site-paths';

const sidebars: SidebarsConfig = {
  guides: [
    // Every category links to a page: a heading without one is an <a> with no href, which
    // crawlers cannot follow (Lighthouse's crawlable-anchors audit).
    {
      type: 'category',
      label: 'Messaging',
      collapsible: false,
      link: { type: 'doc', id: 'messaging/index' },
      items: [
        'messaging/quickstart',
        'messaging/send-mms',
        'messaging/status-callbacks',
        'messaging/verify-callbacks',
        'messaging/statuses',
        'messaging/errors',
        'messaging/redact',
        'messaging/segments',
        'messaging/migrate',
        'messaging/sandbox',
        'messaging/coding-agents',
      ],
    },
    { type: 'link', label: 'Error codes', href: errorCodesPage },
    { type: 'link', label: 'API reference', href: '/rest/messaging/send-message/' },
  ],
};

export default sidebars;
