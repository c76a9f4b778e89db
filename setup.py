"""The build step that puts the data inside the package (see ``ogpdesk/paths.py``).

The source layout keeps ``translations/`` and ``resources/`` at the top; a wheel holds only
what is inside the package, so ``build_py`` copies them — with the compiled ``.qm`` — and the
licence texts into ``ogpdesk/data/``. The ``.qm`` are compiled here with ``lrelease`` when
PySide6 (or ``pyside6-lrelease``) is at hand, else the ones ``scripts/venv`` compiled beside
the ``.ts`` (an sdist carries those) are taken; a build without them fails rather than ship a
window that cannot speak Arabic or French. An editable install reads the top-level folders.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
FOLDERS = ("translations", "resources")
FILES = ("LICENSE", "THIRD_PARTY_NOTICES")


def _lrelease() -> str | None:
    try:
        import PySide6
    except ImportError:
        return shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return str(Path(PySide6.__file__).resolve().parent / "lrelease")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "ogpdesk" / "data"
        if target.exists():
            shutil.rmtree(target)
        for folder in FOLDERS:
            if (ROOT / folder).is_dir():
                shutil.copytree(
                    ROOT / folder, target / folder, ignore=shutil.ignore_patterns("*.pyc")
                )
        for name in FILES:
            if not (ROOT / name).is_file():
                raise SystemExit(f"build: {name} is missing at the top of the source tree")
            shutil.copy2(ROOT / name, target / name)
        self._catalogues(target / "translations")

    def _catalogues(self, folder: Path) -> None:
        lrelease = _lrelease()
        for source in sorted(folder.glob("*.ts")):
            compiled = source.with_suffix(".qm")
            if lrelease is not None:
                subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)
            elif not compiled.exists():
                raise SystemExit(
                    f"build: {compiled.name} is missing and lrelease is not available: "
                    "run scripts/venv first (it compiles the translations)"
                )


setup(cmdclass={"build_py": BuildPyWithData})
