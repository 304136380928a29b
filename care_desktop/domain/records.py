"""Every record type of CARE Desktop, declared once (see schema.py for what the parts mean).

Identity (names, contacts, documents) lives in its own record, apart from the case, so that
most screens, sheets and reports work on the pseudonymous case code alone.
"""

from __future__ import annotations

from care_desktop.domain import codes as c
from care_desktop.domain.schema import FieldSpec as F
from care_desktop.domain.schema import Kind as K
from care_desktop.domain.schema import RecordSpec
from care_desktop.domain.schema import Sensitivity as S

ID = S.IDENTITY
WHERE = S.WHEREABOUTS
FREE = S.FREE_TEXT
TRAF = S.TRAFFICKING
BUDGET = S.BUDGET


def _case_ref() -> F:
    return F("case_id", K.REF, "Case", required=True, ref="case")


OFFICE = RecordSpec(
    "office",
    "offices",
    "Office",
    (
        F("name", K.TEXT, "Name", required=True),
        F("kind", K.CODE, "Kind", codes=c.OFFICE_KIND),
        F("country", K.COUNTRY, "Country"),
    ),
    case_scoped=False,
)

USER = RecordSpec(
    "user",
    "users",
    "User",
    (
        F("display_name", K.TEXT, "Name", required=True),
        F("role", K.TEXT, "Role", required=True),
        F("office_id", K.REF, "Office", ref="office"),
        F("is_active", K.BOOL, "Active"),
    ),
    case_scoped=False,
)

PARTNER = RecordSpec(
    "partner",
    "partners",
    "Partner organisation",
    (
        F("name", K.TEXT, "Name", required=True, htcds="org_Name"),
        F("organisation_type", K.CODE, "Type", codes=c.ORGANISATION_TYPE, htcds="org_Type"),
        F("country", K.COUNTRY, "Country", htcds="org_ShippingCountry"),
        F("city", K.TEXT, "City", htcds="org_ShippingCity"),
        F("services", K.CODES, "Services", codes=c.REFERRAL_SERVICE),
        F("contact", K.TEXT, "Contact", htcds="org_Phone"),
        F("notes", K.LONG_TEXT, "Notes", sensitivity=FREE),
    ),
    case_scoped=False,
)

PROGRAMME = RecordSpec(
    "programme",
    "programmes",
    "Programme",
    (
        F("name", K.TEXT, "Name", required=True),
        F("donor", K.TEXT, "Donor"),
        F("starts_on", K.DATE, "Start"),
        F("ends_on", K.DATE, "End"),
        F("host_countries", K.COUNTRIES, "Host countries"),
        F("return_countries", K.COUNTRIES, "Countries of return"),
    ),
    case_scoped=False,
)

TARGET = RecordSpec(
    "target",
    "programme_targets",
    "Target",
    (
        F("programme_id", K.REF, "Programme", required=True, ref="programme"),
        F("indicator", K.CODE, "Indicator", required=True, codes=c.INDICATOR),
        F("target", K.INT, "Target", required=True, minimum=0, maximum=1_000_000),
    ),
    case_scoped=False,
    parent="programme_id",
)

