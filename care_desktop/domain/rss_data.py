"""The Reintegration Sustainability Survey (RSS), version 1, and a placeholder weight set, as data.

Plain tuples and dicts; `care_desktop.domain.rss` turns them into checked, typed objects. Codes
are stored with the raw answers of every survey, so a code must never change or be reused: a
change of meaning is a new instrument version.

Where this comes from. IOM's public material (the IOM news release of 22 December 2017 on
"Setting Standards for an Integrated Approach to Reintegration", Samuel Hall for the MEASURE
project; the Reintegration Handbook, section 2.2.5 and module 2.5) says that the RSS has 15
field-tested indicators over three dimensions (economic, social, psychosocial), that answers are
scored and weighted into a reintegration score, and names the areas of social assistance
(housing, documentation, social protection, education and training, health, food and water,
justice). The public pages we could read do not give the questionnaire itself, the exact split of
the 15 indicators between the dimensions, the answer scales or the scores of the answers. So:

- the 15 indicators below (5 per dimension) are our reading of the areas IOM names, worded in
  our own words for people returning after trafficking; the even 5/5/5 split is our choice;
- every answer scale is ordinal, from the best situation (score 1) to the worst (score 0), with
  evenly spaced scores in between; IOM's own answer scores are not public as far as we found;
- the "no answer / does not apply" option is added to every indicator by `rss.py`: a survivor may
  decline any question, and declining must not lower her score.

Replace this with IOM's instrument when the office receives it, as instrument version "2".
"""

from __future__ import annotations

INSTRUMENT_VERSION = "1"

# Added to every indicator; excluded from scoring (never counted as 0).
NO_ANSWER_CODE = "na"
NO_ANSWER_LABEL = "No answer / does not apply"

# Reused scales. Three or five steps only, so that every score is exact in binary floating
# point and the worked examples in the tests add up without rounding noise.
_FREQUENCY_BAD = (  # how often something bad happens: never is best
    ("never", "Never", 1.0),
    ("rarely", "Rarely", 0.75),
    ("sometimes", "Sometimes", 0.5),
    ("often", "Often", 0.25),
    ("always", "Always or almost always", 0.0),
)
_FREQUENCY_GOOD = (  # how often something good happens: always is best
    ("always", "Always or almost always", 1.0),
    ("often", "Often", 0.75),
    ("sometimes", "Sometimes", 0.5),
    ("rarely", "Rarely", 0.25),
    ("never", "Never", 0.0),
)
_AGREEMENT = (
    ("strongly_agree", "Strongly agree", 1.0),
    ("agree", "Agree", 0.75),
    ("neutral", "Neither agree nor disagree", 0.5),
    ("disagree", "Disagree", 0.25),
    ("strongly_disagree", "Strongly disagree", 0.0),
)
_ACCESS = (
    ("yes", "Yes, without difficulty", 1.0),
    ("difficult", "Yes, but with difficulty", 0.5),
    ("no", "No", 0.0),
)

Answer = tuple[str, str, float]
IndicatorRow = tuple[str, str, str, tuple[Answer, ...]]

