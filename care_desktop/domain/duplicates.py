"""Likely duplicates among persons: the same person registered twice, under other spellings.

A person may be registered by the Paris office in Latin letters and by a field mission in
Cyrillic, Arabic, Ge'ez or another script, with names in another order, hyphenated or joined,
with a typo, or with an estimated date of birth. This module scores how likely two registrations
are the same person so that the application can link them for a person to review. It never
decides on its own: nothing here merges records.

Three steps:

* `prepare` normalises a `PersonKey` once (transliteration, tokens, phonetic keys), so that
  comparing one new person with many candidates does not redo that work;
* `similarity` scores two persons and says why, in short machine codes (`Match.reasons`);
* `blocking_keys` gives a few short strings per person for the database to index: likely
  duplicates share at least one, so candidates are found without comparing every pair.

Names dominate the score; the date of birth confirms or contradicts them; nationality only
nudges it. A very common name alone, with different exact dates of birth, is never "likely".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise

# anyascii (ISC licence) transliterates every script by a per-character table. unidecode would do
# the same but is GPL, which the project cannot ship.
from anyascii import anyascii

# --- Public constants --------------------------------------------------------------------------

LIKELY_THRESHOLD = 0.72
"""A `Match` whose score reaches this is `likely`: see `similarity` for how scores are built."""

MAX_BLOCKING_KEYS = 12

# Reasons (`Match.reasons`), in the order they appear: names, then date of birth, then nationality.
SAME_NAME_TOKENS = "same-name-tokens"  # every name token of each side matched exactly
PHONETIC_NAME = "phonetic-name"  # some token matched by sound only (transliteration variants)
NAME_TYPO = "name-typo"  # some token matched with a small edit distance (one letter or so)
NAME_JOINED = "name-joined"  # words joined on one side only ("Jean Pierre"/"Jeanpierre")
NAME_EXTRA_TOKENS = "name-extra-tokens"  # one side has tokens the other lacks (middle name, alias)
NAME_PARTIAL = "name-partial"  # some tokens of the shorter name found no match
NAME_DIFFERENT = "name-different"  # no token matched at all
SINGLE_NAME = "single-name"  # one side has a single name token: weaker evidence
NAME_MISSING = "name-missing"  # one side has no usable name
DOB_EXACT = "dob-exact"
DOB_SWAPPED = "dob-day-month-swapped"
DOB_WITHIN_TOLERANCE = "dob-within-tolerance"
DOB_OUTSIDE_TOLERANCE = "dob-outside-tolerance"
DOB_DIFFERENT = "dob-different"
DOB_MISSING = "dob-missing"
NATIONALITY_SAME = "nationality-same"
NATIONALITY_DIFFERENT = "nationality-different"

# --- Score weights -----------------------------------------------------------------------------
# score = NAME_WEIGHT × name score (0..1) + date-of-birth term + nationality term, clamped to 0..1.
# With the threshold at 0.72 this gives, for example:
#   same full name, no date of birth, same nationality  0.70 + 0.05         = 0.75  likely
#   same full name, no date of birth, no nationality    0.70                = 0.70  not likely
#   same full name, different exact dates of birth      0.70 - 0.35 + 0.05  = 0.40  not likely
#   same family name only (twins), same date of birth   0.35 + 0.30 + 0.05  = 0.70  not likely
#   names alike by sound only (0.85), exact birth date  0.595 + 0.30        = 0.895 likely
#   no name in common, everything else equal            0.30 + 0.05         = 0.35  not likely
# so a likely match always needs a name score of at least (0.72 - 0.35) / 0.70 ≈ 0.53.
NAME_WEIGHT = 0.70
_DOB_EXACT = 0.30
_DOB_SWAPPED = 0.22
_DOB_ESTIMATED_BY_YEAR_GAP = (0.20, 0.15, 0.10)  # gap of 0, 1 or 2 years
_DOB_TOLERANCE_YEARS = len(_DOB_ESTIMATED_BY_YEAR_GAP) - 1
_DOB_OUTSIDE_TOLERANCE = -0.25
_DOB_DIFFERENT = -0.35
_NATIONALITY_SAME = 0.05
_NATIONALITY_DIFFERENT = -0.05

# Token similarities. A pair of tokens either matches (0.75..1) or counts as nothing: a partial
# credit for "Adaeze" against "Chioma" would let a shared family name plus a date of birth make
# siblings "likely".
_PHONETIC_SIMILARITY = 0.85
# At most one edit per four letters ("Okonkwo"/"Okonkow"); names of three letters or fewer need
# an exact or phonetic match.
_TYPO_MAX_RATIO = 0.25
_EXTRA_TOKEN_PENALTY = 0.05  # a middle name or alias on one side only
_EXTRA_TOKEN_PENALTY_MAX = 0.15
# One name token ("Fatima") says little: it needs an exact date of birth, or an exact name and an
# estimated date of the same year, to be likely. A single token with a typo and an estimated
# date is not (it would also escape the blocking keys).
_SINGLE_NAME_FACTOR = 0.70


# --- Data --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonKey:
    """What duplicate detection looks at: names as typed, date of birth, nationality."""

    names: tuple[str, ...]  # given name, family name, aliases: any script, any order
    date_of_birth: date | None
    dob_estimated: bool
    nationality: str | None  # ISO 3166-1 alpha-3

    def __post_init__(self) -> None:
        # A bare string would be iterated letter by letter and silently match nothing.
        names: object = self.names
        if isinstance(names, str):
            raise TypeError("PersonKey.names is a tuple of names, not a string")


@dataclass(frozen=True, slots=True)
class Match:
    score: float  # 0..1
    likely: bool  # score >= LIKELY_THRESHOLD
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Prepared:
    """A `PersonKey` normalised once, for comparing with many others."""

    fields: tuple[tuple[str, ...], ...]  # tokens of each name as typed
    tokens: tuple[str, ...]  # distinct tokens of all names, in order of first appearance
    phonetic: tuple[str, ...]  # phonetic key of each token
    # Other spellings of one or two tokens, matched against single tokens of the other side:
    # two adjacent words of one name joined ("xiao", "ming" -> "xiaoming"; "abdel", "rahman" ->
    # "abdelrahman"), including a particle glued to its word ("ben", "ali" -> "benali").
    # Each is (bit mask of the tokens it stands for, spelling, phonetic key).
    variants: tuple[tuple[int, str, str], ...]
    date_of_birth: date | None
    dob_estimated: bool
    nationality: str | None


# --- Name normalisation ------------------------------------------------------------------------

# Connecting words that one registration writes and another leaves out or glues on: Arabic
# (bin/ben/ibn/bint "son/daughter of", al/el/ul the article, ould/ag in the Sahel), Romance and
# Germanic particles, Spanish/Portuguese "y"/"e" between surnames. Vietnamese "Văn"/"Thị" are
# middle names that mark the sex and are often left out; "van" is also the Dutch particle.
# "bn", "abn", "bnt" and "wld" are how the Arabic-script words come out of the transliteration.
# Left out on purpose: "le", "la", "do", "du" are also Vietnamese and Chinese family names (Lê,
# Đỗ, 杜), and Chinese syllables such as "da" or "de" are never particles (see `_analyse`).
_PARTICLES = frozenset(
    {
        "al", "el", "ul", "bin", "ben", "ibn", "bint", "binti", "bent", "ould", "ag",
        "bn", "abn", "bnt", "wld",
        "de", "da", "das", "dos", "del", "della", "der", "van", "von", "y", "e",
        "thi",
    }
)  # fmt: skip

# "Abdul", "Abdel", "Abdoul", "Abdur" ... are "Abd" + a form of the article: reduce them to "abd"
# so that "Abdul Rahman", "Abdel Rahman" and "Abd al-Rahman" agree (the article alone is dropped).
_ABD_ARTICLE = re.compile(r"abd[aeiou]{1,2}[lrsnzdt]?")

# The Arabic article ال written on the front of a word, as in الحسن: Latin spellings mostly give
# it as a separate "al-"/"el-" (dropped above) or leave it out.
_ARABIC_ARTICLE = re.compile(r"(?<![\u0600-\u06ff])\u0627\u0644(?=[\u0600-\u06ff]{2})")

# Alif carries the vowel at the start of a word (أحمد "Ahmed", امينة "Amina") but anyascii gives
# plain alif as nothing; ain (ع) is written as a vowel or left out in Latin spellings ("Aisha",
# "Ali", "Saad"). Both become "a" so that the word keeps its first vowel.
_ARABIC_VOWEL_CARRIERS = str.maketrans(dict.fromkeys("\u0627\u0623\u0625\u0622\u0671\u0639", "a"))

_WORD = re.compile(r"['`a-z]+")
_VOWELS = frozenset("aeiouy")


def _strip_diacritics(text: str) -> str:
    """NFKD, then drop accents on Latin, Greek and Cyrillic letters only.

    In Devanagari, Bengali, Thai... the combining marks are vowel signs and viramas, which the
    transliteration needs ("प्रिया" is "priya", not "paraya"): those are kept and recomposed.
    """
    out: list[str] = []
    base = 0
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            if base < 0x0530 or 0x1E00 <= base < 0x2000:
                continue
        else:
            base = ord(ch)
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _transliterate(text: str) -> tuple[str, bool]:
    """ASCII spelling of `text`, and whether it had Chinese or Korean syllables."""
    if text.isascii():
        return text, False
    text = _ARABIC_ARTICLE.sub("", text).translate(_ARABIC_VOWEL_CARRIERS)
    out: list[str] = []
    syllabic = False
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        latin = anyascii(ch)
        # Chinese and Korean characters come out as capitalised syllables run together
        # ("WangXiaoMing"): keep each syllable a token; joined spellings put "Xiaoming" back.
        if len(latin) > 1 and latin[0].isupper() and unicodedata.category(ch) == "Lo":
            out.append(f" {latin} ")
            syllabic = True
        else:
            out.append(latin)
    return "".join(out), syllabic


def _clean_word(word: str) -> str:
    # An apostrophe or backtick opening a transliterated word stands for a glottal stop or ain
    # (Hebrew א, Arabic ء/ع, Ge'ez አ): a vowel in Latin spellings. Inside a word it marks a soft
    # sign ("Ol'ga") or an ejective ("ts'egay"), which Latin spellings leave out.
    if word[:1] in ("'", "`"):
        rest = word.lstrip("'`")
        word = rest if rest[:1] in _VOWELS else "a" + rest
    return word.replace("'", "").replace("`", "")


@lru_cache(maxsize=16384)
def _analyse(text: str) -> tuple[tuple[str, str | None], ...]:
    """Each word of one name as (word in ASCII lower case, its token or None for a particle)."""
    latin, syllabic = _transliterate(_strip_diacritics(text).casefold())
    words = [w for w in (_clean_word(w) for w in _WORD.findall(latin.lower())) if w]
    tokens = ["abd" if _ABD_ARTICLE.fullmatch(w) else w for w in words]
    if syllabic or all(t in _PARTICLES for t in tokens):
        # Chinese syllables ("da", "de") are never particles, and a name made only of
        # particles keeps them rather than vanish.
        return tuple(zip(words, tokens, strict=True))
    return tuple((w, None if t in _PARTICLES else t) for w, t in zip(words, tokens, strict=True))


def normalise_name(text: str) -> tuple[str, ...]:
    """The tokens of one name as typed: ASCII, lower case, particles left out.

    "OKONKWO Adaeze" -> ("okonkwo", "adaeze"); "Ольга" -> ("olga",); "Nguyễn Thị Hương" ->
    ("nguyen", "huong"); "Abd al-Rahman" -> ("abd", "rahman").
    """
    return tuple(t for _, t in _analyse(text) if t is not None)


# --- Phonetic key ------------------------------------------------------------------------------
# Why not Soundex or Double Metaphone: both are tuned for English spellings of European names.
# Soundex keeps the first letter as is (Aisha/Ïsha, Ivanova/Evanova differ) and truncates to four
# characters; Metaphone's English rules (silent letters, "gh") misfire on transliterations.
#
# This key is a consonant skeleton: it is what survives between spellings of one name across
# scripts. Abjads (Arabic, Hebrew) write no short vowels and no doubled letters, and
# transliterations disagree mostly on vowels (Mohammed/Muhammad/Mehmet, Ivanova/Iwanowa...).
#   1. digraphs become one sound: sh/ch/sch/tch -> S (French "Aicha" is English "Aisha"),
#      kh -> H (Russian "Khabib" is Arabic "Habib"), ph/v/f -> F, th/dh/d/t -> T (Mehmet/Mohamed),
#      dj/j/zh/dzh -> J (Djamila/Jamila/Zhanna-Jeanne), ts/tz -> S (Ge'ez "Tsegay"/"Segay"),
#      c/k/q/g/gh/ck -> K, x -> KS, s/z -> S; "c" before e/i/y is S;
#   2. a, e, i, o, u, y, w are vowels (y and w are vowels or glides: Yusuf/Iusuf, ou/w/u);
#   3. letters doubled in the spelling collapse (Arabic shadda is written once: محمد "mhmd");
#   4. a trailing "h" goes (Fatimah/Fatima, Arabic ta marbuta: فاطمة "ftmh");
#   5. vowels go, except that a name starting with a vowel keeps one "A" (Aisha, Olga, Ivanova
#      start with A): "Ivanova" -> AFNF, "Mohammed" -> MHMT, "Tesfaye" -> TSF.
# It over-merges on purpose (Mahmoud and Mohamed both give MHMT, Ana and Ina both AN): a
# phonetic match only ever counts as 0.85 of a name token and the date of birth still decides.

_DIGRAPHS = {
    "dzh": "J",
    "tch": "S",
    "sch": "S",
    "sh": "S",
    "ch": "S",
    "zh": "J",
    "dj": "J",
    "kh": "H",
    "gh": "K",
    "ph": "F",
    "th": "T",
    "dh": "T",
    "ts": "S",
    "tz": "S",
    "ck": "K",
}
_LETTERS = {
    "b": "B",
    "c": "K",
    "d": "T",
    "f": "F",
    "g": "K",
    "h": "H",
    "j": "J",
    "k": "K",
    "l": "L",
    "m": "M",
    "n": "N",
    "p": "P",
    "q": "K",
    "r": "R",
    "s": "S",
    "t": "T",
    "v": "F",
    "x": "KS",
    "z": "S",
}
_VOWEL_MARK = "."


@lru_cache(maxsize=16384)
def phonetic_key(token: str) -> str:
    """The phonetic key of one normalised token (ASCII lower-case letters); "" if none."""
    codes: list[str] = []
    i, n = 0, len(token)
    while i < n:
        for size in (3, 2):
            code = _DIGRAPHS.get(token[i : i + size]) if i + size <= n else None
            if code is not None:
                i += size
                break
        else:
            ch = token[i]
            i += 1
            if ch in "aeiouyw":
                code = _VOWEL_MARK
            elif ch == "c" and i < n and token[i] in "eiy":
                code = "S"
            else:
                code = _LETTERS.get(ch, "")
        for c in code:
            if not codes or codes[-1] != c:
                codes.append(c)
    skeleton = "".join(codes).rstrip(_VOWEL_MARK).rstrip("H").rstrip(_VOWEL_MARK)
    if not skeleton:
        return "A" if token else ""
    head = "A" if skeleton[0] == _VOWEL_MARK else skeleton[0]
    return head + skeleton[1:].replace(_VOWEL_MARK, "")


# --- Preparation -------------------------------------------------------------------------------


def prepare(key: PersonKey) -> Prepared:
    """Normalise a person once; `similarity` and `blocking_keys` accept the result."""
    analysed = [a for a in (_analyse(name) for name in key.names) if any(t for _, t in a)]
    fields = tuple(tuple(t for _, t in a if t is not None) for a in analysed)
    index: dict[str, int] = {}
    for field in fields:
        for token in field:
            index.setdefault(token, len(index))
    tokens = tuple(index)
    spellings = set(tokens)
    variants: dict[tuple[int, str], tuple[int, str, str]] = {}

    def add(parts: tuple[str | None, ...], joined: str) -> None:
        mask = 0
        for token in parts:
            if token is not None:
                mask |= 1 << index[token]
        if mask and joined not in spellings and (mask, joined) not in variants:
            variants[mask, joined] = (mask, joined, phonetic_key(joined))

    for words, field in zip(analysed, fields, strict=True):
        # As written ("abdel" + "rahman", "ben" + "ali"), then as normalised ("abd" + "rahman").
        for (left, left_token), (right, right_token) in pairwise(words):
            if left_token is None or left_token != right_token:
                add((left_token, right_token), left + right)
        for left_token, right_token in pairwise(field):
            if left_token != right_token:
                add((left_token, right_token), left_token + right_token)
    nationality = (key.nationality or "").strip().upper() or None
    return Prepared(
        fields=fields,
        tokens=tokens,
        phonetic=tuple(phonetic_key(t) for t in tokens),
        variants=tuple(variants.values()),
        date_of_birth=key.date_of_birth,
        dob_estimated=key.dob_estimated,
        nationality=nationality,
    )


def _prepared(key: PersonKey | Prepared) -> Prepared:
    return key if isinstance(key, Prepared) else prepare(key)


# --- Token comparison --------------------------------------------------------------------------

# How two tokens matched; _VARIANT is or-ed in when one side was a joined spelling.
_EXACT, _PHONETIC, _TYPO, _VARIANT = 0, 1, 2, 4


def _bounded_osa(a: str, b: str, bound: int) -> int:
    """Optimal string alignment distance (a transposition is one edit), or bound + 1 if more.

    Stops as soon as a whole row exceeds the bound: most token pairs are clearly different and
    cost only a row or two.
    """
    la, lb = len(a), len(b)
    if abs(la - lb) > bound:
        return bound + 1
    before: list[int] = []
    previous = list(range(lb + 1))
    for i in range(1, la + 1):
        ca = a[i - 1]
        current = [i] + [0] * lb
        for j in range(1, lb + 1):
            cb = b[j - 1]
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, before[j - 2] + 1)
            current[j] = value
        if min(current) > bound:
            return bound + 1
        before, previous = previous, current
    return min(previous[lb], bound + 1)


@lru_cache(maxsize=65536)
def _token_match(a: str, key_a: str, b: str, key_b: str) -> tuple[float, int]:
    """(similarity, how) of two tokens; similarity 0 when they do not match."""
    if a == b:
        return 1.0, _EXACT
    longest = max(len(a), len(b))
    # Keys of one letter ("A" for "Aya") say too little to count on their own.
    sounds_alike = key_a == key_b and len(key_a) >= 2
    if sounds_alike:
        # Only an edit distance better than the phonetic credit is worth computing.
        bound = int(longest * (1.0 - _PHONETIC_SIMILARITY))
    else:
        bound = int(longest * _TYPO_MAX_RATIO)
    typo = 0.0
    if bound > 0:
        distance = _bounded_osa(a, b, bound)
        if distance <= bound:
            typo = 1.0 - distance / longest
    if sounds_alike and typo <= _PHONETIC_SIMILARITY:
        return _PHONETIC_SIMILARITY, _PHONETIC
    return (typo, _TYPO) if typo > 0.0 else (0.0, _TYPO)


def _candidates(a: Prepared, b: Prepared) -> list[tuple[float, int, int, int]]:
    """(similarity, how, token mask on a, token mask on b) for every matching pair."""
    found: list[tuple[float, int, int, int]] = []
    for i, (ta, ka) in enumerate(zip(a.tokens, a.phonetic, strict=True)):
        for j, (tb, kb) in enumerate(zip(b.tokens, b.phonetic, strict=True)):
            sim, how = _token_match(ta, ka, tb, kb)
            if sim > 0.0:
                found.append((sim, how, 1 << i, 1 << j))
    for mask, spelling, key in a.variants:
        for j, (tb, kb) in enumerate(zip(b.tokens, b.phonetic, strict=True)):
            sim, how = _token_match(spelling, key, tb, kb)
            if sim > 0.0:
                found.append((sim, how | _VARIANT, mask, 1 << j))
    for mask, spelling, key in b.variants:
        for i, (ta, ka) in enumerate(zip(a.tokens, a.phonetic, strict=True)):
            sim, how = _token_match(ta, ka, spelling, key)
            if sim > 0.0:
                found.append((sim, how | _VARIANT, 1 << i, mask))
    return found


def _name_score(a: Prepared, b: Prepared) -> tuple[float, list[str]]:
    if not a.tokens or not b.tokens:
        return 0.0, [NAME_MISSING]
    # Greedy one-to-one assignment, best pairs first; at equal similarity a joined pair (more
    # tokens covered) wins. With a handful of tokens per person greedy is as good as optimal.
    found = _candidates(a, b)
    found.sort(key=lambda c: (-c[0], -(c[2].bit_count() + c[3].bit_count()), c[2], c[3]))
    used_a = used_b = 0
    total = 0.0
    hows: set[int] = set()
    joined_a = joined_b = pairs = 0
    variant = False
    for sim, how, mask_a, mask_b in found:
        if used_a & mask_a or used_b & mask_b:
            continue
        used_a |= mask_a
        used_b |= mask_b
        total += sim
        hows.add(how & ~_VARIANT)
        variant = variant or bool(how & _VARIANT)
        pairs += 1
        joined_a += mask_a.bit_count() - 1
        joined_b += mask_b.bit_count() - 1
    # Units: tokens, a joined pair counting as one.
    units_a, units_b = len(a.tokens) - joined_a, len(b.tokens) - joined_b
    shorter, extra = min(units_a, units_b), abs(units_a - units_b)
    score = total / shorter
    score *= 1.0 - min(_EXTRA_TOKEN_PENALTY_MAX, _EXTRA_TOKEN_PENALTY * extra)
    if shorter == 1:
        score *= _SINGLE_NAME_FACTOR
    reasons: list[str] = []
    if pairs == 0:
        return 0.0, [NAME_DIFFERENT]
    if hows == {_EXACT} and pairs == shorter and extra == 0:
        reasons.append(SAME_NAME_TOKENS)
    if _PHONETIC in hows:
        reasons.append(PHONETIC_NAME)
    if _TYPO in hows:
        reasons.append(NAME_TYPO)
    if variant:
        reasons.append(NAME_JOINED)
    if extra:
        reasons.append(NAME_EXTRA_TOKENS)
    if pairs < shorter:
        reasons.append(NAME_PARTIAL)
    if shorter == 1:
        reasons.append(SINGLE_NAME)
    return score, reasons


# --- Dates of birth and nationality ------------------------------------------------------------


def _dob_term(a: Prepared, b: Prepared) -> tuple[float, str]:
    da, db = a.date_of_birth, b.date_of_birth
    if da is None or db is None:
        return 0.0, DOB_MISSING
    if a.dob_estimated or b.dob_estimated:
        # An estimated date is usually a year guessed from the person's apparent age and stored
        # as 1 January: only the years are compared.
        gap = abs(da.year - db.year)
        if gap <= _DOB_TOLERANCE_YEARS:
            return _DOB_ESTIMATED_BY_YEAR_GAP[gap], DOB_WITHIN_TOLERANCE
        return _DOB_OUTSIDE_TOLERANCE, DOB_OUTSIDE_TOLERANCE
    if da == db:
        return _DOB_EXACT, DOB_EXACT
    # 03/04 read as 4 March in Paris and as 3 April on a form filled in elsewhere.
    if da.year == db.year and da.month == db.day and da.day == db.month:
        return _DOB_SWAPPED, DOB_SWAPPED
    return _DOB_DIFFERENT, DOB_DIFFERENT


def _nationality_term(a: Prepared, b: Prepared) -> tuple[float, str | None]:
    if a.nationality is None or b.nationality is None:
        return 0.0, None
    if a.nationality == b.nationality:
        return _NATIONALITY_SAME, NATIONALITY_SAME
    return _NATIONALITY_DIFFERENT, NATIONALITY_DIFFERENT


# --- Public comparison -------------------------------------------------------------------------


def _order(p: Prepared) -> tuple[tuple[tuple[str, ...], ...], int, bool, str]:
    dob = p.date_of_birth.toordinal() if p.date_of_birth is not None else -1
    return (p.fields, dob, p.dob_estimated, p.nationality or "")


def similarity(a: PersonKey | Prepared, b: PersonKey | Prepared) -> Match:
    """How likely `a` and `b` are the same person, and why.

    score = NAME_WEIGHT × name score + date-of-birth term + nationality term, clamped to 0..1.
    The name score is the mean similarity of the best one-to-one token matches (exact 1.0,
    one-letter typo about 0.85-0.9, same phonetic key 0.85, anything else 0) over the shorter
    name, less 0.05 per extra token on the longer one (at most 0.15), times 0.70 when either
    side has a single token. Dates: exact +0.30, day and month swapped +0.22, either estimated:
    +0.20/+0.15/+0.10 for 0/1/2 years apart and -0.25 beyond, different exact dates -0.35.
    Nationality: +0.05 same, -0.05 different. Symmetric: similarity(a, b) == similarity(b, a).
    """
    pa, pb = _prepared(a), _prepared(b)
    # The greedy token assignment breaks ties by position: always run it the same way round.
    if _order(pb) < _order(pa):
        pa, pb = pb, pa
    name, reasons = _name_score(pa, pb)
    dob, dob_reason = _dob_term(pa, pb)
    nationality, nationality_reason = _nationality_term(pa, pb)
    reasons.append(dob_reason)
    if nationality_reason is not None:
        reasons.append(nationality_reason)
    score = round(min(1.0, max(0.0, NAME_WEIGHT * name + dob + nationality)), 4)
    return Match(score=score, likely=score >= LIKELY_THRESHOLD, reasons=tuple(reasons))


def blocking_keys(key: PersonKey | Prepared) -> frozenset[str]:
    """Short strings to index persons by: likely duplicates share at least one.

    * "d:" + an exact date of birth with day and month in ascending order, so that swapped
      dates meet too; it catches names with typos in every token. Estimated dates get no such
      key: most are 1 January and the bucket would hold a whole year of births;
    * "n:" + the phonetic key of each name token, and of each joined spelling of two adjacent
      words (so "Abdel Rahman" meets "Abdelrahman", "Ben Ali" meets "Benali" and 王小明 meets
      "Wang Xiaoming");
    * "p:" and "s:" + the first two and the last two codes of each phonetic key of three codes
      or more: a consonant typo changes the key but rarely both its ends, so names with a typo
      in every token still meet when the date of birth is estimated or missing.

    A likely match needs matching name tokens, so it nearly always shares a key. It can miss
    when every matching token has a consonant typo near both ends of its key (or in a key of
    one or two codes) and no exact date is shared. The "p:" and "s:" buckets are the largest;
    scoring a candidate costs some microseconds, so fetching them all stays affordable.

    At most MAX_BLOCKING_KEYS keys, in this order of priority: date, tokens, joined spellings,
    then ends of keys.
    """
    p = _prepared(key)
    keys: dict[str, None] = {}  # ordered set
    dob = p.date_of_birth
    if dob is not None and not p.dob_estimated:
        low, high = sorted((dob.month, dob.day))
        keys[f"d:{dob.year:04d}-{low:02d}-{high:02d}"] = None
    for code in (*p.phonetic, *(variant[2] for variant in p.variants)):
        if code:
            keys[f"n:{code}"] = None
    for code in p.phonetic:
        if len(code) >= 3:
            keys[f"p:{code[:2]}"] = None
            keys[f"s:{code[-2:]}"] = None
    return frozenset(list(keys)[:MAX_BLOCKING_KEYS])
