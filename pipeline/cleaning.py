"""Stage 2, *clean*: repaired Unicode, one tone placement, page furniture removed,
paragraphs kept; and the document fields that the page layout gives away (title, outlet,
author, published date).
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache
from types import MappingProxyType
from urllib.parse import urlparse

from .records import CleanDocument
from .resources import alternation, lexicon, words
from .text_keys import comparison_key, normalize_tones

# Characters that look like Vietnamese letters or spaces but are not.
# Characters that look like Vietnamese letters or spaces but are not; found by a character class
# (a scan in C) since most texts hold none of them.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
_SPACE_LIKE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_LOOK_ALIKES = MappingProxyType({"Ð": "Đ", "ð": "đ", "Ɖ": "Đ", "ɖ": "đ"})
_LOOK_ALIKE = re.compile("[" + "".join(_LOOK_ALIKES) + "]")

# "# date = 20201101", "# doc_id: p001": a key of ASCII letters; a capitalised word before a colon is a
# markdown heading's ("# Video: Lễ ra quân"), as is any Vietnamese word ("# Đắk Lắk: ...")
_FIELD_KEYS = (r"title|url|link|source|date|published|author|outlet|site|site_name|category|tags|description|lang|"
               r"language|id|doc_id")
# "# date = 20201101", "# Title: ...": a header line; not a heading "# 2024: năm bứt phá", "# Video: ..."
_METADATA_LINE = re.compile(rf"^#\s*(?=[A-Za-z0-9_-]*[A-Za-z_][A-Za-z0-9_-]*\s*=|(?i:{_FIELD_KEYS})\s*:)([A-Za-z0-9_-]+)\s*[=:]\s*(.*?)\s*$")
# a markdown heading's marker: "# Đắk Lắk: Xây dựng khối đại đoàn kết", "## Kỳ 1: ..."
_HEADING_MARK = re.compile(r"^#{1,6}\s+(?=\S)")
# A front matter's "title: ...", "url: ..." (YAML, between "---" lines or not): only fields a page has
_FIELD_LINE = re.compile(rf"^\s*({_FIELD_KEYS})\s*:\s*(.*?)\s*$", re.IGNORECASE)
_FRONT_MATTER_FENCE = re.compile(r"^\s*-{3,}\s*$")
TITLE_REACH = 10  # first lines of a text where a header's title may stand already
# A web archive's capture date at the very start, often followed by the page on the same line:
# " date 2021-05 Nhân dịp ...", " date 2025-06 *** Thực hiện ...".
_ARCHIVE_DATE = re.compile(r"^\s*date\s*:?\s+(\d{4}-\d{2}(?:-\d{2})?|\d{8})(?![\d-])\s*(?:\*+\s*)?", re.IGNORECASE)
_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])"
_CLOCK = r"\d{1,2}\s*(?::|h|g|giờ)\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm|sa|ch)\b)?"
_MONTH_WORD = r"(?:tháng|thg\.?)"
# a month in words, as a calendar prints it: "22 Tháng Ba, 2024", "1 tháng Giêng 2025"
_MONTH_WORDS = MappingProxyType({"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
                                 "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12})
# "Năm" (May) only capitalised: "6 tháng năm 2024" is six months of the year
_MONTH = r"\d{1,2}|" + "|".join("(?-i:Năm)" if w == "năm" else w.replace(" ", r"\s+")
                                for w in sorted(_MONTH_WORDS, key=len, reverse=True))
# The date of a dateline: "29/12/2023", "19.11.2020", "2019-08-08T08:30:00+07:00", "ngày 23 tháng 08 năm 2019",
# "10 Tháng 1 2025", "27 tháng 2, 2025", "22 Tháng Ba, 2024", "22 thg 3, 2024", "Tháng Ba 22, 2024" (month first).
_DATELINE_DATE = re.compile(
    r"(?<!\d)(?:(?P<day>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*(?P<year>(?:19|20)\d\d)"
    r"|(?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})"
    r"(?P<iso_time>T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    rf"|(?:ngày\s+)?(?P<s_day>\d{{1,2}})\s+{_MONTH_WORD}\s+(?P<s_month>{_MONTH})(?:\s+năm\s+|\s*,\s*|\s+)(?P<s_year>(?:19|20)\d\d)"
    rf"|{_MONTH_WORD}\s+(?P<m_month>{_MONTH})\s+(?P<m_day>\d{{1,2}})\s*,\s*(?P<m_year>(?:19|20)\d\d))(?!\d)",
    re.IGNORECASE)
_TIME_AFTER = re.compile(rf"^\W*(?:lúc\s*)?(?P<hour>\d{{1,2}})\s*(?::|h|g|giờ)\s*(?P<minute>\d{{2}})"
                         rf"(?:\s*:\s*(?P<second>\d{{2}}))?", re.IGNORECASE)
_TIME_BEFORE = re.compile(rf"(?P<hour>\d{{1,2}})\s*(?::|h|g|giờ)\s*(?P<minute>\d{{2}})(?:\s*:\s*(?P<second>\d{{2}}))?"
                          rf"(?:\s*(?:am|pm|sa|ch)\b)?\W*(?:{_WEEKDAY}\W*)?(?:ngày\W*)?$", re.IGNORECASE)
# What else a dateline holds: a time, a weekday, "cập nhật lúc", a time zone, a view counter.
_DATELINE_WORDS = re.compile(
    rf"{_CLOCK}|{_WEEKDAY}|\b(?:cập\s*nhật|ngày\s*đăng|ngày\s*cập\s*nhật|thời\s*gian|đăng\s*lúc|đăng\s*ngày|"
    rf"xuất\s*bản|posted|updated|published|ngày|lúc|đăng)\b|\(?\[?\s*(?:gmt|utc)\s*\+?\s*\d{{0,2}}(?::\d{{2}})?\s*\]?\)?|"
    rf"lượt\s*xem\s*:?\s*[\d.,]*|\(\s*lượt xem[^)]*\)|in\s+bài(?:\s+viết)?|\bam\b|\bpm\b|cms-[\w-]+\s*:?\s*\d*",
    re.IGNORECASE)
# what says a dateline's date is an update's, not the posting's
_UPDATE_CUE = re.compile(r"\b(?:cập\s*nhật|updated?|last\s+modified|(?:chỉnh\s+)?sửa\s+(?:lúc|ngày))\b", re.IGNORECASE)
_POSTING_CUE = re.compile(r"\b(?:đăng|xuất\s*bản|posted|published)\b", re.IGNORECASE)
_HAS_WEEKDAY = re.compile(rf"(?<!\w){_WEEKDAY}(?!\w)", re.IGNORECASE)
_LABEL_SEPARATORS = "-–—|•:,"
MAX_DATELINE = 120
MAX_LABEL_WORDS = 6
_FONT_WIDGET = re.compile(r"(?<=\S)\s+A\s{1,3}A\s*$")
# "(QNO) - ", "(Mặt trận) -", "STO - ", "BDK.VN - ", "Laocaitv.vn - ": the outlet that opens a lede.
_LEDE_OUTLET = re.compile(r"^\s*(?:\(([^()\n]{2,40})\)\s*[-–—:]|([A-ZĐ][A-ZĐ&]{1,7}(?:\.VN)?|[\w-]+\.(?:vn|com|net|org))\s*[-–—]\s)")
_OUTLET_LIKE = re.compile(r"(\.(vn|com|net|org|info)\b)|^[A-ZĐ&]{2,8}$|^(báo|tạp chí|đài|cổng)\b", re.IGNORECASE)
_GLUED_HONORIFIC = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à)(?=\w)")
_SPACE_RUNS = re.compile(r"[ ]{2,}")
_BYLINE_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*$")
_SENTENCE_END = (".", ":", ";", ",")
_CAPTION = re.compile(r"\b(?:Ảnh|Nguồn ảnh|Photo)\s*:", re.IGNORECASE)
_TEMPLATE_NULL = re.compile(r"^(?:null|undefined)\s+(?=\S)")  # a page template's empty field
_OUTLET_TAG = re.compile(r"^\s*\(([A-ZĐ][A-ZĐ&]{1,7})\)\s+(?=\w)")
_LEADING_BULLET = re.compile(r"^[•·▪►■]\s+")
# a dateline glued to the end of a headline: "... Cập nhật lúc : 07:44 03/06/2015", "... Thứ Năm, 28/12/2023 - 09:12"
_GLUED_DATELINE = re.compile(r"(?:(?<=\S)\s+|(?<=[^\W_])(?=[Cc]ập nhật)|(?<=[^\W\d_])(?=[Tt]hứ\s|\d{1,2}/\d{1,2}/(?:19|20)\d\d\s*[-|,]?\s*\d{1,2}:\d{2}"
                             r"|\d{1,2}:\d{2}(?::\d{2})?\s*[-|,]?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d))"
                             r"((?:(?:[Cc]ập nhật|[Đđ]ăng|[Nn]gày đăng)(?:\s+(?:lúc|ngày))?\s*:?\s*)?"
                             r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*[-|,]?\s*(?:ngày\s+)?)?"
                             r"(?:(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật)\s*,?\s*)?"
                             r"\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*$")
# a clock glued to the end of a headline, a list's time of posting: "... tại Bạc Liêu14:32", "... năm 202414:32",
# "... hè 09:05"
_GLUED_CLOCK = re.compile(r"(?:(?<=[^\W\d_])|(?<=(?<!\d)(?:19|20)\d\d)|(?<=\S)(?<!\blúc)(?<!\bvào)(?<!\btừ)(?<!\bđến)\s+)((?:[01]?\d|2[0-3]):[0-5]\d)\s*$")  # not "bắt đầu lúc 19:30"
# "Tên bài (15/04/2024)": a portal's list prints the date in brackets after the headline; a
# bracketed date of the last century is the headline's own ("Ngày thành lập Đảng (3/2/1930)")
_BRACKETED_DATELINE = re.compile(r"\s+\(((?:\d{1,2}:\d{2}\s*[-|,]?\s*)?\d{1,2}/\d{1,2}/20\d\d"
                                 r"(?:\s*[-|,]?\s*\d{1,2}:\d{2})?)\)\s*$")
_BULLETS = "•»›·■▪►"
_LABEL_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
BODY_MIN_WORDS = 5
HEADER_LINES = 10
GLUED_DATELINE_CHARS = 100  # longer than any dateline: "Cập nhật lúc : 07:44 Thứ Năm, 03/06/2015"
VIETNAM_TIME = timezone(timedelta(hours=7))
DATELINE_REACH = 4
MAX_TITLE_WORDS = 45
RELATED_MIN_WORDS = 4
GLUED_HEADLINE_MIN_WORDS = 6
RELATED_RUN = 3  # headlines in a row, inside an article, are a related-news box
TAIL_LINE_LIMIT = 200
MAX_FURNITURE_LINE = 320


@cache
def _furniture_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """Whole lines of furniture (``LINE``) and the markers of a page's tail (``TAIL``): one
    alternation a label, so a line is tried once against each."""
    return tuple((label, re.compile(r"^\W*(?:" + "|".join(f"(?:{e.pattern})" for e in lexicon("furniture")
                                                            if e.label == label) + r")\W*$", re.IGNORECASE))
                 for label in ("LINE", "TAIL"))


@cache
def _comment_counter() -> re.Pattern:
    """A count of the readers' comments: "Bình luận (3)", "Ý kiến (0)". A share bar prints it
    under the headline, a comments box at the end."""
    return re.compile(r"^\W*" + alternation("furniture", "COUNTER") + r"\W*$", re.IGNORECASE)


@cache
def _author_line() -> re.Pattern:
    """A line of its own that names the article's author: "Tác giả: Minh Anh", "Tin, ảnh: LÊ VƯƠNG"."""
    return re.compile(rf"^\s*{alternation('furniture', 'CREDIT', author=True)}\s*:\s*(\S.{{0,58}})$", re.IGNORECASE)


