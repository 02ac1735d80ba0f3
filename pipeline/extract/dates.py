"""Date expressions, normalised to ISO (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``).

A grammar of the ways Vietnamese news writes dates: "13/7/2022", "28-12", "ngày 2 tháng 9
năm 1945", "tháng 7/2022", "nhiệm kỳ 2025 - 2030", "quý I/2024", "ngày 28 và 29/10".
A day without a year takes the year nearest the article's published date, else the year
its sentence names ("Sáng 6/1 ... tổng kết năm 2019, triển khai nhiệm vụ năm 2020"), else
it is written ``--MM-DD``. Durations ("30 năm tuổi Đảng"), counts and codes ("Covid-19",
"04-NQ/TU", "100/2019/NĐ-CP") are not dates.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date as Date
from functools import cache
from typing import Callable, Iterator

from ..matching import resolve_overlaps
from ..records import DateMention, Granularity, Sentence
from ..resources import lexicon

DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)"
MONTH = r"(?<!\d)(?:1[0-2]|0?[1-9])(?!\d)"
YEAR = r"(?:18\d\d|19\d\d|20\d\d)"
# A number that does not continue another; "(?=\d)" first, since it fails fast where
# the look-behinds would be tried at every position of the text.
_NOT_AFTER_NUMBER = r"(?=\d)(?<![\d/.,])(?<!\d[/.,]\s)"
# "(?![/\w])" would refuse "13/01/2017Nhằm": letters may follow a year, codes ("/NĐ-CP") may not.
_END = r"(?![\d]|[/.]\d|-(?!\s*\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)\d|/\w|-[A-ZĐ])"


@cache
def _count_words(label: str) -> str:
    """The words of one list of ``lexicons/count_words.jsonl`` as one regex group, whole words,
    longest first: NOT_A_DAY after a fraction or a count ("từ 2/3 tổng số", "từ 6-10 lượt"),
    SHARE what a fraction counts that a day may also be followed by ("Đến nay, 3/5 thôn"),
    NOT_A_YEAR an amount after a number ("1975 hộ"), NOT_A_YEAR_RANGE a measure ("1800-1900 m")."""
    patterns = sorted((e.pattern for e in lexicon("count_words") if e.label == label), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) + (r"\b" if w[-1].isalnum() else "") for w in patterns) + ")"


def _not_a_count() -> str:
    return rf"(?!\s*{_count_words('NOT_A_DAY')})"


def _word_start(alternation: str) -> str:
    """A word boundary where one of the words of ``alternation`` ("(?:ngày|sáng|...)") can
    start: a case-insensitive pattern that opens with a word has no prefix for the regex
    engine to scan for, and would try every alternative at every word of the text."""
    depth, first_letters, at_start = 0, set(), True
    for char in alternation[3:-1]:
        if at_start and depth == 0:
            first_letters.update((char.lower(), char.upper()))
        at_start = char == "|" and depth == 0
        depth += (char == "(") - (char == ")")
    return rf"\b(?=[{''.join(sorted(first_letters))}])"


_DAY_TRIGGER = (r"(?:ngày|sáng|chiều|tối|trưa|đêm|khuya|rạng sáng|hôm|từ|đến|tới|trước|sau|vào|đợt|"
                r"đầu|cuối|hạn|hết|kể từ|lễ|dịp|nghỉ|quốc khánh|mừng|kỷ niệm|mùng|thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)")
_DAY_WORD = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|đêm|khuya|rạng sáng|hôm|thứ\s*\w+|chủ nhật)\b", re.IGNORECASE)
# A date of the lunar calendar, which the contract does not count: "(nhằm ngày 25/2 năm Quý Mão)".
_CAN_CHI = (r"(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)")
_LUNAR_AFTER = re.compile(rf"\s*(?:\(?\s*(?:âm lịch|al)\b|(?:năm\s+)?{_CAN_CHI}\b)", re.IGNORECASE)
_LUNAR_BEFORE = re.compile(r"(?:nhằm|tức|âm lịch)\s*(?:ngày\s*)?$", re.IGNORECASE)
_YEAR_TRIGGER = (r"(?:năm|dl\.|dương lịch|nhiệm vụ|nhiệm k[ỳì]|giai đoạn|niên kh(?:óa|oá)|niên học|năm học|kh(?:óa|oá)|mùa|vụ|tết|sn|"
                 r"sinh|từ|đến|tới|trước|sau|cuối|đầu|trong|hết|kế hoạch|chương trình|"
                 r"quý\s*(?:[IV]{1,3}|[1-4])\s*[/-]|tháng\s*đầu\s*năm|tháng\s*cuối\s*năm)")
_PLAN_YEAR = re.compile(rf"(?:triển khai|phương hướng|kế hoạch)\s+(?:thực hiện\s+)?nhiệm vụ\s+(?:năm\s+)?(?P<year>{YEAR})",
                        re.IGNORECASE)
EARLY_MONTHS = 3  # a year's review and plan are held in its first quarter, or at the end of the year before
_PART_OF_YEAR = re.compile(r"(?:\s+\S+){0,4}?\s+(?:quý|\d+\s+tháng|tháng\s+đầu|học kỳ|nửa đầu)", re.IGNORECASE)
_REVIEW = re.compile(r"tổng kết|sơ kết|nhìn lại|đánh giá kết quả|triển khai nhiệm vụ", re.IGNORECASE)

FULL_DATE = re.compile(rf"{_NOT_AFTER_NUMBER}(?P<day>{DAY})(?P<sep>[/.-])(?P<month>{MONTH})(?P=sep)(?P<year>{YEAR}){_END}")
SPELLED_DATE = re.compile(
    rf"ngày\s+(?P<day>{DAY})\s+tháng\s+(?P<month>{MONTH})(?:\s*(?:năm|,)\s*(?P<year>{YEAR}))?(?!\d)",
    re.IGNORECASE)
# A dateline's "10 Tháng 1 2025", "27 tháng 2, 2025": no "ngày", so the year must be there.
SPELLED_DATELINE = re.compile(
    rf"(?=\d)(?<![\d/.,-])(?P<day>{DAY})\s+tháng\s+(?P<month>{MONTH})(?:\s*,\s*|\s+năm\s+|\s+)(?P<year>{YEAR})(?!\d)",
    re.IGNORECASE)
ISO_DATE = re.compile(rf"(?=[12]\d\d\d-)(?<![\d/.-])(?P<year>{YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])")
MONTH_YEAR = re.compile(
    rf"tháng\s*(?P<month>{MONTH})\s*(?:[/.-]|\s+năm\s+|,\s*)\s*(?P<year>{YEAR})(?!\d)", re.IGNORECASE)
DAY_LIST = (
    rf"{_word_start(_DAY_TRIGGER)}{_DAY_TRIGGER},?\s+(?:(?:nay|qua|mai)\s*,?\s+|ngày\s+)?(?:mùng\s+)?\(?(?P<days>{DAY}(?:\s*(?:,|và|-|–|đến)\s*{DAY})*)"
    rf"\s*(?P<sep>[/.-])\s*(?P<month>{MONTH})(?:\s*(?P=sep)\s*(?P<year>{YEAR}))?{_END}")  # then no count, no digit
# The second of two dates: "ngày 14/4 và 17/4", "dịp 30/4 - 1/5".
NEXT_DAY = rf"(?<=\d)\s*(?:và|-|–|đến|tới|,)\s*(?P<day>{DAY})\s*/\s*(?P<month>{MONTH})(?:\s*/\s*(?P<year>{YEAR}))?{_END}"
_MONTH_TRIGGER = "(?:từ|đến|tới|trước|sau|cuối|đầu|giữa|hồi|tháng|ngày|trong|vào)"
# "các tháng 10, 11 và 12 năm 2024", "tháng 11 và 12/2024": months of one year
MONTH_LIST = re.compile(
    rf"tháng\s+(?P<months>{MONTH}(?:\s*(?:,|và|-|–)\s*{MONTH})+)\s*(?:/|\s+năm\s+|,\s*)\s*(?P<year>{YEAR})(?!\d)",
    re.IGNORECASE)
MONTH_YEAR_BARE = re.compile(
    rf"{_word_start(_MONTH_TRIGGER)}{_MONTH_TRIGGER}\s+(?P<month>{MONTH})\s*/\s*(?P<year>{YEAR}){_END}"
    rf"|(?<=\d)\s*[-–]\s*(?P<month2>{MONTH})\s*/\s*(?P<year2>{YEAR}){_END}"
    rf"|\((?P<month3>{MONTH})\s*[-/]\s*(?P<year3>{YEAR})\)", re.IGNORECASE)
# The day after the name of a day: "ngày Quốc tế thiếu nhi 1/6", "Ngày Thương binh - Liệt sĩ 27/7",
# "Ngày Sách và Văn hóa đọc Việt Nam 21/4" ("và" inside a name: a capital follows it).
_FUNCTION_WORDS = r"(?:được|tại|có|là|của|và|với|các|những|trong|đã|sẽ|từ|đến|cho|ở|theo|gồm|khi)"
NAMED_DAY = (
    rf"\b[Nn]gày\s+[A-ZĐ][^\W\d_]*(?:\s+(?:[-–]\s+|và\s+(?=[A-ZĐ]))?(?!{_FUNCTION_WORDS}\b)[^\W\d_]+){{0,7}}?\s+(?P<day>{DAY})\s*/\s*(?P<month>{MONTH})"
    rf"(?:\s*/\s*(?P<year>{YEAR}))?{_END}")  # then no count
BRACKETED_DAY = re.compile(rf"\((?P<day>{DAY})\s*/\s*(?P<month>{MONTH})\)")
MONTH_ONLY = re.compile(
    rf"(?<!\w)tháng\s+(?P<month>{MONTH})(?![\d/.-]|\s*năm|\s*,\s*\d)",
    re.IGNORECASE)
YEAR_RANGE = re.compile(rf"{_NOT_AFTER_NUMBER}(?P<first>{YEAR})\s*(?P<sep>[-–—/])\s*(?P<second>{YEAR})(?![\d/])")
# A year standing alone ("Xuân Nhâm Dần 2022", "Dương lịch 2021", "(1831)", "các năm 2018, 2019"):
# not inside a number, a code or an amount ("2.000", "2024/QĐ", "1975 hộ").
BARE_YEAR = (r"(?=[12])(?<![\d.,/:&-])(?<!(?-i:[A-Z]{2}) )(?<!hơn )(?<!gần )(?<!trên )(?<!khoảng )"
             r"(?P<year>(?:19|20)\d\d|(?<=\()18\d\d(?=\)))")
_NOT_AFTER_A_YEAR = r"[\d]|[.,/:][\d]|/\w|-[A-ZĐ\d]|\s*%"  # and no amount: "1975 hộ"
TRIGGERED_YEAR = re.compile(rf"{_word_start(_YEAR_TRIGGER)}{_YEAR_TRIGGER}\s*(?P<year>{YEAR})(?![\d.,]\d)", re.IGNORECASE)
_YEAR_IN_SENTENCE = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_YEAR_RANGE_IN_SENTENCE = re.compile(rf"(?<!\d)(?P<first>{YEAR})\s*[-–—]\s*(?:\d{{1,2}}/\d{{1,2}}/)?(?P<second>{YEAR})(?!\d)")
_TERM_BEFORE = re.compile(r"(?:nhiệm k[ỳì]|kh(?:óa|oá)|niên kh(?:óa|oá)|năm học|mùa giải)\s*(?:\S+\s*)?$", re.IGNORECASE)
_CITED_DOCUMENT = re.compile(r"(?:nghị quyết|quyết định|chỉ thị|kết luận|thông báo|kế hoạch|công văn|công điện|"
                             r"hướng dẫn|nghị định|thông tư|luật|đề án|quy định)\s+(?:số\s+)?\d[\w/.-]*[^.;:]{0,40}$",
                             re.IGNORECASE)
CITATION_REACH = 70
# a year of someone's life or a plan's horizon, not the year of the sentence's event: "(sinh năm
# 1965)", "vào Đảng năm 1970", "đến năm 2030", "tầm nhìn 2045"
_NOT_THE_EVENTS_YEAR = re.compile(r"(?:(?<!giáng )\bsinh|\bSN|vào Đảng|nhập ngũ|đến năm|tới năm|tầm nhìn(?: đến)?)\s*(?:năm\s*)?:?\s*$",
                                  re.IGNORECASE)
LIFE_EVENT_REACH = 20
_YEARS_SPANNED = re.compile(r"(?<!\d)(\d{1,3})\s+năm\b")
_ANNIVERSARY = re.compile(r"kỷ niệm\s+(\d{1,3})\s+năm\b", re.IGNORECASE)
LATEST_YEAR = 2099
ARTICLE_LOOKAHEAD = 3  # sentences after a yearless date that may still name its year


class _Found:
    """A date candidate before its year is known."""

    __slots__ = ("start", "end", "year", "month", "day")

    def __init__(self, start: int, end: int, year: int | None, month: int | None, day: int | None):
        self.start, self.end, self.year, self.month, self.day = start, end, year, month, day


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is None or day is None:
        return True
    try:
        Date(year or 2000, month, day)  # 2000 is a leap year: 29/2 stays possible
    except ValueError:
        return False
    return True


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _full(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start("day"), m.end("year"), int(m["year"]), int(m["month"]), int(m["day"]))


def _spelled(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start(), m.end(), _int(m["year"]), int(m["month"]), int(m["day"]))


def _month_year(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start(), m.end(), int(m["year"]), int(m["month"]), None)


def _day_list(m: re.Match) -> Iterator[_Found]:
    month, year = int(m["month"]), _int(m["year"])
    if year is None and _shares().match(m.string, m.end()) and not _DAY_WORD.match(m.group(0)):
        return  # "Đến nay, 3/5 thôn ...": a share of villages
    days = list(re.finditer(DAY, m["days"]))
    base = m.start("days")
    for i, d in enumerate(days):
        start = base + d.start()
        end = m.end() if i == len(days) - 1 else base + d.end()
        yield _Found(start, end, year, month, int(d.group(0)))


def _next_day(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start("day"), m.end(), _int(m["year"]), int(m["month"]), int(m["day"]))


def _month_year_bare(m: re.Match) -> Iterator[_Found]:
    for month, year in (("month", "year"), ("month2", "year2"), ("month3", "year3")):
        if m[month]:
            yield _Found(m.start(month), m.end(year), int(m[year]), int(m[month]), None)


def _month_list(m: re.Match) -> Iterator[_Found]:
    year, months = int(m["year"]), list(re.finditer(MONTH, m["months"]))
    base = m.start("months")
    for i, month in enumerate(months):
        start = m.start() if i == 0 else base + month.start()
        yield _Found(start, m.end() if i == len(months) - 1 else base + month.end(), year, int(month.group(0)), None)


def _bracketed(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start("day"), m.end("month"), None, int(m["month"]), int(m["day"]))


def _month_only(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start(), m.end(), None, int(m["month"]), None)


@cache
def _shares() -> re.Pattern:
    """ "3/5 thôn" after "Đến nay", not "Sáng 3/5 thôn ...": a share of villages."""
    return re.compile(rf"\s*{_count_words('SHARE')}", re.IGNORECASE)


@cache
def _range_measure_after() -> re.Pattern:
    """ "1800-1900 m", "khoảng 1950-2000 nhân khẩu": a measure after a range of numbers."""
    return re.compile(rf"\s*{_count_words('NOT_A_YEAR_RANGE')}", re.IGNORECASE)


# "Tổng đài 1900-2004": a number
_RANGE_NUMBER_BEFORE = re.compile(r"(?:khoảng|chừng|tổng đài|hotline|đường dây nóng|số|km|độ cao|cao)\s*:?\s*$",
                                  re.IGNORECASE)


def _year_range(m: re.Match) -> Iterator[_Found]:
    first, second = int(m["first"]), int(m["second"])
    if _range_measure_after().match(m.string, m.end()) or _RANGE_NUMBER_BEFORE.search(m.string, max(0, m.start() - 20),
                                                                                    m.start()):
        return
    if second > first and (m["sep"] != "/" or second == first + 1):  # "năm học 2024/2025"
        yield _Found(m.start("first"), m.end("first"), first, None, None)
        yield _Found(m.start("second"), m.end("second"), second, None, None)


def _triggered_year(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start("year"), m.end("year"), int(m["year"]), None, None)


@cache
def grammar() -> tuple[tuple[re.Pattern, Callable[[re.Match], Iterator[_Found]]], ...]:
    """The date patterns, each with what it yields; the ones that a count word ends are
    completed from the lexicon here, once."""
    not_a_count = _not_a_count()
    return (
        (FULL_DATE, _full),
        (SPELLED_DATE, _spelled),
        (SPELLED_DATELINE, _spelled),
        (ISO_DATE, _spelled),
        (MONTH_YEAR, _month_year),
        (MONTH_LIST, _month_list),
        (re.compile(DAY_LIST + not_a_count + r"(?!\d)", re.IGNORECASE), _day_list),
        (re.compile(NEXT_DAY + not_a_count, re.IGNORECASE), _next_day),
        (MONTH_YEAR_BARE, _month_year_bare),
        (re.compile(NAMED_DAY + not_a_count), _next_day),
        (BRACKETED_DAY, _bracketed),
        (MONTH_ONLY, _month_only),
        (YEAR_RANGE, _year_range),
        (TRIGGERED_YEAR, _triggered_year),
        (re.compile(BARE_YEAR + rf"(?!{_NOT_AFTER_A_YEAR}|\s*{_count_words('NOT_A_YEAR')})", re.IGNORECASE),
         _triggered_year),
    )


def _is_lunar(text: str, f: _Found) -> bool:
    """ "25/2 năm Quý Mão", "nhằm ngày 20/2", "15/8 âm lịch": a day of the lunar calendar."""
    if f.month is None or (f.day is None and f.year is not None):
        return False
    return bool(_LUNAR_AFTER.match(text, f.end) or _LUNAR_BEFORE.search(text, max(0, f.start - 16), f.start))


def _candidates(text: str) -> list[_Found]:
    """Find every candidate, drop impossible and lunar days, keep the longest of overlaps."""
    found = []
    for pattern, handler in grammar():
        for m in pattern.finditer(text):
            found.extend(f for f in handler(m) if _valid(f.year, f.month, f.day) and not _is_lunar(text, f))
    return resolve_overlaps(found)


def _parse_published(published_at: str) -> Date | None:
    """The published date; a month alone ("2024-05", an archive's date) stands for its middle."""
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published_at or "")
    if not m:
        return None
    try:
        return Date(int(m[1]), int(m[2]), int(m[3] or 15))
    except ValueError:
        return None


