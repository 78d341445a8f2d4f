"""Where the papers' plain texts are read from: a configured directory, never a copy inside the tree.

The fidelity and coverage tests read each registered paper's ``text`` (``theorems.registry.Paper``) from the
texts directory, which is, first found: the pytest option ``--paper-texts DIR``, the environment variable
``CLAIMS_PAPER_TEXTS``, else ``../shared/seeds`` beside the project (the pytest rootdir; the working directory
outside pytest). A paper's ``text`` may also be an absolute path. A missing text is ``TextsMissing``, whose
message is one line: where the text was looked for and how to point elsewhere.
"""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path

ENVIRONMENT = "CLAIMS_PAPER_TEXTS"
DEFAULT = Path("..") / "shared" / "seeds"

_configured: tuple[Path, str] | None = None  # (directory, where the setting came from), set by the pytest plugin


class TextsMissing(FileNotFoundError):
    """A paper's text is not where the configuration says; the message says where it looked and how to point
    elsewhere."""


def configure(directory: str | os.PathLike | None, base: str | os.PathLike | None = None) -> None:
    """Set the texts directory: ``directory`` (from ``--paper-texts``) if given, else the environment variable,
    else ``DEFAULT`` under ``base`` (the pytest rootdir)."""
    global _configured
    if directory is not None:
        _configured = (Path(directory).resolve(), "--paper-texts")
    elif os.environ.get(ENVIRONMENT):
        _configured = (Path(os.environ[ENVIRONMENT]).resolve(), ENVIRONMENT)
    else:
        _configured = ((Path(base or Path.cwd()) / DEFAULT).resolve(), f"the default {DEFAULT} beside the project")
    text.cache_clear()


def directory() -> tuple[Path, str]:
    """The texts directory and where the setting came from."""
    if _configured is None:
        configure(None)
    return _configured


def path(slug: str) -> Path:
    """The file that holds the registered paper ``slug``'s text."""
    from theorems.registry import paper

    where, _ = directory()
    return where / paper(slug).text


@cache
def text(slug: str) -> str:
    """The registered paper ``slug``'s plain text; ``TextsMissing`` (one line) when it is not there."""
    file = path(slug)
    if not file.is_file():
        where, source = directory()
        raise TextsMissing(f"paper texts: no text of {slug!r} at {file} (texts directory {where}, from {source}); "
                           f"point to the texts with --paper-texts DIR or {ENVIRONMENT}=DIR")
    return file.read_text(encoding="utf-8")
