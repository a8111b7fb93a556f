import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guides: [
    {
      type: 'category',
      label: 'Messaging',
      collapsible: false,
      items: [
        'messaging/index',
        'messaging/quickstart',
        'messaging/send-mms',
        'messaging/status-callbacks',
        'messaging/statuses',
        'messaging/errors',
        'messaging/segments',
        'messaging/migrate',
        'messaging/sandbox',
      ],
    },
    { type: 'link', label: 'Error codes', href: '/rest/overview/error-codes/' },
    { type: 'link', label: 'API reference', href: '/rest/messaging/send-message/' },
  ],
};

export default sidebars;
