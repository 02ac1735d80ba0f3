"""underthesea's CRF models (word segmentation, part of speech), decoded in bulk with numpy.

underthesea tags one sentence at a time: its compiled featurizer writes some forty feature
strings per syllable ("T[-1,0].lower=bí thư") as Python objects, and its tagger reads them back.
Here the same model files are read once into a weight table; templates that read the same
text ("T[-1,0]", "T[0,1]", ...) share one dictionary from that text to their weight rows,
true/false features are computed for all tokens at once, and the Viterbi search runs on all
sentences of a document together. The labels are underthesea's: ``tests/test_crf.py`` compares
both on real news.
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

BEGIN, END = "BOS", "EOS"
# Bounds on the arrays of one call: tokens whose features are computed together, and
# (sentence, position) cells of one Viterbi search.
BATCH_TOKENS = 20_000
BATCH_CELLS = 16_384
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?$")


class View(str, Enum):
    TEXT = "text"
    LOWER = "lower"
    IS_DIGIT = "isdigit"
    IS_TITLE = "istitle"
    IN_DICTIONARY = "is_in_dict"


@lru_cache(maxsize=65536)  # news repeats its words; a token's test is asked once per model
def is_title(token: str) -> bool:
    """underthesea's ``istitle``: every space-separated part starts with an upper-case letter
    or with something that is not a letter.

    >>> [is_title(t) for t in ("Hà Nội", "6/1", "UBND", "iPhone", "Nội ngày")]
    [True, True, True, False, False]
    """
    if " " not in token:
        first = token[:1]
        if first.isascii():
            return not first.islower()
        return _starts_title(first)
    return all(is_title(part) for part in token.split(" "))


@lru_cache(maxsize=4096)
def _starts_title(char: str) -> bool:
    """Asked of underthesea's compiled featurizer, once per character: it reads Unicode's
    "Alphabetic" and "Uppercase" properties ("ⅷ" is a letter there), which Python does not expose."""
    from underthesea_core import CRFFeaturizer

    return CRFFeaturizer(["T[0].istitle"], set()).process([[[char]]])[0][0][0].endswith("=True")


def is_digits(token: str) -> bool:
    """underthesea's ``isdigit``: ASCII digits only ("2025", not "6/1" nor "²")."""
    return token.isascii() and token.isdigit()


@dataclass(frozen=True)
class CRFsuiteModel:
    """What a CRFsuite model file holds: label and attribute names, and the weights of
    (attribute id, label id) state features and (label id, label id) transitions."""
    labels: tuple[str, ...]
    attributes: tuple[str, ...]
    state_features: list[tuple[int, int, float]]
    transitions: list[tuple[int, int, float]]


def _string_table(data: bytes, offset: int) -> tuple[str, ...]:
    """The strings of a CQDB block, by id: its backward array points at (id, size, bytes) records."""
    if data[offset:offset + 4] != b"CQDB":
        raise ValueError("not a CRFsuite model: missing string table")
    count, backward = struct.unpack_from("<2I", data, offset + 16)
    strings = []
    for i in range(count):
        (record,) = struct.unpack_from("<I", data, offset + backward + 4 * i)
        size = struct.unpack_from("<I", data, offset + record + 4)[0]
        strings.append(data[offset + record + 8: offset + record + 7 + size].decode("utf-8"))
    return tuple(strings)


def read_crfsuite(path: Path) -> CRFsuiteModel:
    """A CRFsuite 1st-order model file, weights at full precision (``pycrfsuite``'s ``info()``
    rounds them to six decimals, enough to break underthesea's ties differently)."""
    data = Path(path).read_bytes()
    if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        raise ValueError(f"{path} is not a CRFsuite model file")
    features_at, labels_at, attributes_at = struct.unpack_from("<3I", data, 28)
    if data[features_at:features_at + 4] != b"FEAT":
        raise ValueError(f"{path}: missing feature block")
    (count,) = struct.unpack_from("<I", data, features_at + 8)
    state, transitions = [], []
    for kind, source, target, weight in struct.iter_unpack("<3Id", data[features_at + 12: features_at + 12 + 20 * count]):
        (transitions if kind == 1 else state).append((source, target, weight))
    return CRFsuiteModel(_string_table(data, labels_at), _string_table(data, attributes_at), state, transitions)


