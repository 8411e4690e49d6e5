"""The wheel carries the navigator's data: rules/, pathways/, locales/ (.po catalogs, compiled in memory when
read, navigator/i18n.py) and features/ are copied into the package as navigator/data/ when it is built, so
`pip install .` works from any folder (navigator/home.py finds them there). Everything else is in pyproject.toml.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA = ("rules", "pathways", "locales", "features")
SUFFIXES = {".yaml", ".json", ".po", ".pot", ".feature"}


class build_py_with_data(build_py):
    def run(self):
        super().run()
        if self.editable_mode:          # `pip install -e .` reads the checkout itself
            return
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "navigator" / "data"
        for folder in DATA:
            for path in sorted((root / folder).rglob("*")):
                if path.is_file() and path.suffix in SUFFIXES:
                    out = target / path.relative_to(root)
                    out.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(path, out)


setup(cmdclass={"build_py": build_py_with_data})
