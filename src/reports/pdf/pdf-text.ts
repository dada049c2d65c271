import { inflateSync } from "node:zlib";

/** WinAnsi bytes 0x80–0x9F that differ from Latin-1 (the rest of WinAnsi is Latin-1). */
const WIN_ANSI_HIGH: Readonly<Record<number, string>> = {
  128: "€", 130: "‚", 131: "ƒ", 132: "„", 133: "…", 134: "†", 135: "‡", 136: "ˆ", 137: "‰", 138: "Š", 139: "‹",
  140: "Œ", 142: "Ž", 145: "‘", 146: "’", 147: "“", 148: "”", 149: "•", 150: "–", 151: "—", 152: "˜", 153: "™",
  154: "š", 155: "›", 156: "œ", 158: "ž", 159: "Ÿ",
};

const decodeHex = (hex: string): string => {
  let out = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = Number.parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_HIGH[byte] ?? String.fromCharCode(byte);
  }
  return out;
};

/** The PDF's content with every Flate-compressed stream inflated in place (latin1, one char per byte). */
function inflatedSource(pdf: Uint8Array): string {
  const bytes = Buffer.from(pdf);
  const source = bytes.toString("latin1");
  let out = "";
  let from = 0;
  for (const match of source.matchAll(/\/Filter \/FlateDecode[\s\S]*?>>\s*stream\r?\n/g)) {
    const start = (match.index as number) + match[0].length;
    const end = source.indexOf("endstream", start);
    if (end < 0 || start < from) continue;
    out += source.slice(from, start);
    try {
      out += inflateSync(bytes.subarray(start, end)).toString("latin1");
    } catch {
      out += source.slice(start, end);
    }
    from = end;
  }
  return out + source.slice(from);
}

/**
 * The text of a PDF written by {@link renderPdf} (standard fonts: hex strings in TJ arrays; compressed streams are
 * inflated first), one line per text baseline. Enough to check that a report says what it should; not a general
 * PDF text extractor.
 */
export function extractPdfText(pdf: Uint8Array): string {
  const source = inflatedSource(pdf);
  const lines: string[] = [];
  let lastY: string | null = null;
  for (const match of source.matchAll(/1 0 0 1 ([-\d.]+) ([-\d.]+) Tm\s*\/F\d+ [\d.]+ Tf\s*\[([^\]]*)\] TJ/g)) {
    const text = [...(match[3] as string).matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decodeHex(m[1] as string)).join("");
    if (match[2] === lastY && lines.length > 0) lines[lines.length - 1] += text;
    else lines.push(text);
    lastY = match[2] as string;
  }
  return lines.map((line) => line.trimEnd()).join("\n");
}