@cache
def _inline_furniture() -> re.Pattern:
    """Furniture inside a line ("... 26/05/2024 Lượt xem: 4804 In bài viết"), case as written."""
    return re.compile("|".join(f"(?:{e.pattern})" for e in lexicon("furniture") if e.label == "INLINE"))


def part_glued_honorifics(text: str) -> str:
    """A space between "Ông" or "Bà" and the name a typing slip glued to it.

    >>> part_glued_honorifics("ÔngTrần Văn Bình và bàNguyễn Thị Hoa ngồi bên bàn")
    'Ông Trần Văn Bình và bà Nguyễn Thị Hoa ngồi bên bàn'
    """
    return _GLUED_HONORIFIC.sub(lambda m: m.group(0) + " " if text[m.end()].isupper() else m.group(0), text)


@cache
def _glued_speech_verb() -> re.Pattern:
    """A capitalised word with a speech verb of two words glued to its end: "Bỉnhcho biết"."""
    verbs = sorted((e.pattern for e in lexicon("speech") if e.label == "SPEECH_VERB" and " " in e.pattern),
                   key=len, reverse=True)
    first_letters = "".join(sorted({verb[0] for verb in verbs}))
    # the class of first letters fails fast where no verb can start, before the alternation is tried
    return re.compile(r"(?<![\w])((?=[^\W\d_])[^\W\d_]*?[^\W\d_])(?=[" + re.escape(first_letters) + "])("
                      + "|".join(map(re.escape, verbs)) + r")(?!\w)")


