"""letterhead, signatories and content languages

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 04:20:00

- institution: ``parent_id`` (municipality → governorate or ministry → republic) and ``logo``;
- meeting: the chair's and the secretary's titles, printed under their signature lines;
- every printed text (institution names, process, meeting, agenda and commitment titles,
  recommendations, decisions, actions, milestones): the row's original language ``lang``,
  detected here from the script of the text, and ``<field>_ar/_fr/_en`` versions;
- recommendation and decision ``translation`` (the other language of a bilingual edition)
  moves to the column of the language it is written in, then is dropped.

Rows are read and written with the columns named here, not through the models, so that a
later change of the models cannot break the upgrade of an old file.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ogpdesk.core.languages import detect_language

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table, translated field, its length (None for Text), languages that need a new column.
TRANSLATED = (
    ("institution", "name", 300, ("fr", "en")),
    ("process", "title", 300, ("fr", "en")),
    ("meeting", "title", 300, ("fr", "en")),
    ("agenda_item", "title", 500, ("ar", "fr", "en")),
    ("recommendation", "text", None, ("ar", "fr", "en")),
    ("decision", "text", None, ("ar", "fr", "en")),
    ("action_item", "task", None, ("ar", "fr", "en")),
    ("commitment", "title", 500, ("fr", "en")),
    ("milestone", "deliverable", None, ("ar", "fr", "en")),
)
WITH_TRANSLATION = ("recommendation", "decision")


def _type(length: int | None) -> sa.types.TypeEngine[str]:
    return sa.String(length=length) if length else sa.Text()


def upgrade() -> None:
    bind = op.get_bind()
    # Only columns are added and dropped, with SQLite's own ALTER TABLE: a batch copy of a
    # table would drop the original, which foreign keys from other tables forbid.
    if bind.dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE institution ADD COLUMN parent_id VARCHAR(36) "
            "CONSTRAINT fk_institution_parent_id_institution REFERENCES institution (id)"
        )
    else:
        op.add_column("institution", sa.Column("parent_id", sa.String(length=36)))
        op.create_foreign_key(
            "fk_institution_parent_id_institution",
            "institution",
            "institution",
            ["parent_id"],
            ["id"],
        )
    op.add_column("institution", sa.Column("logo", sa.LargeBinary(), nullable=True))
    op.add_column("meeting", sa.Column("chair_title", sa.String(length=200), nullable=True))
    op.add_column("meeting", sa.Column("secretary_title", sa.String(length=200), nullable=True))
    for table, field, length, langs in TRANSLATED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("lang", sa.String(length=8), nullable=True))
            for lang in langs:
                batch_op.add_column(sa.Column(f"{field}_{lang}", _type(length), nullable=True))
    for table, field, _length, _langs in TRANSLATED:
        moved = ", translation" if table in WITH_TRANSLATION else ""
        rows = bind.execute(sa.text(f"SELECT id, {field}{moved} FROM {table}")).all()
        for row in rows:
            values = {"id": row[0], "lang": detect_language(row[1])}
            sets = ["lang = :lang"]
            if moved and row[2] and row[2].strip():
                target = _translation_language(values["lang"], row[2])
                values["version"] = row[2]
                sets.append(f"{field}_{target} = :version")
            bind.execute(sa.text(f"UPDATE {table} SET {', '.join(sets)} WHERE id = :id"), values)
    for table in WITH_TRANSLATION:
        _drop_column(table, "translation")


def _translation_language(original: str | None, translation: str) -> str:
    """The column a bilingual edition's other text goes to: its own language, or, when it
    reads as the original's language, the other one of the ar ↔ fr pair it was kept for."""
    lang = detect_language(translation) or "fr"
    if lang != original:
        return lang
    return "fr" if original == "ar" else "ar"


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("PRAGMA defer_foreign_keys = ON")
    for table in WITH_TRANSLATION:
        op.add_column(table, sa.Column("translation", sa.Text(), nullable=True))
        # The other language of the ar ↔ fr pair goes back to ``translation``.
        bind.execute(
            sa.text(
                f"UPDATE {table} SET translation = CASE WHEN lang = 'ar' "
                "THEN coalesce(text_fr, text_en) ELSE text_ar END"
            )
        )
    dropped = [
        *(
            (table, f"{field}_{lang}")
            for table, field, _length, langs in TRANSLATED
            for lang in langs
        ),
        *((table, "lang") for table, *_rest in TRANSLATED),
        ("meeting", "secretary_title"),
        ("meeting", "chair_title"),
        ("institution", "logo"),
    ]
    for table, column in dropped:
        _drop_column(table, column)
    if bind.dialect.name != "sqlite":
        op.drop_constraint("fk_institution_parent_id_institution", "institution")
        op.drop_column("institution", "parent_id")
        return
    # SQLite cannot drop a column that holds a foreign key: the table is copied without it.
    # Dropping the original checks the references to it at once unless told (above) to wait
    # for the end of the transaction, when the copy holds the same ids.
    with op.batch_alter_table("institution", recreate="always") as batch_op:
        batch_op.drop_column("parent_id")


def _drop_column(table: str, column: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)
