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
from bisect import bisect_right
from datetime import date as Date
from typing import Callable, Iterator

from ..records import DateMention, Granularity, Sentence

DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)"
MONTH = r"(?<!\d)(?:1[0-2]|0?[1-9])(?!\d)"
YEAR = r"(?:19\d\d|20\d\d)"
# A number that does not continue another; "(?=\d)" first, since it fails fast where
# the look-behinds would be tried at every position of the text.
_NOT_AFTER_NUMBER = r"(?=\d)(?<![\d/.,])(?<![\d/.,]\s)"
# "(?![/\w])" would refuse "13/01/2017Nhằm": letters may follow a year, codes ("/NĐ-CP") may not.
_END = r"(?![\d]|[/.-]\d|/\w|-[A-ZĐ])"
_DAY_TRIGGER = (r"(?:ngày|sáng|chiều|tối|trưa|đêm|khuya|rạng sáng|hôm|từ|đến|tới|trước|sau|vào|"
                r"đầu|cuối|hạn|hết|kể từ|lễ|dịp|nghỉ|thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)")
# What follows a fraction or a count, never a date: "từ 2/3 tổng số", "từ 6-10 lượt".
_NOT_A_COUNT = (r"(?!\s*(?:tổng|số|lượt|cán bộ|người|trường hợp|ca\b|hộ\b|đơn vị|km|ha\b|tấn|triệu|tỷ|nghìn|ngàn|"
                r"phút|giờ|lần|%|phần))")
_YEAR_TRIGGER = (r"(?:năm|nhiệm vụ|nhiệm kỳ|giai đoạn|niên khóa|niên học|năm học|khóa|mùa|vụ|tết|sn|"
                 r"sinh|từ|đến|tới|trước|sau|cuối|đầu|trong|hết|kế hoạch|chương trình|"
                 r"quý\s*(?:[IV]{1,3}|[1-4])\s*[/-]|tháng\s*đầu\s*năm|tháng\s*cuối\s*năm)")
_PLAN_YEAR = re.compile(rf"(?:triển khai|phương hướng|kế hoạch)\s+(?:thực hiện\s+)?nhiệm vụ\s+(?:năm\s+)?(?P<year>{YEAR})",
                        re.IGNORECASE)
_REVIEW = re.compile(r"tổng kết|sơ kết|nhìn lại|đánh giá kết quả|triển khai nhiệm vụ", re.IGNORECASE)

FULL_DATE = re.compile(rf"{_NOT_AFTER_NUMBER}(?P<day>{DAY})(?P<sep>[/.-])(?P<month>{MONTH})(?P=sep)(?P<year>{YEAR}){_END}")
SPELLED_DATE = re.compile(
    rf"ngày\s+(?P<day>{DAY})\s+tháng\s+(?P<month>{MONTH})(?:\s*(?:năm|,)\s*(?P<year>{YEAR}))?(?!\d)",
    re.IGNORECASE)
MONTH_YEAR = re.compile(
    rf"tháng\s*(?P<month>{MONTH})\s*(?:[/.-]|\s+năm\s+|,\s*)\s*(?P<year>{YEAR})(?!\d)", re.IGNORECASE)
DAY_LIST = re.compile(
    rf"\b{_DAY_TRIGGER}\s+(?:nay\s+|qua\s+|mai\s+|ngày\s+)?\(?(?P<days>{DAY}(?:\s*(?:,|và|-|–|đến)\s*{DAY})*)"
    rf"\s*[/-]\s*(?P<month>{MONTH})(?:\s*[/-]\s*(?P<year>{YEAR}))?{_END}{_NOT_A_COUNT}", re.IGNORECASE)
# The second of two dates: "ngày 14/4 và 17/4", "dịp 30/4 - 1/5".
NEXT_DAY = re.compile(
    rf"(?<=\d)\s*(?:và|-|–|đến|tới|,)\s*(?P<day>{DAY})\s*/\s*(?P<month>{MONTH})(?:\s*/\s*(?P<year>{YEAR}))?{_END}{_NOT_A_COUNT}",
    re.IGNORECASE)
MONTH_YEAR_BARE = re.compile(
    rf"\b(?:từ|đến|tới|trước|sau|cuối|đầu|giữa|hồi|tháng)\s+(?P<month>{MONTH})\s*/\s*(?P<year>{YEAR}){_END}"
    rf"|(?<=\d)\s*[-–]\s*(?P<month2>{MONTH})\s*/\s*(?P<year2>{YEAR}){_END}", re.IGNORECASE)
BRACKETED_DAY = re.compile(rf"\((?P<day>{DAY})\s*/\s*(?P<month>{MONTH})\)")
MONTH_ONLY = re.compile(
    rf"\b(?:vào|trong|từ|đến|tới|cuối|đầu|giữa|hồi|hết|sang|trước|sau)\s+tháng\s+(?P<month>{MONTH})(?![\d/.-]|\s*năm)",
    re.IGNORECASE)