def part_glued_speech_verbs(text: str) -> str:
    """A space between a name (or an abbreviation) and the speech verb a typing slip glued to it.

    >>> part_glued_speech_verbs("Ông Nguyễn Văn Bỉnhcho biết, TP.HCMcho rằng, bà Lê Thị Ánhcho hay")
    'Ông Nguyễn Văn Bỉnh cho biết, TP.HCM cho rằng, bà Lê Thị Ánh cho hay'
    """
    return _glued_speech_verb().sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1)[0].isupper() else m.group(0),
                                    text)


def repair_unicode(text: str) -> str:
    """NFC, look-alike letters mended, invisible characters dropped, one kind of space,
    one tone placement.

    >>> repair_unicode("\u00d0a\u0306\u0301k La\u0306\u0301k\u00a0ho\u00e0\u200b")
    'Đắk Lắk hòa'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACE_LIKE.sub(" ", _INVISIBLE.sub("", text))
    text = _LOOK_ALIKE.sub(lambda m: _LOOK_ALIKES[m.group(0)], unicodedata.normalize("NFC", text))
    return normalize_tones(text)


def _furniture_kind(line: str) -> str | None:
    if len(line) > MAX_FURNITURE_LINE:
        return None  # furniture is short; and long lines would cost the patterns dearly
    for label, pattern in _furniture_patterns():
        if pattern.match(line):
            return label
    return None


@dataclass(frozen=True)
class Dateline:
    """A line that gives a date, and what it says: "Cập nhật lúc 13:39, Chủ nhật, 28/05/2023 (GMT+7)",
    "Xã hội - Ngày đăng : 22:08, 30/05/2022", "Dương Linh 06/12/2023 - 11:52"."""

    iso: str
    start: int  # the date's span within the line
    end: int
    updated: bool = dataclasses.field(default=False, repr=False)  # "Cập nhật: ...": the date of an update
    # "Đăng ngày: ...", "Thứ Hai, 15/01/2024": a posting date, or a date with nothing but dateline
    # words before it (not "(Tin TTXVN ngày 06/08/2019)", a source's date)
    posted: bool = dataclasses.field(default=False, repr=False)


def _label_only(words: str) -> bool:
    """What stands before a dateline's date, once its dateline words are gone: nothing, or a
    section label, a place or a byline that a separator or capitals set apart."""
    rest = words.strip()
    if not rest:
        return True
    separated = rest[-1] in _LABEL_SEPARATORS
    rest = rest.strip(" " + _LABEL_SEPARATORS + "()[]")
    tokens = [w for w in re.split(r"[\s" + re.escape(_LABEL_SEPARATORS) + r"]+", rest) if w]
    if len(tokens) > MAX_LABEL_WORDS:
        return False
    return separated or all(w[:1].isupper() for w in tokens if w[:1].isalpha())


def _dateline(line: str) -> Dateline | None:
    """The date of a short line that holds little but a date (and a time, a weekday, a label).

    >>> _dateline("Xã hội - Ngày đăng : 22:08, 30/05/2022")
    Dateline(iso='2022-05-30T22:08', start=28, end=38)
    >>> _dateline("Ngày 28/12/2023, Tỉnh ủy tổ chức hội nghị") is None
    True
    """
    if len(line) > MAX_DATELINE:
        return None
    found: list[Dateline] = []
    dates = list(_DATELINE_DATE.finditer(line))
    for k, m in enumerate(dates):
        before, after = line[:m.start()], line[m.end():]
        # another date of the line is the posting's or the update's: "Ngày đăng: 15/01/2024 | Cập nhật: 16/01/2024"
        if _DATELINE_WORDS.sub(" ", _DATELINE_DATE.sub(" ", after)).strip(" ,.;|-–—()[]/:•*"):
            continue
        if not _label_only(_DATELINE_WORDS.sub(" ", _DATELINE_DATE.sub(" ", before))):
            continue
        day = m["day"] or m["iso_day"] or m["s_day"] or m["m_day"]
        month = m["month"] or m["iso_month"] or m["s_month"] or m["m_month"]
        month = str(_MONTH_WORDS.get(" ".join(month.lower().split()), month))
        year = m["year"] or m["iso_year"] or m["s_year"] or m["m_year"]
        if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            continue
        iso = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
        cue = line[dates[k - 1].end() if k else 0:m.start()]
        updated = bool(_UPDATE_CUE.search(cue))
        posted = not updated and bool(_POSTING_CUE.search(cue) or not _DATELINE_WORDS.sub(" ", cue).strip(" ,.;|-–—()[]/:•*"))
        if m["iso_time"]:  # "2025-01-06T08:30:00+07:00", in Vietnam's time
            found.append(Dateline(_iso_from_metadata(m.group()), m.start(), m.end(), updated, posted))
            continue
        clock = _TIME_AFTER.match(after) or _TIME_BEFORE.search(before)
        if clock:
            iso += f"T{int(clock['hour']):02d}:{clock['minute']}" + (f":{clock['second']}" if clock["second"] else "")
        found.append(Dateline(iso, m.start(), m.end(), updated, posted))
    if not found:
        return None
    # the posting date rather than the update's; else the line's last date, an update's when it is the only one
    return next((d for d in found if d.posted), found[-1]) if any(d.updated for d in found) else found[-1]


def _posting_dateline(lines: list[str], i: int) -> int:
    """The dateline to read, given the first one at ``i``: below an update's date ("Cập nhật:
    16/01/2024 10:20"), the posting date a line or two further ("Đăng ngày: 15/01/2024 08:00")."""
    if not _dateline(lines[i].strip()).updated:
        return i
    for j in range(i + 1, min(len(lines), i + 1 + DATELINE_REACH)):
        line = lines[j].strip()
        found = _dateline(line) if line else None
        if found is not None and found.posted:
            return j
        if line and _is_body(line):
            break
    return i


