"""Result types of every stage, as the contract names their columns."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Status(str, Enum):
    OK = "ok"
    ERROR = "error"


class Granularity(str, Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class StatementKind(str, Enum):
    DIRECT = "direct"  # the inside of quote marks
    REPORTED = "reported"  # the clause after a speech verb


@dataclass
class CleanDocument:
    """What the cleaning stage makes of one file's text."""

    text: str
    title: str = ""
    title_span: tuple[int, int] | None = None
    outlet: str = ""
    author: str = ""
    published_at: str = ""
    published_mention: str = ""
    published_span: tuple[int, int] | None = None
    url: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    sent_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    sent_id: int
    token_id: int
    token: str
    pos: str
    start: int
    end: int


@dataclass(frozen=True)
class Official:
    name: str
    title: str
    start: int | None
    end: int | None
    mention: str = ""
    mention_start: int | None = None
    mention_end: int | None = None
    sent_id: int | None = None
    level: str = ""
    office_province: str = ""


@dataclass(frozen=True)
class ProvinceMention:
    mention: str
    province: str
    province_code: str
    province_2025: str
    start: int
    end: int
    sent_id: int | None = None


@dataclass(frozen=True)
class DateMention:
    mention: str
    date: str
    granularity: Granularity
    start: int | None
    end: int | None
    is_published: bool = False
    sent_id: int | None = None


@dataclass(frozen=True)
class SloganMention:
    mention: str
    slogan: str
    known: bool
    start: int
    end: int
    family: str = ""
    sent_id: int | None = None


@dataclass(frozen=True)
class Statement:
    speaker: str
    speaker_title: str
    kind: StatementKind
    verb: str
    quote: str
    start: int
    end: int
    sent_id: int | None = None


@dataclass
class DocumentResult:
    """Everything the pipeline learnt about one input file."""

    doc_id: str
    source_path: str
    status: Status = Status.OK
    error: str = ""
    clean: CleanDocument | None = None
    province: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    provinces: list[ProvinceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    slogans: list[SloganMention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