CASE = RecordSpec(
    "case",
    "cases",
    "Case",
    (
        F("case_code", K.TEXT, "Case code", required=True, max_length=24, derived=True),
        F("programme_id", K.REF, "Programme", ref="programme"),
        F("status", K.CODE, "Status", codes=c.CASE_STATUS, derived=True, htcds="cas_Status"),
        F(
            "trafficking_status",
            K.CODE,
            "Trafficking status",
            codes=c.TRAFFICKING_STATUS,
            htcds="vic_TraffickingStatus",
        ),
        F("gender", K.CODE, "Gender", required=True, codes=c.GENDER, htcds="prs_Gender"),
        F("date_of_birth", K.DATE, "Date of birth", not_in_future=True, htcds="prs_Birthdate"),
        F("dob_estimated", K.BOOL, "Date of birth estimated"),
        F("estimated_age", K.INT, "Estimated age", minimum=0, maximum=120),
        F("is_minor", K.BOOL, "Minor", derived=True),
        F("nationality", K.COUNTRY, "Nationality", htcds="prs_Citizenship"),
        F("host_country", K.COUNTRY, "Host country"),
        F("country_of_return", K.COUNTRY, "Country of return", required=True),
        F("place_of_return", K.TEXT, "Place of return", sensitivity=WHERE),
        F("languages", K.CODES, "Languages", codes=c.LANGUAGE, htcds="prs_PrimaryLanguage"),
        F("office_id", K.REF, "Office", ref="office"),
        F("officer_id", K.REF, "Officer", ref="user", htcds="cas_CaseOwner"),
        F("identified_on", K.DATE, "Identified on", not_in_future=True),
        F("departure_date", K.DATE, "Departure date"),
        F("arrival_date", K.DATE, "Arrival date"),
        F("closed_on", K.DATE, "Closed on", derived=True),
        F("closure_reason", K.CODE, "Closure reason", codes=c.CLOSURE_REASON, derived=True),
        F("early_exit", K.BOOL, "Left the programme early", derived=True),
        F("risk_level", K.CODE, "Risk level", codes=c.RISK_LEVEL, derived=True),
        F("remarks", K.LONG_TEXT, "Remarks", sensitivity=FREE),
        F("anonymised_on", K.DATE, "Anonymised on", derived=True),
    ),
    case_scoped=False,
)

IDENTITY = RecordSpec(
    "identity",
    "identities",
    "Identity",
    (
        _case_ref(),
        F("given_name", K.TEXT, "Given name", sensitivity=ID, htcds="prs_FirstName"),
        F("family_name", K.TEXT, "Family name", sensitivity=ID, htcds="prs_SecondName"),
        F("other_names", K.TEXTS, "Other names and aliases", sensitivity=ID),
        F("phone", K.TEXT, "Phone", sensitivity=ID, htcds="prs_MobilePhone"),
        F("email", K.TEXT, "E-mail", sensitivity=ID, htcds="prs_Email"),
        F("address", K.LONG_TEXT, "Address", sensitivity=WHERE, htcds="prs_MailingStreet"),
        F("document_type", K.CODE, "Document type", codes=c.DOCUMENT_TYPE, sensitivity=ID),
        F("document_number", K.TEXT, "Document number", sensitivity=ID, htcds="prs_IdentityNumber"),
        F("document_country", K.COUNTRY, "Document issued by", sensitivity=ID),
        F(
            "marital_status",
            K.CODE,
            "Marital status",
            codes=c.MARITAL_STATUS,
            htcds="prs_MaritalStatus",
        ),
        F(
            "education_level",
            K.CODE,
            "Education",
            codes=c.EDUCATION_LEVEL,
            htcds="prs_HighestLevelOfEducation",
        ),
    ),
    one_per_case=True,
)

CONSENT = RecordSpec(
    "consent",
    "consents",
    "Consent",
    (
        _case_ref(),
        F("scope", K.CODE, "Scope", required=True, codes=c.CONSENT_SCOPE),
        F("partner_id", K.REF, "Partner", ref="partner"),
        F("given_by", K.CODE, "Given by", codes=c.CONSENT_GIVEN_BY),
        F("given_on", K.DATE, "Given on", required=True, not_in_future=True),
        F("withdrawn_on", K.DATE, "Withdrawn on", not_in_future=True),
        F("notes", K.LONG_TEXT, "Notes", sensitivity=FREE),
    ),
)

