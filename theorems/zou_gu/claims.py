"""Zou-Gu (seed 002): assumption checkers, root causes and the registry of claims."""
from __future__ import annotations

import math

from theorems.assumptions import assumption
from theorems.registry import explain, register
from theorems.zou_gu.instance import MU_TOL, UNIT_TOL, Instance

DISTINCT_TOL = 1e-12  # Assumption 3.2 with φ read from the data: the points must differ by more than rounding


@assumption("zou_gu.assumption_3_1", ref="Assumption 3.1",
            description="||x_i||_2 = 1 and (x_i)_d = μ > 0 for every i; margin: the least of the norm and μ "
                        "deviations' room (1e-12 each) and μ itself")
def _assumption_3_1(inst: Instance) -> float:
    norm = UNIT_TOL - max(abs(math.hypot(*row) - 1) for row in inst.X)
    mu = MU_TOL - max(abs(row[-1] - inst.mu) for row in inst.X)
    return min(norm, mu, inst.mu - MU_TOL)


@assumption("zou_gu.assumption_3_2", ref="Assumption 3.2",
            description="||x_i - x_j||_2 >= φ > 0 for i ≠ j; margin: min distance minus the declared φ (with φ "
                        "read from the data: min distance minus 1e-12)")
def _assumption_3_2(inst: Instance) -> float:
    if inst.n == 1:
        return inst.separation
    return inst.min_distance - (inst.phi if inst.phi is not None else DISTINCT_TOL)


DATA = ("zou_gu.assumption_3_1", "zou_gu.assumption_3_2")
UNIT = ("zou_gu.assumption_3_1",)

# --- root causes ---------------------------------------------------------------------------------------

explain("zou_gu.o_for_omega", title="O written where a lower bound Ω is meant",
        explanation="The introduction writes 'we have λ0 = O(n^{-2}φ) [17]' and substitutes 'λ0 = Ω(n^{-2}φ)' in the "
                    "next sentence; Proposition 3.6 states the lower bound λ0 >= Cφn^{-2}. An upper bound "
                    "λ0 <= C'φn^{-2} is false: on x_i = (√(1-μ²)e_i, μ) (Assumptions 3.1, 3.2 hold, φ = √(2(1-μ²)) "
                    "fixed) H = (1/2 - c)I + c11ᵀ with c = μ²(π - θ)/(2π), θ = arccos μ², so λ0 = 1/2 - c does not "
                    "depend on n and λ0n²/φ grows as n².",
        scaling="λ0 n²/φ = (1/2 - c) n²/φ on the family: exponent 2 in n, no constant bounds it; the slip vanishes "
                "only if O is read as Ω.",
        hand_check="μ² = 1/2: θ = π/3, c = (1/2)(2π/3)/(2π) = 1/6, λ0 = 1/3, φ = 1; at n = 4, λ0n²/φ = 16/3 = 5.333 "
                   "(measured 5.3333), at n = 64, 1365.33 (measured 1365.3333); fitted exponent 2.000.")
explain("zou_gu.probability_sign", title="failure-probability exponents of the wrong sign",
        explanation="A statement 'with probability at least 1 - exp(E)' says something only if E < 0. Lemma 4.1 prints "
                    "E = O(mφ/(dn)) and Lemma 4.4 prints E = -Ω(-mτ^{3/2}L); under Section 1's definitions (O: <= C1·b, "
                    "Ω: >= C2·b) both only give E <= C·x with x > 0, so the guaranteed bound 1 - exp(Cx) is < 0 for "
                    "every C > 0 and the lemmas' probability clauses are vacuous as printed. Intended: "
                    "1 - exp(-Ω(mφ/(dn))) and 1 - exp(-Ω(mτ^{3/2}L)) (as Lemma 4.5's exponent, read with Ω).",
        scaling="Independent of every size: a sign.",
        hand_check="sup over C > 0 of 1 - exp(Cx) is 0 (at C -> 0+), not > 0; sympy's limit gives 0.")