# "Dự kiến ngày 15/10 ...", "ngày 20/11 tới": what is still to come
_FUTURE_BEFORE = re.compile(r"\b(?:dự kiến|sẽ|sắp|chuẩn bị)\b", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"\s+(?:sắp tới|tới đây|tới)\b(?!\s*(?:nay|ngày|hết|\d))",  # not "từ 7/4 tới nay", "tới 20/10"
                           re.IGNORECASE)
# "Từ ngày 1/1 đến nay": what has happened up to now; "đã", "vừa": no day far ahead
_UP_TO_NOW_AFTER = re.compile(r"(?:\s*(?:/\d+)?\s*,?)\s+(?:vừa qua|đến nay|tới nay)\b", re.IGNORECASE)
_EARLIER_BEFORE = re.compile(r"\W*trước đó\s*,?\s*(?:\S+\s+){0,2}$", re.IGNORECASE)  # "Trước đó, ngày 20/11"
_HAPPENED = re.compile(r"\b(?:đã|vừa)\b", re.IGNORECASE)
ONGOING_DAYS = 31  # a plan said to come may have begun: "dự kiến ... (từ 26/4 đến 2/5)" published on 27/4


FAR = 10_000  # days: a past reading of a day said to come is taken only when no other reading is possible


def _nearest_to_published(month: int, day: int | None, published: Date, future: str = "") -> int | None:
    """``future``: "" (what has happened, mostly), "up to now" ("đến nay"), "happened" ("đã": not
    more than a month ahead),
    "planned" (a plan's days, begun at most a month ago) or "coming" ("ngày 20/12 tới")."""
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = Date(year, month, day or 15)
        except ValueError:
            continue
        # News mostly reports what has happened: a future reading must be twice as near; an event
        # said to come is to come
        days = (candidate - published).days
        if not future:
            distance = days * 2 if days > 0 else -days
        elif future in ("up to now", "happened"):
            limit = 1 if future == "up to now" else ONGOING_DAYS
            distance = (days * 2 if days > 0 else -days) if days <= limit else FAR + days
        else:
            distance = days if days >= 0 or (future == "planned" and -days <= ONGOING_DAYS) else FAR - days
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _event_years(sentence: str, position: int | None = None) -> list[tuple[int, int]]:
    """(position, year) of the years a sentence gives for its own events: a term's first year
    ("nhiệm kỳ 2023-2028"), an anniversary's last ("(1930 - 2025)"), a year alone; not the year
    of a document it cites ("Nghị quyết số 04-NQ/TU, ngày 13/7/2022")."""
    years = []
    taken: list[tuple[int, int]] = []
    for m in _YEAR_RANGE_IN_SENTENCE.finditer(sentence):
        term = _TERM_BEFORE.search(sentence, max(0, m.start() - 24), m.start())
        group = "first" if term else "second"
        years.append((m.start(group), int(m[group])))
        taken.append((m.start(), m.end()))
    for m in _YEAR_IN_SENTENCE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if _CITED_DOCUMENT.search(sentence, max(0, m.start() - CITATION_REACH), m.start()) \
                or _NOT_THE_EVENTS_YEAR.search(sentence, max(0, m.start() - LIFE_EVENT_REACH), m.start()):
            continue
        years.append((m.start(), int(m.group(0))))
    # "kỷ niệm 85 năm ... (1939 - 2024)": the anniversary's first year is not the event's;
    # "kỷ niệm 71 năm Chiến thắng Điện Biên Phủ (7/5/1954)": the event's is 71 years after it.
    spans = {int(n) for n in _YEARS_SPANNED.findall(sentence)}
    # "Tối 7/5, ... kỷ niệm 71 năm ...": the day opens the celebration; a day after it is the
    # day remembered ("kỷ niệm 50 năm ... (1975), ... nhớ lại ngày 1/4 lịch sử")
    anniversaries = [int(m[1]) for m in _ANNIVERSARY.finditer(sentence) if position is not None and m.start() > position]
    present = {year for _, year in years}
    written = {int(y) for y in _YEAR_IN_SENTENCE.findall(sentence)}  # a range's first year too
    kept = []
    for at, year in years:
        if any(year + n in present for n in spans):
            continue
        later = [year + n for n in anniversaries if year + n <= LATEST_YEAR and year - n not in written]
        kept.append((at, later[0] if len(later) == 1 else year))
    return kept


