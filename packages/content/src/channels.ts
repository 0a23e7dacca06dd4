/**
 * Help channels people can call, message or open: only the ones our contact research marks as
 * verified, i.e. found in published pages of two or more different publishers. Every value is copied
 * exactly as those pages print it; the `tel:` and `wa.me` links are made from it mechanically
 * (`channelHref`), never typed by hand. Nobody on the team has called these numbers: the page says
 * what was checked ("two published sources, checked on …").
 * Text: locales/{lng}/help.json → `channels.{id}.name|when`.
 */
import type { Stage } from "@waspada/quiz-engine";

/** A published page a channel was found on. */
export interface PublishedSource {
  publisher: string;
  /** As the page shows it: "2025-04-10", "2025-12" or "undated". */
  date: string;
  url: string;
}

export type ChannelKind = "phone" | "whatsapp" | "web" | "app";

export type Situation = "danger" | "before" | "abroad" | "home" | "family";
export const SITUATIONS: readonly Situation[] = ["danger", "before", "abroad", "home", "family"];

/** Where an "abroad" channel applies; "any" for channels that work from every country. */
export type Place = "cambodia" | "myanmar" | "thailand" | "malaysia" | "any";
export const PLACES: readonly Place[] = ["cambodia", "myanmar", "thailand", "malaysia", "any"];

export interface HelpChannel {
  id: string;
  /** The organisation, for grouping: its name is `help.json → orgs.{org}`. */
  org: "kp2mi" | "kemlu" | "kbri-phnom-penh" | "kbri-yangon" | "kbri-bangkok" | "kbri-kuala-lumpur" | "polri" | "sapa" | "lpsk";
  kind: ChannelKind;
  /** Exactly as the sources print it. */
  value: string;
  situations: Situation[];
  place?: Place;
  /** Two or more pages from different publishers. */
  source: PublishedSource[];
  /** ISO day the sources were last read. */
  checked: string;
}

/** The day the stored copies of these pages were last read for this list. */
export const CHANNELS_CHECKED = "2026-12-06";