explain("zou_gu.l0_values", title="ℓ0 counts distinct values instead of indices",
        explanation="Section 1 defines ||x||_0 = |{x_i : x_i ≠ 0, i = 1, ..., d}|, the cardinality of a set of values: "
                    "repeated nonzero coordinates count once. The number of nonzero coordinates, |{i : x_i ≠ 0}|, is "
                    "what ||A||_0 ('the number of nonzero entries') defines for matrices and what ℓ0 means.",
        scaling="Differs exactly when two nonzero coordinates are equal; unused elsewhere in the main text.",
        hand_check="x = (1, 1, 0): {x_i : x_i ≠ 0} = {1}, one element; x has two nonzero coordinates.")
explain("zou_gu.data_matrix_transpose", title="X = [x_1, ..., x_n]ᵀ is n×d, not d×n",
        explanation="Remark 3.7 writes X = [x_1, ..., x_n]ᵀ ∈ R^{d×n}; [x_1, ..., x_n] (columns x_i ∈ R^d) is d×n, so "
                    "its transpose is n×d, as the introduction has it (X ∈ R^{n×d}). ||X||_2 is the same either way.",
        scaling="A shape; no effect on any bound (||X||_2 = ||Xᵀ||_2).",
        hand_check="n = 3 points in R^2: [x_1, x_2, x_3] is 2×3, its transpose 3×2.")
explain("zou_gu.sgd_restatement", title="Theorem 3.8's L² log²(1/ε) dropped in the SGD comparisons",
        explanation="Theorem 3.8 prints T = O(n⁵L² log(m) log²(1/ε)/(Bφ²)). The introduction restates it as "
                    "Õ(n⁵ log(1/ε)B^{-1}φ^{-2}), without L² and with one log(1/ε): footnote 1 lets Õ hide log m but "
                    "not ε, and L is no logarithm. Against Allen-Zhu et al.'s Õ(n⁷L² log(1/ε)/(Bφ²)) (Remark 3.9) the "
                    "factor is then n²/log(1/ε) from Theorem 3.8 as printed, not the n² that the introduction and "
                    "Remark 3.9 state (which n²L² from the introduction's own count would contradict as well).",
        scaling="The gap is L² log(1/ε) between the introduction and Theorem 3.8, log(1/ε) in Remark 3.9's factor: it "
                "grows without bound as ε -> 0 (and, for the introduction, as L grows); absent only at fixed ε, L.",
        hand_check="[n⁷L² log(1/ε)/(Bφ²)] / [n⁵L² log(1/ε)²/(Bφ²)] = n²/log(1/ε); [n⁵L² log²(1/ε)/(Bφ²)] / "
                   "[n⁵ log(1/ε)/(Bφ²)] = L² log(1/ε).")
explain("zou_gu.common_coordinate", title="a common last coordinate μ forces ||X||_2² >= μ²n",
        explanation="Footnote 2: '||X||_2² = O(1) if d ≲ n, ||X||_2² = O(n/d) if X is randomly generated'. Under "
                    "Assumption 3.1 every row has (x_i)_d = μ, so ||X||_2² >= ||Xe_d||² = nμ²: Θ(n) for a constant μ, "
                    "whatever d and however X is drawn. Even without 3.1, ||X||_2² >= ||X||_F²/min(n, d) = n/d, which "
                    "is unbounded when d ≲ n (the clause presumably meant n ≲ d).",
        scaling="||X||_2² grows linearly in n at any d (fitted exponent ~1 with d = n); vanishes only if μ -> 0 as "
                "n grows.",
        hand_check="μ² = 1/2, d = n: μ²n = 4, 8, ..., 256 bounds ||X||_2² from below; measured 4.5, 8.6, 16.5, ...")
explain("zou_gu.missing_log_n", title="step (iii) drops the √(log n) of Lemma 4.2",
        explanation="Lemma 4.2 bounds ||W_l^(t) - W_l^(0)||_2 by O(√(kn² log(n)/(mφ))). With m = Ck n⁸L¹² log³(m)/φ⁴ "
                    "from (3.1) this is φ^{3/2}n^{-3}L^{-6}log^{-3/2}(m) · √(log n)/√C = τ·√(log n)/√C, not O(τ): no "
                    "absolute C absorbs √(log n). Step (iii)'s 'exactly in the same order of τ' needs "
                    "m = Ω(kn⁸L¹² log³(m) log(n)/φ⁴) (or log⁴ m, as n <= m).",
        scaling="The ratio to τ is √(log n)/√C: it grows without bound in n, slowly; Ω̃ in Table 1 hides it.",
        hand_check="kn² log n/(mφ) · φ⁴/(kn⁸L¹² log³ m) · ... : (kn² log n φ⁴)/(φ k n⁸ L¹² log³m) = φ³ log n/(n⁶L¹²log³m); "
                   "its square root over τ = φ^{3/2}n^{-3}L^{-6}log^{-3/2}m is √(log n).")

