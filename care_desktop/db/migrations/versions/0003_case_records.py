"""Case records (domain/records.py), local helper tables, and users that belong to an office.

Generated with Alembic's autogenerate from the declarations, then reviewed; frozen from here on.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blobs")),
    )
    op.create_table(
        "offices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
    )
    op.create_table(
        "partners",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("organisation_type", sa.String(length=64), nullable=True),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("services", sa.Text(), nullable=True),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    op.create_table(
        "programmes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("donor", sa.String(length=200), nullable=True),
        sa.Column("starts_on", sa.String(length=10), nullable=True),
        sa.Column("ends_on", sa.String(length=10), nullable=True),
        sa.Column("host_countries", sa.Text(), nullable=True),
        sa.Column("return_countries", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programmes")),
    )
    op.create_table(
        "rss_weight_sets",
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("official", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("loaded_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_rss_weight_sets")),
    )
    op.create_table(
        "programme_targets",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=True),
        sa.Column("indicator", sa.String(length=64), nullable=True),
        sa.Column("target", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_programme_targets_programme_id_programmes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_targets")),
    )
    with op.batch_alter_table("programme_targets", schema=None) as batch_op:
        batch_op.create_index("ix_programme_targets_programme_id", ["programme_id"], unique=False)

    op.create_table(
        "training_sessions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("audience", sa.String(length=64), nullable=True),
        sa.Column("trainers", sa.Text(), nullable=True),
        sa.Column("modules", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_training_sessions_programme_id_programmes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_code", sa.String(length=24), nullable=True),
        sa.Column("programme_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=64), nullable=True),
        sa.Column("trafficking_status", sa.String(length=64), nullable=True),
        sa.Column("gender", sa.String(length=64), nullable=True),
        sa.Column("date_of_birth", sa.String(length=10), nullable=True),
        sa.Column("dob_estimated", sa.Boolean(), nullable=True),
        sa.Column("estimated_age", sa.Integer(), nullable=True),
        sa.Column("is_minor", sa.Boolean(), nullable=True),
        sa.Column("nationality", sa.String(length=3), nullable=True),
        sa.Column("host_country", sa.String(length=3), nullable=True),
        sa.Column("country_of_return", sa.String(length=3), nullable=True),
        sa.Column("place_of_return", sa.String(length=200), nullable=True),
        sa.Column("languages", sa.Text(), nullable=True),
        sa.Column("office_id", sa.String(length=36), nullable=True),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("identified_on", sa.String(length=10), nullable=True),
        sa.Column("departure_date", sa.String(length=10), nullable=True),
        sa.Column("arrival_date", sa.String(length=10), nullable=True),
        sa.Column("closed_on", sa.String(length=10), nullable=True),
        sa.Column("closure_reason", sa.String(length=64), nullable=True),
        sa.Column("early_exit", sa.Boolean(), nullable=True),
        sa.Column("risk_level", sa.String(length=64), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_cases_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["users.id"], name=op.f("fk_cases_officer_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programmes.id"], name=op.f("fk_cases_programme_id_programmes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_case_code", ["case_code"], unique=False)
        batch_op.create_index("ix_cases_country_of_return", ["country_of_return"], unique=False)
        batch_op.create_index("ix_cases_office_id", ["office_id"], unique=False)
        batch_op.create_index("ix_cases_status", ["status"], unique=False)

    op.create_table(
        "training_participants",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("organisation_type", sa.String(length=64), nullable=True),
        sa.Column("function", sa.String(length=200), nullable=True),
        sa.Column("sex", sa.String(length=64), nullable=True),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.Column("pre_score", sa.Integer(), nullable=True),
        sa.Column("post_score", sa.Integer(), nullable=True),
        sa.Column("found_useful", sa.Boolean(), nullable=True),
        sa.Column("certificate", sa.Boolean(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_sessions.id"],
            name=op.f("fk_training_participants_session_id_training_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_participants")),
    )
    with op.batch_alter_table("training_participants", schema=None) as batch_op:
        batch_op.create_index("ix_training_participants_session_id", ["session_id"], unique=False)

    op.create_table(
        "assessments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("assessed_on", sa.String(length=10), nullable=True),
        sa.Column("assessor_id", sa.String(length=36), nullable=True),
        sa.Column("vulnerabilities", sa.Text(), nullable=True),
        sa.Column("vulnerability_level", sa.String(length=64), nullable=True),
        sa.Column("vulnerability_details", sa.Text(), nullable=True),
        sa.Column("needs", sa.Text(), nullable=True),
        sa.Column("skills", sa.Text(), nullable=True),
        sa.Column("motivation", sa.String(length=64), nullable=True),
        sa.Column("risk_level", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessor_id"], ["users.id"], name=op.f("fk_assessments_assessor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_assessments_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index("ix_assessments_case_id", ["case_id"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_attachments_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index("ix_attachments_case_id", ["case_id"], unique=False)

    op.create_table(
        "best_interests",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("trigger", sa.String(length=64), nullable=True),
        sa.Column("conducted_on", sa.String(length=10), nullable=True),
        sa.Column("panel", sa.String(length=500), nullable=True),
        sa.Column("options_considered", sa.Text(), nullable=True),
        sa.Column("decision", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_best_interests_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_best_interests")),
    )
    with op.batch_alter_table("best_interests", schema=None) as batch_op:
        batch_op.create_index("ix_best_interests_case_id", ["case_id"], unique=False)

    op.create_table(
        "case_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("from_status", sa.String(length=64), nullable=True),
        sa.Column("to_status", sa.String(length=64), nullable=True),
        sa.Column("event_date", sa.String(length=10), nullable=True),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_case_events_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.create_index("ix_case_events_case_id", ["case_id"], unique=False)

    op.create_table(
        "case_links",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("other_case_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_links_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["other_case_id"], ["cases.id"], name=op.f("fk_case_links_other_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_links")),
    )
    with op.batch_alter_table("case_links", schema=None) as batch_op:
        batch_op.create_index("ix_case_links_case_id", ["case_id"], unique=False)

    op.create_table(
        "case_name_keys",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_name_keys_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("case_id", "key", name=op.f("pk_case_name_keys")),
    )
    with op.batch_alter_table("case_name_keys", schema=None) as batch_op:
        batch_op.create_index("ix_case_name_keys_key", ["key"], unique=False)

    op.create_table(
        "case_notes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("written_on", sa.String(length=10), nullable=True),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_case_notes_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_notes_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_notes")),
    )
    with op.batch_alter_table("case_notes", schema=None) as batch_op:
        batch_op.create_index("ix_case_notes_case_id", ["case_id"], unique=False)

    op.create_table(
        "consents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("scope", sa.String(length=64), nullable=True),
        sa.Column("partner_id", sa.String(length=36), nullable=True),
        sa.Column("given_by", sa.String(length=64), nullable=True),
        sa.Column("given_on", sa.String(length=10), nullable=True),
        sa.Column("withdrawn_on", sa.String(length=10), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_consents_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_consents_partner_id_partners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index("ix_consents_case_id", ["case_id"], unique=False)

    op.create_table(
        "family_assessments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("assessed_on", sa.String(length=10), nullable=True),
        sa.Column("home_visit_on", sa.String(length=10), nullable=True),
        sa.Column("caregiving_capacity", sa.String(length=64), nullable=True),
        sa.Column("protection_risks", sa.Text(), nullable=True),
        sa.Column("child_views", sa.Text(), nullable=True),
        sa.Column("recommendation", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_family_assessments_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_assessments")),
    )
    with op.batch_alter_table("family_assessments", schema=None) as batch_op:
        batch_op.create_index("ix_family_assessments_case_id", ["case_id"], unique=False)

    op.create_table(
        "guardians",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("relationship", sa.String(length=200), nullable=True),
        sa.Column("authority", sa.String(length=64), nullable=True),
        sa.Column("phone", sa.String(length=200), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_guardians_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardians")),
    )
    with op.batch_alter_table("guardians", schema=None) as batch_op:
        batch_op.create_index("ix_guardians_case_id", ["case_id"], unique=False)

    op.create_table(
        "handovers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("escort_name", sa.String(length=200), nullable=True),
        sa.Column("escort_organisation", sa.String(length=200), nullable=True),
        sa.Column("departure_on", sa.String(length=10), nullable=True),
        sa.Column("handover_on", sa.String(length=10), nullable=True),
        sa.Column("received_by", sa.String(length=200), nullable=True),
        sa.Column("receiving_authority", sa.String(length=200), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_handovers_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handovers")),
    )
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.create_index("ix_handovers_case_id", ["case_id"], unique=False)

    op.create_table(
        "identities",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("given_name", sa.String(length=200), nullable=True),
        sa.Column("family_name", sa.String(length=200), nullable=True),
        sa.Column("other_names", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("document_type", sa.String(length=64), nullable=True),
        sa.Column("document_number", sa.String(length=200), nullable=True),
        sa.Column("document_country", sa.String(length=3), nullable=True),
        sa.Column("marital_status", sa.String(length=64), nullable=True),
        sa.Column("education_level", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_identities_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identities")),
    )
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.create_index("ix_identities_case_id", ["case_id"], unique=False)

    op.create_table(
        "monitoring_visits",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("slot", sa.String(length=24), nullable=True),
        sa.Column("due_date", sa.String(length=10), nullable=True),
        sa.Column("window_start", sa.String(length=10), nullable=True),
        sa.Column("window_end", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=64), nullable=True),
        sa.Column("visited_on", sa.String(length=10), nullable=True),
        sa.Column("visited_by", sa.String(length=36), nullable=True),
        sa.Column("mode", sa.String(length=64), nullable=True),
        sa.Column("rss_due", sa.Boolean(), nullable=True),
        sa.Column("findings_economic", sa.Text(), nullable=True),
        sa.Column("findings_social", sa.Text(), nullable=True),
        sa.Column("findings_psychosocial", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_monitoring_visits_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["visited_by"], ["users.id"], name=op.f("fk_monitoring_visits_visited_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_visits")),
    )
    with op.batch_alter_table("monitoring_visits", schema=None) as batch_op:
        batch_op.create_index("ix_monitoring_visits_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_monitoring_visits_due", ["status", "window_start"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("partner_id", sa.String(length=36), nullable=True),
        sa.Column("service", sa.String(length=64), nullable=True),
        sa.Column("referred_on", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_referrals_partner_id_partners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index("ix_referrals_case_id", ["case_id"], unique=False)

    op.create_table(
        "reintegration_plans",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=64), nullable=True),
        sa.Column("budget_amount", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=64), nullable=True),
        sa.Column("agreed_on", sa.String(length=10), nullable=True),
        sa.Column("approved_on", sa.String(length=10), nullable=True),
        sa.Column("approved_by", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_reintegration_plans_approved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_reintegration_plans_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reintegration_plans")),
    )
    with op.batch_alter_table("reintegration_plans", schema=None) as batch_op:
        batch_op.create_index("ix_reintegration_plans_case_id", ["case_id"], unique=False)

    op.create_table(
        "trafficking_profiles",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("exploitation_types", sa.Text(), nullable=True),
        sa.Column("labour_industry", sa.String(length=64), nullable=True),
        sa.Column("sex_exploitation_types", sa.Text(), nullable=True),
        sa.Column("control_methods", sa.Text(), nullable=True),
        sa.Column("recruitment_methods", sa.Text(), nullable=True),
        sa.Column("recruitment_apps", sa.Text(), nullable=True),
        sa.Column("trafficker_relationship", sa.String(length=64), nullable=True),
        sa.Column("age_when_trafficked", sa.Integer(), nullable=True),
        sa.Column("countries_of_exploitation", sa.Text(), nullable=True),
        sa.Column("places", sa.Text(), nullable=True),
        sa.Column("exploitation_start", sa.String(length=10), nullable=True),
        sa.Column("exploitation_end", sa.String(length=10), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_trafficking_profiles_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trafficking_profiles")),
    )
    with op.batch_alter_table("trafficking_profiles", schema=None) as batch_op:
        batch_op.create_index("ix_trafficking_profiles_case_id", ["case_id"], unique=False)

    op.create_table(
        "assistance_measures",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("plan_id", sa.String(length=36), nullable=True),
        sa.Column("phase", sa.String(length=64), nullable=True),
        sa.Column("category", sa.String(length=64), nullable=True),
        sa.Column("provider_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.String(length=500), nullable=True),
        sa.Column("status", sa.String(length=64), nullable=True),
        sa.Column("planned_on", sa.String(length=10), nullable=True),
        sa.Column("delivered_on", sa.String(length=10), nullable=True),
        sa.Column("planned_amount", sa.Integer(), nullable=True),
        sa.Column("spent_amount", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_assistance_measures_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["reintegration_plans.id"],
            name=op.f("fk_assistance_measures_plan_id_reintegration_plans"),
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["partners.id"],
            name=op.f("fk_assistance_measures_provider_id_partners"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistance_measures")),
    )
    with op.batch_alter_table("assistance_measures", schema=None) as batch_op:
        batch_op.create_index("ix_assistance_measures_case_id", ["case_id"], unique=False)

    op.create_table(
        "plan_objectives",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("plan_id", sa.String(length=36), nullable=True),
        sa.Column("dimension", sa.String(length=64), nullable=True),
        sa.Column("description", sa.String(length=500), nullable=True),
        sa.Column("status", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_plan_objectives_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["reintegration_plans.id"],
            name=op.f("fk_plan_objectives_plan_id_reintegration_plans"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_objectives")),
    )
    with op.batch_alter_table("plan_objectives", schema=None) as batch_op:
        batch_op.create_index("ix_plan_objectives_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_plan_objectives_plan_id", ["plan_id"], unique=False)

    op.create_table(
        "risk_items",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("assessment_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("likelihood", sa.Integer(), nullable=True),
        sa.Column("severity", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(length=64), nullable=True),
        sa.Column("mitigation", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_risk_items_assessment_id_assessments"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_risk_items_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_items")),
    )
    with op.batch_alter_table("risk_items", schema=None) as batch_op:
        batch_op.create_index("ix_risk_items_assessment_id", ["assessment_id"], unique=False)
        batch_op.create_index("ix_risk_items_case_id", ["case_id"], unique=False)

    op.create_table(
        "rss_surveys",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("surveyed_on", sa.String(length=10), nullable=True),
        sa.Column("instrument_version", sa.String(length=24), nullable=True),
        sa.Column("answers", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_rss_surveys_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["monitoring_visits.id"],
            name=op.f("fk_rss_surveys_visit_id_monitoring_visits"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rss_surveys")),
    )
    with op.batch_alter_table("rss_surveys", schema=None) as batch_op:
        batch_op.create_index("ix_rss_surveys_case_id", ["case_id"], unique=False)

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("office_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False))
        batch_op.create_foreign_key(
            batch_op.f("fk_users_office_id_offices"), "offices", ["office_id"], ["id"]
        )


def downgrade() -> None:
    raise NotImplementedError("field laptops only move forward; restore the backup instead")