def _iso_from_metadata(value: str) -> str:
    """A metadata date as ISO 8601: "20210503" -> "2021-05-03"; an ISO date and time with a
    time zone -> the time in Vietnam (UTC+7), "2024-05-26T04:10:00Z" -> "2024-05-26T11:10";
    a Vietnamese dateline ("26/05/2024 11:10") as the cleaning reads one.

    >>> _iso_from_metadata("2024-05-26T04:10:00Z"), _iso_from_metadata("26/5/2024"), _iso_from_metadata("20210503")
    ('2024-05-26T11:10', '2024-05-26', '2021-05-03')
    """
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is not None:
        if moment.tzinfo is not None:
            moment = moment.astimezone(VIETNAM_TIME)
        if len(value) <= 10:
            return moment.date().isoformat()
        return moment.strftime("%Y-%m-%dT%H:%M" + (":%S" if moment.second else ""))
    found = _dateline(value)
    if found is not None:
        return found.iso
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
    if not stripped or _LEDE_OUTLET.match(stripped) or _dateline(stripped) or _CAPTION.search(stripped):
        return False
    if stripped.endswith(_SENTENCE_END) or len(stripped.split()) > MAX_TITLE_WORDS:
        return False
    return sum(c.isalpha() for c in stripped) >= 2


def _is_body(line: str) -> bool:
    """A paragraph of the article: long, or a sentence."""
    words = len(line.split())
    return words > MAX_TITLE_WORDS or (words >= BODY_MIN_WORDS and line.rstrip().endswith((".", ":", ";", "!", "?", "…")))


def _is_short(line: str) -> bool:
    return len(line.split()) <= MAX_LABEL_WORDS


def _is_section_label(line: str) -> bool:
    """ "• Đời sống xã hội", "Xã hội", "Thời cuộc", "Chính trị - Xây dựng Đảng": a page's section,
    above its headline."""
    stripped = line.strip()
    return (stripped[:1] in _BULLETS or len(_LABEL_WORD.findall(stripped)) <= MAX_LABEL_WORDS - 2
            or _is_label_run(stripped) or _is_publisher_name(stripped))


@cache
def _publisher_name() -> re.Pattern:
    """The body that runs a Party, State or Front site (``PUBLISHER`` in ``lexicons/furniture.jsonl``),
    at the start of its name alone on a line."""
    return re.compile(r"^" + alternation("furniture", "PUBLISHER") + r"(?=\s|$)", re.IGNORECASE)


def _is_publisher_name(line: str) -> bool:
    """A Party committee, a People's Committee or a Front committee named alone, as a site's
    banner prints it above the headline: "MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẠC LIÊU", "Ban Tuyên
    giáo Tỉnh ủy"; not a headline that goes on with what it did ("Tỉnh ủy Bạc Liêu quán triệt ...").

    >>> _is_publisher_name("Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu"), _is_publisher_name("Tỉnh ủy Bạc Liêu quán triệt nghị quyết")
    (True, False)
    """
    m = _publisher_name().match(line)
    if not m or len(line.split()) > MAX_MASTHEAD_LINE_WORDS or re.search(r"[\d.,:;!?\"“”()]", line):
        return False
    # besides capitalised names, a place's words may follow: "Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu"
    places = words("furniture", "PUBLISHER_PLACE")
    return all(w[:1].isupper() or w.lower() in places for w in line[m.end():].split())


# what joins a page's section labels on one line: "Tin tức | Chính trị", "Thời sự - Xã hội", "Tin tức » Mặt trận"
_LABEL_RUN_SEPARATOR = re.compile(r"\s+[-–—/]\s+|\s*[|»›•·]\s*")


@cache
def _section_names() -> re.Pattern:
    """A known section's name inside a label: "Hoạt động Mặt trận", "Thời sự trong tỉnh"."""
    return re.compile(r"(?<!\w)" + alternation("furniture", "SECTION") + r"(?!\w)", re.IGNORECASE)


def _label_run_items(line: str) -> list[str]:
    """The labels of a line of short capitalised labels joined by separators, or none: no digits,
    no sentence punctuation, each at most ``MAX_MENU_ITEM_WORDS`` words."""
    if len(line) > MAX_DATELINE:
        return []
    items = [item.strip() for item in _LABEL_RUN_SEPARATOR.split(line) if item.strip()]
    if len(items) < 2 or any(len(item.split()) > MAX_MENU_ITEM_WORDS or not item[:1].isupper()
                             or re.search(r"[\d.,:;!?\"“”()]", item) for item in items):
        return []
    return items


def _is_label_run(line: str) -> bool:
    """Section labels and nothing else, joined by separators: "Chính trị - Xây dựng Đảng",
    "Tin tức | Hoạt động Mặt trận", "Nông nghiệp - Nông thôn - Nông dân"; each label a known
    section or holding one, or two of them known. A headline's parts are no labels: "Văn hóa - Nền
    tảng tinh thần" has one known section only.

    >>> _is_label_run("Tin tức | Hoạt động Mặt trận"), _is_label_run("Văn hóa - Nền tảng tinh thần")
    (True, False)
    """
    items = _label_run_items(line)
    if not items:
        return False
    names = _section_names()
    known = sum(bool(names.fullmatch(item)) for item in items)
    return known >= 2 or all(names.search(item) for item in items)


def _is_section_run(line: str) -> bool:
    """A line of known section names alone, joined by separators: "Chính trị - Xây dựng Đảng"."""
    items = _label_run_items(line)
    return bool(items) and all(_section_names().fullmatch(item) for item in items)


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


def _is_teaser(line: str) -> bool:
    """A headline of another article, as related-news boxes list them."""
    words = len(line.split())
    return RELATED_MIN_WORDS <= words <= MAX_TITLE_WORDS and _is_headline(line)


