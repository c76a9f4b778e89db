"""The layering of the design, checked on the source: core and documents never reach Qt,
and the window never builds SQL itself.

Imports are read with ``ast`` (every import, also those inside functions), and followed
through ogpdesk's own modules, so that a helper imported by core cannot bring Qt in either.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ogpdesk"
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy")
# What the window may take from SQLAlchemy: a session to hand to the services.
UI_MAY_IMPORT = {"sqlalchemy.orm": {"Session"}}
# Session methods that run a statement: the UI asks a service instead.
QUERY_METHODS = {"execute", "query", "scalar", "scalars", "exec_driver_sql"}


def modules_under(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (PACKAGE / folder).rglob("*.py"))


def module_name(path: Path) -> str:
    if not path.is_relative_to(PACKAGE):
        return path.stem
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text("utf-8"), filename=str(path))


def imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) for every import in the file, relative ones resolved."""
    found = []
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.append((node.lineno, module, [alias.name for alias in node.names]))
    return found


def source_of(module: str) -> Path | None:
    """The file of one of ogpdesk's own modules, or None for anything else."""
    if not module.startswith("ogpdesk"):
        return None
    base = PACKAGE.parent.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def qt_reached_from(path: Path) -> list[str]:
    """How Qt (or the UI package) is reached from ``path``, one chain per way in."""
    problems = []
    seen: set[Path] = set()
    todo = [(path, [module_name(path)])]
    while todo:
        current, chain = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for line, module, names in imports(current):
            targets = [module, *(f"{module}.{name}" for name in names)]
            for target in targets:
                where = " → ".join([*chain, f"{target} (line {line})"])
                if target.split(".")[0] in QT or target.startswith("ogpdesk.ui"):
                    problems.append(where)
                    break
                own = source_of(target)
                if own is not None:
                    todo.append((own, [*chain, module_name(own)]))
    return problems


def test_core_and_documents_never_import_qt() -> None:
    checked = modules_under("core", "documents")
    assert len(checked) > 10
    problems = [problem for path in checked for problem in qt_reached_from(path)]
    assert problems == []


def test_core_and_documents_load_without_qt() -> None:
    """Importing every module of core and documents leaves Qt out of the process."""
    script = (
        "import importlib, pkgutil, sys\n"
        "import ogpdesk.core, ogpdesk.documents\n"
        "for package in (ogpdesk.core, ogpdesk.documents):\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        if not info.name.startswith('ogpdesk.core.migrations'):\n"
        "            importlib.import_module(info.name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def sql_in_ui(path: Path) -> list[str]:
    """Where a UI module imports SQLAlchemy beyond a session, or runs a statement."""
    problems = []
    for line, module, names in imports(path):
        if module.split(".")[0] != "sqlalchemy":
            continue
        allowed = UI_MAY_IMPORT.get(module, set())
        if not names or set(names) - allowed:
            problems.append(f"{path.name}:{line} imports {module} {sorted(set(names) - allowed)}")
    for node in ast.walk(tree(path)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in QUERY_METHODS
        ):
            problems.append(f"{path.name}:{node.lineno} calls .{node.func.attr}()")
    return problems


def test_the_ui_builds_no_sql() -> None:
    checked = modules_under("ui")
    assert checked
    assert [problem for path in checked for problem in sql_in_ui(path)] == []


def test_the_checks_find_what_they_look_for(tmp_path: Path) -> None:
    """A Qt import hidden in a function, SQL in a widget: both are caught."""
    core = tmp_path / "core_module.py"
    core.write_text(
        "from ogpdesk.core import store\ndef later():\n    from PySide6.QtCore import QObject\n",
        "utf-8",
    )
    assert qt_reached_from(core) == ["core_module → PySide6.QtCore (line 3)"]
    widget = tmp_path / "widget.py"
    widget.write_text(
        "from sqlalchemy import select\n"
        "from sqlalchemy.orm import Session\n"
        "def refresh(session: Session) -> None:\n"
        "    session.execute(select(1))\n",
        "utf-8",
    )
    assert sql_in_ui(widget) == [
        "widget.py:1 imports sqlalchemy ['select']",
        "widget.py:4 calls .execute()",
    ]
