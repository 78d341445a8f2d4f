"""Kong (seed 001): assumption checkers and the registry of claims."""
from __future__ import annotations

import math

from theorems.assumptions import assumption
from theorems.kong.instance import Instance, h_infinity
from theorems.registry import register

LAMBDA_DRAWS = 100_000  # first-layer draws for λ0 in assumption margins (the tests pass their own budget)


@assumption("kong.unit_inputs", ref="Section III-A", description="||x_i||_2 = 1 for every sample")
def _unit_inputs(inst: Instance) -> float:
    return 1e-9 - max(abs(math.hypot(*row) - 1) for row in inst.X)


@assumption("kong.bounded_labels", ref="Section III-A", description="|y_i| <= C")
def _bounded_labels(inst: Instance) -> float:
    return inst.C - max(abs(v) for v in inst.y)


@assumption("kong.distinct_inputs", ref="Section III-A", description="the n samples are different")
def _distinct_inputs(inst: Instance) -> float:
    if inst.n == 1:
        return 2.0
    return min(math.dist(a, b) for i, a in enumerate(inst.X) for b in inst.X[i + 1:]) - 1e-9


@assumption("kong.assumption_1", ref="Assumption 1",
            description="h2 >> h1, read as h2 >= 8 h1 (the paper gives no constant)")
def _assumption_1(inst: Instance) -> float:
    return inst.h2 / inst.h1 - 8


@assumption("kong.assumption_2", ref="Assumption 2",
            description="λ0 = λmin(H∞) > 0; margin: its Monte Carlo lower confidence bound")
def _assumption_2(inst: Instance) -> float:
    return h_infinity(inst, LAMBDA_DRAWS).lambda_0_low


@assumption("kong.delta_at_most_half", ref="proof of Lemma 4, eq. (27)", description="δ <= 1/2")
def _delta(inst: Instance) -> float:
    return 0.5 - inst.delta


@assumption("kong.lemma_4_width", ref="proof of Lemma 4, eq. (29)",
            description="h2 >= 32 n²/λ0² log(2n²/δ); margin: h2 minus that width (λ0 at its lower bound)")
def _lemma_4_width(inst: Instance) -> float:
    from theorems.kong.properties import lemma_4_width

    return inst.h2 - lemma_4_width(inst, LAMBDA_DRAWS)


@assumption("kong.lemma_6_hypothesis", ref="Lemma 6",
            description="λmin(H(s)) >= λ0/2 on [0, t]; λ0 = rate_factor · 2 min_s λmin(H(s)), margin 1 - rate_factor")
def _lemma_6_hypothesis(case) -> float:
    return 1.0 - getattr(case, "rate_factor", 1.0)


DATA = ("kong.unit_inputs", "kong.bounded_labels", "kong.distinct_inputs")
MODEL = DATA + ("kong.assumption_1",)
THEOREM = MODEL + ("kong.assumption_2",)

DEAD_INPUT = (
    "With h1 fixed (the paper allows h1 = Θ(1)), an input x_i on which every first-layer neuron is "
    "inactive (A_rᵀx_i <= 0 for all r, probability ~2^{-h1} per input) has u_i = 0 and a zero gradient "
    "row, so λmin(H(0)) = 0 whatever h2 is, while λ0 = λmin(H∞) > 0. More generally H(0) → E[H(0) | A] "
    "as h2 → ∞, not → H∞: the first layer's h1 rows never average out. The proof's Hoeffding step (24) "
    "treats the h1·h2 summands X_pr as independent and bounded; they share A and w."
)

register("kong.eq_15", ref="Appendix A, eq. (15)",
         statement="∂f/∂B_p = w_p σ(Ax) 1{B_pᵀσ(Ax) > 0}/sqrt(h1h2); ∂f/∂A_r = Σ_p w_p B_pr x 1{B_pᵀσ(Ax) > 0, A_rᵀx > 0}/sqrt(h1h2)",
         kind="exact")
register("kong.eq_9", ref="eq. (9)",
         statement="H_ij = Σ_p <∂u_i/∂B_p, ∂u_j/∂B_p> + Σ_r <∂u_i/∂A_r, ∂u_j/∂A_r>", kind="exact")
register("kong.eq_8", ref="eqs. (7)-(8)", statement="under gradient flow (4)-(5), du/dt = H(t)(y - u(t))",
         kind="exact")