def infer_year(month: int, day: int | None, published: Date | None, sentence: str, position: int = 0,
               headline: str = "", end: int | None = None) -> int | None:
    """The year of a date written without one: nearest the published date; else the year its
    sentence gives for its event; else the headline's year.

    >>> infer_year(12, 28, Date(2023, 12, 29), ""), infer_year(10, 15, Date(2025, 1, 15), "Dự kiến ngày 15/10, ...", 9)
    (2023, 2025)
    >>> infer_year(1, 6, None, "Sáng 6/1, hội nghị tổng kết năm 2019; triển khai nhiệm vụ năm 2020.")
    2020
    >>> infer_year(1, 13, None, "Sáng 13/1 tổng kết công tác dân vận năm 2021.")
    2022
    >>> infer_year(12, 25, None, "Đại hội nhiệm kỳ 2023-2028 diễn ra từ ngày 25-27/12.", 39)
    2023
    >>> infer_year(7, 20, None, "Ngày 20/7, Tỉnh ủy triển khai Nghị quyết số 04-NQ/TU, ngày 13/7/2022.")
    """
    if published is not None:
        future = ("coming" if _FUTURE_AFTER.match(sentence, position if end is None else end)
                  else "planned" if _FUTURE_BEFORE.search(sentence, 0, position)
                  else "up to now" if (_UP_TO_NOW_AFTER.match(sentence, position if end is None else end)
                                       or _EARLIER_BEFORE.fullmatch(sentence, 0, position))
                  else "happened" if _HAPPENED.search(sentence) else "")
        return _nearest_to_published(month, day, published, future)
    years = _event_years(sentence, position)
    if years:
        plan = _PLAN_YEAR.search(sentence)
        if plan and month <= EARLY_MONTHS:
            return int(plan.group("year"))  # "triển khai nhiệm vụ năm 2020": the year the meeting opens
        review = _REVIEW.search(sentence)
        if review:
            # the year after the review's word, not the plan's: "tổng kết năm 2024, phương hướng năm 2025"
            reviewed = next((year for at, year in years if at > review.start()), max(year for _, year in years))
            part_of_year = _PART_OF_YEAR.match(sentence, review.end())  # "sơ kết quý I năm 2025": the same year
            # a review of year N is held early in N+1, or late in N ("Chiều 27/12 ... tổng kết năm 2024")
            return reviewed + 1 if month <= EARLY_MONTHS and not part_of_year else reviewed
        return min(years, key=lambda item: abs(item[0] - position))[1]
    headline_years = _event_years(headline)
    return headline_years[-1][1] if headline_years else None