@dataclass(frozen=True)
class Template:
    """A feature template such as ``T[-1,0].lower``: the tokens from ``first`` to ``last``
    around the current one, joined by a space, seen through ``view``; "BOS" when the window
    starts before the sentence, "EOS" when it ends after it."""
    name: str
    first: int
    last: int
    view: View

    @classmethod
    def parse(cls, name: str) -> Template:
        match = _TEMPLATE.match(name)
        if not match or (match.group(3) or "text") not in View._value2member_map_:
            raise ValueError(f"unsupported CRF feature template {name!r}")
        view = View(match.group(3) or "text")
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        return cls(name, first, last, view)

    @property
    def width(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True)
class TextLookup:
    """The templates that read the same text of windows of one width: from that text to a
    row of ``table``, which holds the weight row of each of them; its last row is for a text
    the model does not know."""
    width: int
    view: View
    members: tuple[int, ...]
    ids: dict[str, int]
    table: np.ndarray


def consecutive_batches(sizes: list[int], limit: int) -> list[range]:
    """Consecutive ranges of items whose sizes add up to at most ``limit`` (an item larger
    than that alone): bounded memory for a document of any length.

    >>> consecutive_batches([3, 3, 3, 9, 1], 6)
    [range(0, 2), range(2, 3), range(3, 4), range(4, 5)]
    """
    ranges, start, total = [], 0, 0
    for i, size in enumerate(sizes):
        if i > start and total + size > limit:
            ranges.append(range(start, i))
            start, total = i, 0
        total += size
    if start < len(sizes):
        ranges.append(range(start, len(sizes)))
    return ranges


def _viterbi_groups(order: list[int], lengths: list[int]) -> list[list[int]]:
    """Sentences (longest first) in groups whose padded size, count times first length,
    stays within ``BATCH_CELLS``."""
    groups: list[list[int]] = []
    for k in order:
        if groups and (len(groups[-1]) + 1) * lengths[groups[-1][0]] <= BATCH_CELLS:
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def _windows(tokens: list[str], width: int) -> list[str]:
    if width == 1:
        return tokens
    if width == 2:
        return [a + " " + b for a, b in zip(tokens, tokens[1:])]
    return [" ".join(tokens[j:j + width]) for j in range(len(tokens) - width + 1)]


