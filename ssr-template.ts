// The HTML shell of every page: Docusaurus's own template, except that its bundles are requested
// only once the server-rendered page has been painted.
//
// With the stock `<script defer>` tags, Chromium runs the bundles as soon as parsing ends, before
// it renders a frame, so a reader saw nothing until the main bundle had run (on a phone, most of
// a second of Prism and React start-up). Here the page is painted first; the bundles then load
// and run in order (async = false), and React hydrates as before.
export const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <script>
      (function (scripts) {
        function start() {
          scripts.forEach(function (src) {
            var script = document.createElement('script');
            script.src = src;
            script.async = false;
            document.body.appendChild(script);
          });
        }
        var started = false;
        function once() {
          if (!started) { started = true; setTimeout(start); }
        }
        // The first contentful paint is reported once the frame is on screen, later than the
        // frame's own task ends: starting then keeps the bundles' download and start-up from
        // running ahead of what the reader sees. A browser without paint timing starts after the
        // next animation frame; hidden tabs get neither, so they start on a plain timeout, and a
        // page that never paints content starts after a second.
        var observes = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes &&
          PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0;
        if (document.visibilityState !== 'visible') once();
        else if (!observes) requestAnimationFrame(once);
        else {
          new PerformanceObserver(function (list, observer) {
            if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); once(); }
          }).observe({ type: 'paint', buffered: true });
          setTimeout(once, 1000);
        }
      })(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>);
    </script>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
