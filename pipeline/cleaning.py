"""Stage 2, *clean*: repaired Unicode, one tone placement, page furniture removed,
paragraphs kept; and the document fields that the page layout gives away (title, outlet,
author, published date).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from types import MappingProxyType
from urllib.parse import urlparse

from .records import CleanDocument
from .resources import lexicon
from .text_keys import normalize_tones

# Characters that look like Vietnamese letters or spaces but are not.
_INVISIBLE = MappingProxyType(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None))
_SPACE_LIKE = MappingProxyType(dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                                     "\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"), " "))
_LOOK_ALIKES = MappingProxyType({ord("Ð"): "Đ", ord("ð"): "đ", ord("Ɖ"): "Đ", ord("ɖ"): "đ"})

_METADATA_LINE = re.compile(r"^#\s*([\w-]+)\s*[=:]\s*(.*?)\s*$")
_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn)"
_TIME = r"(\d{1,2})\s*[:hg]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(?:am|pm|sa|ch))?"
_DATELINE = re.compile(
    rf"""^\W*(?:(?:cập\s*nhật|đăng|ngày\s*đăng|thời\s*gian|đăng\s*lúc|posted|updated)\s*(?:lúc|ngày)?\s*:?\s*)?
    (?:{_WEEKDAY}\s*[,-]?\s*)?
    (?:{_TIME}\s*[,|-]?\s*(?:ngày\s*)?)?
    (?:ngày\s*)?(?P<day>\d{{1,2}})\s*[/.-]\s*(?P<month>\d{{1,2}})\s*[/.-]\s*(?P<year>\d{{4}})
    (?:\s*[,|-]?\s*(?:lúc\s*)?(?P<hour>\d{{1,2}})\s*[:hg]\s*(?P<minute>\d{{2}})(?:\s*:\s*(?P<second>\d{{2}}))?)?
    \s*(?:\(?\[?\s*(?:gmt|utc)\s*[+]?\s*\d{{0,2}}\s*\]?\)?)?\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_FONT_WIDGET = re.compile(r"(?<=\S)\s+A\s{1,3}A\s*$")
_LEDE_OUTLET = re.compile(r"^\s*\(([^()\n]{2,40})\)\s*[-–—:]")
_OUTLET_LIKE = re.compile(r"(\.(vn|com|net|org|info)\b)|^[A-ZĐ]{2,8}$|^(báo|tạp chí|đài|cổng)\b", re.IGNORECASE)
_SPACE_RUNS = re.compile(r"[ ]{2,}")
_BYLINE_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*$")
_SENTENCE_END = (".", ":", ";", ",")
MAX_TITLE_WORDS = 35
TAIL_LINE_LIMIT = 200
MAX_FURNITURE_LINE = 160


@cache
def _furniture_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((e.label, re.compile(rf"^\W*(?:{e.pattern})\W*$", re.IGNORECASE))
                 for e in lexicon("furniture"))


