import { vitePlugin as remix } from "@remix-run/dev";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { settings } from "./settings.mjs";

// The settings module stays a file of its own in the server build (imported at run time from
// apps/web/settings.mjs), so server.mjs and the app share one checked copy of the environment.
const settingsFile = fileURLToPath(new URL("./settings.mjs", import.meta.url));

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig(({ command }) => ({
  // `npm run dev` listens where `npm start` does (HOST, PORT); only the dev server reads them here.
  server: command === "serve" ? { host: settings().HOST, port: settings().PORT } : undefined,
  build: {
    target: "es2020",
    // build/server/index.js imports it from two folders up, where it lives.
    rollupOptions: { external: [settingsFile], output: { paths: { [settingsFile]: "../../settings.mjs" } } },
  },
  plugins: [
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
}));