const mediaMasaKini = { publisher: "Media Masa Kini", date: "2025-04-10", url: "https://mediamasakini.id/respons-pernyataan-presiden-kp2mi-pastikan-lindungi-pekerja-migran" };
const merdekaKp2mi = { publisher: "Merdeka.com", date: "2025-04-10", url: "https://planet.merdeka.com/amp/hot-news/kp2mi-pertegas-komitmen-lindungi-pmi-sejalan-dengan-pernyataan-presiden-prabowo-373481-mvk.html" };
const lintasAtlantik = { publisher: "Lintas Atlantik", date: "2025-12", url: "https://www.lintasatlantik.com/2025/12/inilah-sanksi-bagi-pjtki-yang-salurkan.html" };
const republika2011 = { publisher: "Republika", date: "2011-06-27", url: "https://fbeta.republika.co.id/berita/lnfmk0/ingin-mengadu-persoalan-tki-di-luar-negeri-hubungi-halo-tki" };
const antaraSari = { publisher: "ANTARA (via selalukabar.com)", date: "2025-04-21", url: "https://selalukabar.com/wamen-p2mi-apresiasi-peluncuran-sari-chatbot-untuk-pekerja-migran-52415.html" };
const antaraMukhtarudin = { publisher: "ANTARA (via selalukabar.com)", date: "2025", url: "https://selalukabar.com/menteri-p2mi-ingatkan-publik-waspada-tawaran-kerja-palsu-di-medsos-139046.html" };
const viva = { publisher: "VIVA", date: "2024-08-04", url: "https://siap.viva.co.id/news/9298-eskalasi-perang-timur-tengah-meningkat-kemenlu-sediakan-hotline-bantuan-untuk-wni-silakan-catat" };
const holopis = { publisher: "Holopis", date: "2024-08-06", url: "https://holopis.com/2024/08/06/dunia-sedang-kacau-wni-di-negara-negara-ini-harap-hati-hati" };
const tirtoKemlu = { publisher: "Tirto", date: "2024-08-05", url: "https://tirto.id/kemlu-imbau-wni-tak-bepergian-ke-iran-lebanon-dan-israel-g2k2" };
const noa = { publisher: "noa.co.id", date: "2025-12-08", url: "https://www.noa.co.id/kbri-phnom-penh-imbau-wni-waspada-eskalasi-konflik-di-perbatasan-kamboja-thailand" };
const jakarta365 = { publisher: "Jakarta365", date: "2024-04-15", url: "https://jakarta365.net/internasional/57914/eskalasi-keamanan-di-timur-tengah-meningkat-kemenlu-siapkan-hotline-di-3-kbri-untuk-wni" };
const tempoLaporDiri = { publisher: "Tempo", date: "2018-05-24", url: "https://dunia.tempo.co/read/1092804/wni-yang-akan-luar-negeri-dihimbau-kemenlu-lapor-diri" };
const fakta = { publisher: "Fakta.com", date: "2025-04-21", url: "https://fakta.com/teknologi/fkt-24304/kemlu-luncurkan-chatbot-ai-sari-untuk-digunakan-pekerja-migran" };
const batamtoday = { publisher: "Batamtoday", date: "2025-04-22", url: "https://batamtoday.com/home/read/216072/Lindungi-Perempuan-Pekerja-Migran-Kemlu-dan-UN-Women-Luncurkan-Chatbot-AI-SARI" };
const idxPhnomPenh = { publisher: "IDX Channel", date: "2025-03-24", url: "https://www.idxchannel.com/news/kasus-wni-bermasalah-di-kamboja-naik-tiga-kali-lipat-pada-awal-2025-capai-841/2" };
const antaraMandalika2020 = { publisher: "ANTARA", date: "2020-03", url: "https://mandalika.antaranews.com/berita/1393934/kbri-phnom-penh-terapkan-sistem-kerja-dari-rumah-cegah-covid-19" };
const tribunAceh = { publisher: "Tribun Aceh", date: "2025-03-31", url: "https://aceh.tribunnews.com/amp/2025/03/31/pemerintah-indonesia-bantu-korban-gempa-myanmar-kirim-tim-kemanusiaan-dan-bantuan-logistik-12-ton?page=2" };
const infoPublik = { publisher: "InfoPublik", date: "2025-03-30", url: "https://infopublik.id/kategori/nasional-sosial-budaya/912419/belum-ada-informasi-wni-terdampak-gempa-di-myanmar" };
const antaraBangkok = { publisher: "ANTARA", date: "2020-04-02", url: "https://m.antaranews.com/amp/berita/1397886/antisipasi-covid-19-di-thailand-kbri-tambah-hotline-24-jam" };
const antaraBangkok2014 = { publisher: "ANTARA", date: "2014", url: "http://www.antaranews.com/berita/435598/peringatan-kbri-untuk-wni-terkait-situasi-di-thailand" };
const detikBangkok = { publisher: "detik (copy on quickqzz.com)", date: "undated", url: "https://quickqzz.com/news/58a599388.html" };
const rmolKl = { publisher: "RMOL", date: "2024-12-02", url: "https://rmol.id/amp/2024/12/02/647018/kbri-kuala-lumpur-terus-pantau-kondisi-wni-di-tengah-banjir-malaysia" };
const teropongKl = { publisher: "Teropong Media", date: "2024-12-03", url: "https://teropongmedia.id/kbri-tak-ada-wni-yang-terdampak-banjir-di-kuala-lumpur" };
const passFm = { publisher: "PASS FM Cilegon", date: "2025-06-16", url: "https://passfmcilegon.com/butuh-layanan-kepolisian-telepon-saja-110-gratis/" };
const detikhukum = { publisher: "Detikhukum", date: "2025-03-18", url: "https://detikhukum.id/2025/03/18/jelang-mudik-lebaran-2025-polres-purwakarta-buka-layanan-call-center-24-jam" };
const tabir = { publisher: "Tabir Lentera Nusantara", date: "2026-01-07", url: "https://tabirlenteranusantara.com/polri-perkuat-layanan-darurat-call-center-110-akses-gratis-24-jam-untuk-keamanan-masyarakat" };
const kontanSapa = { publisher: "Kontan", date: "2025", url: "https://amp.kontan.co.id/news/sistem-sapa-129-diperkuat-untuk-optimalkan-perlindungan-perempuan-dan-anak" };
const idnSapa = { publisher: "IDN Times", date: "2023-09-21", url: "https://idntimes.com/news/indonesia/amp/lia-hutasoit-1/laporan-kekerasan-layanan-sapa-129-terintegrasi-di-34-provinsi" };
const tribunJateng = { publisher: "Tribun Jateng", date: "2023-10-05", url: "https://jateng.tribunnews.com/2023/10/05/laporkan-kekerasan-terhadap-perempuan-dan-anak-ke-whatsapp-08111129129" };
const antaraLpsk = { publisher: "ANTARA (via selalukabar.com)", date: "2025-09", url: "https://selalukabar.com/lpsk-terima-permohonan-perlindungan-korban-kerusuhan-dari-sumut-119435.html" };
const tribunLpsk = { publisher: "Tribunnews (via presnapress)", date: "2022-10-05", url: "https://www.presnapress.com/nasional/2022/10/05/lpsk-buka-pintu-untuk-seluruh-saksi-dan-korban-tragedi-kanjuruhan-ajukan-permohonan-perlindungan" };
const tempoLpsk = { publisher: "Tempo", date: "2021", url: "https://nasional.tempo.co/read/1495975/cara-mengajukan-permohonan-perlindungan-ke-lpsk" };
const antaraLpsk2020 = { publisher: "ANTARA", date: "2020-03-18", url: "https://mandalika.antaranews.com/berita/1364426/lpsk-hanya-terima-permohonan-perlindungan-tanpa-interaksi-langsung" };