def _cut_tail(lines: list[str]) -> list[str]:
    """Drop furniture lines; from a tail marker on, drop the rest when it is all short lines;
    a related-news box inside the article (a marker, or a run of other articles' headlines)
    goes with its headlines."""
    short_from = [True] * (len(lines) + 1)  # short_from[i]: every line from i on is short
    for i in range(len(lines) - 1, -1, -1):
        short_from[i] = short_from[i + 1] and len(lines[i]) < TAIL_LINE_LIMIT
    content = [i for i, line in enumerate(lines) if line.strip()]
    first_body = next((i for i in content if _is_body(lines[i].strip())), len(lines))
    teaser_run = set()
    run: list[int] = []
    for i in [*content, None]:
        if i is not None and i > first_body and _is_teaser(lines[i].strip()):
            run.append(i)
            continue
        if len(run) >= RELATED_RUN:
            teaser_run.update(run)
        run = []
    body_words = [len(lines[i].split()) if i >= first_body and _is_body(lines[i].strip()) else 0
                  for i in range(len(lines))]
    body_after = [0] * (len(lines) + 1)  # body_after[i]: the words of the article's paragraphs from i on
    for i in range(len(lines) - 1, -1, -1):
        body_after[i] = body_after[i + 1] + body_words[i]
    content_seen = 0
    in_box = False
    kept: list[str] = []
    for i, line in enumerate(lines):
        kind = _furniture_kind(line) if line.strip() else None
        if kind == "LINE" or i in teaser_run:
            continue
        if kind == "TAIL":
            if content_seen < 2:
                continue  # a marker among the page's header ("Tin mới", "Tags:") is furniture alone
            if _comment_counter().match(line) and body_after[i] > body_after[0] - body_after[i]:
                continue  # "Bình luận (0)" of a share bar above most of the article: no comments box
            if short_from[i]:
                break
            in_box = True
            continue
        if in_box and line.strip():
            if _is_teaser(line.strip()):
                continue
            in_box = False
        if line.strip():
            content_seen += 1
        kept.append(line)
    return kept


OUTLET_FIELDS = ("outlet", "newspaper", "publisher", "site_name", "site")  # metadata that names the outlet


def _outlet_from(lines: list[str], metadata: dict[str, str]) -> str:
    named = next((metadata[key].strip() for key in OUTLET_FIELDS if metadata.get(key, "").strip()), "")
    if named:
        return named
    for line in lines[:8]:
        m = _LEDE_OUTLET.match(line)
        name = (m.group(1) or m.group(2)).strip() if m else ""
        if name and _OUTLET_LIKE.search(name):
            return name
    url = metadata.get("url", "")
    if url:
        host = urlparse(url).netloc
        return host[4:] if host.startswith("www.") else host
    return ""


# A page's masthead before its headline: "Banner Tỉnh ủy Nghệ An (Home-latest-1)", "Logo Báo Yên Bái".
_MASTHEAD = re.compile(r"^\s*(?:banner|logo)\s+([^()\n]{3,60}?)\s*(?:\(|$)", re.IGNORECASE)
MASTHEAD_REACH = 5
MAX_MASTHEAD_WORDS = 8
_PUBLISHER = re.compile(r"(?:tỉnh ủy|thành ủy|huyện ủy|ubnd|ủy ban nhân dân|ủy ban mttq|mặt trận tổ quốc|sở|ban|"
                        r"trang thông tin|cổng thông tin)\b", re.IGNORECASE)


def _masthead_outlet(raw_lines: list[str]) -> str:
    """The outlet a page's banner or logo names, among its first lines: a paper, a portal, a
    Party committee or a People's Committee, not a headline that begins with "Logo"."""
    for line in [line for line in raw_lines if line.strip()][:MASTHEAD_REACH]:
        m = _MASTHEAD.match(line)
        name = m.group(1).strip() if m else ""
        if name and len(name.split()) <= MAX_MASTHEAD_WORDS and (_OUTLET_LIKE.search(name) or _PUBLISHER.match(name)):
            return name
    return ""