# --- notation, (2.1), Algorithm 1 ---------------------------------------------------------------------------

register("zou_gu.notation", ref="Introduction, Notation",
         statement="||x||_p, ||x||_∞, ||A||_F, ||A||_2, λmin(A) (smallest singular value), ||A||_0, ||A||_{2,∞} = "
                   "max_i ||A_{i*}||_2; ||W||_F = (Σ_l ||W_l||_F²)^{1/2}, ||W||_2 = max_l ||W_l||_2, ||W||_{2,∞}, "
                   "<W̃, Ŵ> = Σ_l <W̃_l, Ŵ_l>", kind="machinery",
         reading="definitions: the suite's norms (theorems/zou_gu/properties.py) against numpy's and torch's own")
register("zou_gu.notation.l0", ref="Introduction, Notation",
         statement="||x||_0 = |{x_i : x_i ≠ 0, i = 1, ..., d}|", kind="exact", status="erratum", severity="typo",
         root_cause="zou_gu.l0_values", impact="none",
         reason="Erratum: ||(1, 1, 0)||_0 = 1 as printed (the set of values {1}), against 2 nonzero entries, the "
                "||A||_0 of the 1×3 matrix (1, 1, 0). Pinned at x = (1, 1, 0). Impact none: the vector ℓ0 is used "
                "nowhere else in the main text.")
register("zou_gu.eq_2_1", ref="eq. (2.1)",
         statement="L(W) = (1/n) Σ_i ℓ(ŷ_i, y_i), ℓ(ŷ, y) = ½||y - ŷ||_2², ŷ_i = f_W(x_i) = Vσ(W_Lσ(···σ(W_1x_i)···))",
         kind="machinery", reading="a definition: the suite's model.loss against the core's network and torch's "
                                   "mse_loss")
register("zou_gu.algorithm_1.initialization", ref="Algorithm 1, line 2",
         statement="each row of W_l^(0) ~ N(0, (2/m)I), each row of V ~ N(0, I/k), independently",
         kind="machinery",
         reading="the suite's sampler model.initialize against the algorithm's definition: the first two moments of "
                 "the entries (sample mean and variance per layer within CLT intervals at ALPHA = 1e-6), and the "
                 "independence of the rows: over 256 initializations, every pair of entries in two different rows "
                 "of one layer, the exact t-test of their regression through the origin (t_{S-1}), the least "
                 "p-value Bonferroni-corrected over the pairs against ALPHA")
register("zou_gu.algorithm_1.gd", ref="Algorithm 1, lines 3-5",
         statement="W_l^(t+1) = W_l^(t) - η∇_{W_l}L(W^(t)) for all l ∈ [L] (V fixed)", kind="machinery",
         reading="a definition: one step of the suite's model.train against the update with the autograd gradient")
register("zou_gu.algorithm_1.sgd_unbiased", ref="Algorithm 1, lines 7-10",
         statement="for a uniformly sampled minibatch B^(t) of size B, E[(1/B) Σ_{s∈B^(t)} ∇_{W_l}ℓ(f_W(x_s), y_s)] = "
                   "∇_{W_l}L(W)", kind="machinery",
         reading="not a statement of the paper: the suite's minibatch gradient (model.minibatch_gradient) checked; "
                 "'uniformly sample a minibatch B^(t) ∈ [n]' with |B^(t)| = B: a uniform B-subset of [n] (without "
                 "replacement); the expectation is computed exactly by enumerating all C(n, B) subsets")

# --- Section 4.1 -----------------------------------------------------------------------------------------------