register("kong.proposition_1", ref="Proposition 1, eq. (10)",
         statement="h1h2 H_ij = Σ_{p,r}(x_iᵀA_rA_rᵀx_j + x_iᵀx_j B_pr²)1_ij{p,r} + x_iᵀx_j Σ_r Σ_{p≠q} w_pw_qB_prB_qr 1{…}",
         kind="exact")
register("kong.proposition_2.eq_17", ref="proof of Proposition 2, eq. (17)",
         statement="E_w H(0) = (1/h1h2) Σ_{p,r}(x_iᵀA_rA_rᵀx_j + x_iᵀx_j B_pr²) 1_ij{p,r} (the p ≠ q terms vanish)",
         kind="exact")
register("kong.proposition_2.eq_19_20", ref="proof of Proposition 2, eqs. (18)-(20)",
         statement="vᵀ(h1h2 E_wH)v = Σ_{p,r}[(Σ_i v_iA_rᵀx_i 1_i{p,r})² + B_pr²||Σ_i v_ix_i 1_i{p,r}||²]",
         kind="exact")
register("kong.proposition_2", ref="Proposition 2", statement="H∞ = E_A E_B E_w H(0) is PSD",
         kind="deterministic", assumptions=MODEL)
register("kong.assumption_1", ref="Assumption 1", statement="h2 >> h1", kind="deterministic",
         assumptions=("kong.assumption_1",), status="untestable",
         reason="An assumption with no constant, not a claim: nothing to verify. It is encoded as the checker "
                "kong.assumption_1 (read as h2 >= 8 h1), which every Kong strategy satisfies (tests/meta) and "
                "which the errata below satisfy by a factor of hundreds.")
register("kong.assumption_2", ref="Assumption 2, Section III-D",
         statement="λ0 = λmin(H∞) > 0 (the paper: 'reasonable' given Proposition 2)", kind="probabilistic",
         assumptions=DATA, status="partial",
         reason="H∞ has no closed form (Section VI says so); λ0 is a Monte Carlo estimate over first layers with "
                "the expectation over B and w in closed form (theorems.kong.model.h_infinity_given_first_layer). "
                "Its lower confidence bound is > 0 on every generated dataset of distinct unit inputs, which "
                "supports the assumption but cannot prove λ0 > 0 for all such datasets.")
register("kong.lemma_4", ref="Lemma 4", statement="h2 = Ω(n²/λ0⁶ log(2n²/δ)) ⇒ λmin(H(0)) >= ¾λ0 w.p. >= 1-δ",
         kind="rate", assumptions=THEOREM, status="erratum",
         reason="False for fixed h1, whatever the constant in Ω: over a geometric grid of h2 the failure "
                "probability does not decay and stays far above δ. Shrunk counterexample: n = 1, d = 2, h1 = 1, "
                "x = (1, 0), δ = 0.05: failure rate 0.64 at h2 = 64 and 0.61 at h2 = 4096 (256 seeds each). "
                + DEAD_INPUT)
register("kong.lemma_4.explicit_width", ref="Lemma 4, proof, eqs. (28)-(29)",
         statement="h2 >= 32n²/λ0² log(2n²/δ) ⇒ λmin(H(0)) >= ¾λ0 w.p. >= 1-δ", kind="probabilistic",
         assumptions=THEOREM + ("kong.delta_at_most_half", "kong.lemma_4_width"), status="erratum",
         reason="At the proof's own width the failure rate is far above δ. Shrunk counterexample: n = 1, d = 2, "
                "h1 = 1, x = (1, 0), δ = 1/4: by hand λ0 = H∞ = (E σ(aᵀx)² + P(aᵀx > 0))/2 = (1/4 + 1/2)/2 = 3/8 "
                "(Monte Carlo: 0.375), the width is h2 = 32/λ0² log 8 ≈ 490, and H(0) = 0 whenever aᵀx <= 0, an "
                "event of probability 1/2 > δ; measured failure rate 0.65 over 256 seeds. " + DEAD_INPUT)
