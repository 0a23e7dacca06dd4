import { useEffect, useState } from "react";

/**
 * "Read aloud": the phone's own speech synthesis reads the question and its choices; nothing is
 * sent anywhere. Shown only where the browser has a voice for the page's language (none on the
 * server, none without JavaScript, none on a phone without such a voice).
 */
export function ReadAloud({ lang, label, texts }: { lang: string; label: string; texts: readonly string[] }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  useEffect(() => {
    const synth = typeof window === "undefined" ? undefined : window.speechSynthesis;
    if (!synth) return;
    const pick = () => setVoice(synth.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang));
    pick();
    synth.addEventListener("voiceschanged", pick);
    return () => {
      synth.removeEventListener("voiceschanged", pick);
      synth.cancel();
    };
  }, [lang]);
  if (!voice) return null;
  const read = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(texts.join(". "));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    synth.speak(utterance);
  };
  return (
    <button type="button" className="link-button read-aloud" onClick={read} data-read-aloud="">
      {label}
    </button>
  );
}
