// Where the site serves the pages that API facts link to, and the anchors on them. The spec's
// build, the site's navigation, the components, the Markdown copies and the benches all link to
// the error-codes page; written once here, a move of the page cannot leave one of them behind.
// The production URL the API puts in an error's `url` stays the catalog's `base_url`
// (error-catalog.yaml); a test keeps its path equal to errorCodesPage.

/** Where SignalWire publishes these docs; a build for another host sets DOCS_URL instead. */
export const publishedDocsOrigin = 'https://developer.signalwire.com';

/** The error codes of SignalWire's Compatibility (LaML) API, whose codes are numbers. */
export const compatibilityErrorCodesUrl = 'https://signalwire.com/docs/compatibility-api/rest/error-codes';

/** The guide for readers coming from that API. */
export const migrationGuide = '/messaging/migrate/';

/** The error-codes page, as a root path of the site. */
export const errorCodesPage = '/rest/overview/error-codes/';

/** The error catalog as JSON, served beside the page's folder as its Markdown copy is. */
export const errorCodesJson = `${errorCodesPage.replace(/\/$/, '')}.json`;

/** The id of a code's entry on the page is the code itself, as in the API's error URLs. */
export const codeAnchor = (code: string) => code;

/** The id of an HTTP status's entry on the page: http-422. */
export const statusAnchor = (status: number) => `http-${status}`;

/** The page's section on delivery-time codes (its heading's slug). */
export const deliveryErrorsAnchor = 'delivery-errors';

/** The page's section on the values that are the sandbox's where the API's are not specified (its heading's slug). */
export const sandboxValuesAnchor = 'the-sandboxs-values';

/** A code's entry on the error-codes page. */
export const codeLink = (code: string) => `${errorCodesPage}#${codeAnchor(code)}`;

/** An HTTP status's entry on the error-codes page. */
export const statusLink = (status: number) => `${errorCodesPage}#${statusAnchor(status)}`;

/** The section on delivery-time codes. */
export const deliveryErrorsLink = `${errorCodesPage}#${deliveryErrorsAnchor}`;

/** A code as a Markdown link to its entry, for the spec's descriptions and the Markdown copies. */
export const markdownCodeLink = (code: string) => `[\`${code}\`](${codeLink(code)})`;
