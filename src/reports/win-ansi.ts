/**
 * The standard PDF fonts (Helvetica) carry only the WinAnsi character set: anything else comes out as garbage
 * bytes. Reports use those fonts because nothing may be downloaded and they need no embedding, so every string
 * that goes into a PDF passes through here. Common typographic signs get an ASCII stand-in; anything else
 * outside WinAnsi becomes "?" rather than a wrong glyph.
 */
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const REPLACEMENTS: Readonly<Record<string, string>> = {
  "−": "-",
  "≥": ">=",
  "≤": "<=",
  "→": "->",
  "←": "<-",
  "≈": "~",
  "≠": "!=",
  "\u202F": " ",
  "\u2009": " ",
  "\u2007": " ",
  "\u200B": "",
};

/** @example toWinAnsi("NCW ≥ € 0 − x") // "NCW >= € 0 - x" */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(ch)) out += ch;
    else out += REPLACEMENTS[ch] ?? "?";
  }
  return out;
}