TRAFFICKING_PROFILE = RecordSpec(
    "trafficking_profile",
    "trafficking_profiles",
    "Trafficking profile",
    (
        _case_ref(),
        F(
            "exploitation_types",
            K.CODES,
            "Types of exploitation",
            codes=c.EXPLOITATION_TYPE,
            sensitivity=TRAF,
            htcds="vic_TypeOfExploitation",
        ),
        F(
            "labour_industry",
            K.CODE,
            "Industry of forced labour",
            codes=c.LABOUR_INDUSTRY,
            sensitivity=TRAF,
            htcds="vic_ForcedLabourIndustry",
        ),
        F(
            "sex_exploitation_types",
            K.CODES,
            "Types of sexual exploitation",
            codes=c.SEX_EXPLOITATION_TYPE,
            sensitivity=TRAF,
            htcds="vic_TypeOfSexExploitation",
        ),
        F(
            "control_methods",
            K.CODES,
            "Methods of control",
            codes=c.CONTROL_METHOD,
            sensitivity=TRAF,
            htcds="vic_MethodsOfControl",
        ),
        F(
            "recruitment_methods",
            K.CODES,
            "Methods of recruitment",
            codes=c.RECRUITMENT_METHOD,
            sensitivity=TRAF,
            htcds="vic_MethodOfRecruitment",
        ),
        F(
            "recruitment_apps",
            K.CODES,
            "Websites and apps used to recruit",
            codes=c.RECRUITMENT_APP,
            sensitivity=TRAF,
            htcds="vic_RecruitmentWebsitesAndApps",
        ),
        F(
            "trafficker_relationship",
            K.CODE,
            "Relationship to the trafficker",
            codes=c.TRAFFICKER_RELATIONSHIP,
            sensitivity=TRAF,
            htcds="vic_RelationshipToTrafficker",
        ),
        F(
            "age_when_trafficked",
            K.INT,
            "Age when trafficked",
            minimum=0,
            maximum=120,
            sensitivity=TRAF,
            htcds="vic_AgeWhenTrafficked",
        ),
        F(
            "countries_of_exploitation",
            K.COUNTRIES,
            "Countries of exploitation",
            sensitivity=TRAF,
        ),
        F("places", K.LONG_TEXT, "Places of recruitment and exploitation", sensitivity=WHERE),
        F("exploitation_start", K.DATE, "Exploitation began", sensitivity=TRAF),
        F("exploitation_end", K.DATE, "Exploitation ended", sensitivity=TRAF),
        F("details", K.LONG_TEXT, "Details", sensitivity=FREE),
    ),
    one_per_case=True,
)

ASSESSMENT = RecordSpec(
    "assessment",
    "assessments",
    "Assessment",
    (
        _case_ref(),
        F("kind", K.CODE, "Kind", required=True, codes=c.ASSESSMENT_KIND),
        F("assessed_on", K.DATE, "Date", required=True, not_in_future=True),
        F("assessor_id", K.REF, "Assessor", ref="user"),
        F(
            "vulnerabilities",
            K.CODES,
            "Vulnerabilities",
            codes=c.VULNERABILITY,
            htcds="vic_Vulnerabilities",
        ),
        F("vulnerability_level", K.CODE, "Vulnerability", codes=c.LEVEL),
        F(
            "vulnerability_details",
            K.LONG_TEXT,
            "Vulnerability details",
            sensitivity=FREE,
            htcds="vic_DetailsOfVulnerabilities",
        ),
        F("needs", K.CODES, "Needs", codes=c.NEED),
        F("skills", K.LONG_TEXT, "Skills", sensitivity=FREE),
        F("motivation", K.CODE, "Motivation", codes=c.LEVEL),
        F("risk_level", K.CODE, "Risk level", codes=c.RISK_LEVEL, derived=True),
        F("notes", K.LONG_TEXT, "Notes", sensitivity=FREE),
    ),
)

RISK_ITEM = RecordSpec(
    "risk_item",
    "risk_items",
    "Risk",
    (
        _case_ref(),
        F("assessment_id", K.REF, "Assessment", required=True, ref="assessment"),
        F("description", K.TEXT, "Risk", required=True, sensitivity=FREE),
        F("likelihood", K.INT, "Likelihood", required=True, minimum=1, maximum=5),
        F("severity", K.INT, "Severity", required=True, minimum=1, maximum=5),
        F("level", K.CODE, "Level", codes=c.RISK_LEVEL, derived=True),
        F("mitigation", K.LONG_TEXT, "Mitigation", sensitivity=FREE),
    ),
    parent="assessment_id",
)

