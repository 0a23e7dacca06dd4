// xstate alone, as the engine imports it: the floor under any engine bundle.
export { assign, initialTransition, setup, transition } from "xstate";
