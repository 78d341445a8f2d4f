"""Zou and Gu's census (METHOD §4). The text is a PDF extraction with no display markup: its items are the numbered
equations ('(N.M)' line ends) and numbered results; the lemmas' proofs are in an appendix that is not in the text.
Findings on unnumbered steps of results covered here are in the census session's report (O written for Ω in
Lemmas 4.1, 4.3, 4.5 and the abstract), not entries."""
from theorems.coverage import covered, excluded, pending  # noqa: F401  (pending: none yet)

CENSUS = [
    covered("eq. (2.1)", "zou_gu.eq_2_1"),
    excluded("Assumption 3.1", "definition"),
    excluded("Assumption 3.2", "definition"),
    covered("Theorem 3.3", "zou_gu.theorem_3_3.n", "zou_gu.theorem_3_3.L", "zou_gu.theorem_3_3.k",
            "zou_gu.theorem_3_3.eps"),
    covered("eq. (3.1)", "zou_gu.section_4_2.step_i", "zou_gu.section_4_2.step_iii", "zou_gu.table_1.this_paper"),
    covered("Remark 3.4", "zou_gu.remark_3_4"),
    covered("Corollary 3.5", "zou_gu.corollary_3_5", "zou_gu.corollary_3_5.n", "zou_gu.corollary_3_5.eps"),
    covered("Proposition 3.6", "zou_gu.proposition_3_6.closed_form", "zou_gu.proposition_3_6.equivalence",
            "zou_gu.proposition_3_6.lower_bound"),
    covered("Remark 3.7", "zou_gu.remark_3_7", "zou_gu.remark_3_7.data_matrix", "zou_gu.footnote_2.worst_case",
            "zou_gu.footnote_2.random"),
    covered("Theorem 3.8", "zou_gu.theorem_3_8.n", "zou_gu.theorem_3_8.B", "zou_gu.theorem_3_8.L",
            "zou_gu.theorem_3_8.eps"),
    excluded("eq. (3.2)", "proof not in text"),
    covered("Remark 3.9", "zou_gu.remark_3_9.width", "zou_gu.remark_3_9.iterations"),
    covered("Theorem 3.10", "zou_gu.theorem_3_10.n", "zou_gu.theorem_3_10.B", "zou_gu.theorem_3_10.eps"),
    covered("Remark 3.11", "zou_gu.remark_3_11"),
    covered("Lemma 4.1", "zou_gu.lemma_4_1", "zou_gu.lemma_4_1.probability"),
    covered("eq. (4.1)", "zou_gu.eq_4_1", "zou_gu.eq_4_1.constant"),
    covered("Lemma 4.2", "zou_gu.lemma_4_2"),
    covered("Lemma 4.3", "zou_gu.lemma_4_3"),
    covered("Lemma 4.4", "zou_gu.lemma_4_4", "zou_gu.lemma_4_4.probability"),
    covered("eq. (4.2)", "zou_gu.lemma_4_4"),
    covered("Lemma 4.5", "zou_gu.lemma_4_5"),
    covered("eq. (4.3)", "zou_gu.eq_4_3"),
]
