"""Kong's census (METHOD §4): every numbered equation and result of the text (with its proof appendix), covered by a
claim, excluded with a reason, or pending with what it carries. Hand checks in the notes use the text's symbols."""
from theorems.coverage import covered, excluded, pending

CENSUS = [
    excluded("eq. (1)", "definition"),
    excluded("eq. (2)", "definition"),
    excluded("eq. (3)", "definition"),
    excluded("eq. (4)", "definition"),
    excluded("eq. (5)", "definition"),
    excluded("eq. (6)", "notation"),
    covered("eq. (7)", "kong.eq_8"),
    covered("eq. (8)", "kong.eq_8"),
    covered("eq. (9)", "kong.eq_9"),
    excluded("Assumption 1", "definition"),
    covered("Proposition 1", "kong.proposition_1"),
    covered("eq. (10)", "kong.proposition_1"),
    covered("Proposition 2", "kong.proposition_2"),
    covered("Assumption 2", "kong.assumption_2"),
    covered("Theorem 3", "kong.theorem_3"),
    covered("Lemma 4", "kong.lemma_4"),
    covered("eq. (11)", "kong.lemma_4"),
    covered("Lemma 5", "kong.lemma_5"),
    covered("Lemma 6", "kong.lemma_6", "kong.lemma_6.radius_A", "kong.lemma_6.radius_B"),
    covered("Lemma 7", "kong.lemma_7"),
    covered("eq. (12)", "kong.eq_12"),
    excluded("eq. (13)", "notation"),
    excluded("eq. (14)", "notation"),
    covered("eq. (15)", "kong.eq_15"),
    pending("eq. (16)", "identity (no constant) from (15) into (9); kong.proposition_1 checks only its endpoint (10). As "
            "printed its last equality repeats the cross term and carries a stray '·(x_iᵀA_rA_rᵀx_j + x_iᵀx_j B_pr²)"
            "·1{…}' factor on it, so the printed right side is not (10) (typo or extraction slip, unverified against "
            "the PDF)"),
    covered("eq. (17)", "kong.proposition_2.eq_17"),
    covered("eq. (18)", "kong.proposition_2", "kong.proposition_2.eq_19_20"),
    covered("eq. (19)", "kong.proposition_2.eq_19_20"),
    covered("eq. (20)", "kong.proposition_2.eq_19_20"),
    excluded("eq. (21)", "restatement", "of (10)"),
    excluded("eq. (22)", "definition"),
    covered("eq. (23)", "kong.lemma_4.eq_23"),
    pending("eq. (24)", "Hoeffding, constant and direction. Three slips: (a) the truncation event should add h1/τ² "
            "to the bound, not multiply it by (1 − h1/τ²) (a factor < 1: wrong direction); (b) Hoeffding for the mean "
            "of N = h1h2 terms in [−M, M], M = τ+2, gives 2exp(−Nδ²/(2M²)); printed exp(−Nδ²/M²), exponent 2x too "
            "strong ((25) then puts the /2 back); (c) t for τ. Also the X_pr are not independent (shared A_r, "
            "w_qB_qr sums over q), which Hoeffding needs (root cause kong.first_layer_does_not_average); δ is "
            "both the deviation and the probability"),
    pending("eq. (25)", "substitution τ+2 = h1^{1/2}h2^{k/2}: exponent h2^{1−k}δ²/2 is right from a correct Hoeffding, "
            "not from (24) as printed; h1/τ² is replaced by 1/h2^k, which drops the −2 (h1 = 1, h2 = 10⁴, k = 1/2: "
            "τ = 8, h1/τ² = 1/64 vs 1/h2^k = 1/100); inherits (24)'s multiplicative (1 − ·) factor"),
    pending("eq. (26)", "inversion of (25) (setting its right side to δ): checked by hand, "
            "ε² = (2/h2^{1−k}) log(2(1 − h2^{−k})/δ) is exactly (26); the step (26) → (27) is kong.lemma_4.eq_27, "
            "(25) → (26) has no claim"),
    covered("eq. (27)", "kong.lemma_4.eq_27"),
    covered("eq. (28)", "kong.lemma_4.eq_28"),
    covered("eq. (29)", "kong.lemma_4.eq_29"),
    pending("eq. (30)", "direction ≤: triangle inequality on (10) at t and 0 (|w_p| = 1 kept); looks right by hand; "
            "no claim"),
    covered("eq. (31)", "kong.lemma_5.eq_31"),
    pending("eq. (32)", "probability, ≥: applies the Gaussian anti-concentration 1 − 2R_B/√(2π) to B_pᵀσ(Ax_i), but B_p "
            "lies on S^{h1−1}: P(|B_pᵀv| ≤ R) ≈ 2R·Γ(h1/2)/(√π Γ((h1−1)/2)), i.e. the Gaussian rate times 1.25 at "
            "h1 = 3, 2.55 at h1 = 8, 9.92 at h1 = 100 (≈ √(h1−1)); the same slip as (31) for A_r (kong.lemma_5.eq_31, "
            "root cause kong.sphere_rows_are_not_gaussian) and a threshold R_B that ignores ‖σ(Ax_i)‖ and the "
            "move of A. Also the product over r treats the time-t events as independent (they depend on the "
            "trajectory), and '∀i' with exponent h1 mixes i and r"),
    pending("eq. (33)", "probability, ≤: 1 − (1−a)^{h1}(1−b) ≤ h1a + b is right (Bernoulli); inherits (32)'s missing "
            "√(h1−1) factor on the R_B term"),
    pending("eq. (34)", "probability, ≤: union bound of (31) and (33), 2(h1R_A + R_A + R_B)/√(2π): right given them"),
    pending("eq. (35)", "probability, ≤: union over i and j doubles (34) to 4(…)/√(2π): right given it"),
    pending("eq. (36)", "probability in a bound: P('activation changes') for H_ij is the chance that any of its h1h2 "
            "neuron patterns (over i, j) changes, but the per-neuron bound (35) is used. Hand check: h2 = 1000 "
            "neurons each changing w.p. ε = 10⁻³ give P(some change) = 1 − (1−ε)^{1000} = 0.63, not 10⁻³. A "
            "per-term split (as in [6]) is needed"),
    pending("eq. (37)", "direction ≤: E(|Δ| | change) ≤ E|H_ij(t)| + E|H_ij(0)| bounds a conditional expectation by "
            "unconditional ones; false in general (E(|X| | C) can reach E|X|/P(C)); needs the conditional "
            "expectations on the right"),
    pending("eq. (38)", "constants, ≤: (a) its first line drops (10)'s p ≠ q cross term of H_ij; (b) the last line's "
            "(1 + R_B²)/h2 should be (1 + R_B²)/h1 (or 1 + R_B² from the line before): (1/(h1h2))Σ_{p,r}B_pr(0)² = "
            "(1/(h1h2))Σ_p‖B_p(0)‖² = 1/h1 for unit rows; hand check h1 = 1, h2 = 1000: the term is 1, printed "
            "10⁻³. The factor 2 covers the missing cross terms of ‖a+b‖² ≤ 2‖a‖² + 2‖b‖²"),
    pending("eq. (39)", "constant, ≤: the same /h2 for /h1 as (38): at t = 0, (1/(h1h2))Σ_{p,r}(‖A_r‖² + B_pr²) = "
            "1 + 1/h1 for unit rows (h1 = 1: 2, against the printed 1 + 1/h2); and the cross term is dropped"),
    pending("eq. (40)", "O(·) combination of (36)-(39) with R_A, R_B = O(1); inherits (36)'s per-neuron probability "
            "(the h1R_A, R_B terms would carry up to a factor h1h2) and (37)'s conditional expectation"),
    pending("eq. (41)", "constant, ≤: its own last-but-one line does not give O(max(R_A, R_B)): the p ≠ q term "
            "(1/(h1h2))Σ_{p,q}(2R_B + R_B²) = (h2/h1)(2R_B + R_B²) grows with h2. Hand check h1 = 1, h2 = 1000, "
            "R_B = 10⁻³: the printed line gives ≈ 2.0 (2R_B·1001), against O(R_B) = 10⁻³"),
    pending("eq. (42)", "O(max(h1R_A, R_B)) from (40), (41); inherits (41)'s missing factor h2/h1 on R_B"),
    pending("eq. (43)", "exponent of n, probability 1 − δ: Markov on ‖H(t) − H(0)‖_F ≤ Σ_ij |Δ_ij| needs "
            "max(h1R_A, R_B) = O(δλ0/n²), not /n (E‖Δ‖_F ≤ n²·m, so P(‖Δ‖_F > λ0/4) ≤ 4n²m/λ0); hand check n = 10: "
            "δλ0/400 needed against the printed cδλ0/10. /n would need second moments E Δ_ij², which (42) does "
            "not give. λmin(H(t)) ≥ λ0/2 also needs Lemma 4's event (another δ), not counted in Lemma 5's 1 − δ"),
    pending("eq. (44)", "exponents of Lemma 5's radii R_A = O(cδλ0/(nh1)), R_B = O(cδλ0/n): inherit (43)'s n for n² "
            "and (41)'s h2/h1; kong.lemma_5 checks only t = 0, where the radii are vacuous"),
    covered("eq. (45)", "kong.lemma_6.eq_45", "kong.lemma_6"),
    covered("eq. (46)", "kong.lemma_6.eq_46", "kong.lemma_6.radius_A"),
    pending("eq. (47)", "step ‖A(s)‖_F ≤ √h1 is false for s > 0: rows are normalized only at init and move "
            "(‖A_r(s)‖ ≤ 1 + ‖A_r(s) − A_r(0)‖, up to 2.3R'_A beyond on kong.lemma_6.radius_A's pins); the third "
            "line also replaces σ(A(s)x_i)1_i{p} by A(s)x_i1_i{p,r}. The conclusion (49) holds on every instance "
            "(kong.lemma_6.radius_B), but no claim checks this step"),
    covered("eq. (48)", "kong.lemma_6.radius_A"),
    covered("eq. (49)", "kong.lemma_6.radius_B"),
    excluded("eq. (50)", "definition"),
]