YEAR_RANGE = re.compile(rf"{_NOT_AFTER_NUMBER}(?P<first>{YEAR})\s*[-–—]\s*(?P<second>{YEAR})(?!\d)")
TRIGGERED_YEAR = re.compile(rf"\b{_YEAR_TRIGGER}\s*(?P<year>{YEAR})(?![\d.,]\d)", re.IGNORECASE)
_YEAR_IN_SENTENCE = re.compile(rf"(?<!\d){YEAR}(?!\d)")


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
    days = list(re.finditer(DAY, m["days"]))
    base = m.start("days")
    for i, d in enumerate(days):
        start = base + d.start()
        end = m.end() if i == len(days) - 1 else base + d.end()
        yield _Found(start, end, year, month, int(d.group(0)))


def _next_day(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start("day"), m.end(), _int(m["year"]), int(m["month"]), int(m["day"]))


def _month_year_bare(m: re.Match) -> Iterator[_Found]:
    if m["month"]:
        yield _Found(m.start("month"), m.end("year"), int(m["year"]), int(m["month"]), None)
    else:
        yield _Found(m.start("month2"), m.end("year2"), int(m["year2"]), int(m["month2"]), None)


def _bracketed(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start("day"), m.end("month"), None, int(m["month"]), int(m["day"]))


def _month_only(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start() + m.group(0).lower().index("tháng"), m.end(), None, int(m["month"]), None)


def _year_range(m: re.Match) -> Iterator[_Found]:
    first, second = int(m["first"]), int(m["second"])
    if 0 < second - first <= 60:
        yield _Found(m.start("first"), m.end("first"), first, None, None)
        yield _Found(m.start("second"), m.end("second"), second, None, None)


def _triggered_year(m: re.Match) -> Iterator[_Found]:
    yield _Found(m.start("year"), m.end("year"), int(m["year"]), None, None)


GRAMMAR: tuple[tuple[re.Pattern, Callable[[re.Match], Iterator[_Found]]], ...] = (
    (FULL_DATE, _full),
    (SPELLED_DATE, _spelled),
    (MONTH_YEAR, _month_year),
    (DAY_LIST, _day_list),
    (NEXT_DAY, _next_day),
    (MONTH_YEAR_BARE, _month_year_bare),
    (BRACKETED_DAY, _bracketed),
    (MONTH_ONLY, _month_only),
    (YEAR_RANGE, _year_range),
    (TRIGGERED_YEAR, _triggered_year),
)


def _candidates(text: str) -> list[_Found]:
    found = []
    for pattern, handler in GRAMMAR:
        for m in pattern.finditer(text):
            found.extend(f for f in handler(m) if _valid(f.year, f.month, f.day))
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _parse_published(published_at: str) -> Date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published_at or "")
    if not m:
        return None
    try:
        return Date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def infer_year(month: int, day: int | None, published: Date | None, sentence: str, position: int = 0) -> int | None:
    """The year of a date written without one.

    >>> infer_year(12, 28, Date(2023, 12, 29), "")
    2023
    >>> infer_year(1, 6, None, "Sáng 6/1, hội nghị tổng kết năm 2019; triển khai nhiệm vụ năm 2020.")
    2020
    >>> infer_year(1, 13, None, "Sáng 13/1 tổng kết công tác dân vận năm 2021.")
    2022
    """
    if published is not None:
        best = None
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                candidate = Date(year, month, day or 15)
            except ValueError:
                continue
            # News mostly reports what has happened: a future reading must be twice as near.
            days = (candidate - published).days
            distance = days * 2 if days > 0 else -days
            if best is None or distance < best[0]:
                best = (distance, year)
        return best[1] if best else None
    years = [(m.start(), int(m.group(0))) for m in _YEAR_IN_SENTENCE.finditer(sentence)]
    if not years:
        return None
    plan = _PLAN_YEAR.search(sentence)
    if plan:
        return int(plan.group("year"))  # "triển khai nhiệm vụ năm 2020": the year the meeting opens
    if _REVIEW.search(sentence):
        reviewed = max(year for _, year in years)  # a year, or the end of a period ("giai đoạn 2016-2021")
        return reviewed + 1 if month <= 3 else reviewed  # a review of year N is held early in N+1
    return min(years, key=lambda item: abs(item[0] - position))[1]


def _sentence_at(sentences: list[Sentence], starts: list[int], text: str, start: int) -> tuple[int, str]:
    i = bisect_right(starts, start) - 1
    if i >= 0 and start < sentences[i].end:
        return sentences[i].start, sentences[i].text
    return 0, text


def extract_dates(text: str, sentences: list[Sentence] | None = None, published_at: str = "",
                  published_span: tuple[int, int] | None = None, published_mention: str = "") -> list[DateMention]:
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
    for f in _candidates(text):
        year = f.year
        if year is None:
            sentence_start, sentence = _sentence_at(sentences, starts, text, f.start)
            year = infer_year(f.month, f.day, published, sentence, f.start - sentence_start)
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