register("zou_gu.section_4_1.gradient_formula", ref="4.1 Overview of the technical contributions",
         statement="∇_{w_{L,j}}L(W) = (1/n) Σ_i <f_W(x_i) - y_i, v_j> σ'(<w_{L,j}, x_{L-1,i}>) x_{L-1,i}", kind="exact",
         reading="v_j is the j-th column of V (the output weights of node j); σ'(z) = 1{z > 0}; x_{0,i} = x_i")
register("zou_gu.section_4_1.gradient_norms", ref="4.1 Overview of the technical contributions",
         statement="||∇L(W)||_F² = Σ_l ||∇_{W_l}L(W)||_F² >= ||∇_{W_L}L(W)||_F² and ||∇_{W_L}L(W)||_F² = "
                   "Σ_j ||∇_{w_{L,j}}L(W)||_2²", kind="exact")

# --- Proposition 3.6 and the λ0 comparisons ----------------------------------------------------------------------

register("zou_gu.proposition_3_6.closed_form", ref="Proposition 3.6",
         statement="H_ij = E_{w~N(0,I)}[x_iᵀx_j σ'(wᵀx_i)σ'(wᵀx_j)] = x_iᵀx_j (π - θ_ij)/(2π), the infinite-width NTK "
                   "of the two-layer net in W", kind="exact", assumptions=UNIT,
         reading="the closed form (θ_ij = 2 arcsin(||x_i - x_j||/2)) is ours; it is checked against Monte Carlo over w and "
                 "against k/m times the empirical NTK of Algorithm 1's two-layer net (autograd), within CLT intervals "
                 "at ALPHA")
register("zou_gu.proposition_3_6.equivalence", ref="Proposition 3.6",
         statement="under Assumption 3.1, λ0 = λmin(H) > 0 is equivalent to Assumption 3.2", kind="deterministic",
         assumptions=UNIT,
         reading="'λ0 > 0' is λ0 above eigvalsh's backward error 64·n·eps·||H||; 'Assumption 3.2' is distinct points",
         looseness="an equivalence: no constant to plant. Its power: a planted kernel H + 1e-3·I (positive definite "
                   "on a repeated point) fails the direction 'λ0 > 0 => 3.2', and dropping Assumption 3.1 (x and 2x: "
                   "distinct, λ0 = 0) fails the direction '3.2 => λ0 > 0' (tests/meta/test_zou_gu_machinery.py)")
register("zou_gu.proposition_3_6.lower_bound", ref="Proposition 3.6",
         statement="there exists a sufficiently small constant C such that λ0 >= Cφn^{-2}", kind="rate", assumptions=DATA,
         reading="C = 1/2 (the paper gives none). Measured inf of λ0n²/φ = 2/π ≈ 0.637, approached by a near-duplicate "
                 "pair (n = 2, φ -> 0: λ0 = 1/2 - cos θ (π - θ)/(2π) ≈ θ/(2π)); on low-dimensional configurations "
                 "(points on a circle arc) λ0 ≈ φ/(4π) for every n, so λ0n²/φ grows like n² there: the n^{-2} is loose")
register("zou_gu.introduction.lambda_0_order", ref="Introduction",
         statement="under Assumption 3.1, λ0 > 0 is equivalent to separation φ, 'and we have λ0 = O(n^{-2}φ) [17]'",
         kind="rate", assumptions=DATA, status="erratum", severity="typo", root_cause="zou_gu.o_for_omega",
         impact="none",
         reason="Erratum: as an upper bound it is false, λ0n²/φ = 5.33 to 1365.33 grows as n² (fitted exponent 2.000) "
                "on x_i = (e_i/√2, 1/√2), n = 4..64, against an exponent <= 0 for O(n^{-2}φ). Impact none: the next "
                "sentence substitutes λ0 = Ω(n^{-2}φ), Proposition 3.6's lower bound, which is what Table 1's "
                "comparison uses.")
register("zou_gu.footnote_2.worst_case", ref="Remark 3.7, footnote 2",
         statement="||X||_2² = O(n) in the worst case", kind="deterministic", assumptions=UNIT,
         reading="with unit rows ||X||_2² <= ||X||_F² = n: the constant is 1, approached by near-duplicate data")
