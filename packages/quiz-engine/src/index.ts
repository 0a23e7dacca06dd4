export * from "./definition";
export * from "./result";