register("kong.lemma_4.eq_23", ref="Lemma 4, proof, eq. (23)",
         statement="P(|Σ_q w_q B_qr| >= τ) <= Σ_q B_qr²/τ² <= 1/τ²", kind="probabilistic", assumptions=MODEL,
         status="erratum",
         reason="Σ_q B_qr² is a column sum of B; the rows, not the columns, are normalized, so Σ_r Σ_q B_qr² = h2 "
                "and some column has Σ_q B_qr² >= h2/h1 > 1. |Σ_q w_q B_qr| is of order sqrt(h2/h1), and "
                "P(|Σ_q w_q B_qr| >= τ) -> 1 as h2 grows. Shrunk counterexample: h1 = 1, h2 = 8, τ = 2: "
                "B_q = ±1, Σ_q w_qB_q is a sum of 8 signs, P(|·| >= 2) = 1 - C(8,4)/2^8 = 0.727 > 1/4.")
register("kong.lemma_4.eq_27", ref="Lemma 4, proof, eqs. (26)-(27)",
         statement="k = log(sqrt2/(sqrt2-sqrtδ))/log h2 turns (26) into sqrt((2/h2)(sqrt2/(sqrt2-sqrtδ)) log sqrt(2/δ)) "
                   "<= sqrt((2/h2) log(2/δ)) for δ <= 1/2", kind="symbolic")
register("kong.lemma_4.eq_28", ref="Lemma 4, proof, eq. (28)",
         statement="w.p. >= 1-δ, |H_ij(0) - H∞_ij| <= sqrt((2/h2) log(2n²/δ)) for all i, j",
         kind="probabilistic", assumptions=THEOREM + ("kong.delta_at_most_half",), status="erratum",
         reason="H(0) does not concentrate around H∞ as h2 grows with h1 fixed. Shrunk counterexample: n = 1, "
                "d = 2, h1 = 1, x = (1, 0), δ = 0.05, h2 = 4096: the bound is 0.042 and 247 of 256 seeds exceed it "
                "(beyond the Monte Carlo error of H∞). " + DEAD_INPUT)
register("kong.lemma_4.eq_29", ref="Lemma 4, proof, eq. (29)",
         statement="||H(0) - H∞||_2 <= n sqrt((2/h2) log(2n²/δ)) = O(h2^{-1/2}) at fixed h1", kind="rate",
         assumptions=THEOREM, status="erratum",
         reason="The fitted exponent of E||H(0) - H∞||_2 in h2 is far above -1/2 (its CI excludes -1/2): by "
                "Jensen, E||H(0) - H∞|| >= E_A||E[H(0)|A] - H∞|| > 0 for every h2, with E[H(0)|A] in closed form. "
                "Shrunk counterexample: n = 1, d = 2, h1 = 1, x = (1, 0), h2 in {64, 256, 1024, 4096}: slope 0.04 "
                "(CI [-0.12, 0.20] at 1 - 1e-6); the Jensen floor is 0.37.")
register("kong.lemma_4.proof_width", ref="Lemma 4, proof, last step",
         statement="(2n²/h2) log(2n²/δ) <= (λ0/4)² ⟺ h2 >= 32n²/λ0² log(2n²/δ)", kind="symbolic")
register("kong.lemma_5", ref="Lemma 5",
         statement="||A_r(t)-A_r(0)|| <= R_A, ||B_p(t)-B_p(0)|| <= R_B ⇒ λmin(H(t)) >= λ0/2 w.p. >= 1-δ",
         kind="probabilistic", assumptions=THEOREM, status="erratum",
         reason="Fails already at t = 0, where the radii hypotheses hold for every R_A, R_B >= 0 (so for every "
                "constant c hidden in the O's): λmin(H(0)) < λ0/2 with probability far above δ. " + DEAD_INPUT)
register("kong.lemma_5.eq_31", ref="Lemma 5, proof, eq. (31) (Lemma 3.2 of [6])",
         statement="P(1_i^(t){r} ≠ 1_i^(0){r}) <= P(|A_r(0)ᵀx_i| <= R_A) <= 2R_A/sqrt(2π)", kind="exact",
         status="erratum",
         reason="Lemma 3.2 of [6] is for Gaussian rows; here rows are normalized, A_rᵀx_i has density "
                "Γ(d/2)/(sqrtπ Γ((d-1)/2)) (1-t²)^{(d-3)/2} ≈ sqrt(d/2π) at 0, so the bound fails for d >= 3 "
                "and small R_A. Shrunk counterexample: d = 3, where A_rᵀx is uniform on [-1, 1] and "
                "P(|A_rᵀx| <= R) = R > 2R/sqrt(2π) ≈ 0.798 R for every R in (0, 1].")