PLAN = RecordSpec(
    "plan",
    "reintegration_plans",
    "Reintegration plan",
    (
        _case_ref(),
        F("status", K.CODE, "Status", codes=c.PLAN_STATUS, derived=True),
        F("budget_amount", K.MONEY, "Budget", sensitivity=BUDGET),
        F("currency", K.CODE, "Currency", codes=c.CURRENCY, sensitivity=BUDGET),
        F("agreed_on", K.DATE, "Agreed on", not_in_future=True),
        F("approved_on", K.DATE, "Approved on", derived=True),
        F("approved_by", K.REF, "Approved by", ref="user", derived=True),
        F("notes", K.LONG_TEXT, "Notes", sensitivity=FREE),
    ),
    one_per_case=True,
)

OBJECTIVE = RecordSpec(
    "objective",
    "plan_objectives",
    "Objective",
    (
        _case_ref(),
        F("plan_id", K.REF, "Plan", required=True, ref="plan"),
        F("dimension", K.CODE, "Dimension", required=True, codes=c.PLAN_DIMENSION),
        F("description", K.TEXT, "Objective", required=True, max_length=500),
        F("status", K.CODE, "Status", codes=c.OBJECTIVE_STATUS),
    ),
    parent="plan_id",
)

MEASURE = RecordSpec(
    "measure",
    "assistance_measures",
    "Assistance measure",
    (
        _case_ref(),
        F("plan_id", K.REF, "Plan", ref="plan"),
        F("phase", K.CODE, "Phase", required=True, codes=c.ASSISTANCE_PHASE),
        F("category", K.CODE, "Category", required=True, codes=c.ASSISTANCE_CATEGORY),
        F("provider_id", K.REF, "Provider", ref="partner"),
        F("description", K.TEXT, "Description", max_length=500),
        F("status", K.CODE, "Status", codes=c.MEASURE_STATUS, derived=True),
        F("planned_on", K.DATE, "Planned for"),
        F("delivered_on", K.DATE, "Delivered on", not_in_future=True),
        F("planned_amount", K.MONEY, "Planned amount", sensitivity=BUDGET),
        F("spent_amount", K.MONEY, "Amount spent", sensitivity=BUDGET),
        F("currency", K.CODE, "Currency", codes=c.CURRENCY, sensitivity=BUDGET),
    ),
)

VISIT = RecordSpec(
    "visit",
    "monitoring_visits",
    "Monitoring visit",
    (
        _case_ref(),
        F("slot", K.TEXT, "Visit", max_length=24, derived=True),
        F("due_date", K.DATE, "Due", derived=True),
        F("window_start", K.DATE, "Window opens", derived=True),
        F("window_end", K.DATE, "Window closes", derived=True),
        F("status", K.CODE, "Status", codes=c.VISIT_STATUS, derived=True),
        F("visited_on", K.DATE, "Visited on", not_in_future=True),
        F("visited_by", K.REF, "Visited by", ref="user"),
        F("mode", K.CODE, "How", codes=c.VISIT_MODE),
        F("rss_due", K.BOOL, "Sustainability survey due"),
        F("findings_economic", K.LONG_TEXT, "Economic findings", sensitivity=FREE),
        F("findings_social", K.LONG_TEXT, "Social findings", sensitivity=FREE),
        F("findings_psychosocial", K.LONG_TEXT, "Psychosocial findings", sensitivity=FREE),
        F("notes", K.LONG_TEXT, "Notes", sensitivity=FREE),
    ),
)

RSS_SURVEY = RecordSpec(
    "rss_survey",
    "rss_surveys",
    "Sustainability survey",
    (
        _case_ref(),
        F("visit_id", K.REF, "Visit", ref="visit"),
        F("surveyed_on", K.DATE, "Date", required=True, not_in_future=True),
        F("instrument_version", K.TEXT, "Instrument version", required=True, max_length=24),
        F("answers", K.MAP, "Answers"),
    ),
)

