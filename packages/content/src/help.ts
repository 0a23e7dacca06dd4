/**
 * The organisations the studies name, with what the studies say each does. Numbers people can call
 * are in channels.ts (published pages, two publishers or more); the schema lets a `phone` or `url`
 * in here only together with the `contactSource` it was checked against.
 * Text: locales/{lng}/help.json → `contacts.{id}.name|does`.
 */
import { migrantCareCaseHandling } from "./questions/citations";
import { ref } from "./refs";
import type { HelpContact } from "./types";

/** The day these entries were last checked against the studies. */
export const HELP_CHECKED = "2026-11-23";

const desbumiServices = ref("004", "L227–L237", "Migrant Care, 2024");

export const helpContacts: HelpContact[] = [
  // The same passage the question bank cites for Migrant CARE's complaint handling.
  { id: "migrant-care", kind: "ngo", checked: HELP_CHECKED, source: [
    migrantCareCaseHandling,
    ref("001", "L69", "fn 9 (UMM repository thesis on Migrant Care in Malaysia)")] },
  { id: "desbumi", kind: "village", checked: HELP_CHECKED, source: [
    desbumiServices, ref("001", "L220", "fn 32 (Migrantcare.net, DESBUMI)")] },
  { id: "integrated-service-centres", kind: "village", checked: HELP_CHECKED, source: [
    ref("004", "L216–L221", "Migrant Care, 2024")] },
  { id: "kp2mi", kind: "government", checked: HELP_CHECKED, source: [
    ref("000", "L39", "KP2MI, 2025"), ref("000", "L27", "BP2PMI, 2023")] },
  { id: "kbri-phnom-penh", kind: "government", checked: HELP_CHECKED, source: [
    ref("002", "L39–L41", "Pramudyani, 2024"), ref("000", "L39", "KP2MI, 2025")] },
  { id: "kemlu", kind: "government", checked: HELP_CHECKED, source: [ref("001", "L131–L139", "fn 18 (Ardabili et al., 2023)")] },
  { id: "kemnaker", kind: "government", checked: HELP_CHECKED, source: [
    ref("001", "L131", "uncited"), ref("001", "L141–L145", "fn 19 (Yuwanti, 2021)"), ref("004", "L225–L227", "MAMPU, 2023")] },
  { id: "embassies", kind: "government", checked: HELP_CHECKED, source: [ref("001", "L141–L145", "fn 19 (Yuwanti, 2021)")] },
  { id: "satgas-tppo", kind: "government", checked: HELP_CHECKED, source: [ref("002", "L47", "Mangatur dkk, 2023")] },
  { id: "iom", kind: "international", checked: HELP_CHECKED, source: [
    ref("004", "L180–L184", "IOM, 2023"), ref("004", "L200", "OCHR, 2023")] },
  { id: "tenaganita", kind: "ngo", checked: HELP_CHECKED, source: [ref("001", "L155", "fn 21 (Tenaganita, Who we Are)")] },
];