register("kong.lemma_6", ref="Lemma 6, eq. (45)",
         statement="λmin(H(s)) >= λ0/2 on [0, t] ⇒ L(t) <= exp(-λ0 t) L(0)", kind="deterministic",
         assumptions=MODEL + ("kong.lemma_6_hypothesis",), status="erratum",
         reason="The proof's (45) uses du/dt = H(t)(y - u) (eq. (8)), which presumes the flow (4)-(5) has classical "
                "derivatives. With ReLU the flow can slide along a kink B_pᵀσ(Ax_i) = 0 (a Filippov solution: "
                "the pre-activation stays ~0, shrinking with the step), where neither one-sided H governs u and L "
                "decays slower than 2 λmin(H) L. Counterexample found by Hypothesis (dev profile, seed 808) with "
                "all assumptions holding: n = 1, d = 3, h1 = 3, h2 = 154, y = 0.0625, 16 seeds, λ0 = 2 min "
                "λmin(H(s)): L(t) exceeds exp(-λ0 t) L(0) by 4.95e-7, 5.22e-7, 5.28e-7 at 64, 256, 1024 RK4 steps "
                "while the stated tolerance falls to 3e-9, so the violation belongs to the limit flow, not to the "
                "integrator. Small (2e-4 relative) but a failure of the lemma as printed; on trajectories without "
                "sliding it held on every other generated instance. By hand (model.kink_grams): on the kink of unit "
                "p the Filippov flow is θ' = -(J_in + αg_p)r with α = -(J_in·∇z_p)/(c|∇z_p|²) in (0, 1), so "
                "u' = -H_eff r with H_eff = |J_in|² - (J_in·∇z_p)²/|∇z_p|², the NTK projected on the kink's tangent "
                "space, below both one-sided H. On the pin (seed 9 of 16) unit p = 31 slides from t = 0.822 on; "
                "λ0/2 = min λmin(H) = 0.329196 (t = 0.504) while H_eff = 0.32868-0.32917 < λ0/2 on the whole "
                "slide, and the measured dL/dt matches -2H_eff L to 1e-5 (tests/meta/test_kong_machinery.py).")
register("kong.lemma_6.eq_45", ref="Lemma 6, proof, eq. (45)", statement="L'(t) = -(y - u)ᵀ H(t) (y - u)",
         kind="exact")
register("kong.lemma_6.radius_A", ref="Lemma 6, eqs. (46), (48)",
         statement="||A_r(t) - A_r(0)|| <= R'_A = (2/λ0) sqrt(2nL(0)/(h1 h2^{2/3})) (w.p. >= 1 - h2^{-1/3})",
         kind="probabilistic", assumptions=THEOREM, status="erratum",
         reason="(46) bounds |Σ_p w_p B_pr 1_i{p,r}| by h2^{1/6} using eq. (23), which is false (see "
                "kong.lemma_4.eq_23); the sum is of order sqrt(h2/h1), so ||dA_r/ds|| does not decay with h2 "
                "while R'_A does. Shrunk counterexample: n = 1, d = 2, h1 = 1, x = (1, 0), y = 1, h2 = 4096, flow "
                "to t = 1/λ0: on the 31 of 128 seeds meeting Lemma 6's hypothesis (λmin(H(s)) >= λ0/2 "
                "throughout), the first layer moves beyond R'_A in 27 (up to 2.9 R'_A), against an allowed rate "
                "h2^{-1/3} = 0.0625 (one-sided p = 8e-29).")
register("kong.lemma_6.radius_B", ref="Lemma 6, eqs. (47), (49)",
         statement="||B_p(t) - B_p(0)|| <= R'_B = (2/λ0) sqrt(2nL(0)/h2)", kind="deterministic",
         assumptions=THEOREM)
register("kong.lemma_6.eq_46", ref="Lemma 6, proof, before eq. (46)",
         statement="with τ = h2^{1/6} in (23): |Σ_q w_q B_qr| <= h2^{1/6} w.p. >= 1 - h2^{-1/3}",
         kind="probabilistic", assumptions=MODEL, status="erratum",
         reason="An instance of eq. (23) at τ = h2^{1/6}, false for the same reason: |Σ_q w_q B_qr| is of order "
                "sqrt(h2/h1) >> h2^{1/6}.")
