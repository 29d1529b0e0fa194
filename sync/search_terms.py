"""What the catalogue index stores for a record, and what a query asks of it.

One query box serves Chinese, pinyin, Traditional characters, English and
numbers. FTS5's own tokenizers cannot find a single Chinese character, so
each record is indexed as space-separated terms this module makes:

- Chinese runs, converted to Simplified (OpenCC t2s), as single characters
  and as bigrams: 活 finds 活着, 三体 matches the bigram, 平凡的 matches both
  bigrams and is then checked as a substring by the caller;
- the pinyin of each Chinese run, whole (santi), by syllable (san ti) and by
  initials (st), so a reader can type either;
- Latin words as FTS5's unicode61 tokenizer splits them (diacritics folded),
  queried as prefixes: "little prin" finds The Little Prince.

A run's bigrams are consecutive terms, so a query of three or more characters
is an FTS5 phrase of its bigrams: it matches the run itself, not records that
merely hold its bigrams apart.
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc
from pypinyin import lazy_pinyin

_T2S = opencc.OpenCC("t2s")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ISBN_CHARS = re.compile(r"[\s\-]")


def simplify(text: str) -> str:
    """Simplified-Chinese, lower-case form used on both sides of the index."""
    return _T2S.convert(text).lower()


def simplify_many(texts: list[str]) -> list[str]:
    """simplify() of many texts in one OpenCC call: for short titles the cost
    of a call dwarfs the conversion (6× faster on a pull page)."""
    if not texts:
        return []
    joined = "\n".join(text.replace("\n", " ") for text in texts)
    return _T2S.convert(joined).lower().split("\n")


@lru_cache(maxsize=200_000)
def _pinyin(run: str) -> tuple[str, ...]:
    # lazy_pinyin is phrase-aware but slow (~15 µs a character); titles
    # repeat runs, so the cache pays off on large imports.
    return tuple(lazy_pinyin(run))


def _cjk_terms(run: str) -> list[str]:
    terms = list(run)
    terms += [run[i:i + 2] for i in range(len(run) - 1)]
    syllables = _pinyin(run)
    terms += syllables
    terms.append("".join(syllables))
    terms.append("".join(s[0] for s in syllables if s))
    return terms


def index_terms(text: str) -> str:
    """The term string stored in the FTS5 column for one field."""
    return simplified_terms(simplify(text))


def simplified_terms(text: str) -> str:
    """index_terms() of a text already simplify()-ed."""
    terms: list[str] = []
    for run in _CJK_RUN.findall(text):
        terms += _cjk_terms(run)
    terms += _WORD.findall(_CJK_RUN.sub(" ", text))
    return " ".join(terms)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression for a typed query: every Chinese run and every
    word must match (a run of three or more characters as a phrase of its
    bigrams, words as prefixes); empty when the query holds neither."""
    text = simplify(query)
    parts: list[str] = []
    for run in _CJK_RUN.findall(text):
        if len(run) == 1:
            parts.append(_quote(run))
        else:
            parts.append(_quote(" ".join(run[i:i + 2] for i in range(len(run) - 1))))
    parts += [_quote(word) + "*" for word in _WORD.findall(_CJK_RUN.sub(" ", text))]
    return " AND ".join(parts)


def isbn13(raw: str) -> str | None:
    """Normalise an ISBN-10 or ISBN-13 (hyphens and spaces allowed) to ISBN-13
    digits, or None when it is not a valid ISBN."""
    digits = _ISBN_CHARS.sub("", raw).upper()
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        if total % 11:
            return None
        core = "978" + digits[:9]
        return core + _isbn13_check(core)
    if re.fullmatch(r"97[89]\d{10}", digits):
        return digits if _isbn13_check(digits[:12]) == digits[12] else None
    return None


def _isbn13_check(first12: str) -> str:
    total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(first12))
    return str((10 - total % 10) % 10)
