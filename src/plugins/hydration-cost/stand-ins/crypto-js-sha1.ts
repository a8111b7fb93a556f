// What docusaurus-theme-openapi-docs' storage-utils uses of crypto-js (`CryptoJS.SHA1(x).toString()`),
// without the rest of the library; see src/plugins/hydration-cost/swaps.ts.
import SHA1 from 'crypto-js/sha1';

export default { SHA1 };