register("kong.lemma_7", ref="Lemma 7",
         statement="h2 = Ω(n^{9/2}L(0)^{3/2}h1^{3/2}/(λ0⁶δ³)) ⇒ w.h.p. for all t: radii <= R'_A, R'_B and "
                   "L(t) <= exp(-λ0 t)L(0)", kind="probabilistic", assumptions=THEOREM, status="erratum",
         reason="Its loss conclusion fails with probability far above δ at every width, as Theorem 3's does; "
                "its radius conclusion inherits kong.lemma_6.radius_A. " + DEAD_INPUT)
register("kong.theorem_3", ref="Theorem 3",
         statement="h2 = Ω(n^{9/2}L(0)^{3/2}h1^{3/2}/(λ0⁶δ³)) ⇒ w.p. >= 1-δ, L(t) <= exp(-λ0 t) L(0)",
         kind="probabilistic", assumptions=THEOREM, status="erratum",
         reason="With h1 fixed, an input on which the whole first layer is inactive makes the initialization a "
                "stationary point of the flow if n = 1 (exact: the gradient is 0), so L(t) = L(0) for all t with "
                "probability 2^{-h1}, independent of h2 and so of any constant in Ω. Shrunk counterexample: n = 1, "
                "d = 2, h1 = 1, x = (1, 0), y = 1, δ = 0.05, h2 = 4096: 47 of 64 seeds fail on [0, 1/λ0]. "
                + DEAD_INPUT)
register("kong.theorem_3.proof_condition", ref="Section IV-C",
         statement="R'_A <= R_A and R'_B <= R_B ⟺ h2^{2/3} = Ω(n³ L(0) h1 / (λ0³ δ²))", kind="symbolic",
         status="erratum",
         reason="Solving R'_A = R_A with R_A = cδλ0/(nh1) gives h2^{2/3} = 8n³L(0)h1/(c²δ²λ0⁴): λ0⁴, not λ0³. "
                "Theorem 3's λ0⁶ is the 3/2 power of the correct λ0⁴ (kong.theorem_3.width_exponents), so the "
                "error is a typo in this line.")
register("kong.theorem_3.width_exponents", ref="Theorem 3 and Section IV-C",
         statement="n^{9/2}L(0)^{3/2}h1^{3/2}/(λ0⁶δ³) = (n³L(0)h1/(λ0⁴δ²))^{3/2} up to constants", kind="symbolic")
register("kong.eq_12", ref="Section IV-C, eq. (12)", statement="E L(0) = ||y||² + n = Θ(n)",
         kind="probabilistic", assumptions=MODEL, status="erratum",
         reason="Under the initialization of Section III-A (unit rows), E L(0) = ½||y||² + n/(8 d h1): E u_i = 0, "
                "E u_i² = E σ(bᵀσ(Ax_i))²/h1 = E||σ(Ax_i)||²/(2h1²) = 1/(4dh1). The printed value misses the ½ "
                "and overstates the variance term by a factor 8dh1; it is still an upper bound, so the "
                "conclusion L(0) = O(n/δ) by Markov survives. Shrunk counterexample: n = 1, d = 2, h1 = 1, y = 0: "
                "printed 1, measured 0.059 ± 0.013 over 4096 seeds, corrected 1/16. The corrected formula is "
                "checked by its own test.")
register("kong.section_5", ref="Section V, Figs. 2-4",
         statement="log L(t) decreases at a bounded rate; λmin(H(t)) stays stable; weight change and pattern "
                   "change rate grow with t but stay low, lower for wider h2", kind="experiment",
         assumptions=MODEL, status="partial",
         reason="The figures are not in the seed text, so only the qualitative statements can be compared. "
                "Reproduced on synthetic-50/100 (d = 100, labels in [0, 1]) and on scikit-learn's bundled digits "
                "(0 vs 1, 1 vs 7; MNIST cannot be downloaded here) with h1 = 5, GD at lr 2e-4; CI runs a reduced "
                "grid, the full grid is the nightly job (`python -m theorems experiment kong`).")
