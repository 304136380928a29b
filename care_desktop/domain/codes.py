"""Code lists: every coded field's allowed values, aligned with HTCDS 2.0 where it has one.

A list taken from HTCDS uses the standard's value names as its codes, so the HTCDS export writes
them unchanged. CARE's own lists (workflow, assistance, child protection...) use snake_case codes;
where they correspond to an HTCDS picklist, each code names its HTCDS value (`htcds`).
Labels are English; the interface translates them in the "codes" context.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from care_desktop.domain.htcds_data import PICKLISTS

CODE_CONTEXT = "codes"


@dataclass(frozen=True, slots=True)
class Code:
    value: str
    label: str
    htcds: str | None = None  # the HTCDS value name this code is exported as


@dataclass(frozen=True)
class CodeList:
    name: str
    codes: tuple[Code, ...]
    htcds_field: str | None = None  # the HTCDS field whose picklist this list maps to

    @cached_property
    def _index(self) -> dict[str, Code]:
        return {code.value: code for code in self.codes}

    def __contains__(self, value: object) -> bool:
        return value in self._index

    def __iter__(self) -> Iterator[Code]:
        return iter(self.codes)

    def get(self, value: str) -> Code | None:
        return self._index.get(value)

    def values(self) -> tuple[str, ...]:
        return tuple(code.value for code in self.codes)


def _from_htcds(name: str, field: str, *extra: Code) -> CodeList:
    codes = tuple(Code(value, label, value) for value, label in PICKLISTS[field])
    return CodeList(name, codes + extra, field)


def _care(
    name: str, *pairs: tuple[str, str] | tuple[str, str, str], field: str | None = None
) -> CodeList:
    codes = tuple(Code(p[0], p[1], p[2] if len(p) == 3 else None) for p in pairs)
    return CodeList(name, codes, field)


# --- HTCDS picklists, as the standard has them ------------------------------------------------

GENDER = _from_htcds("gender", "prs_Gender")
TRAFFICKING_STATUS = _from_htcds("trafficking_status", "vic_TraffickingStatus")
TRAFFICKER_RELATIONSHIP = _from_htcds("trafficker_relationship", "vic_RelationshipToTrafficker")
RECRUITMENT_METHOD = _from_htcds("recruitment_method", "vic_MethodOfRecruitment")
RECRUITMENT_APP = _from_htcds("recruitment_app", "vic_RecruitmentWebsitesAndApps")
CONTROL_METHOD = _from_htcds("control_method", "vic_MethodsOfControl")
EXPLOITATION_TYPE = _from_htcds("exploitation_type", "vic_TypeOfExploitation")
LABOUR_INDUSTRY = _from_htcds("labour_industry", "vic_ForcedLabourIndustry")
SEX_EXPLOITATION_TYPE = _from_htcds("sex_exploitation_type", "vic_TypeOfSexExploitation")
VULNERABILITY = _from_htcds("vulnerability", "vic_Vulnerabilities")
ORGANISATION_TYPE = _from_htcds(
    "organisation_type",
    "org_Type",
    Code("InternationalOrganisation", "International organisation"),
    Code("Other", "Other"),
)
EDUCATION_LEVEL = _from_htcds("education_level", "prs_HighestLevelOfEducation")
MARITAL_STATUS = _from_htcds("marital_status", "prs_MaritalStatus")
TRAFFICKING_EVENT_TYPE = _from_htcds("trafficking_event_type", "hte_Type")

# --- the case and its workflow ----------------------------------------------------------------

CASE_STATUS = _care(
    "case_status",
    ("identified", "Identified", "Active"),
    ("assessed", "Assessed", "Active"),
    ("return_approved", "Return approved", "Active"),
    ("departed", "Departed", "Active"),
    ("arrived", "Arrived", "Active"),
    ("reintegration", "Reintegration", "Active"),
    ("monitoring", "Monitoring", "FollowUp"),
    ("closed", "Closed", "Closed"),
    field="cas_Status",
)
CLOSURE_REASON = _care(
    "closure_reason",
    ("completed", "Reintegration completed"),
    ("referred", "Referred to another organisation"),
    ("voluntary_withdrawal", "Withdrew from the programme"),
    ("lost_contact", "Lost contact"),
    ("re_migrated", "Migrated again"),
    ("did_not_return", "Did not return"),
    ("not_eligible", "Not eligible"),
    ("deceased", "Deceased"),
    ("other", "Other"),
)
RISK_LEVEL = _care("risk_level", ("low", "Low"), ("medium", "Medium"), ("high", "High"))

# --- consent, assessments, plan and assistance ------------------------------------------------

CONSENT_SCOPE = _care(
    "consent_scope",
    ("services", "Receiving assistance"),
    ("data_sharing", "Sharing data with a named partner"),
    ("transfer_to_office", "Transfer of the case between IOM offices"),
)
ASSESSMENT_KIND = _care(
    "assessment_kind",
    ("pre_departure", "Before departure"),
    ("post_arrival", "After arrival"),
    ("follow_up", "Follow-up"),
)
NEED = _care(
    "need",
    ("safety", "Safety and protection"),
    ("housing", "Housing"),
    ("food", "Food"),
    ("health", "Physical health"),
    ("mental_health", "Mental health"),
    ("income", "Income"),
    ("employment", "Employment"),
    ("education", "Education"),
    ("documentation", "Identity documents"),
    ("legal", "Legal matters"),
    ("family", "Family relations"),
    ("childcare", "Childcare"),
    ("debt", "Debt"),
    ("other", "Other"),
)
LEVEL = _care("level", ("low", "Low"), ("medium", "Medium"), ("high", "High"))
PLAN_DIMENSION = _care(
    "plan_dimension",
    ("economic", "Economic"),
    ("social", "Social"),
    ("psychosocial", "Psychosocial"),
)
PLAN_STATUS = _care(
    "plan_status", ("draft", "Draft"), ("agreed", "Agreed"), ("approved", "Approved")
)
OBJECTIVE_STATUS = _care(
    "objective_status",
    ("open", "Open"),
    ("achieved", "Achieved"),
    ("partly_achieved", "Partly achieved"),
    ("not_achieved", "Not achieved"),
)
ASSISTANCE_PHASE = _care(
    "assistance_phase",
    ("pre_departure", "Before departure"),
    ("arrival", "Arrival"),
    ("reintegration", "Reintegration"),
)
ASSISTANCE_CATEGORY = _care(
    "assistance_category",
    ("airport_reception", "Airport reception", "SocialCare"),
    ("transit_assistance", "Transit assistance", "SocialCare"),
    ("shelter", "Shelter", "SocialCare"),
    ("secondary_transport", "Secondary transport", "SocialCare"),
    ("medical_checkup", "Medical check-up", "Health"),
    ("medical_care", "Medical care", "Health"),
    ("temporary_housing", "Temporary housing", "SocialCare"),
    ("psychosocial_support", "Psychosocial support", "Health"),
    ("child_care", "Child care", "SocialCare"),
    ("education", "Education", "Education"),
    ("vocational_training", "Vocational training", "Education"),
    ("job_placement", "Job placement", "Livelihood"),
    ("business_startup", "Income-generating activity / business start-up", "Livelihood"),
    ("legal_assistance", "Legal assistance", "Legal"),
    ("family_mediation", "Family mediation", "SocialCare"),
    ("documentation", "Documentation", "Legal"),
    ("allowance", "Cash or in-kind allowance", "Financial"),
    ("other", "Other"),
    field="spl_Type",
)
MEASURE_STATUS = _care(
    "measure_status",
    ("planned", "Planned"),
    ("approved", "Approved"),
    ("in_progress", "In progress"),
    ("delivered", "Delivered"),
    ("partly_delivered", "Partly delivered"),
    ("cancelled", "Cancelled"),
    ("refused", "Refused"),
)
REFERRAL_SERVICE = _care(
    "referral_service",
    ("health", "Health care"),
    ("mental_health", "Mental health"),
    ("legal", "Legal aid"),
    ("shelter", "Shelter"),
    ("education", "Education"),
    ("employment", "Employment"),
    ("financial", "Financial services"),
    ("family", "Family support"),
    ("other", "Other"),
)
REFERRAL_STATUS = _care(
    "referral_status",
    ("proposed", "Proposed"),
    ("sent", "Sent"),
    ("accepted", "Accepted"),
    ("completed", "Completed"),
    ("declined", "Declined"),
)
VISIT_STATUS = _care(
    "visit_status",
    ("planned", "Planned"),
    ("completed", "Completed"),
    ("missed", "Missed"),
    ("cancelled", "Cancelled"),
)
VISIT_MODE = _care(
    "visit_mode", ("home", "Home visit"), ("office", "At the office"), ("phone", "By phone")
)

# --- children ------------------------------------------------------------------------------

GUARDIAN_AUTHORITY = _care(
    "guardian_authority",
    ("parent", "Parent with parental authority"),
    ("legal_guardian", "Legal guardian"),
    ("appointed_guardian", "Guardian appointed in the host country"),
    ("relative_caregiver", "Relative caring for the child"),
    ("state_authority", "Child protection authority"),
)
BEST_INTERESTS_KIND = _care(
    "best_interests_kind",
    ("assessment", "Best-interests assessment (BIA)"),
    ("determination", "Best-interests determination (BID)"),
)
BEST_INTERESTS_TRIGGER = _care(
    "best_interests_trigger",
    ("unaccompanied", "Unaccompanied child"),
    ("separated", "Separated child"),
    ("return_considered", "Return being considered"),
    ("protection_concern", "Protection concern"),
    ("other", "Other"),
)
BEST_INTERESTS_OPTION = _care(
    "best_interests_option",
    ("return_to_family", "Return to the family"),
    ("return_alternative_care", "Return to alternative care"),
    ("local_integration", "Integration in the host country"),
    ("third_country", "Resettlement in a third country"),
    ("other", "Other"),
)
BEST_INTERESTS_DECISION = _care(
    "best_interests_decision",
    ("return_recommended", "Return recommended"),
    ("return_not_recommended", "Return not recommended"),
    ("pending", "Pending"),
)
CAREGIVING_CAPACITY = _care(
    "caregiving_capacity",
    ("adequate", "Adequate"),
    ("limited", "Limited"),
    ("inadequate", "Inadequate"),
)
PROTECTION_RISK = _care(
    "protection_risk",
    ("family_involved_in_trafficking", "Family involved in the trafficking"),
    ("violence", "Violence or abuse at home"),
    ("neglect", "Neglect"),
    ("economic_hardship", "Economic hardship"),
    ("stigma", "Stigma in the community"),
    ("re_trafficking", "Risk of re-trafficking"),
    ("other", "Other"),
)
FAMILY_RECOMMENDATION = _care(
    "family_recommendation",
    ("reunify", "Reunify with the family"),
    ("reunify_with_support", "Reunify with support"),
    ("alternative_care", "Alternative care"),
    ("do_not_return", "Do not return"),
)

# --- trainings and partners ----------------------------------------------------------------

TRAINING_AUDIENCE = _care(
    "training_audience",
    ("ofii", "OFII"),
    ("border_police", "Border police"),
    ("gendarmerie", "Gendarmerie"),
    ("labour_inspectorate", "Labour inspectorate"),
    ("other", "Other"),
)
SEX = _care("sex", ("female", "Female"), ("male", "Male"), ("not_stated", "Not stated"))
LANGUAGE = _care(
    "language",
    ("amh", "Amharic"), ("ara", "Arabic"), ("ben", "Bengali"), ("bam", "Bambara"),
    ("bul", "Bulgarian"), ("ces", "Czech"), ("deu", "German"), ("eng", "English"),
    ("ewe", "Ewe"), ("fas", "Persian"), ("fra", "French"), ("ful", "Fulah"), ("hau", "Hausa"),
    ("hin", "Hindi"), ("ibo", "Igbo"), ("ita", "Italian"), ("kin", "Kinyarwanda"),
    ("lin", "Lingala"), ("mlg", "Malagasy"), ("nep", "Nepali"), ("orm", "Oromo"),
    ("pan", "Punjabi"), ("por", "Portuguese"), ("pus", "Pashto"), ("que", "Quechua"),
    ("ron", "Romanian"), ("rus", "Russian"), ("sin", "Sinhala"), ("som", "Somali"),
    ("spa", "Spanish"), ("sqi", "Albanian"), ("swa", "Swahili"), ("tam", "Tamil"),
    ("tgl", "Tagalog"), ("tha", "Thai"), ("tir", "Tigrinya"), ("twi", "Twi"),
    ("ukr", "Ukrainian"), ("urd", "Urdu"), ("vie", "Vietnamese"), ("wol", "Wolof"),
    ("yor", "Yoruba"), ("zho", "Chinese"), ("other", "Other"),
)  # fmt: skip
CURRENCY = _care(
    "currency",
    ("EUR", "Euro"), ("USD", "US dollar"), ("GBP", "Pound sterling"), ("XOF", "CFA franc (BCEAO)"),
    ("XAF", "CFA franc (BEAC)"), ("NGN", "Naira"), ("GHS", "Cedi"), ("GNF", "Guinean franc"),
    ("GMD", "Dalasi"), ("SLE", "Leone"), ("LRD", "Liberian dollar"), ("MRU", "Ouguiya"),
    ("MAD", "Moroccan dirham"), ("DZD", "Algerian dinar"), ("TND", "Tunisian dinar"),
    ("EGP", "Egyptian pound"), ("ETB", "Birr"), ("ERN", "Nakfa"), ("KES", "Kenyan shilling"),
    ("UGX", "Ugandan shilling"), ("CDF", "Congolese franc"), ("CVE", "Cape Verde escudo"),
    ("BRL", "Real"), ("COP", "Colombian peso"), ("PEN", "Sol"), ("BOB", "Boliviano"),
    ("PYG", "Guaraní"), ("VND", "Dong"), ("CNY", "Yuan"), ("INR", "Indian rupee"),
    ("PKR", "Pakistani rupee"), ("BDT", "Taka"), ("LKR", "Sri Lanka rupee"),
    ("NPR", "Nepalese rupee"), ("PHP", "Philippine peso"), ("THB", "Baht"), ("UAH", "Hryvnia"),
    ("ALL", "Lek"), ("RON", "Romanian leu"), ("BGN", "Lev"),
)  # fmt: skip

DOCUMENT_TYPE = _care(
    "document_type",
    ("passport", "Passport"),
    ("national_id", "National identity card"),
    ("birth_certificate", "Birth certificate"),
    ("travel_document", "Travel document (laissez-passer)"),
    ("residence_permit", "Residence permit"),
    ("other", "Other"),
)
CONSENT_GIVEN_BY = _care(
    "consent_given_by",
    ("person", "The person"),
    ("guardian", "The guardian"),
)
OFFICE_KIND = _care("office_kind", ("office", "IOM office"), ("mission", "IOM mission"))
LINK_KIND = _care(
    "link_kind",
    ("possible_duplicate", "Possibly the same person"),
    ("same_person", "The same person"),
    ("not_same_person", "Not the same person"),
)
INDICATOR = _care(
    "indicator",
    ("assessed", "Persons assessed"),
    ("assisted_to_return", "Persons assisted to return"),
    ("arrival_assistance", "Persons who received arrival assistance"),
    ("reintegration_measures", "Reintegration measures delivered"),
    ("plans_within_month", "Plans agreed within a month of arrival"),
    ("children_with_bid", "Children with a best-interests determination before return"),
    ("visits_done", "Monitoring visits done"),
    ("reached_12_months", "Persons reached at 12 months"),
    ("trainings_held", "Trainings held"),
    ("professionals_trained", "Professionals trained"),
)

# ISO 4217 minor units of the currencies above that do not have two.
CURRENCY_DIGITS: dict[str, int] = {
    "XOF": 0, "XAF": 0, "GNF": 0, "UGX": 0, "VND": 0, "PYG": 0, "TND": 3,
}  # fmt: skip


def currency_digits(code: str) -> int:
    return CURRENCY_DIGITS.get(code, 2)


ALL_LISTS: dict[str, CodeList] = {
    code_list.name: code_list
    for code_list in (
        GENDER, TRAFFICKING_STATUS, TRAFFICKER_RELATIONSHIP, RECRUITMENT_METHOD, RECRUITMENT_APP,
        CONTROL_METHOD, EXPLOITATION_TYPE, LABOUR_INDUSTRY, SEX_EXPLOITATION_TYPE, VULNERABILITY,
        ORGANISATION_TYPE, EDUCATION_LEVEL, MARITAL_STATUS, TRAFFICKING_EVENT_TYPE, CASE_STATUS,
        CLOSURE_REASON, RISK_LEVEL, CONSENT_SCOPE, ASSESSMENT_KIND, NEED, LEVEL, PLAN_DIMENSION,
        PLAN_STATUS, OBJECTIVE_STATUS, ASSISTANCE_PHASE, ASSISTANCE_CATEGORY, MEASURE_STATUS,
        REFERRAL_SERVICE, REFERRAL_STATUS, VISIT_STATUS, VISIT_MODE, GUARDIAN_AUTHORITY,
        BEST_INTERESTS_KIND, BEST_INTERESTS_TRIGGER, BEST_INTERESTS_OPTION,
        BEST_INTERESTS_DECISION, CAREGIVING_CAPACITY, PROTECTION_RISK, FAMILY_RECOMMENDATION,
        TRAINING_AUDIENCE, SEX, LANGUAGE, CURRENCY, DOCUMENT_TYPE, CONSENT_GIVEN_BY,
        OFFICE_KIND, LINK_KIND, INDICATOR,
    )
}  # fmt: skip