register("zou_gu.footnote_2.random", ref="Remark 3.7, footnote 2",
         statement="||X||_2² = O(1) if d ≲ n, ||X||_2² = O(n/d) if X is randomly generated", kind="rate",
         assumptions=DATA, status="erratum", severity="remark", root_cause="zou_gu.common_coordinate",
         impact="none",
         reason="Erratum: on random data under Assumption 3.1 with d = n (d ≲ n and n/d = 1), n = 8..256, 4 draws each, "
                "||X||_2² grows with exponent 0.96 (CI [0.93, 1.00]) against 0 for O(1) and O(n/d); 3.1 forces "
                "||X||_2² >= μ²n for every X. Impact none: Remark 3.7's factors O(||X||_2²), O(n||X||_2⁶) are stated "
                "in ||X||_2 and stand; only the footnote's reading of their size is wrong (they are Θ(n), Θ(n⁴)).")
register("zou_gu.remark_3_7.data_matrix", ref="Remark 3.7",
         statement="X = [x_1, ..., x_n]ᵀ ∈ R^{d×n} is the input data matrix", kind="exact", status="erratum",
         severity="typo", root_cause="zou_gu.data_matrix_transpose", impact="none",
         reason="Erratum: [x_1, ..., x_n]ᵀ has n = 3 rows at n = 3, d = 2, where the printed R^{d×n} says 2. Impact "
                "none: ||X||_2, the only use of X, is the same for X and Xᵀ.")

# --- symbolic: Table 1, introduction, remarks, Section 4.2 ---------------------------------------------------------

register("zou_gu.table_1.this_paper", ref="Table 1",
         statement="this paper's row Ω̃(kn⁸L¹²/φ⁴), O(n²L² log(1/ε)/φ) is Theorem 3.3's (3.1) and T (and the "
                   "introduction's first bullet)", kind="symbolic",
         reading="Ω̃ hides log³(m) (footnote 1)")
register("zou_gu.table_1.allen_zhu", ref="Table 1",
         statement="Allen-Zhu et al.'s row Ω̃(kn²⁴L¹²/φ⁸), O(n⁶L² log(1/ε)/φ²) as in Remark 3.4 and the introduction",
         kind="symbolic")
register("zou_gu.table_1.outperforms", ref="Table 1",
         statement="substituting λ0 = Ω(n^{-2}φ) into Table 1, this paper's result outperforms all the other results "
                   "under the same assumptions", kind="symbolic",
         reading="the ReLU rows ([11], [19], [17], [2]); Du et al. [9] is for smooth activations and λmin(K^(L)) is not "
                 "related to φ in the paper, so it is left out; two-layer rows against Corollary 3.5 with k = 1 "
                 "(footnote 3); 'outperforms': every ratio theirs/ours >= 1 on n >= 2, 0 < φ <= 2, ||X||_2 >= 1. The "
                 "substitution is Proposition 3.6's worst case; how close data come to it is measured "
                 "(lemmas.lambda_0_scan: 92 configurations under Assumptions 3.1, 3.2, n = 2..32)",
         status="partial",
         reason="Partial: under the substitution λ0 = φ/n² every ratio theirs/ours is >= 1 (the least, 1, is [17]'s "
                "iteration count, ||X||_2² at ||X||_2 = 1), but no data of the suite attain it: over 92 configurations "
                "(n = 2..32) λ0n²/φ >= 0.83 (n = 2), λ0n/φ >= 0.34 (an arc of 3 points) and λ0/φ >= 0.080 (an arc of "
                "32 points, λ0 ≈ φ/(4π) for every n). Substituted at λ0 = φ/n the comparison fails against [17] "
                "(width ratio ||X||_2⁶/n³ <= 1), at λ0 = φ against [11] (width ratio n^{-2}) (sympy): the claim holds "
                "only if some data come within a constant of λ0 = φ/n², which Proposition 3.6 does not say.")
register("zou_gu.introduction.gd_factors", ref="Introduction",
         statement="over-parameterization milder than [2] by Ω̃(n¹⁶φ^{-4}), iteration complexity better by Õ(n⁴φ^{-1})",
         kind="symbolic")