const checked = CHANNELS_CHECKED;

export const helpChannels: HelpChannel[] = [
  { id: "kp2mi-call", org: "kp2mi", kind: "phone", value: "0800-1000", situations: ["before", "home", "family"],
    source: [mediaMasaKini, merdekaKp2mi, lintasAtlantik, republika2011], checked },
  { id: "kp2mi-whatsapp", org: "kp2mi", kind: "whatsapp", value: "0811-8080-141", situations: ["before", "home", "family"],
    source: [mediaMasaKini, merdekaKp2mi], checked },
  { id: "kp2mi-abroad", org: "kp2mi", kind: "phone", value: "+62 21 2924 4800", situations: ["abroad"], place: "any",
    source: [mediaMasaKini, merdekaKp2mi, lintasAtlantik, republika2011], checked },
  { id: "siskop2mi", org: "kp2mi", kind: "web", value: "https://siskop2mi.bp2mi.go.id", situations: ["before"],
    source: [antaraSari, antaraMukhtarudin, mediaMasaKini], checked },
  { id: "police-110", org: "polri", kind: "phone", value: "110", situations: ["danger", "home"],
    source: [passFm, detikhukum, tabir], checked },
  { id: "kemlu-hotline", org: "kemlu", kind: "phone", value: "+62 812 9007 0027", situations: ["danger", "abroad", "family"], place: "any",
    source: [viva, holopis, tirtoKemlu], checked },
  { id: "safe-travel", org: "kemlu", kind: "app", value: "Safe Travel", situations: ["danger", "abroad"], place: "any",
    source: [fakta, batamtoday], checked },
  { id: "peduli-wni", org: "kemlu", kind: "web", value: "https://peduliwni.kemlu.go.id", situations: ["abroad"], place: "any",
    source: [noa, jakarta365, tempoLaporDiri], checked },
  { id: "kbri-phnom-penh-protection", org: "kbri-phnom-penh", kind: "whatsapp", value: "+855 12 813 282", situations: ["abroad", "family"], place: "cambodia",
    source: [noa, idxPhnomPenh], checked },
  { id: "kbri-phnom-penh-consular", org: "kbri-phnom-penh", kind: "whatsapp", value: "+855 61 844 661", situations: ["abroad"], place: "cambodia",
    source: [noa, antaraMandalika2020], checked },
  { id: "kbri-yangon", org: "kbri-yangon", kind: "phone", value: "+95 9 503 7055", situations: ["abroad", "family"], place: "myanmar",
    source: [tribunAceh, infoPublik], checked },
  { id: "kbri-bangkok", org: "kbri-bangkok", kind: "phone", value: "+66 92 903 1103", situations: ["abroad", "family"], place: "thailand",
    source: [antaraBangkok, detikBangkok, antaraBangkok2014], checked },
  { id: "kbri-kuala-lumpur", org: "kbri-kuala-lumpur", kind: "phone", value: "+60 17-668 8032", situations: ["abroad", "family"], place: "malaysia",
    source: [rmolKl, teropongKl], checked },
  { id: "sapa-129", org: "sapa", kind: "phone", value: "129", situations: ["danger", "home"],
    source: [kontanSapa, idnSapa, tribunJateng], checked },
  { id: "sapa-whatsapp", org: "sapa", kind: "whatsapp", value: "08111-129-129", situations: ["danger", "home"],
    source: [kontanSapa, idnSapa, tribunJateng], checked },
  { id: "lpsk-whatsapp", org: "lpsk", kind: "whatsapp", value: "0857-7001-0048", situations: ["home"],
    source: [antaraLpsk, tribunLpsk, tempoLpsk, antaraLpsk2020], checked },
];

