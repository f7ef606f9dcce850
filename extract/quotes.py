"""Direct quotes and who said them: “…,” kata X / "…," tuturnya / X mengatakan, "…"."""

from __future__ import annotations

import re
from dataclasses import dataclass

SPEECH_VERBS = (
    r"kata|ujar|tutur|tegas|imbuh|pungkas|jelas|terang|ungkap|sebut|papar|tukas|ucap|lanjut|tambah|ajak|"
    r"pinta|harap|katanya|kilah|seru|sambung|beber|urai|akui|tandas|timpal|terangnya|ingat"
)
QUOTE = re.compile(r"[“\"](?P<quote>[^“”\"]{12,}?)[”\"]")
AFTER = re.compile(
    r"\s*,?\s*(?P<verb>(?:" + SPEECH_VERBS + r"))(?P<nya>nya)?\b(?P<speaker>[^.,;\n“\"]{0,120})"
)
BEFORE = re.compile(
    r"(?P<speaker>[A-Z][^.;\n“\"]{2,120}?)\s+(?:mengatakan|menegaskan|menjelaskan|menyampaikan|mengungkapkan|"
    r"menuturkan|menambahkan|mengingatkan|berkata|menyebut|menyebutkan|mengimbau|berpesan|meminta)\s*,?\s*(?:bahwa\s*)?[:,]?\s*$"
)


@dataclass
class Quote:
    text: str
    speaker: str | None
    start: int
    end: int
    official: str | None = None


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    last_speaker: str | None = None
    for match in QUOTE.finditer(text):
        body = match["quote"].strip().rstrip(",").strip()
        speaker = None
        after = AFTER.match(text, match.end())
        if after:
            if after["nya"] or after["verb"].endswith("nya"):
                speaker = last_speaker
            else:
                candidate = after["speaker"].strip()
                speaker = candidate or last_speaker
        else:
            before = BEFORE.search(text[max(0, match.start() - 200):match.start()])
            if before:
                speaker = before["speaker"].strip()
        if speaker:
            last_speaker = speaker
        quotes.append(Quote(text=body, speaker=speaker, start=match.start(), end=match.end()))
    return quotes