register("zou_gu.introduction.sgd_width_factor", ref="Introduction",
         statement="SGD width Ω̃(kn¹⁷L¹²B^{-4}φ^{-8}) is better than [2]'s by Ω̃(n⁷B⁵)", kind="symbolic",
         reading="[2]'s SGD width as Remark 3.9 states it, Ω̃(n²⁴L¹²Bk/φ⁸)")
register("zou_gu.introduction.sgd_iterations", ref="Introduction",
         statement="SGD achieves ε expected training loss within Õ(n⁵ log(1/ε)B^{-1}φ^{-2}) iterations", kind="symbolic",
         status="erratum", severity="remark", root_cause="zou_gu.sgd_restatement", impact="none",
         reason="Erratum: Theorem 3.8, which this bullet summarizes, gives O(n⁵L² log(m) log²(1/ε)/(Bφ²)), larger than "
                "the bullet by the factor L² log(1/ε) modulo Õ (sympy), not 1. Impact none: an informal summary; "
                "no result uses it.")
register("zou_gu.remark_3_4", ref="Remark 3.4",
         statement="Theorem 3.3's iteration complexity is better than [2]'s by O(n⁴/φ), its width milder by Ω̃(n¹⁶/φ⁴); "
                   "[9]'s 2^{O(L)} is much worse than a polynomial in L", kind="symbolic")
register("zou_gu.corollary_3_5", ref="Corollary 3.5",
         statement="for two-layer nets m = Ω(kn⁸log³(m)/φ⁴), η = O(k/m), T = O(n² log(1/ε)/φ): Theorem 3.3 at L = 1",
         kind="symbolic",
         reading="the specialization only (Theorem 3.3's width, step size and T at L = 1, exactly); the convergence "
                 "conclusion is checked as rates in zou_gu.corollary_3_5.n, .phi, .eps (theorems/zou_gu/convergence.py)")
register("zou_gu.remark_3_7", ref="Remark 3.7",
         statement="with λ0 = φn^{-2}, [11] becomes O(n⁶ log(1/ε)/φ²), Ω(n¹⁴/φ⁴) and [17] O(n²||X||_2² log(1/ε)/φ), "
                   "Ω(n⁹||X||_2⁶/φ⁴); Corollary 3.5 is better than [17] by O(||X||_2²) in iterations and O(n||X||_2⁶) "
                   "in width", kind="symbolic", reading="k = 1 (footnote 3)")
register("zou_gu.remark_3_9.width", ref="Remark 3.9",
         statement="Theorem 3.8's width is better than [2]'s Ω̃(n²⁴L¹²Bk/φ⁸) by Ω̃(n⁷B⁵)", kind="symbolic")
register("zou_gu.remark_3_9.iterations", ref="Remark 3.9",
         statement="Theorem 3.8's iteration complexity is faster than [2]'s Õ(n⁷L² log(1/ε)/(Bφ²)) by a factor of O(n²)",
         kind="symbolic", status="erratum", severity="remark", root_cause="zou_gu.sgd_restatement", impact="none",
         reason="Erratum: from Theorem 3.8 as printed the factor is n²/log(1/ε) modulo Õ (which may not hide ε, "
                "footnote 1), not n² (sympy). Impact none: a comparison with prior work; no result uses it.")
register("zou_gu.remark_3_11", ref="Remark 3.11",
         statement="Theorem 3.8 at L = 1 gives m = Ω(kn¹⁷log³(m)B^{-4}φ^{-8}), much worse than Theorem 3.10's "
                   "Ω(k^{5/2}n¹¹log³(m)/(φ⁵B))", kind="symbolic",
         reading="'much worse': the ratio n⁶/(φ³B³k^{3/2}) is >= n³/(8k^{3/2}) (B <= n, φ <= 2), > 1 whenever k < n²/4")
register("zou_gu.section_4_2.step_i", ref="4.2 Proof of Theorem 3.3, step (i), Lemma 4.4",
         statement="τ = O(φ^{3/2}n^{-3}L^{-6}log^{-3/2}(m)) of Lemmas 4.1, 4.2, 4.5 lies in Lemma 4.4's window "
                   "[Ω(k^{3/2}/(m^{3/2}L^{3/2}log^{3/2}m)), O(1/(L^{4.5}log^{3/2}m))] at m of (3.1)", kind="symbolic",
         reading="implicit in the proof road map (Lemma 4.4 is applied with this τ); checked up to constants: no "
                 "positive exponent of n, L, k, log m and no negative one of φ (φ <= 2) in τ/upper and lower/τ")
