"""Likely-duplicate detection of persons. All names are made up or generic first/family names."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from care_desktop.domain.duplicates import (
    DOB_DIFFERENT,
    DOB_EXACT,
    DOB_MISSING,
    DOB_OUTSIDE_TOLERANCE,
    DOB_SWAPPED,
    DOB_WITHIN_TOLERANCE,
    LIKELY_THRESHOLD,
    MAX_BLOCKING_KEYS,
    NAME_DIFFERENT,
    NAME_EXTRA_TOKENS,
    NAME_JOINED,
    NAME_MISSING,
    NAME_PARTIAL,
    NAME_TYPO,
    NATIONALITY_DIFFERENT,
    NATIONALITY_SAME,
    PHONETIC_NAME,
    SAME_NAME_TOKENS,
    SINGLE_NAME,
    PersonKey,
    blocking_keys,
    normalise_name,
    phonetic_key,
    prepare,
    similarity,
)

DOB = date(1994, 3, 12)


def person(
    *names: str, dob: date | None = DOB, estimated: bool = False, nationality: str | None = None
) -> PersonKey:
    return PersonKey(names, dob, estimated, nationality)


# --- Normalisation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "tokens"),
    [
        ("OKONKWO Adaeze", ("okonkwo", "adaeze")),
        ("  Adaeze   Okonkwo ", ("adaeze", "okonkwo")),
        ("Aïcha", ("aicha",)),
        ("Nguyễn Thị Hương", ("nguyen", "huong")),
        ("Ольга Иванова", ("olga", "ivanova")),
        ("Γιώργος Παπαδόπουλος", ("giorgos", "papadopoylos")),
        ("ተስፋዬ", ("tesfaye",)),
        ("ፀጋይ", ("tsegay",)),
        ("प्रिया", ("priya",)),
        ("王小明", ("wang", "xiao", "ming")),
        ("Jean-Pierre", ("jean", "pierre")),
        ("Youssef ben Ali", ("youssef", "ali")),
        ("Abdel Rahman", ("abd", "rahman")),
        ("Abd al-Rahman", ("abd", "rahman")),
        ("Abdoul-Rahmane", ("abd", "rahmane")),
        ("Maria dos Santos", ("maria", "santos")),
        ("Müller-Straße", ("muller", "strasse")),
        ("ÅSA Łukasz Øyvind", ("asa", "lukasz", "oyvind")),
        ("de", ("de",)),  # only particles: kept rather than lost
        ("", ()),
        ("123 -- !", ()),
    ],
)
def test_names_are_normalised_to_ascii_tokens(typed: str, tokens: tuple[str, ...]) -> None:
    assert normalise_name(typed) == tokens


def test_the_arabic_article_and_initial_alif_are_handled() -> None:
    assert normalise_name("الحسن") == ("hsn",)
    assert normalise_name("أحمد")[0].startswith("a")
    assert normalise_name("امينة")[0].startswith("a")


@pytest.mark.parametrize(
    "variants",
    [
        ("Mohammed", "Muhammad", "Mohamed", "Mehmet", "Mukhammed", "محمد", "Мухаммед"),
        ("Aisha", "Aïcha", "Aicha", "عائشة"),
        ("Youssef", "Yusuf", "يوسف", "Юсуф"),
        ("Olga", "Ольга"),
        ("Ivanova", "Иванова"),
        ("Nguyen", "Nguyễn"),
        ("Tesfaye", "ተስፋዬ"),
        ("Fatima", "Fatimah", "Fatma", "فاطمة"),
        ("Habib", "Khabib", "حبيب"),
        ("Georgios", "Giorgos", "Γιώργος"),
        ("Okonkwo", "Okonkow"),
        ("Philippe", "Filip", "Fillip"),
        ("Djamila", "Jamila"),
    ],
)
def test_transliteration_variants_share_a_phonetic_key(variants: tuple[str, ...]) -> None:
    keys = {tuple(phonetic_key(t) for t in normalise_name(v)) for v in variants}
    assert len(keys) == 1, keys


def test_phonetic_keys_still_tell_different_names_apart() -> None:
    names = ["Adaeze", "Chioma", "Okonkwo", "Diallo", "Mohammed", "Fatima", "Olga", "Tesfaye"]
    keys = [phonetic_key(normalise_name(n)[0]) for n in names]
    assert len(set(keys)) == len(keys)


# --- Likely duplicates ------------------------------------------------------------------------

# (a, b, reasons that must be among the match's reasons)
LIKELY_PAIRS: list[tuple[PersonKey, PersonKey, set[str]]] = [
    (
        person("Adaeze", "Okonkwo", nationality="NGA"),
        person("OKONKWO Adaeze", nationality="NGA"),
        {SAME_NAME_TOKENS, DOB_EXACT, NATIONALITY_SAME},
    ),
    (
        person("Olga", "Ivanova", nationality="UKR"),
        person("Ольга", "Иванова", nationality="UKR"),
        {SAME_NAME_TOKENS, DOB_EXACT},
    ),
    (
        person("Aisha", "Mahamat", nationality="TCD"),
        person("محمد", "عائشة", dob=date(1994, 12, 3), nationality="TCD"),
        {PHONETIC_NAME, DOB_SWAPPED},
    ),
    (
        person("Mohammed", "Abdel Rahman", dob=date(1990, 1, 1), estimated=True),
        person("محمد", "عبد الرحمن", dob=date(1992, 6, 1)),
        {PHONETIC_NAME, DOB_WITHIN_TOLERANCE},
    ),
    (
        person("Georgios", "Papadopoulos"),
        person("Γιώργος Παπαδόπουλος"),
        {DOB_EXACT},
    ),
    (
        person("Tesfaye", "Kidane", dob=date(1988, 1, 1), estimated=True, nationality="ERI"),
        person("ተስፋዬ", "ኪዳነ", dob=date(1989, 7, 1), estimated=True, nationality="ERI"),
        {SAME_NAME_TOKENS, DOB_WITHIN_TOLERANCE, NATIONALITY_SAME},
    ),
    (
        person("Tsegay", "Berhane", nationality="ERI"),
        person("ፀጋይ", "ብርሃነ", nationality="ERI"),
        {DOB_EXACT},
    ),
    (
        person("Nguyen Thi Huong", nationality="VNM"),
        person("Nguyễn Thị Hương", nationality="VNM"),
        {SAME_NAME_TOKENS, DOB_EXACT},
    ),
    (
        person("Nguyen", "Huong", nationality="VNM"),
        person("Huong Thi Nguyen", nationality="VNM"),
        {SAME_NAME_TOKENS},
    ),
    (
        person("Wang Xiaoming", nationality="CHN"),
        person("王小明", nationality="CHN"),
        {NAME_JOINED, DOB_EXACT},
    ),
    (person("Jean-Pierre", "Mbemba"), person("Jeanpierre", "Mbemba"), {NAME_JOINED}),
    (person("Jean Pierre", "Mbemba"), person("Mbemba Jean-Pierre"), {SAME_NAME_TOKENS}),
    (person("Youssef", "Benali"), person("Yusuf", "Ben Ali"), {NAME_JOINED, PHONETIC_NAME}),
    (person("Abdelrahman", "Osman"), person("Abdel Rahman", "Osman"), {NAME_JOINED}),
    (person("Adaeze", "Okonkwo"), person("Adaeze", "Okonkow"), {NAME_TYPO}),
    (person("Adaeze", "Okonkwo"), person("Adaize", "Okonkwo"), {PHONETIC_NAME}),
    (person("Tesfaye", "Gebremariam"), person("Tesfaye", "Gebremarian"), {NAME_TYPO}),
    (
        person("Tesfaye", "Gebremariam", dob=date(1990, 1, 1), estimated=True),
        person("Tesfays", "Gebremarian", dob=date(1990, 1, 1), estimated=True),
        {NAME_TYPO, DOB_WITHIN_TOLERANCE},
    ),
    (person("Mariama", "Diallo"), person("Mariama", "Dialo"), {DOB_EXACT}),
    (
        person("Adaeze", "Okonkwo"),
        person("Adaeze", "Chioma", "Okonkwo"),
        {NAME_EXTRA_TOKENS, DOB_EXACT},
    ),
    (
        person("Fatima", "Diallo", nationality="GIN"),
        person("Fatima", "Diallo", dob=date(1994, 12, 3), nationality="GIN"),
        {DOB_SWAPPED},
    ),
    (
        person("Fatima", "Diallo", dob=date(1995, 1, 1), estimated=True),
        person("Fatima", "Diallo", dob=date(1993, 8, 30)),
        {DOB_WITHIN_TOLERANCE},
    ),
    (
        person("Fatima", "Diallo", dob=None, nationality="GIN"),
        person("Fatima", "Diallo", nationality="GIN"),
        {SAME_NAME_TOKENS, DOB_MISSING, NATIONALITY_SAME},
    ),
    (person("Fatima"), person("Fatima", "Diallo"), {SINGLE_NAME, NAME_EXTRA_TOKENS}),
]

NOT_LIKELY_PAIRS: list[tuple[PersonKey, PersonKey, set[str]]] = [
    # A very common name, two people: different exact dates of birth.
    (
        person("Mohamed", "Diallo", dob=date(1990, 1, 1), nationality="GIN"),
        person("Mohamed", "Diallo", dob=date(1985, 7, 23), nationality="GIN"),
        {SAME_NAME_TOKENS, DOB_DIFFERENT},
    ),
    (
        person("Mohammed", "Ali", dob=date(1992, 4, 5)),
        person("Muhammad", "Ali", dob=date(1992, 4, 6)),
        {DOB_DIFFERENT},
    ),
    (
        person("Fatima", "Diallo", dob=date(1985, 1, 1), estimated=True),
        person("Fatima", "Diallo", dob=date(1994, 3, 12)),
        {DOB_OUTSIDE_TOLERANCE},
    ),
    # Twins or siblings: family name only.
    (
        person("Adaeze", "Okonkwo", nationality="NGA"),
        person("Chioma", "Okonkwo", nationality="NGA"),
        {NAME_PARTIAL, DOB_EXACT},
    ),
    (person("Adaeze", "Okonkwo"), person("Olga", "Ivanova"), {NAME_DIFFERENT, DOB_EXACT}),
    (person("Adaeze", "Okonkwo"), person("Adaobi", "Okonkwo"), {NAME_PARTIAL}),
    # Same name, nothing else to go on.
    (person("Fatima", "Diallo", dob=None), person("Fatima", "Diallo", dob=None), {DOB_MISSING}),
    (
        person("Fatima", "Diallo", dob=None, nationality="GIN"),
        person("Fatima", "Diallo", dob=None, nationality="MLI"),
        {NATIONALITY_DIFFERENT},
    ),
    (person("Fatima", dob=None), person("Fatima", dob=None), {SINGLE_NAME}),
    (person(), person("Fatima"), {NAME_MISSING}),
]


@pytest.mark.parametrize(("a", "b", "reasons"), LIKELY_PAIRS)
def test_likely_duplicates_are_flagged(a: PersonKey, b: PersonKey, reasons: set[str]) -> None:
    match = similarity(a, b)
    assert match.likely, match
    assert reasons <= set(match.reasons), match


@pytest.mark.parametrize(("a", "b", "reasons"), NOT_LIKELY_PAIRS)
def test_different_people_are_not_flagged(a: PersonKey, b: PersonKey, reasons: set[str]) -> None:
    match = similarity(a, b)
    assert not match.likely, match
    assert reasons <= set(match.reasons), match


def test_likely_follows_the_threshold() -> None:
    for a, b, _ in LIKELY_PAIRS + NOT_LIKELY_PAIRS:
        match = similarity(a, b)
        assert 0.0 <= match.score <= 1.0
        assert match.likely == (match.score >= LIKELY_THRESHOLD)


def test_a_person_matches_itself_fully() -> None:
    a = person("Adaeze", "Okonkwo", nationality="NGA")
    assert similarity(a, a).score == 1.0


def test_dates_of_birth_rank_as_documented() -> None:
    a = person("Mariama", "Diallo")
    scores = [
        similarity(a, person("Mariama", "Diallo", dob=dob, estimated=estimated)).score
        for dob, estimated in [
            (DOB, False),  # exact
            (date(1994, 12, 3), False),  # day and month swapped
            (date(1994, 1, 1), True),  # estimated, same year
            (date(1996, 1, 1), True),  # estimated, two years off
            (None, False),  # unknown
            (date(1999, 1, 1), True),  # estimated, five years off
            (date(1994, 3, 13), False),  # another exact date
        ]
    ]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == len(scores)


def test_names_weigh_more_than_dates() -> None:
    same_name_no_dob = similarity(
        person("Mariama", "Diallo", dob=None), person("Mariama", "Diallo")
    )
    same_dob_other_name = similarity(person("Mariama", "Diallo"), person("Aminata", "Sow"))
    assert same_name_no_dob.score > same_dob_other_name.score


def test_prepared_and_plain_keys_give_the_same_match() -> None:
    a, b, _ = LIKELY_PAIRS[2]
    assert similarity(prepare(a), prepare(b)) == similarity(a, b) == similarity(a, prepare(b))
    assert blocking_keys(prepare(a)) == blocking_keys(a)


def test_names_must_be_a_tuple() -> None:
    with pytest.raises(TypeError):
        PersonKey("Adaeze Okonkwo", DOB, False, None)  # type: ignore[arg-type]


# --- Blocking keys ----------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "reasons"), LIKELY_PAIRS)
def test_likely_pairs_share_a_blocking_key(a: PersonKey, b: PersonKey, reasons: set[str]) -> None:
    assert similarity(a, b).likely
    assert blocking_keys(a) & blocking_keys(b)


def test_blocking_keys_are_few_and_short() -> None:
    many = person("Ahmed Mohamed Ali", "Hassan Osman", "Abdel Rahman Ibrahim", "Musa Idris Yusuf")
    keys = blocking_keys(many)
    assert 0 < len(keys) <= MAX_BLOCKING_KEYS
    assert all(len(k) <= 20 for k in keys)
    assert any(k.startswith("d:") for k in keys)


def test_typos_in_every_token_still_meet_through_the_ends_of_the_keys() -> None:
    a = person("Tesfaye", "Gebremariam", dob=None)
    b = person("Tesfays", "Gebremarian", dob=None)
    shared = blocking_keys(a) & blocking_keys(b)
    assert shared
    assert not any(k.startswith(("n:", "d:")) for k in shared)


def test_the_date_key_ignores_day_month_order_and_estimated_dates() -> None:
    assert "d:1994-03-12" in blocking_keys(person("X", dob=date(1994, 12, 3)))
    assert not any(k.startswith("d:") for k in blocking_keys(person("X", estimated=True)))
    assert blocking_keys(person(dob=None)) == frozenset()


# --- Properties -------------------------------------------------------------------------------

# The same synthetic names in several scripts, as a field mission or the Paris office may type them.
SPELLINGS: list[tuple[str, ...]] = [
    ("Adaeze", "ADAEZE"),
    ("Okonkwo", "Okonkow"),
    ("Olga", "Ольга"),
    ("Ivanova", "Иванова"),
    ("Mohammed", "Muhammad", "Mohamed", "محمد", "Мухаммед"),
    ("Aisha", "Aïcha", "عائشة"),
    ("Youssef", "Yusuf", "يوسف"),
    ("Fatima", "Fatimah", "فاطمة"),
    ("Tesfaye", "ተስፋዬ"),
    ("Kidane", "ኪዳነ"),
    ("Berhane", "ብርሃነ"),
    ("Georgios", "Γιώργος"),
    ("Papadopoulos", "Παπαδόπουλος"),
    ("Nguyen", "Nguyễn"),
    ("Huong", "Hương"),
    ("Diallo", "Dialo"),
    ("Mariama", "Mariama"),
    ("Chioma", "Chioma"),
    ("Habib", "Khabib", "حبيب"),
    ("Priya", "प्रिया"),
]
NATIONALITIES = [None, "NGA", "ERI", "SDN", "VNM", "UKR"]


@st.composite
def people(draw: st.DrawFn) -> PersonKey:
    spelled = [draw(st.sampled_from(s)) for s in draw(st.lists(st.sampled_from(SPELLINGS)))]
    free = draw(st.lists(st.text(max_size=12), max_size=2))
    names = draw(st.permutations(spelled + free))
    dob = draw(st.none() | st.dates(date(1950, 1, 1), date(2010, 12, 31)))
    return PersonKey(tuple(names), dob, draw(st.booleans()), draw(st.sampled_from(NATIONALITIES)))


@given(people(), people())
@settings(max_examples=300, deadline=None)
def test_similarity_is_symmetric(a: PersonKey, b: PersonKey) -> None:
    assert similarity(a, b) == similarity(b, a)


def _typo(draw: st.DrawFn, word: str) -> str:
    """One letter replaced, inserted, deleted or two neighbours swapped."""
    at = draw(st.integers(0, len(word) - 1))
    letter = draw(st.sampled_from("abdeiklmnorstu"))
    edit = draw(st.sampled_from(["replace", "insert", "delete", "swap"]))
    if edit == "replace":
        return word[:at] + letter + word[at + 1 :]
    if edit == "insert":
        return word[:at] + letter + word[at:]
    if edit == "delete" and len(word) > 1:
        return word[:at] + word[at + 1 :]
    at = min(at, len(word) - 2)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


@st.composite
def registered_twice(draw: st.DrawFn) -> tuple[PersonKey, PersonKey]:
    """One person as registered by two offices: other scripts and order, a typo, other dates."""
    chosen = draw(st.lists(st.sampled_from(SPELLINGS), min_size=1, max_size=3, unique=True))
    first = [draw(st.sampled_from(s)) for s in chosen]
    second = draw(st.permutations([draw(st.sampled_from(s)) for s in chosen]))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(second) - 1))
        second[at] = _typo(draw, second[at])
    if len(second) > 1 and draw(st.booleans()):
        second = [draw(st.sampled_from([" ", "-"])).join(second)]
    dob = draw(st.none() | st.dates(date(1950, 1, 1), date(2010, 12, 31)))
    estimated = draw(st.booleans())
    other_dob = dob
    if dob is not None and draw(st.booleans()):
        other_dob = dob + timedelta(days=draw(st.integers(-800, 800)))
    if dob is not None and dob.day <= 12 and draw(st.booleans()):
        other_dob = date(dob.year, dob.day, dob.month)
    nationality = draw(st.sampled_from(NATIONALITIES))
    return (
        PersonKey(tuple(first), dob, estimated, nationality),
        PersonKey(tuple(second), other_dob, draw(st.booleans()), nationality),
    )


@given(registered_twice())
@settings(max_examples=500, deadline=None)
def test_every_likely_pair_shares_a_blocking_key(pair: tuple[PersonKey, PersonKey]) -> None:
    a, b = pair
    if similarity(a, b).likely:
        assert blocking_keys(a) & blocking_keys(b)


@given(registered_twice())
@settings(max_examples=200, deadline=None)
def test_registered_twice_with_the_same_exact_date_is_likely(
    pair: tuple[PersonKey, PersonKey],
) -> None:
    a, b = pair
    # With an exact date in common, two spellings of the same two or more names must be flagged
    # unless a typo hit a short name (3-4 letters have no room for one). A single name token
    # known only by sound ("Mohammed"/"Muhammad") is too weak on purpose.
    assume(len(a.names) >= 2)
    if a.date_of_birth is not None and a.date_of_birth == b.date_of_birth:
        exact = PersonKey(a.names, a.date_of_birth, False, a.nationality)
        same = PersonKey(b.names, b.date_of_birth, False, b.nationality)
        match = similarity(exact, same)
        assert match.likely or NAME_TYPO in match.reasons or NAME_PARTIAL in match.reasons, match


# --- Speed ------------------------------------------------------------------------------------


def test_preparing_and_comparing_is_fast() -> None:
    # The budget is 0.1 ms per comparison; the bound here is loose so that a slow CI machine
    # does not fail, while a change that makes it ten times slower does.
    a = person("Mohammed", "Abdel Rahman", "Abu Bakr", nationality="SDN")
    b = person("محمد", "عبد الرحمن", dob=date(1992, 6, 1), nationality="SDN")
    pa, pb = prepare(a), prepare(b)
    rounds = 2000
    start = time.perf_counter()
    for _ in range(rounds):
        similarity(pa, pb)
        prepare(a)
        blocking_keys(pa)
    per_round = (time.perf_counter() - start) / rounds
    assert per_round < 0.5e-3