@dataclass(frozen=True)
class CRFTagger:
    """A linear-chain CRF. ``weights`` has one row per (template, value) the model knows,
    and a last row of zeros for everything else; ``rows[t]`` maps template ``t``'s values
    to its rows."""
    labels: tuple[str, ...]
    templates: tuple[Template, ...]
    rows: tuple[dict[str, int], ...]
    weights: np.ndarray
    transitions: np.ndarray
    dictionary: frozenset[str]
    lookups: tuple[TextLookup, ...]

    @classmethod
    def load(cls, folder: Path) -> CRFTagger:
        """A model folder as underthesea ships it: ``models.bin`` (CRFsuite), ``features.bin``
        (the template names) and ``dictionary.bin`` (known words, lower case)."""
        import joblib

        templates = tuple(Template.parse(name) for name in joblib.load(folder / "features.bin"))
        template_index = {t.name: i for i, t in enumerate(templates)}
        model = read_crfsuite(folder / "models.bin")
        rows: tuple[dict[str, int], ...] = tuple({} for _ in templates)
        entries = []
        n_rows = 0
        for attribute_id, label, weight in model.state_features:
            name, _, value = model.attributes[attribute_id].partition("=")
            if name not in template_index:
                continue
            known = rows[template_index[name]]
            if value not in known:
                known[value] = n_rows
                n_rows += 1
            entries.append((known[value], label, weight))
        weights = np.zeros((n_rows + 1, len(model.labels)))
        for row, label, weight in entries:
            weights[row, label] += weight
        transitions = np.zeros((len(model.labels), len(model.labels)))
        for source, target, weight in model.transitions:
            transitions[source, target] = weight
        return cls(model.labels, templates, rows, weights, transitions,
                   frozenset(joblib.load(folder / "dictionary.bin")), cls._text_lookups(templates, rows, n_rows))

    @staticmethod
    def _text_lookups(templates: tuple[Template, ...], rows: tuple[dict[str, int], ...],
                      zero: int) -> tuple[TextLookup, ...]:
        groups: dict[tuple[int, View], list[int]] = {}
        for t, template in enumerate(templates):
            if template.view in (View.TEXT, View.LOWER):
                groups.setdefault((template.width, template.view), []).append(t)
        lookups = []
        for (width, view), members in groups.items():
            # "BOS" and "EOS" stay: a token written "EOS" reads the same weights in underthesea
            values = sorted(set().union(*(rows[t] for t in members)))
            table = np.array([[rows[t].get(value, zero) for t in members] for value in values] + [[zero] * len(members)],
                             dtype=np.intp)
            lookups.append(TextLookup(width, view, tuple(members), {v: i for i, v in enumerate(values)}, table))
        return tuple(lookups)

    def feature_rows(self, tokens: list[str], lengths: list[int]) -> np.ndarray:
        """The weight row of every (template, token) of sentences laid end to end."""
        total = len(tokens)
        zero = len(self.weights) - 1
        ends = np.repeat(np.cumsum(lengths), lengths)
        starts = ends - np.repeat(lengths, lengths)
        positions = np.arange(total)
        lowers = [token.lower() for token in tokens]
        result = np.full((len(self.templates), total), zero, dtype=np.intp)

        windows: dict[tuple[int, int], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        texts: dict[tuple[bool, int], list[str]] = {}

        def window_texts(lowered: bool, width: int) -> list[str]:
            """Each window's tokens joined by spaces, built once for the lookups and the dictionary."""
            if (lowered, width) not in texts:
                texts[lowered, width] = _windows(lowers if lowered else tokens, width)
            return texts[lowered, width]

        def place(t: int, window_values: np.ndarray) -> None:
            """Template ``t``'s rows: its window's value inside the sentence, else BOS/EOS."""
            template = self.templates[t]
            key = (template.first, template.width)
            if key not in windows:
                window_start = positions + template.first
                windows[key] = ((window_start >= starts) & (window_start + template.width <= ends),
                                np.clip(window_start, 0, max(total - template.width, 0)),
                                window_start < starts)
            inside, clipped, before = windows[key]
            picked = window_values[clipped] if len(window_values) else zero
            edge = np.where(before, self.rows[t].get(BEGIN, zero), self.rows[t].get(END, zero))
            result[t] = np.where(inside, picked, edge)

        for lookup in self.lookups:
            lookup_texts = window_texts(lookup.view is View.LOWER, lookup.width)
            ids = np.fromiter(map(lookup.ids.get, lookup_texts, repeat(len(lookup.ids))), dtype=np.intp,
                              count=len(lookup_texts))
            table = lookup.table[ids]
            for column, t in enumerate(lookup.members):
                place(t, table[:, column])

        flags: dict[tuple[View, int], np.ndarray] = {}
        token_flags = {view: np.fromiter(map(test, tokens), dtype=bool, count=total)
                       for view, test in ((View.IS_DIGIT, is_digits), (View.IS_TITLE, is_title))
                       if any(t.view is view for t in self.templates)}
        for t, template in enumerate(self.templates):
            if template.view in (View.TEXT, View.LOWER):
                continue
            key = (template.view, template.width)
            if key not in flags:
                dictionary_texts = window_texts(True, template.width) if template.view is View.IN_DICTIONARY else []
                flags[key] = self._window_flags(*key, dictionary_texts, token_flags)
            known = self.rows[t]
            place(t, np.where(flags[key], known.get("True", zero), known.get("False", zero)))
        return result

    def _window_flags(self, view: View, width: int, lower_texts: list[str],
                      token_flags: dict[View, np.ndarray]) -> np.ndarray:
        """The flag of every window of ``width`` tokens. A window is title-like when each of
        its tokens is; it is never all digits when it holds the space between two tokens."""
        if view is View.IN_DICTIONARY:
            return np.fromiter(map(self.dictionary.__contains__, lower_texts), dtype=bool, count=len(lower_texts))
        per_token = token_flags[view]
        n = max(len(per_token) - width + 1, 0)
        if width == 1:
            return per_token
        if view is View.IS_DIGIT or n == 0:
            return np.zeros(n, dtype=bool)
        return np.logical_and.reduce([per_token[k:k + n] for k in range(width)])

    def tag_many(self, sentences: list[list[str]]) -> list[list[str]]:
        """Labels of every token of every sentence, as underthesea's tagger gives them.

        >>> from pipeline.resources import word_segmentation_model
        >>> word_segmentation_model().tag_many([["Bí", "thư", "Tỉnh", "ủy", "Nghệ", "An"], []])
        [['B-W', 'I-W', 'B-W', 'I-W', 'B-W', 'I-W'], []]
        """
        labelled: list[list[str]] = []
        for batch_range in consecutive_batches([len(s) for s in sentences], BATCH_TOKENS):
            batch = sentences[batch_range.start:batch_range.stop]
            lengths = [len(s) for s in batch]
            tokens = [token for sentence in batch for token in sentence]
            if not tokens:
                labelled.extend([] for _ in batch)
                continue
            rows = self.feature_rows(tokens, lengths)
            scores = self.weights[rows[0]]
            for template_rows in rows[1:]:
                scores += self.weights[template_rows]
            starts = np.cumsum([0] + lengths[:-1]).tolist()
            paths: list[list[int]] = [[] for _ in batch]
            order = sorted((k for k, n in enumerate(lengths) if n), key=lambda k: -lengths[k])
            for group in _viterbi_groups(order, lengths):
                found = self._viterbi([scores[starts[k]:starts[k] + lengths[k]] for k in group])
                for k, path in zip(group, found):
                    paths[k] = path
            labels = self.labels
            labelled.extend([labels[i] for i in path] for path in paths)
        return labelled

    def _viterbi(self, scores: list[np.ndarray]) -> list[list[int]]:
        """The best label path of each sentence, given its state scores; sentences come longest
        first and advance together, so those still running are always a prefix. Ties go to the
        first label, as in CRFsuite."""
        lengths = [len(s) for s in scores]
        longest, size, n_labels = lengths[0], len(scores), len(self.labels)
        padded = np.zeros((size, longest, n_labels))
        for k, sentence_scores in enumerate(scores):
            padded[k, :lengths[k]] = sentence_scores
        running = np.count_nonzero(np.asarray(lengths)[:, None] > np.arange(longest)[None, :], axis=0).tolist()
        best = padded[:, 0].copy()
        back = np.zeros((longest, size, n_labels), dtype=np.intp)
        for position in range(1, longest):
            r = running[position]
            candidates = best[:r, :, None] + self.transitions
            came_from = candidates.argmax(axis=1)
            back[position, :r] = came_from
            best[:r] = np.take_along_axis(candidates, came_from[:, None, :], axis=1)[:, 0] + padded[:r, position]
        label = best.argmax(axis=1)
        paths = np.zeros((size, longest), dtype=np.intp)
        for position in range(longest - 1, -1, -1):
            r = running[position]
            paths[:r, position] = label[:r]
            if position:
                label[:r] = back[position, np.arange(r), label[:r]]
        return [path[:n] for path, n in zip(paths.tolist(), lengths)]