register("zou_gu.section_4_2.step_iii", ref="4.2 Proof of Theorem 3.3, step (iii)",
         statement="plugging (3.1) into Lemma 4.2: ||W_l^(t) - W_l^(0)||_2 <= O(φ^{3/2}n^{-3}L^{-6}log^{-3/2}(m)), "
                   "exactly the order of τ", kind="symbolic", status="erratum", severity="proof",
         root_cause="zou_gu.missing_log_n", impact="results",
         reason="Erratum: the substitution gives τ·√(log n), not O(τ): the ratio √(log n) is no absolute constant "
                "(sympy). Impact on Theorem 3.3 and Corollary 3.5 (its L = 1 case): step (iii) is what keeps the "
                "iterates in B(W(0), τ), so the sketch proves them only with (3.1) strengthened by a factor log n "
                "(m = Ω(kn⁸L¹²log³(m)log(n)/φ⁴), or log⁴ m); Table 1's Ω̃ hides the factor, (3.1) as printed does not.")
register("zou_gu.eq_4_3", ref="4.2 Proof of Theorem 3.3, eq. (4.3)",
         statement="by Lemma 4.5, ε accuracy needs Tη = O(kn² log(1/ε)m^{-1}φ^{-1}); with η = O(k/(L²m)) and Lemma 4.3, "
                   "T = O(n²L² log(1/ε)/φ)", kind="symbolic",
         reading="(1 - cmφη/(kn²))^T L0 <= ε from T >= log(L0/ε)kn²/(cmφη) (log(1 - x) <= -x); L0 = Õ(1) (Lemma 4.3)")
register("zou_gu.eq_4_1", ref="4.1 Overview of the technical contributions, eq. (4.1)",
         statement="||W_l^(t+1) - W_l^(t)||_2 = η||∇_{W_l}L(W^(t))||_2 <= √(Ckn²/(mφ)) (√L(W^(t)) - √L(W^(t+1))), and "
                   "by telescoping ||W_l^(t) - W_l^(0)||_2 <= √(Ckn²L(W^(0))/(mφ))", kind="symbolic",
         reading="from the descent L_t - L_{t+1} >= (η/2)||∇L||_F² and Lemma 4.1's ||∇L||_F² >= c mφL/(kn²): C = 16/c. "
                 "This entry is the algebra (the chain to C = 16/c and the telescoping, exact); C measured on GD "
                 "trajectories over grids of n, m, L, 1/φ is zou_gu.eq_4_1.constant (theorems/zou_gu/lemmas.py)")
register("zou_gu.lemma_4_1.probability", ref="Lemma 4.1",
         statement="... with probability at least 1 - exp(O(mφ/(dn))), ||∇L(W)||_F² >= O(mφL(W)/(kn²))",
         kind="symbolic", status="erratum", severity="typo", root_cause="zou_gu.probability_sign", impact="none",
         reason="Erratum: the probability clause as printed guarantees at most sup_C 1 - exp(Cx) = 0 (x = mφ/(dn) > 0, "
                "sympy): vacuous. Impact none: the intended 1 - exp(-Ω(mφ/(dn))) is what Lemma 4.5 and Theorem 3.3's "
                "1 - O(1/n) need, and no step uses the printed sign.")
register("zou_gu.lemma_4_4.probability", ref="Lemma 4.4",
         statement="... with probability at least 1 - exp(-Ω(-mτ^{3/2}L)), (4.2) holds", kind="symbolic",
         status="erratum", severity="typo", root_cause="zou_gu.probability_sign", impact="none",
         reason="Erratum: -Ω(-x) <= C2·x, so the guaranteed bound is at most sup_C2 1 - exp(C2 x) = 0 (x = mτ^{3/2}L > 0, "
                "sympy): vacuous. Impact none: Lemma 4.5's own clause 1 - exp(-O(mτ^{3/2}L)) shows the intended sign, "
                "and no step uses the printed one.")

from theorems.zou_gu import pins  # noqa: E402,F401  (pins the errata registered above)
