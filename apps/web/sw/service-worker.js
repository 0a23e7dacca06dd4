// The village session's service worker, bundled and given its precache list by scripts/build-sw.mjs
// (Workbox injectManifest) after the Remix build. It answers only what it precached: the session
// and notes pages in every language and the built assets. Every other request, such as the public
// pages and the results API, goes to the network untouched.
/* global self */
import { cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, {
  // The pages are cached as /id/session and so on; a query string must not miss them offline.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: null,
  cleanURLs: false,
});