def _split_metadata(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """ "# key = value" or "title: ..." lines at the top (a front matter, fenced by "---" or not),
    and a web archive's " date 2021-05" before the page."""
    metadata: dict[str, str] = {}
    fenced = len(lines) > 1 and bool(_FRONT_MATTER_FENCE.match(lines[0]) and _FIELD_LINE.match(lines[1]))
    first = int(fenced)
    while first < len(lines):
        m = _METADATA_LINE.match(lines[first]) or _FIELD_LINE.match(lines[first])
        if not m:
            if fenced and _FRONT_MATTER_FENCE.match(lines[first]):
                first += 1
            break
        metadata.setdefault(m.group(1).lower(), m.group(2))  # a record's own field comes first and wins
        first += 1
    lines = lines[first:]
    if lines:
        m = _ARCHIVE_DATE.match(lines[0])
        if m:
            metadata.setdefault("date", m.group(1))
            lines = [*_unglue_headline(lines[0][m.end():]), *lines[1:]]
            while lines and not lines[0].strip():
                lines.pop(0)
            # " date 2023-12-13" then "title: ...": the archive's fields go on after its date
            while lines and (m := _METADATA_LINE.match(lines[0]) or _FIELD_LINE.match(lines[0])):
                metadata.setdefault(m.group(1).lower(), m.group(2))
                lines.pop(0)
    title = " ".join(metadata.get("title", "").split())
    # the text's own headline may differ in case or end with a full stop: "DÂN VẬN KHÉO Ở MƯỜNG LA."
    if title and comparison_key(title) not in (comparison_key(line) for line in lines[:TITLE_REACH]):
        lines = [title, *lines]  # a header's title the text does not repeat is its headline, as a record's
    return metadata, lines


def _split_glued_datelines(lines: list[str]) -> list[str]:
    """ "Ông A giữ chức Chủ tịch ... 26/11/2025 18:10", "... (26/11/2025)", "... tại Bạc Liêu14:32": a
    headline with its dateline or its time glued to its end, among the first lines, becomes two lines
    (a time alone is furniture then)."""
    out: list[str] = []
    seen = 0
    for line in lines:
        tail = max(0, len(line) - GLUED_DATELINE_CHARS)  # the patterns end at the line's end: search its tail only
        m = ((_BRACKETED_DATELINE.search(line, tail) or _GLUED_DATELINE.search(line, tail)
              or (_GLUED_CLOCK.search(line, tail) if not _dateline(line.strip()) else None))  # "22 tháng 3 năm 2024 10:15" is whole
             if seen < HEADER_LINES and line.strip() else None)
        head = line[:m.start()].rstrip() if m else ""
        if m and len(head.split()) >= BODY_MIN_WORDS and not head.endswith(_SENTENCE_END):
            out.extend([line[:m.start()].rstrip(), m.group(1)])
        else:
            out.append(line)
        seen += bool(line.strip())
    return out


def _unglue_headline(line: str) -> list[str]:
    """A page flattened onto one line: its headline, then a lede that repeats the headline.

    >>> _unglue_headline("Chủ tịch tỉnh đề nghị nông dân hợp tác Đối thoại, Chủ tịch tỉnh đề nghị nông dân hợp tác")
    ['Chủ tịch tỉnh đề nghị nông dân hợp tác', 'Đối thoại, Chủ tịch tỉnh đề nghị nông dân hợp tác']
    """
    words = line.split()
    for size in range(min(MAX_TITLE_WORDS, len(words) // 2), GLUED_HEADLINE_MIN_WORDS - 1, -1):
        head = words[:size]
        rest = words[size:]
        if any(rest[i:i + size] == head for i in range(1, len(rest) - size + 1)):
            return [" ".join(head), " ".join(rest)]
    return [line]


@dataclass
class _Header:
    title: int | None = None  # line indices
    dateline: int | None = None
    above_title: list[int] = dataclasses.field(default_factory=list)
    outlet: str = ""  # "(TTV) Nhân rộng ...": an outlet's tag before the headline


_VOCATIVE = re.compile(r"^(?:kính\s+)?(?:thưa|gửi|chào)\b", re.IGNORECASE)
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
_CLOSING = " \"”’)]»"
TAKEN_UP_REACH = 30  # lines of the article read to see whether it takes up a headline's words
TAKEN_UP_PAIRS = 2


def _asks_or_exclaims(line: str) -> bool:
    """A headline that is a question or an exclamation: "Vì sao người dân tin cán bộ dân vận?",
    "Dân vận khéo, lòng dân yên!"; one sentence, not an address to an audience ("Kính thưa các
    đồng chí!")."""
    stripped = line.strip()
    body = stripped.rstrip(_CLOSING)
    return (body.endswith(("?", "!")) and len(stripped.split()) <= MAX_TITLE_WORDS and not _VOCATIVE.match(stripped)
            and not _INNER_SENTENCE_END.search(body[:-1]) and not _CAPTION.search(stripped))


def _taken_up(line: str, below: list[str]) -> bool:
    """Whether the article below repeats two phrases of the line (pairs of syllables or longer), apart: a headline
    names its story's subject ("Vì sao người dân tin tưởng cán bộ dân vận?" / "... người dân ...
    cán bộ dân vận ..."); a subheading that quotes one phrase of the story ("Chưa kịp ăn bữa
    cơm!" / "... có người chưa kịp ăn cơm ...") or a motto need not."""
    words = _LABEL_WORD.findall(line.lower())
    text = " " + " ".join(_LABEL_WORD.findall(" ".join(below).lower())) + " "
    recurring, k = 0, 0
    while k < len(words) - 1:
        end = k + 2
        if f" {' '.join(words[k:end])} " not in text:
            k += 1
            continue
        while end < len(words) and f" {' '.join(words[k:end + 1])} " in text:
            end += 1  # a longer stretch that recurs whole is one phrase quoted, not two
        recurring += 1
        k = end
    return recurring >= TAKEN_UP_PAIRS


def _header_lines(lines: list[str]) -> dict[int, bool]:
    """The first ``HEADER_LINES`` non-empty lines, not counting a site's menus, mastheads and
    section labels, however many: a saved page may list its menu one item a line. Each index
    says whether its line is the site's own (a site line or a section label)."""
    content: dict[int, bool] = {}
    counted = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        content[i] = _is_site_line(line) or _is_section_label(line)
        if not content[i]:
            counted += 1
            if counted == HEADER_LINES:
                break
    return content


def _read_header(lines: list[str], given_title: str) -> _Header:
    """Where the headline and the dateline are among the first lines: below site furniture,
    section labels and a site header's date, above the body."""
    header = _Header()
    site_own = _header_lines(lines)
    content = list(site_own)
    candidates = []
    taken_up: set[int] = set()  # questions and exclamations the article takes up: headlines, not mottos
    for i in content:
        line = lines[i].strip()
        if given_title and line == given_title:  # the title a page or a record gives, whatever it looks like
            candidates.append(i)
            continue
        if _is_body(line) or _LEDE_OUTLET.match(line):
            # "Vì sao ... ?": a question or an exclamation is a sentence and may be the headline
            if _LEDE_OUTLET.match(line) or any(not site_own[c] for c in candidates) or not _asks_or_exclaims(line):
                break
            if _taken_up(line, lines[i + 1:i + 1 + TAKEN_UP_REACH]):
                candidates.append(i)
                taken_up.add(i)
            # else a motto the article does not take up, above the headline: "Đẩy mạnh các phong trào thi đua ...!"
            continue
        if _dateline(line):
            # below a masthead or a menu alone, a date is the site's clock, not the article's dateline
            if header.dateline is None and not all(site_own[c] for c in candidates):
                header.dateline = _posting_dateline(lines, i)
                break
            continue
        if _is_headline(line):
            candidates.append(i)
        elif not _is_short(line):
            break  # a sentence of the body: "Nhân dịp ..., ngày 20/5, Đoàn ... đã thăm."
    if not candidates:
        # "Caption. / Headline / Cập nhật lúc 07:44 03/06/2015": a headline is what its dateline follows.
        # The headline may end with a full stop there: "Xây dựng Thái Bình ... của đất nước. / Thứ 4, 14/10/2020".
        for a, b in zip(content, content[1:]):
            if _is_headline(lines[a].strip().removesuffix(".")) and _dateline(lines[b].strip()):
                candidates, header.dateline = [a], _posting_dateline(lines, b)
                break
    # A short line above another headline-like line is the page's section ("Xã hội", "• Thời sự")
    # or its masthead ("Báo Lào Cai điện tử", "Cổng thông tin điện tử tỉnh Quảng Trị").
    while candidates and lines[candidates[0]].strip() != given_title:
        first = lines[candidates[0]]
        masthead = _names_the_site(first)
        # the last candidate is the headline unless it is the site's own line: a page may have none
        # "Đẩy mạnh các phong trào thi đua ...!" above a headline: the site's motto
        motto = len(candidates) > 1 and first.rstrip(_CLOSING).endswith("!") and candidates[0] not in taken_up
        if not (masthead or motto or _is_site_line(first) or (len(candidates) > 1 and _is_section_label(first))):
            break
        if masthead and not header.outlet:
            header.outlet = first.strip()
        candidates.pop(0)
    if candidates:
        header.title = candidates[0]
        tag = _OUTLET_TAG.match(lines[header.title])
        if tag:
            header.outlet = tag.group(1)
            lines[header.title] = lines[header.title][tag.end():]
        headline, site = _site_suffix(lines[header.title])
        if site:
            lines[header.title] = headline
            header.outlet = header.outlet or site
        header.above_title = [i for i in content if i < header.title]
        if header.dateline is not None and header.dateline < header.title:
            header.dateline = None
    return header


_MASTHEAD_LINE = re.compile(r"^(?:cổng (?:thông tin|ttđt|tt)(?: điện tử)?|trang (?:thông tin|tin)(?: điện tử)?|"
                            r"báo(?: điện tử)?|tạp chí|đài phát thanh)\s", re.IGNORECASE)
MAX_MASTHEAD_LINE_WORDS = 10


def _is_masthead(line: str) -> bool:
    """A site's name on a line of its own: "Báo Lào Cai điện tử", "BÁO ĐIỆN TỬ TIỀN PHONG",
    "Cổng TTĐT Đảng bộ tỉnh Bắc Ninh", "Báo điện tử Đảng Cộng sản Việt Nam"."""
    line = line.strip()
    if not _MASTHEAD_LINE.match(line) or len(line) > MAX_DATELINE:
        return False
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    low = line.lower()
    if not words or len(words) > MAX_MASTHEAD_LINE_WORDS:
        return False
    if (len(words) > 1 and words[0].lower() == "báo" and not words[1][:1].isupper()
                                          and not low.startswith(("báo điện tử ", "báo và "))):
        return False  # "Báo cáo viên giỏi" is no paper; "Báo và Phát thanh, Truyền hình Đắk Lắk" is one
    return (low.endswith("điện tử") or line.isupper() or len(words) <= 4 or low.startswith(("cổng", "trang", "báo điện tử", "báo và ")))


_MASTHEAD_MOTTO = re.compile(r"^(?:cơ quan (?:của|ngôn luận|chủ quản)|tiếng nói của)\s", re.IGNORECASE)
_DOMAIN_LINE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)/?$", re.IGNORECASE)
_MENU_SEPARATORS = re.compile(r"\s*[|•·]\s*")
MIN_MENU_ITEMS = 3
MAX_MENU_LINE = 240
MAX_MENU_ITEM_WORDS = 4


@cache
def _menu_of_sections() -> re.Pattern:
    """A line of a site's section names and nothing else: "Thời sự Chính trị Kinh tế Xã hội"."""
    item = alternation("furniture", "SECTION")
    return re.compile(rf"^(?:{item}\s*[-/|•·,]?\s*){{{MIN_MENU_ITEMS},}}$", re.IGNORECASE)


@cache
def _outlet_keys() -> frozenset[str]:
    """Outlets' names as matching keys ("hanoimoi"), not those that are a province's or a section's name."""
    from underthesea.address.normalizer import normalize_key

    sections = {normalize_key(e.pattern) for e in lexicon("furniture") if e.label == "SECTION"}
    return frozenset(normalize_key(e.pattern) for e in lexicon("outlets") if e.label in ("OUTLET", "MASTHEAD")
                     and not e.attrs.get("code") and e.pattern != e.attrs.get("province")) - sections


def _is_outlet_name(line: str) -> bool:
    """ "Sài Gòn Giải Phóng", "HÀNỘIMỚI", "Tuổi Trẻ Online": an outlet's name alone on its line."""
    from underthesea.address.normalizer import normalize_key

    words = line.split() if len(line) <= MAX_DATELINE else ()
    if not words or len(words) > MAX_MASTHEAD_LINE_WORDS:
        return False
    name = re.sub(r"(?i)^báo\s+|\s+(?:online|điện tử)$", "", line.strip())
    return normalize_key(name) in _outlet_keys()


def _names_the_site(line: str) -> bool:
    """A masthead, an outlet's name or a site's address on a line of its own: the outlet."""
    stripped = line.strip()
    return _is_masthead(stripped) or _is_outlet_name(stripped) or bool(_DOMAIN_LINE.match(stripped))


def _is_site_line(line: str) -> bool:
    """A line of a site's own header: its masthead, motto, address or menu."""
    stripped = line.strip()
    if len(stripped) > MAX_MENU_LINE:
        return False
    if _names_the_site(stripped) or _MASTHEAD_MOTTO.match(stripped):
        return True
    items = [item for item in _MENU_SEPARATORS.split(stripped) if item]
    if len(items) >= MIN_MENU_ITEMS and all(len(item.split()) <= MAX_MENU_ITEM_WORDS for item in items):
        return True
    return len(stripped) <= MAX_DATELINE and bool(_menu_of_sections().match(stripped) or _is_section_run(stripped))


# what sets a site's name apart from the headline in a page's title: "... - Báo Sóc Trăng", "... | Dân trí"
_SITE_SEPARATOR = re.compile(r"\s+[-–—|]\s+|\s*\|\s*")
SITE_SUFFIX_REACH = 2  # "... - Cổng thông tin điện tử tỉnh Bà Rịa - Vũng Tàu": a site name may hold a separator


def _site_suffix(line: str) -> tuple[str, str]:
    """A page's title as its <title> tag writes it, the site's name after the headline: the
    headline and the site.

    >>> _site_suffix("Hội nghị tổng kết công tác dân vận năm 2023 - Báo Sóc Trăng điện tử")
    ('Hội nghị tổng kết công tác dân vận năm 2023', 'Báo Sóc Trăng điện tử')
    """
    for m in reversed(list(_SITE_SEPARATOR.finditer(line))[-SITE_SUFFIX_REACH:]):
        headline, site = line[:m.start()].rstrip(), line[m.end():].strip()
        if len(headline.split()) >= BODY_MIN_WORDS and _names_the_site(site):
            return headline, site
    return line, ""


def _first_dateline(lines: list[str], start: int, stop: int) -> int | None:
    for i in range(start, min(stop, len(lines))):
        if lines[i].strip() and _dateline(lines[i].strip()):
            return _posting_dateline(lines, i)
    return None


def _years(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


# the lede's day and month without a year: "Chiều 9/3, ...", "Ngày 12-3, ..."
_LEDE_DAY = re.compile(r"(?<![\d/.,-])(\d{1,2})[/.-](\d{1,2})(?![\d]|[/.,-]\d|\s*(?:ngày|tháng|năm|tuần|lần|giờ|%))",
                       re.IGNORECASE)
LEDE_CHARS = 300
LEDE_DAYS_BEFORE = 3  # a report is posted on the day of the event or within a few days of it


def _lede_reports_the_day_before(iso: str, lede: str) -> bool:
    """Whether the lede's first day ("Chiều 9/3") falls on the date or a few days before it: then
    a date above the headline ("Chủ nhật, ngày 10 tháng 3 năm 2024") is the article's, not the
    site's clock."""
    m = _LEDE_DAY.search(lede[:LEDE_CHARS])
    if not m:
        return False
    posted = datetime.strptime(iso[:10], "%Y-%m-%d")
    day, month = int(m.group(1)), int(m.group(2))
    year = posted.year - (month > posted.month)
    try:
        days = (posted - datetime(year, month, day)).days
    except ValueError:
        return False
    return 0 <= days <= LEDE_DAYS_BEFORE


def clean_document(raw: str) -> CleanDocument:
    """Cleaned text of one article and the fields its layout gives.

    >>> doc = clean_document(" date 2021-05 Xã hội\\nBài viết mới\\n11:10 - Chủ Nhật, 26/05/2024 Lượt xem: 48\\n"
    ...                      "Ngày 25/5, hội nghị họp bàn công tác dân vận năm 2024.\\nmask\\n\\nLÊ VƯƠNG")
    >>> doc.title, doc.published_at, doc.author
    ('Bài viết mới', '2024-05-26T11:10', 'LÊ VƯƠNG')
    >>> "mask" in doc.text, "Xã hội" in doc.text
    (False, False)
    """
    text = part_glued_speech_verbs(part_glued_honorifics(repair_unicode(raw)))
    metadata, raw_lines = _split_metadata(text.split("\n"))
    lines = [_FONT_WIDGET.sub("", _SPACE_RUNS.sub(" ", _inline_furniture().sub("", _TEMPLATE_NULL.sub("", line.strip()))))
             for line in raw_lines]
    lines = [_LEADING_BULLET.sub("", _HEADING_MARK.sub("", line)) for line in lines]
    lines = _split_glued_datelines(lines)
    lines = _drop_repeated_captions(_cut_tail(lines))

    given_title = " ".join(metadata.get("title", "").split())
    header = _read_header(lines, given_title)
    published = ""
    if header.title is not None:
        dateline = header.dateline
        if dateline is None:
            dateline = _first_dateline(lines, header.title + 1, header.title + 1 + DATELINE_REACH)
        above = [i for i in header.above_title if _dateline(lines[i].strip())]
        if dateline is None and above:
            # A date above the headline is the site's clock ("Chủ nhật 08/03/2026 12:42"), unless
            # it names no weekday and the article's years agree with it, or the lede reports a day
            # just before it.
            line = lines[above[-1]].strip()
            found = _dateline(line)
            body_years = _years("\n".join(lines[header.title:]))
            years_agree = not body_years or max(body_years) >= int(found.iso[:4])
            if years_agree and (not _HAS_WEEKDAY.search(line)
                                or _lede_reports_the_day_before(found.iso, "\n".join(lines[header.title + 1:]))):
                published = found.iso
        lines = lines[header.title:]
        if dateline is not None:
            dateline -= header.title
        header.title = 0
    else:
        dateline = _first_dateline(lines, 0, DATELINE_REACH)
    while lines and not lines[0].strip():
        lines.pop(0)
        dateline = None if dateline is None else dateline - 1
    collapsed: list[str] = []
    index_map = {}
    for i, line in enumerate(lines):
        if line.strip() or (collapsed and collapsed[-1].strip()):
            index_map[i] = len(collapsed)
            collapsed.append(line)
    while collapsed and not collapsed[-1].strip():
        collapsed.pop()
    dateline = index_map.get(dateline) if dateline is not None else None
    lines = collapsed
    text = "\n".join(lines)

    doc = CleanDocument(text=text, outlet=_outlet_from(lines, metadata) or header.outlet or _masthead_outlet(raw_lines),
                        url=metadata.get("url", ""))
    if header.title is not None and lines:
        doc.title = lines[0]
        doc.title_span = (0, len(lines[0]))
    given_date = _iso_from_metadata(metadata["published"]) if metadata.get("published") else ""
    own_dateline = _dateline(lines[dateline].strip()) if dateline is not None and dateline < len(lines) else None
    if given_date and (own_dateline is None or own_dateline.iso[:10] != given_date[:10]):
        # a corpus record's published field is its date; a dateline of another day is not the article's
        doc.published_at = given_date
        doc.published_mention = metadata["published"]
    elif dateline is not None and dateline < len(lines):
        offset = sum(len(line) + 1 for line in lines[:dateline])
        found = _dateline(lines[dateline].strip())
        shift = len(lines[dateline]) - len(lines[dateline].lstrip())
        doc.published_at = found.iso
        doc.published_span = (offset + shift + found.start, offset + shift + found.end)
        doc.published_mention = text[doc.published_span[0]:doc.published_span[1]]
    elif published:
        doc.published_at = published
    elif metadata.get("date"):
        doc.published_at = _iso_from_metadata(metadata["date"])
        doc.published_mention = metadata["date"]
    last = lines[-1] if lines else ""
    if len(lines) > 1 and _is_byline(last):
        doc.author = last.strip()
    else:
        doc.author = next((m.group(1).strip() for m in map(_author_line().match, lines) if m and _is_byline(m.group(1))), "")
    return doc