/**
 * The link a channel's value makes: `tel:` with its digits (and a leading +), `https://wa.me/` with the
 * international number (Indonesia's leading 0 becomes 62), the address itself for a website; an app has none.
 */
export function channelHref(channel: Pick<HelpChannel, "kind" | "value">): string | undefined {
  const digits = channel.value.replace(/\D/g, "");
  switch (channel.kind) {
    case "phone":
      return `tel:${channel.value.trim().startsWith("+") ? "+" : ""}${digits}`;
    case "whatsapp":
      return `https://wa.me/${channel.value.trim().startsWith("+") ? digits : digits.replace(/^0/, "62")}`;
    case "web":
      return channel.value;
    case "app":
      return undefined;
  }
}

/**
 * Which channels fit the red flags someone missed, by the stage each flag belongs to: before leaving,
 * check the offer; at the destination, the embassy line and the foreign ministry; after return, the
 * ministry's complaints line and protection for witnesses.
 */
export const CHANNELS_FOR_STAGE: Record<Stage, string[]> = {
  recruitment: ["siskop2mi", "kp2mi-whatsapp", "kp2mi-call"],
  departure: ["kp2mi-call", "siskop2mi", "kp2mi-whatsapp"],
  destination: ["kemlu-hotline", "kbri-phnom-penh-protection", "safe-travel"],
  return: ["kp2mi-call", "lpsk-whatsapp", "police-110"],
};

export function channelById(id: string): HelpChannel | undefined {
  return helpChannels.find((channel) => channel.id === id);
}

/**
 * Facts on the help page and in the quiz that come from published pages rather than the studies,
 * each with two or more publishers. Text: locales/{lng}/help.json → `facts.{id}`.
 */
export interface PublishedFact {
  id: string;
  source: PublishedSource[];
  checked: string;
}