# (code, dimension, question in English, answers from best to worst)
INDICATORS: tuple[IndicatorRow, ...] = (
    # --- economic: income, food, debt and the ability to cope with a shock -----------------
    (
        "eco_income",
        "economic",
        "Do you currently have work or another regular source of income?",
        (
            ("regular", "Yes, regular work or income", 1.0),
            ("irregular", "Yes, but irregular or seasonal", 0.5),
            ("none", "No", 0.0),
        ),
    ),
    (
        "eco_satisfaction",
        "economic",
        "How satisfied are you with your economic situation today?",
        (
            ("very_satisfied", "Very satisfied", 1.0),
            ("satisfied", "Satisfied", 0.75),
            ("neutral", "Neither satisfied nor dissatisfied", 0.5),
            ("dissatisfied", "Dissatisfied", 0.25),
            ("very_dissatisfied", "Very dissatisfied", 0.0),
        ),
    ),
    (
        "eco_food",
        "economic",
        "In the past month, how often did your household eat less, or cheaper food, because "
        "food cost too much?",
        _FREQUENCY_BAD,
    ),
    (
        "eco_borrow",
        "economic",
        "If you needed money for an emergency, could you borrow it?",
        _ACCESS,
    ),
    (
        "eco_debt",
        "economic",
        "How much do you owe, compared with what your household spends in a month?",
        (
            ("no_debt", "No debt", 1.0),
            ("less", "Less than a month's spending", 0.5),
            ("more", "More than a month's spending", 0.0),
        ),
    ),
    # --- social: access to the services the Handbook lists ------------------------------------
    (
        "soc_housing",
        "social",
        "How would you describe the place where you live?",
        (
            ("adequate", "Safe and adequate", 1.0),
            ("problems", "Adequate, but with serious problems", 0.5),
            ("inadequate", "Unsafe, overcrowded or only temporary", 0.0),
        ),
    ),
    (
        "soc_documents",
        "social",
        "Do you have the identity and civil documents you need (identity card, birth "
        "certificate and the like)?",
        (
            ("all", "Yes, all of them", 1.0),
            ("some", "Some of them", 0.5),
            ("none", "None of them", 0.0),
        ),
    ),
    (
        "soc_health",
        "social",
        "When you need health care, can you get it?",
        _ACCESS,
    ),
    (
        # "Does not apply" is common here (no school-age children, no wish to train), which is
        # why it must be excluded rather than scored.
        "soc_education",
        "social",
        "Can you, or the children of school age in your household, attend school or training?",
        _ACCESS,
    ),
    (
        "soc_justice",
        "social",
        "If your rights were violated, could you turn to the police, a court or legal aid?",
        _ACCESS,
    ),
    # --- psychosocial: networks, belonging, safety and well-being -----------------------------
    (
        "psy_participation",
        "psychosocial",
        "How often do you take part in community life (celebrations, groups, religious or "
        "sports activities)?",
        _FREQUENCY_GOOD,
    ),
    (
        "psy_support",
        "psychosocial",
        "Is there someone you can count on for help or advice when you need it?",
        (
            ("several", "Yes, several people", 1.0),
            ("one", "Yes, one person", 0.5),
            ("nobody", "No one", 0.0),
        ),
    ),
    (
        # Covers discrimination and stigma too, which trafficking survivors often meet on return.
        "psy_belonging",
        "psychosocial",
        "I feel accepted, and treated fairly, by the community where I live.",
        _AGREEMENT,
    ),
    (
        # Physical safety matters most for survivors: threats from traffickers or creditors.
        "psy_safety",
        "psychosocial",
        "How often do you feel physically safe where you live and in your daily activities?",
        _FREQUENCY_GOOD,
    ),
    (
        "psy_distress",
        "psychosocial",
        "In the past two weeks, how often did you feel very sad, afraid or angry, or could not "
        "sleep or concentrate?",
        _FREQUENCY_BAD,
    ),
)

# --- the placeholder weight set ----------------------------------------------------------------
# Equal weights: the neutral choice while the official table is missing. Every indicator counts
# the same within its dimension and every dimension counts the same in the composite.

PLACEHOLDER_WEIGHTS_VERSION = "placeholder-1"

PLACEHOLDER_WEIGHTS_SOURCE = (
    "PLACEHOLDER, NOT the official IOM weighting: equal weights set by the CARE Desktop "
    "developers so that surveys can be scored before IOM provides its weight table. Scores "
    "computed with it are provisional and must not be reported as official RSS scores. Replace "
    "it with the official IOM table (loaded with parse_weight_set) as soon as IOM provides it."
)

PLACEHOLDER_INDICATOR_WEIGHTS: dict[str, float] = {row[0]: 1.0 for row in INDICATORS}

PLACEHOLDER_DIMENSION_WEIGHTS: dict[str, float] = {
    "economic": 1.0,
    "social": 1.0,
    "psychosocial": 1.0,
}
