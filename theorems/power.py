"""The power of the checks (METHOD §3), as data: which declared constants of each verified or partial inequality
its test sees when the constant is planted 2x stronger (or its term deleted), read from a run's results
(``theorems.results``; the plants are the ``plant`` cases of ``theorems.testing.for_claim``).

``python -m theorems power [--paper SLUG] [--json]`` runs the plant tests with pytest and prints, per claim, the
constants seen, the blind ones with their recorded looseness, and the verified or partial inequalities that
declare no constant yet (``undeclared``: their power is unmeasured).
"""
from __future__ import annotations

from theorems.constants import declared
from theorems.registry import claims

INEQUALITY_KINDS = ("deterministic", "probabilistic", "rate")  # claims whose checks compare two sides


def measured(doc: dict, paper: str | None = None) -> list[dict]:
    """One row per verified or partial inequality of ``paper``: its declared constants, each ``seen``, ``blind``
    (with its looseness) or ``not run`` in ``doc``; ``undeclared`` where it declares none."""
    outcomes: dict[tuple[str, str], bool] = {}
    for row in doc["results"]:
        if row.get("plant"):
            key = (row["claim"], row["plant"]["constant"])
            outcomes[key] = outcomes.get(key, False) or row["plant"]["caught"]
    rows = []
    for claim in claims(paper):
        if claim.status not in ("verified", "partial") or claim.kind not in INEQUALITY_KINDS:
            continue
        constants = declared(claim.id)
        rows.append({
            "claim": claim.id, "status": claim.status, "undeclared": not constants,
            "constants": [{"name": c.name, "role": c.role, "value": c.value, "source": c.source, "plant": c.plant,
                           "looseness": c.looseness,
                           "result": ("seen" if outcomes[(claim.id, c.name)] else "blind")
                           if (claim.id, c.name) in outcomes else "not run"} for c in constants]})
    return rows


def summary(rows: list[dict]) -> str:
    """One line per claim ("sees 2x in c1, α; blind to the c-term: loose >= 3"), then the counts."""
    lines = []
    for row in rows:
        if row["undeclared"]:
            lines.append(f"{row['claim']}: undeclared (no constant declared: power unmeasured)")
            continue
        parts = []
        for result, words in (("seen", "sees"), ("blind", "blind to"), ("not run", "not run:")):
            names = [c["name"] + (f" ({c['looseness']})" if result == "blind" and c["looseness"] else "")
                     for c in row["constants"] if c["result"] == result]
            if names:
                parts.append(f"{words} {', '.join(names)}")
        lines.append(f"{row['claim']}: " + "; ".join(parts))
    constants = [c for row in rows for c in row["constants"]]
    counts = {r: sum(c["result"] == r for c in constants) for r in ("seen", "blind", "not run")}
    lines.append(f"{len(rows)} verified or partial inequalities, {sum(r['undeclared'] for r in rows)} with no declared "
                 f"constant; {len(constants)} declared constants: {counts['seen']} seen, {counts['blind']} blind "
                 f"(loose, measured), {counts['not run']} not run")
    return "\n".join(lines)