def repair_unicode(text: str) -> str:
    """NFC, look-alike letters mended, invisible characters dropped, one kind of space,
    one tone placement.

    >>> repair_unicode("\u00d0a\u0306\u0301k La\u0306\u0301k\u00a0ho\u00e0\u200b")
    'Đắk Lắk hòa'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_SPACE_LIKE)
    text = unicodedata.normalize("NFC", text).translate(_LOOK_ALIKES)
    return normalize_tones(text)


def _furniture_kind(line: str) -> str | None:
    if len(line) > MAX_FURNITURE_LINE:
        return None  # furniture is short; and long lines would cost the patterns dearly
    for label, pattern in _furniture_patterns():
        if pattern.match(line):
            return label
    return None


def _dateline(line: str) -> re.Match | None:
    return _DATELINE.match(line) if len(line) <= 90 else None


def _iso_from_dateline(m: re.Match) -> str:
    day, month, year = int(m["day"]), int(m["month"]), int(m["year"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return ""
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if m["hour"] is not None:
        iso += f"T{int(m['hour']):02d}:{m['minute']}"
        if m["second"] is not None:
            iso += f":{m['second']}"
    return iso


def _iso_from_metadata(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if len(digits) == 8:
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    if len(digits) == 6:
        return f"{digits[:4]}-{digits[4:]}"
    if len(digits) == 4:
        return digits
    return ""


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    if not stripped or _LEDE_OUTLET.match(stripped) or _dateline(stripped):
        return False
    if stripped.endswith(_SENTENCE_END) or len(stripped.split()) > MAX_TITLE_WORDS:
        return False
    return any(c.isalpha() for c in stripped)


def _is_byline(line: str) -> bool:
    """A short line of capitalised words: "LÊ VƯƠNG", "Thanh Thủy – Vĩnh Hưng"."""
    stripped = line.strip()
    if not stripped or stripped.endswith(_SENTENCE_END) or len(stripped) > 60:
        return False
    if re.match(r"^(theo|nguồn)\b", stripped, re.IGNORECASE):
        return True
    words = [w for w in re.split(r"[\s,–—/&-]+", re.sub(r"\([^)]*\)", " ", stripped)) if w]
    return 1 <= len(words) <= 8 and all(_BYLINE_WORD.match(w) and w[0].isupper() for w in words)


def _drop_repeated_captions(lines: list[str]) -> list[str]:
    """An image caption printed twice, or its cut-off alt text followed by the caption."""
    following = [""] * len(lines)
    nxt = ""
    for i in range(len(lines) - 1, -1, -1):
        following[i] = nxt
        if lines[i].strip():
            nxt = lines[i]
    kept: list[str] = []
    for i, line in enumerate(lines):
        nxt = following[i]
        if line.strip() and nxt and (
            line.strip() == nxt.strip()
            or (len(line.strip()) < 60 and nxt.startswith(line.strip() + " ")
                and not line.strip().endswith(_SENTENCE_END))
        ):
            continue
        kept.append(line)
    return kept


def _cut_tail(lines: list[str]) -> list[str]:
    """Drop furniture lines; from a tail marker on, drop the rest when it is all short lines."""
    short_from = [True] * (len(lines) + 1)  # short_from[i]: every line from i on is short
    for i in range(len(lines) - 1, -1, -1):
        short_from[i] = short_from[i + 1] and len(lines[i]) < TAIL_LINE_LIMIT
    content_seen = 0
    kept: list[str] = []
    for i, line in enumerate(lines):
        kind = _furniture_kind(line) if line.strip() else None
        if kind == "LINE":
            continue
        if kind == "TAIL" and content_seen >= 2 and short_from[i]:
            break
        if line.strip():
            content_seen += 1
        kept.append(line)
    return kept


def _outlet_from(lines: list[str], metadata: dict[str, str]) -> str:
    for line in lines[:8]:
        m = _LEDE_OUTLET.match(line)
        if m and _OUTLET_LIKE.search(m.group(1).strip()):
            return m.group(1).strip()
    url = metadata.get("url", "")
    if url:
        host = urlparse(url).netloc
        return host[4:] if host.startswith("www.") else host
    return ""


def clean_document(raw: str) -> CleanDocument:
    """Cleaned text of one article and the fields its layout gives.

    >>> doc = clean_document("Tiêu đề bài\\n\\nThứ sáu, 29/12/2023 06:40\\nNgày 28-12, hội nghị họp.\\nmask\\n\\nLÊ VƯƠNG")
    >>> doc.title, doc.published_at, doc.author
    ('Tiêu đề bài', '2023-12-29T06:40', 'LÊ VƯƠNG')
    >>> "mask" in doc.text
    False
    """
    text = repair_unicode(raw)
    metadata: dict[str, str] = {}
    lines = []
    for line in text.split("\n"):
        m = _METADATA_LINE.match(line)
        if m and not lines:
            metadata[m.group(1).lower()] = m.group(2)
            continue
        line = _FONT_WIDGET.sub("", _SPACE_RUNS.sub(" ", line.strip()))
        lines.append(line)
    lines = _drop_repeated_captions(_cut_tail(lines))

    content = [i for i, line in enumerate(lines) if line.strip()]
    title_index = None
    given_title = " ".join(metadata.get("title", "").split())
    for i in content[:4]:
        if _dateline(lines[i]):
            continue
        if _is_headline(lines[i]) or (given_title and lines[i].strip() == given_title):
            title_index = i
        break
    # A date printed above the headline is the site's header, not the article's.
    if title_index is not None:
        lines = [line for i, line in enumerate(lines) if i >= title_index or not _dateline(line)]
        title_index = next(i for i, line in enumerate(lines) if line.strip())
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    collapsed: list[str] = []
    for line in lines:
        if line.strip() or (collapsed and collapsed[-1].strip()):
            collapsed.append(line)
    lines = collapsed
    text = "\n".join(lines)

    doc = CleanDocument(text=text, outlet=_outlet_from(lines, metadata), url=metadata.get("url", ""))
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    if title_index is not None and lines:
        doc.title = lines[0]
        doc.title_span = (0, len(lines[0]))
    first_body = 1 if doc.title else 0
    for i in range(first_body, min(len(lines), first_body + 4)):
        m = _dateline(lines[i])
        if m and _iso_from_dateline(m):
            doc.published_at = _iso_from_dateline(m)
            start = offsets[i] + m.start("day")
            end = offsets[i] + m.end("year")
            doc.published_span = (start, end)
            doc.published_mention = text[start:end]
            break
    if not doc.published_at and metadata.get("date"):
        doc.published_at = _iso_from_metadata(metadata["date"])
        doc.published_mention = metadata["date"]
    last = lines[-1] if lines else ""
    if len(lines) > 1 and _is_byline(last):
        doc.author = last.strip()
    return doc