export const publishedFacts: PublishedFact[] = [
  { id: "kp2mi-history", checked, source: [
    { publisher: "BP2MI", date: "2024-10-21", url: "https://bp2mi.go.id/berita-detail/presiden-prabowo-lantik-menteri-dan-dua-wamen-pelindungan-pekerja-migran-indonesia-pertama" },
    { publisher: "Medula.id", date: "2024-10-21", url: "https://medula.id/2024/10/21/abdul-kadir-karding-resmi-dilantik-sebagai-menteri-perlindungan-pekerja-migran-dalam-kabinet-prabowo-gibran" },
    { publisher: "Tirto", date: "2024-11-07", url: "https://tirto.id/kemenaker-kini-tak-lagi-atur-pekerja-migran-g5vv" },
  ] },
  { id: "no-agreement", checked, source: [
    { publisher: "Tribratanews Polri", date: "2025-04-17", url: "https://tribratanews.polri.go.id./blog/nasional-3/menteri-p2mi-waspadai-tawaran-kerja-ke-kamboja-thailand-dan-myanmar-86646" },
    mediaMasaKini,
    antaraMukhtarudin,
  ] },
  { id: "check-licence", checked, source: [
    antaraMukhtarudin,
    antaraSari,
    { publisher: "RMOL", date: "2025-04-21", url: "https://rmol.id/amp/2025/04/21/663829/apresiasi-peluncuran-sari-wamen-p2mi-chatbot-ramah-perempuan-untuk-pekerja-migran-indonesia" },
    { publisher: "KP2MI", date: "2026-01-09", url: "https://kp2mi.go.id/index.php/berita-detail/cegah-penempatan-pmi-ilegal-bp3mi-sulawesi-tengah-sosialisasi-pemanfaatan-siskop2mi" },
  ] },
  { id: "official-route", checked, source: [
    { publisher: "Disnaker Banjarnegara", date: "2022-08", url: "https://disnaker.banjarnegarakab.go.id/2022/08/waspada-penipuan-lowongan-kerja-ke-luar-negeri-melalui-media-sosial" },
    { publisher: "Tempo (ANTARA)", date: "2024-09-08", url: "https://tempo.co/internasional/selamatkan-wni-yang-disekap-kbri-yangon-berkoordinasi-dengan-otoritas-myanmar-11600" },
    { publisher: "KP2MI", date: "2026-01-09", url: "https://kp2mi.go.id/index.php/berita-detail/cegah-penempatan-pmi-ilegal-bp3mi-sulawesi-tengah-sosialisasi-pemanfaatan-siskop2mi" },
  ] },
  { id: "placement-costs", checked, source: [
    { publisher: "IDN Times", date: "undated", url: "https://www.idntimes.com/news/indonesia/kepala-bp2mi-benny-rhamdani-ada-kritik-poin-pasal-30-ayat-00-c1f4r-6ykhgy/amp" },
    { publisher: "Aspataki", date: "2020-05-17", url: "https://www.aspataki.com/2020/05/perka-badan-dalam-uu-182017-dalam.html" },
    { publisher: "JPNN Bali", date: "2025-10-29", url: "https://bali.jpnn.com/ntb-terkini/37984/regulasi-biaya-penempatan-pmi-lagi-digodok-pastikan-prinsip-zero-cost-terlaksana" },
  ] },
  { id: "kbri-free", checked, source: [
    { publisher: "Disway OKU Selatan", date: "2026-01-24", url: "https://okuselatan.disway.id/amp/649337/kasus-online-scam-kamboja-ribuan-wni-minta-dipulangkan" },
    { publisher: "Suara Surabaya", date: "2026-01", url: "https://www.suarasurabaya.net/?p=870932" },
  ] },
  { id: "phnom-penh-2025", checked, source: [
    { publisher: "Tribun Gorontalo", date: "2026-01", url: "https://gorontalo.tribunnews.com/nasional/80331/lebih-1000-kasus-warga-indonesia-terlibat-masalah-penipuan-online-di-kamboja?page=2" },
    { publisher: "Suara Surabaya", date: "2026-01", url: "https://www.suarasurabaya.net/?p=870932" },
    { publisher: "Babe Indonesia", date: "2026-01-20", url: "https://babeindonesia.com/read/6535290/potret-wni-korban-penipuan-online-di-kamboja-serbu-kbri-phnom-penh" },
  ] },
  { id: "not-all-victims", checked, source: [
    { publisher: "Publik Bicara (detik)", date: "2026-01-22", url: "https://publikbicara.com/2026/01/22/dubes-ri-tegaskan-wni-di-kamboja-bukan-korban-tppo-kendala-utama-overstay-dan-paspor" },
    { publisher: "Suara Social (detik)", date: "2026-01-22", url: "https://suarasocial.com/dubes-wni-yang-keluar-sindikat-scam-di-kamboja-tak-alami-kekerasan-fisik-55517.html" },
  ] },
  { id: "lpsk", checked, source: [tempoLpsk, antaraLpsk2020, antaraLpsk] },
  { id: "lapor-diri", checked, source: [noa, jakarta365, tempoLaporDiri, fakta] },
  { id: "scam-ten-countries", checked, source: [
    { publisher: "detik", date: "2025-10-20", url: "https://news.detik.com/berita/d-8169803/kemlu-sejak-2020-total-10-ribu-wni-terlibat-online-scam-1-500-korban-tppo?page=komentar" },
    { publisher: "Ruang Akselerasi", date: "2025-10-20", url: "https://ruangakselerasi.id/lebih-10-ribu-wni-terlibat-online-scam-rata-rata-gen-z" },
  ] },
];

export function publishedFactById(id: string): PublishedFact | undefined {
  return publishedFacts.find((fact) => fact.id === id);
}