REFERRAL = RecordSpec(
    "referral",
    "referrals",
    "Referral",
    (
        _case_ref(),
        F("partner_id", K.REF, "Partner", required=True, ref="partner"),
        F("service", K.CODE, "Service", required=True, codes=c.REFERRAL_SERVICE),
        F("referred_on", K.DATE, "Referred on", required=True, not_in_future=True),
        F("status", K.CODE, "Status", codes=c.REFERRAL_STATUS),
        F("reason", K.LONG_TEXT, "Reason", sensitivity=FREE),
        F("outcome", K.LONG_TEXT, "Outcome", sensitivity=FREE),
    ),
)

NOTE = RecordSpec(
    "note",
    "case_notes",
    "Case note",
    (
        _case_ref(),
        F("written_on", K.DATE, "Date", required=True, not_in_future=True),
        F("author_id", K.REF, "Author", ref="user"),
        F("text", K.LONG_TEXT, "Note", required=True, sensitivity=FREE),
    ),
)

ATTACHMENT = RecordSpec(
    "attachment",
    "attachments",
    "Attachment",
    (
        _case_ref(),
        F("name", K.TEXT, "Name", required=True, sensitivity=FREE),
        F("media_type", K.TEXT, "Type", max_length=100),
        F("size", K.INT, "Size", minimum=0, derived=True),
        F("sha256", K.TEXT, "Content", max_length=64, derived=True),
        F("description", K.TEXT, "Description", sensitivity=FREE),
    ),
)

GUARDIAN = RecordSpec(
    "guardian",
    "guardians",
    "Guardian",
    (
        _case_ref(),
        F("name", K.TEXT, "Name", required=True, sensitivity=ID),
        F("relationship", K.TEXT, "Relationship to the child"),
        F("authority", K.CODE, "Authority", required=True, codes=c.GUARDIAN_AUTHORITY),
        F("phone", K.TEXT, "Phone", sensitivity=ID),
        F("address", K.LONG_TEXT, "Address", sensitivity=WHERE),
        F("is_primary", K.BOOL, "Main guardian"),
        F("notes", K.LONG_TEXT, "Notes", sensitivity=FREE),
    ),
)

BEST_INTERESTS = RecordSpec(
    "best_interests",
    "best_interests",
    "Best-interests procedure",
    (
        _case_ref(),
        F("kind", K.CODE, "Kind", required=True, codes=c.BEST_INTERESTS_KIND),
        F("trigger", K.CODE, "Trigger", codes=c.BEST_INTERESTS_TRIGGER),
        F("conducted_on", K.DATE, "Date", required=True, not_in_future=True),
        F("panel", K.TEXT, "Panel", max_length=500),
        F("options_considered", K.CODES, "Options considered", codes=c.BEST_INTERESTS_OPTION),
        F("decision", K.CODE, "Decision", codes=c.BEST_INTERESTS_DECISION),
        F("notes", K.LONG_TEXT, "Notes", sensitivity=FREE),
    ),
)

FAMILY_ASSESSMENT = RecordSpec(
    "family_assessment",
    "family_assessments",
    "Family assessment",
    (
        _case_ref(),
        F("assessed_on", K.DATE, "Date", required=True, not_in_future=True),
        F("home_visit_on", K.DATE, "Home visit", not_in_future=True),
        F("caregiving_capacity", K.CODE, "Caregiving capacity", codes=c.CAREGIVING_CAPACITY),
        F("protection_risks", K.CODES, "Protection risks", codes=c.PROTECTION_RISK),
        F("child_views", K.LONG_TEXT, "The child's views", sensitivity=FREE),
        F("recommendation", K.CODE, "Recommendation", codes=c.FAMILY_RECOMMENDATION),
        F("notes", K.LONG_TEXT, "Notes", sensitivity=FREE),
    ),
)

HANDOVER = RecordSpec(
    "handover",
    "handovers",
    "Escort and hand-over",
    (
        _case_ref(),
        F("escort_name", K.TEXT, "Escort", sensitivity=ID),
        F("escort_organisation", K.TEXT, "Escort's organisation"),
        F("departure_on", K.DATE, "Departure"),
        F("handover_on", K.DATE, "Hand-over"),
        F("received_by", K.TEXT, "Received by", sensitivity=ID),
        F("receiving_authority", K.TEXT, "Receiving authority"),
        F("place", K.TEXT, "Place", sensitivity=WHERE),
        F("notes", K.LONG_TEXT, "Notes", sensitivity=FREE),
    ),
)

