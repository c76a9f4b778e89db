"""Server passwords, kept in the operating system's keychain (``keyring``), never in files.

A password is stored under the account ``user@host:port/database`` of the service
``ogpdesk``. A URL without a password is completed from the keychain when it opens, so that
``ogpdesk --db postgresql://secretaire@mairie/kef`` works once the window has connected and
remembered the password. Without ``keyring`` (installed with ``ogpdesk[postgresql]``) or
without a usable keychain, nothing is remembered and the password must be given each time.
"""

from __future__ import annotations

import logging

from sqlalchemy import URL, make_url

log = logging.getLogger(__name__)

SERVICE = "ogpdesk"


def server_url(
    host: str, port: int, database: str, user: str | None, password: str | None = None
) -> str:
    """The URL of a database on a PostgreSQL server, as the Connect dialog asks for it."""
    url = URL.create(
        "postgresql",
        username=user or None,
        password=password or None,
        host=host,
        port=port,
        database=database,
    )
    return url.render_as_string(hide_password=False)


def account(url: URL | str) -> str:
    parsed = make_url(url)
    return f"{parsed.username or ''}@{parsed.host or ''}:{parsed.port or 5432}/{parsed.database}"


def password_for(url: URL | str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, account(url))
    except Exception as exc:
        # No keyring installed, or no keychain on this machine (a headless server).
        log.info("no password from the keychain: %s", exc)
        return None


def remember(url: URL | str, password: str) -> bool:
    """Keep the password of this server account; False when there is no keychain."""
    try:
        import keyring

        keyring.set_password(SERVICE, account(url), password)
        return True
    except Exception as exc:
        log.warning("the password could not be kept in the keychain: %s", exc)
        return False


def with_password(url: str) -> str:
    """The URL with its password from the keychain, if it has none and one is kept."""
    parsed = make_url(url)
    if parsed.password is not None or not parsed.username:
        return url
    password = password_for(parsed)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
