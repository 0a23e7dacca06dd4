import { vitePlugin as remix } from "@remix-run/dev";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// `npm run dev` keeps its database where `npm start` keeps it: data/ at the repository root.
process.env.DB_FILE ??= path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/waspada.sqlite");

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  server: { host: "127.0.0.1", port: 3000 },
  build: { target: "es2020" },
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
});
