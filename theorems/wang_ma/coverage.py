"""wang_ma's census (METHOD §4): every numbered equation, numbered result and display of the text, covered by a
claim, excluded with a reason, or pending (a step that needs a claim of its own). Only the main text is in the seed:
the proofs (Appendices A-D) are not, so Section 6's lemmas are informal statements of appendix lemmas, covered as
stated. 'Main Theorem 1/2' of the introduction are not items the extractor lists (claims wang_ma.main_theorem_1/2)."""
from theorems.coverage import covered, excluded, pending

W = "wang_ma."

CENSUS = [
    # --- 3 preliminaries
    excluded("eq. (1)", "definition"),  # the empirical risk
    excluded("eq. (2)", "definition"),  # the GD update
    covered("eq. (3)", W + "eq_3.unbiased"),  # the SGD update: its 1/B makes it unbiased for (1)'s 1/n
    # --- 4.1 binary classification, quadratic loss
    excluded("eq. (4)", "definition"),  # the model without bias
    excluded("eq. (5)", "definition"),  # the initialization
    covered("Assumption 4.1", W + "assumption_4_1.i", W + "assumption_4_1.ii", W + "assumption_4_1.mu0_le_1",
            W + "assumption_4_1.antipodal_remark", W + "assumption_4_1.image_flip"),
    covered("display after (5)", W + "assumption_4_1.ii"),  # μ0's min-max, as printed -inf
    covered("Theorem 4.2", W + "theorem_4_2"),
    covered("Corollary 4.3", W + "corollary_4_3", W + "section_4_3.eta_le_001"),
    # --- 4.2 multi-class, general loss
    covered("Assumption 4.4", W + "assumption_4_4", W + "assumption_4_4.exp", W + "assumption_4_4.logistic",
            W + "assumption_4_4.hinge"),
    covered("Assumption 4.5", W + "assumption_4_5", W + "assumption_4_5.shrink_remark", W + "assumption_4_5.images"),
    excluded("eq. (6)", "definition"),  # the model with bias
    covered("Theorem 4.6", W + "theorem_4_6", W + "corollary_4_7.probability_term"),
    covered("Corollary 4.7", W + "corollary_4_7", W + "corollary_4_7.probability_term"),
    # --- 5 global convergence
    covered("Assumption 5.1", W + "assumption_5_1", W + "assumption_5_1.exp", W + "assumption_5_1.logistic"),
    covered("eq. (7)", W + "eq_7", W + "theorem_5_3"),  # V: positivity (eq_7); its use as a rate (unit_norm_in_V)
    covered("Theorem 5.2", W + "theorem_5_2.phase1", W + "theorem_5_2.phase2"),
    # the schedule is the hypothesis both phases are run under (η0 = 1/(2sqrt2), c/(tL), c/L^{1-1/(2r)})
    covered("display after (7)", W + "theorem_5_2.phase1", W + "theorem_5_2.phase2"),
    covered("display after (7) #2", W + "theorem_5_2.phase1", W + "theorem_5_2.phase2"),
    covered("Theorem 5.3", W + "theorem_5_3", W + "section_6_3.hessian_by_loss"),
    covered("display after (7) #3", W + "theorem_5_3"),  # its schedule, run by the check
    covered("display after (7) #4", W + "theorem_5_3"),
    # --- 6 proof sketch
    pending("display after (7) #5",
            "The hitting time T prints max_{i ∈ [m]} |f(x_i; θ(s))| <= 1: i ranges over the m neurons, not the n "
            "samples (typo for i ∈ [n]). With m < n, which Theorem 4.2 allows (m = Ω(log(n/δ)), 'mildly "
            "parameterized'), the printed T ignores samples m+1..n and can exceed the intended one. Hand check: "
            "n = 4, m = 2: the printed T constrains f(x_1), f(x_2) only. model.hitting_time (wang_ma.section_6_1.T, "
            "status untestable) implements i ∈ [n]; no claim pins the printed form."),
    excluded("display after (7) #6", "definition"),  # TL, TD, FL, FD (their partition of [m]: wang_ma.lemma_a_1)
    covered("Lemma 6.1", W + "lemma_6_1"),
    covered("Lemma 6.2", W + "lemma_6_2.s1", W + "lemma_6_2.s2", W + "lemma_6_2.s3", W + "lemma_6_2.s4",
            W + "lemma_6_2.s5"),
    covered("display after (7) #7", W + "section_6_1_2.T_e", W + "table_1.hitting_row"),  # T_e
    covered("Lemma 6.3", W + "lemma_6_3.p1", W + "lemma_6_3.p2", W + "lemma_6_3.p3"),
    pending("Lemma 6.4",
            "The block form and the entry bound are checked (wang_ma.lemma_6_4.block, .entry_lb, the latter with '≳' "
            "as 1 and O(·) as Lemma 6.1's width over m); the chained '> 0' has no claim and is false: same-class "
            "x_iᵀx_j = 0 is allowed by Assumption 4.1(i), and there the bound is 0·(1/8 − O(·)) = 0. Hand check: "
            "x = (e1, e2 | −e1, −e2) in R², unit norms, every sample with its antipode (generic μ0 = 1): "
            "x_1ᵀx_2 = 0, bound 0, not > 0 (G_12 = Σ_k σ(b_kᵀx_1)σ(b_kᵀx_2) >= 0 only). Also the O(sqrt(log(n/δ)/n)) "
            "concentrates over neurons, so /m is meant (Lemma 6.1's '≈' is over m): with m = Θ(log(n/δ)) << n the "
            "printed /n is far smaller than the card(TL_i ∩ TL_j)/m fluctuation ~ sqrt(0.19/m); unverified "
            "(the '≳' constant is in Appendix A)."),
    covered("Lemma 6.5", W + "lemma_6_5"),
    covered("Lemma 6.6", W + "lemma_6_6.descent", W + "lemma_6_6.hessian"),
    covered("Lemma 6.7", W + "lemma_6_7"),
]