CASE_EVENT = RecordSpec(
    "case_event",
    "case_events",
    "Workflow step",
    (
        _case_ref(),
        F("from_status", K.CODE, "From", codes=c.CASE_STATUS, derived=True),
        F("to_status", K.CODE, "To", required=True, codes=c.CASE_STATUS, derived=True),
        F("event_date", K.DATE, "Date", required=True, derived=True),
        F("user_id", K.REF, "By", ref="user", derived=True),
        F("reason", K.TEXT, "Reason", max_length=500, sensitivity=FREE),
    ),
)

CASE_LINK = RecordSpec(
    "case_link",
    "case_links",
    "Possible duplicate",
    (
        _case_ref(),
        F("other_case_id", K.REF, "Other case", required=True, ref="case"),
        F("kind", K.CODE, "Kind", required=True, codes=c.LINK_KIND),
        F("score", K.INT, "Similarity", minimum=0, maximum=100, derived=True),
        F("reasons", K.TEXTS, "Reasons", derived=True),
    ),
)

TRAINING_SESSION = RecordSpec(
    "training_session",
    "training_sessions",
    "Training session",
    (
        F("programme_id", K.REF, "Programme", ref="programme"),
        F("date", K.DATE, "Date", required=True),
        F("place", K.TEXT, "Place"),
        F("audience", K.CODE, "Audience", required=True, codes=c.TRAINING_AUDIENCE),
        F("trainers", K.TEXTS, "Trainers"),
        F("modules", K.TEXTS, "Modules"),
        F("notes", K.LONG_TEXT, "Notes", sensitivity=FREE),
    ),
    case_scoped=False,
)

TRAINING_PARTICIPANT = RecordSpec(
    "training_participant",
    "training_participants",
    "Participant",
    (
        F("session_id", K.REF, "Session", required=True, ref="training_session"),
        F("name", K.TEXT, "Name", required=True, sensitivity=ID),
        F("organisation", K.TEXT, "Organisation"),
        F("organisation_type", K.CODE, "Organisation type", codes=c.TRAINING_AUDIENCE),
        F("function", K.TEXT, "Function"),
        F("sex", K.CODE, "Sex", codes=c.SEX),
        F("attended", K.BOOL, "Attended"),
        F("pre_score", K.INT, "Score before", minimum=0, maximum=100),
        F("post_score", K.INT, "Score after", minimum=0, maximum=100),
        F("found_useful", K.BOOL, "Found it useful"),
        F("certificate", K.BOOL, "Certificate issued"),
    ),
    case_scoped=False,
    parent="session_id",
)

ALL_RECORDS: tuple[RecordSpec, ...] = (
    OFFICE,
    USER,
    PARTNER,
    PROGRAMME,
    TARGET,
    CASE,
    IDENTITY,
    CONSENT,
    TRAFFICKING_PROFILE,
    ASSESSMENT,
    RISK_ITEM,
    PLAN,
    OBJECTIVE,
    MEASURE,
    VISIT,
    RSS_SURVEY,
    REFERRAL,
    NOTE,
    ATTACHMENT,
    GUARDIAN,
    BEST_INTERESTS,
    FAMILY_ASSESSMENT,
    HANDOVER,
    CASE_EVENT,
    CASE_LINK,
    TRAINING_SESSION,
    TRAINING_PARTICIPANT,
)
RECORDS: dict[str, RecordSpec] = {spec.name: spec for spec in ALL_RECORDS}
BY_TABLE: dict[str, RecordSpec] = {spec.table: spec for spec in ALL_RECORDS}
CASE_RECORDS: tuple[RecordSpec, ...] = tuple(s for s in ALL_RECORDS if s.case_scoped)


def record_spec(name: str) -> RecordSpec:
    """The spec of a record type by name ("case") or table ("cases")."""
    found = RECORDS.get(name) or BY_TABLE.get(name)
    if found is None:
        raise KeyError(name)
    return found
