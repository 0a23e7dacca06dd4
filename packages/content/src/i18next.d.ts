// Typed keys inside this package. The web app opts in by including this file in its tsconfig
// (see the README); it is not applied to consumers automatically, so their dynamic keys keep working.
import type { ContentResources } from "./resource-types";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: ContentResources;
  }
}