def _sentence_at(sentences: list[Sentence], starts: list[int], text: str, start: int) -> tuple[int, str]:
    i = bisect_right(starts, start) - 1
    if i >= 0 and start < sentences[i].end:
        return sentences[i].start, sentences[i].text
    return 0, text


def _article_year(explicit: list[tuple[int, int]], position: int, sentences: list[Sentence], starts: list[int]) -> int | None:
    """The year the article last named before ``position``, else one named a few sentences later.
    ``explicit`` is (offset, year) in text order."""
    k = bisect_left(explicit, (position, -1))
    if k:
        return explicit[k - 1][1]
    i = bisect_right(starts, position)
    limit = sentences[min(i + ARTICLE_LOOKAHEAD, len(sentences)) - 1].end if sentences else position
    after = bisect_right(explicit, (position, 10_000))
    return explicit[after][1] if after < len(explicit) and explicit[after][0] <= limit else None


def extract_dates(text: str, sentences: list[Sentence] | None = None, published_at: str = "",
                  published_span: tuple[int, int] | None = None, published_mention: str = "",
                  headline: str = "") -> list[DateMention]:
    """Every date expression of a text, and the published date as a row of its own.

    >>> [(d.mention, d.date, d.granularity.value) for d in extract_dates(
    ...     "Ngày 28-12, hội nghị tổng kết năm 2023, nhiệm kỳ 2025 - 2030; 30 năm tuổi Đảng; Covid-19",
    ...     published_at="2023-12-29T06:40")]
    [('', '2023-12-29', 'day'), ('28-12', '2023-12-28', 'day'), ('2023', '2023', 'year'), ('2025', '2025', 'year'), ('2030', '2030', 'year')]
    """
    published = _parse_published(published_at)
    sentences = sentences or []
    starts = [s.start for s in sentences]
    results: list[DateMention] = []
    published_found = False
    candidates = _candidates(text)
    # the years the article gives its events: not those of the documents it cites
    explicit = sorted((f.start, f.year) for f in candidates
                      if f.year is not None and not _CITED_DOCUMENT.search(text, max(0, f.start - CITATION_REACH), f.start)
                      and not _NOT_THE_EVENTS_YEAR.search(text, max(0, f.start - LIFE_EVENT_REACH), f.start))
    for f in candidates:
        year = f.year
        if year is None:
            sentence_start, sentence = _sentence_at(sentences, starts, text, f.start)
            year = infer_year(f.month, f.day, published, sentence, f.start - sentence_start, headline,
                              f.end - sentence_start)
            if year is None and published is None:
                year = _article_year(explicit, f.start, sentences, starts)
        if f.day is not None:
            iso = f"{year:04d}-{f.month:02d}-{f.day:02d}" if year else f"--{f.month:02d}-{f.day:02d}"
            granularity = Granularity.DAY
        elif f.month is not None:
            if not year:
                continue
            iso, granularity = f"{year:04d}-{f.month:02d}", Granularity.MONTH
        else:
            iso, granularity = f"{year:04d}", Granularity.YEAR
        is_published = bool(published_span) and f.start < published_span[1] and f.end > published_span[0]
        published_found |= is_published
        results.append(DateMention(text[f.start:f.end], iso, granularity, f.start, f.end, is_published))
    if published_at and not published_found:
        iso = published_at[:10]
        granularity = {10: Granularity.DAY, 7: Granularity.MONTH}.get(len(iso), Granularity.YEAR)
        start, end = published_span if published_span else (None, None)
        mention = text[start:end] if published_span else published_mention
        results.insert(0, DateMention(mention, iso, granularity, start, end, True))
    return results
