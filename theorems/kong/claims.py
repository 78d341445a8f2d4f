"""Kong (seed 001): assumption checkers and the registry of claims."""
from __future__ import annotations

import math

from theorems.assumptions import assumption
from theorems.constants import constant, declare
from theorems.kong.instance import Instance, h_infinity
from theorems.kong.properties import lemma_4_width
from theorems.registry import explain, register

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
    return inst.h2 - lemma_4_width(inst, LAMBDA_DRAWS)


@assumption("kong.lemma_6_hypothesis", ref="Lemma 6",
            description="λmin(H(s)) >= λ0/2 on [0, t] with the paper's λ0 = λmin(H∞); the checks keep the seeds with "
                        "min_s λmin(H(s)) >= λ0_high/(2 rate_factor), so the margin is 1 - rate_factor")
def _lemma_6_hypothesis(case) -> float:
    return 1.0 - getattr(case, "rate_factor", 1.0)


DATA = ("kong.unit_inputs", "kong.bounded_labels", "kong.distinct_inputs")
MODEL = DATA + ("kong.assumption_1",)
THEOREM = MODEL + ("kong.assumption_2",)

# --- root causes (METHOD §4): each mechanism stated once, named by every erratum it breaks ------------------

FIRST_LAYER = "kong.first_layer_does_not_average"
explain(
    FIRST_LAYER,
    title="At fixed h1, H(0) does not concentrate as h2 grows: its limit is random, an average over the h1 "
          "first-layer rows only",
    explanation=(
        "Write h1h2 H_ij(0) = y_iᵀy_j N_ij + x_iᵀx_j Σ_r S_ir S_jr with y_i = σ(Ax_i), N_ij = #{p: B_pᵀy_i > 0, "
        "B_pᵀy_j > 0} and S_ir = 1_i{r} Σ_p w_p B_pr 1_i{p} (eq. (15), the A-block of eq. (9)). Given A, the rows "
        "(B_p, w_p) are i.i.d. (i) B-block: N_ij/h2 -> P_ij(A) = (π - θ_ij)/(2π) by the law of large numbers over "
        "p; the limit (1/h1) y_iᵀy_j P_ij is a function of the h1 rows A_r, not of h2. (ii) A-block: S_ir/sqrt(h2) "
        "is a normalized sum of h2 i.i.d. mean-zero terms (w_p symmetric), so by the CLT it converges in "
        "distribution to a Gaussian G_ir (covariance E[B_pr B_ps 1_i{p} 1_j{p}] 1_i{r}1_j{s}), not to its mean 0; "
        "the block tends to (1/h1) x_iᵀx_j Σ_r G_ir G_jr, a Wishart-type matrix with h1 degrees of freedom. So "
        "H(0) converges in distribution to a random H_lim(A, G), and not even to E[H(0) | A]; it concentrates "
        "around H∞ only as h1 grows. The proof's Hoeffding step (24) treats the h1·h2 summands X_pr of (21)-(22) "
        "as independent, bounded and of mean H∞_ij: every X_pr with the same r shares A_r, and the cross terms "
        "share w, so the effective number of independent summands is h1, not h1h2. A dead input (A_rᵀx_i <= 0 "
        "for every r, probability 2^{-h1} per input) is the extreme case: a zero row of H(0), λmin(H(0)) = 0."),
    scaling=(
        "n = 1, ||x|| = 1, h2 -> ∞ (E[bbᵀ 1{bᵀy > 0}] = I/(2h1) for b uniform on S^{h1-1}): H(0) -> H_lim = "
        "Σ_r [σ(A_rᵀx)²/(2h1) + 1{A_rᵀx > 0} g_r²/(2h1²)], g_r i.i.d. N(0, 1), with mean λ0 = H∞ = 1/(4d) + "
        "1/(4h1). A sum of h1 i.i.d. terms: its relative spread is ~ c_d/sqrt(h1) (c_d = sd(σ(aᵀx)²)/E σ(aᵀx)² = "
        "sqrt2 at d = 2, -> sqrt5 as d -> ∞), so P(λmin(H(0)) < ¾λ0) ≈ Φ(-sqrt(h1)/(4c_d)), which decays like "
        "exp(-h1/(32c_d²)) in h1 and not at all in h2. Tested (test_lemma_4_failure_rate_is_its_limit_law): at "
        "h2 = 4096 the law of H(0) (4096 seeds) is the limit law (400,000 draws) to a KS distance <= 0.042 (the "
        "critical value at ALPHA) for h1 in {1, 2, 4, 8}, d in {2, 3, 5} (measured 0.010-0.018), so the two "
        "frequencies of λmin(H(0)) < ¾λ0 agree to 0.042; at d = 2 (limit law in brackets): h1 = 1: 0.61 [0.61], "
        "2: 0.48 [0.48], 4: 0.40 [0.41], 8: 0.34 [0.32]; d = 5, h1 = 8: 0.37 [0.37]. The limit law alone (not "
        "compared at finite h2): at d = 2, h1 = 16, 32, 64, 128: 0.24, 0.15, 0.072, 0.019, and for λ0/2 (Lemma 5 "
        "at t = 0) at h1 = 1, 2, 4, 8, 16, 32: 0.57, 0.40, 0.25, 0.15, 0.063, 0.014. A dead input has probability "
        "2^-h1 (n = 1), so it explains the failures only at h1 <= 2. δ = 0.05 is reached near h1 = 90 (d = 2: "
        "0.041) and h1 = 128 (d = 5: 0.049)."),
    hand_check=(
        "h1 = 1, d = 2, x = (1, 0): λ0 = 1/8 + 1/4 = 3/8 (Monte Carlo 0.3748); H_lim = σ(a)²/2 + 1{a > 0} g²/2 "
        "with a = cos φ, φ uniform: P(H_lim < 9/32) = 1/2 + P(a > 0, a² + g² < 9/16) = 0.61. h1 = 8, d = 2: "
        "λ0 = 1/8 + 1/32 = 0.15625 (Monte Carlo 0.1562); sd(H_lim) = sqrt(8·Var(σ(a)²/16) + 8·Var(1{a > 0}g²/128) "
        "+ cov) ≈ 0.074 (measured 0.486 λ0 = 0.076), so P(H_lim < 0.117) ≈ Φ(-0.039/0.075) = 0.30 (limit law "
        "0.32)."),
)

COLUMN_SUMS = "kong.column_sums_are_not_normalized"
explain(
    COLUMN_SUMS,
    title="Eq. (23) bounds Σ_q B_qr² by 1, but the rows of B are normalized, not its columns",
    explanation=(
        "Chebyshev gives P(|Σ_q w_q B_qr| >= τ) <= Σ_q B_qr²/τ², correct; the second step Σ_q B_qr² <= 1 is "
        "false: each row B_q is a unit vector of R^{h1}, so Σ_r Σ_q B_qr² = h2 and E Σ_q B_qr² = h2/h1. Hence "
        "Σ_q w_q B_qr is of order sqrt(h2/h1) (a CLT sum), P(|Σ_q w_q B_qr| >= τ) -> 1 as h2/(h1τ²) grows, and "
        "every bound that uses |Σ_p w_p B_pr 1{...}| <= τ (the X_pr <= τ + 2 of (24), and (46) with τ = h2^{1/6}) "
        "is off by sqrt(h2/h1)/τ."),
    scaling=(
        "The correct Chebyshev bound is h2/(h1τ²): at τ = h2^{1/6} (Lemma 6) it is h2^{2/3}/h1, > 1 whenever "
        "h2 > h1^{3/2}, i.e. always under h2 >> h1. The gradient bound (46) is then off by sqrt(h2/(2h1))/h2^{1/6} "
        "= h2^{1/3}/sqrt(2h1): ||dA_r/ds|| ~ ||y - u||/(sqrt2 h1) does not decay with h2 while R'_A ∝ h2^{-1/3}; "
        "the failure grows with h2 and shrinks only as h1 grows like h2^{2/3}."),
    hand_check=(
        "h1 = 1: B_q = ±1, Σ_q w_q B_q is a sum of h2 independent signs; h2 = 8, τ = 2: P(|·| >= 2) = 1 - "
        "C(8,4)/2^8 = 0.727 > 1/4. h1 = 8, h2 = 64, τ = 2: Σ_q B_qr² ≈ 8, Σ_q w_q B_qr ≈ N(0, 8), "
        "P(|N(0, 8)| >= 2) = 2Φ(-0.707) = 0.48 > 1/4."),
)

SPHERE = "kong.sphere_rows_are_not_gaussian"
explain(
    SPHERE,
    title="Eq. (31) applies Du et al.'s anti-concentration bound for Gaussian rows to rows normalized to the sphere",
    explanation=(
        "Lemma 3.2 of [6] uses that A_rᵀx_i ~ N(0, 1) has density <= 1/sqrt(2π), so P(|A_rᵀx_i| <= R) <= "
        "2R/sqrt(2π). Here the rows are normalized (Section III-A), A_r is uniform on S^{d-1}, and A_rᵀx_i has "
        "density Γ(d/2)/(sqrtπ Γ((d-1)/2)) (1 - t²)^{(d-3)/2}, whose value at 0 grows like sqrt(d/(2π)): the "
        "normalization concentrates A_rᵀx_i near 0 by a factor ~ sqrt d."),
    scaling=(
        "Holds at d = 2 (density 1/(π sqrt(1 - t²)), 1/π < 1/sqrt(2π) at 0), fails for every d >= 3 and small R; "
        "the ratio of the true probability to the printed bound tends to f_d(0)·sqrt(2π) ≈ sqrt(d - 1) as "
        "R -> 0 (Gautschi: f_d(0) <= sqrt((d-1)/(2π))). The correct bound, 2R·f_d(0) <= 2R sqrt((d-1)/(2π)), "
        "puts a factor 1/sqrt(d - 1) into Lemma 5's radii R_A, R_B."),
    hand_check=(
        "d = 3: A_rᵀx is uniform on [-1, 1] (Archimedes), P(|A_rᵀx| <= R) = R > 2R/sqrt(2π) = 0.798R for "
        "every R in (0, 1]. d = 100, R = 0.01: 2R f_100(0) ≈ 0.079 (scipy's beta CDF: 0.0794) against the "
        "printed 0.0080."),
)

SLIDING = "kong.relu_flow_slides"
explain(
    SLIDING,
    title="With ReLU the flow (4)-(5) can slide along a kink, where du/dt = H(t)(y - u) holds with neither "
          "one-sided H",
    explanation=(
        "The field of (4)-(5) is discontinuous across each kink z_p = B_pᵀσ(Ax_i) = 0. Where both one-sided "
        "fields push θ onto the kink, no classical solution exists and the solution (Filippov's, the limit of "
        "gradient descent as the step -> 0) slides on it with z_p ≈ 0. For n = 1: with J_in the gradient of u "
        "with p's gate off (σ'(0) = 0, as in (15)) and g_p = c∇z_p, c = w_p/sqrt(h1h2), the sliding field is "
        "θ' = -(J_in + αg_p) r with α = -(J_in·∇z_p)/(c|∇z_p|²) in (0, 1), so u' = -H_eff r with H_eff = "
        "|J_in|² - (J_in·∇z_p)²/|∇z_p|², the NTK projected on the kink's tangent space (model.kink_grams): below "
        "both one-sided H = |J|² of (9). The chain rule (7) presumes θ(t) differentiable with θ' = -∇L; the "
        "identity (8), and with it the first equality of (45), fails on every slide."),
    scaling=(
        "A slide needs a second-layer unit whose two one-sided fields point at its kink; it appeared on a small "
        "fraction of generated trajectories (1 of 16 seeds on the pin). The deficit H - H_eff = (J_in·n̂)² "
        "(n̂ = ∇z_p/|∇z_p|) is one unit's share of the NTK, O(1/(h1h2)) of a sum of O(h2) such shares, so the "
        "effect on the rate shrinks like 1/h2 (2e-3 relative on the pin, h2 = 154). Lemma 6's conclusion with "
        "the paper's λ0 was not seen to fail: its hypothesis λmin(H(s)) >= λ0/2 leaves room unless min_s "
        "λmin(H(s)) is within that deficit of λ0/2."),
    hand_check=(
        "Pin (n = 1, d = 3, h1 = 3, h2 = 154, seed 9 of 16, unit p = 31, sliding from t = 0.822): at t = 1, "
        "|z_31| = 3e-8, α = 0.296, -d log L/dt = 0.65744 (central difference) = 2H_eff = 0.65744, while "
        "2H(t) = 2H_in = 0.65856 (eq. (9)); the gap 1.1e-3 is 10x the tolerance 9.8e-5."),
)

INITIAL_LOSS = "kong.initial_loss_moments"
explain(
    INITIAL_LOSS,
    title="Eq. (12)'s E L(0) misses the ½ of the loss and overstates E u_i² by a factor 8dh1",
    explanation=(
        "L = ½||u - y||² (3), E u_i = 0 (w symmetric), E u_i² = E σ(bᵀσ(Ax_i))²/h1 = E||σ(Ax_i)||²/(2h1²) = "
        "1/(4dh1) (E σ(aᵀx)² = 1/(2d) for a uniform on S^{d-1}), so E L(0) = ½||y||² + n/(8dh1), not "
        "||y||² + n."),
    scaling=(
        "Printed/true >= 2 for every y, d, h1 (8dh1 at y = 0), so the printed value is an upper bound and the use (Markov: L(0) = O(n/δ)) survives; Θ(n) also holds at fixed d, h1 (only O(n) is used)."),
    hand_check="n = 1, d = 2, h1 = 1, y = 0: printed 1, true 1/16 = 0.0625, measured 0.059 ± 0.013 (4096 seeds).",
)

LAMBDA_POWER = "kong.radii_condition_power_of_lambda"
explain(
    LAMBDA_POWER,
    title="Section IV-C writes λ0³ where solving R'_A <= R_A gives λ0⁴",
    explanation=(
        "R'_A = (2/λ0) sqrt(2nL(0)/(h1h2^{2/3})) <= R_A = cδλ0/(nh1) ⟺ h2^{2/3} >= 8n³L(0)h1/(c²δ²λ0⁴): λ0 "
        "appears once in R'_A's denominator and once in R_A's numerator, squared."),
    scaling="No size dependence: an exponent slip. Theorem 3's λ0⁶ is the 3/2 power of λ0⁴, so the theorem "
            "used the correct power.",
    hand_check="(λ0⁴)^{3/2} = λ0⁶ = Theorem 3's power; (λ0³)^{3/2} = λ0^{9/2} is not.",
)

register("kong.eq_15", ref="Appendix A, eq. (15)",
         statement="∂f/∂B_p = w_p σ(Ax) 1{B_pᵀσ(Ax) > 0}/sqrt(h1h2); ∂f/∂A_r = Σ_p w_p B_pr x 1{B_pᵀσ(Ax) > 0, A_rᵀx > 0}/sqrt(h1h2)",
         kind="exact")
register("kong.eq_9", ref="eq. (9)",
         statement="H_ij = Σ_p <∂u_i/∂B_p, ∂u_j/∂B_p> + Σ_r <∂u_i/∂A_r, ∂u_j/∂A_r>", kind="exact")
register("kong.eq_8", ref="eqs. (7)-(8)", statement="under gradient flow (4)-(5), du/dt = H(t)(y - u(t))",
         kind="exact", status="erratum", severity="proof", impact="local", root_cause=SLIDING,
         reading="H(t) is eq. (9) with the gates 1{· > 0} of (15) (σ'(0) = 0); the flow (4)-(5) is what Section IV "
                 "says it is, 'gradient descent ... with an infinitely small learning rate' (the step -> 0 limit of "
                 "GD, which is the Filippov solution where the field is discontinuous, and which the suite's RK4 "
                 "follows).",
         reason="Erratum (proof, local): on a slide along a kink -d log L/dt = 0.65744 = 2H_eff while eq. (9) gives "
                "2H(t) = 0.65856, a gap 10x the tolerance (pin). The reading is the paper's own: its flow is the "
                "limit of gradient descent as the step -> 0 (Section IV, Section VI), and on a slide (4)-(5) with "
                "(15)'s gradient has no classical solution, so no solution concept that continues the flow keeps "
                "(8). Elsewhere (8) holds (test_exact_identity, generic θ, to 1e-12). It breaks the first equality "
                "of Lemma 6's proof (45) on a slide, not Lemma 6: with the paper's λ0 = λmin(H∞) = 0.1665 the "
                "lemma holds on the pin's instance (kong.lemma_6).")
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
         kind="deterministic", assumptions=MODEL,
         reading="checked where the proof checks it: λmin >= 0 for E_w H(0) of each drawn (A, B) (eq. (18)) and "
                 "for E[H(0) | A] of each drawn first layer; H∞ is their mean.",
         looseness="no constant to strengthen (λmin >= 0); tight: λmin(E_w H(0)) = 0 exactly on draws with a "
                   "dead input (a zero row), reached at h1 = 1, 2.")
register("kong.assumption_1", ref="Assumption 1", statement="h2 >> h1", kind="machinery",
         assumptions=("kong.assumption_1",), status="untestable",
         reason="Untestable: an assumption with no constant, not a claim, so there is nothing to verify in the "
                "paper; its test checks the suite's strategies (machinery): every generated instance meets the "
                "checker kong.assumption_1 (read as h2 >= 8 h1), which every pin meets as "
                "well.")
register("kong.assumption_2", ref="Assumption 2, Section III-D",
         statement="λ0 = λmin(H∞) > 0 (the paper: 'reasonable' given Proposition 2)", kind="probabilistic",
         assumptions=DATA, status="partial",
         reason="Partial: λ0's Monte Carlo lower confidence bound is > 0 on every generated dataset of distinct unit "
                "inputs, which supports the assumption but cannot prove λ0 > 0 for all such datasets. H∞ has no "
                "closed form (Section VI says so); the estimate draws first layers and takes the expectation over "
                "B and w in closed form (theorems.kong.model.h_infinity_given_first_layer).",
         looseness="no constant to strengthen (λ0 > 0); for n = 1 λ0 = 1/(4d) + 1/(4h1) exactly "
                   "(test_one_input_lambda_0), and λ0 -> 0 as two inputs merge (the probe without "
                   "kong.distinct_inputs finds λ0_low <= 0).")
register("kong.lemma_4", ref="Lemma 4", statement="h2 = Ω(n²/λ0⁶ log(2n²/δ)) ⇒ λmin(H(0)) >= ¾λ0 w.p. >= 1-δ",
         kind="rate", assumptions=THEOREM, status="erratum", severity="statement", impact="results", root_cause=FIRST_LAYER,
         reading="Ω hides a constant; at fixed h1 the check asks whether the failure rate falls to δ along a "
                 "geometric grid of h2 (every width >= 8h1): it does not, so no constant saves the lemma.",
         reason="Erratum (statement): at h1 = 8, d = 2, P(λmin(H(0)) < ¾λ0) = 0.33 at h2 = 253,498, Ω's constant "
                "taken as 1 (85 of 256 seeds), and 0.30-0.33 at h2 = 64-4096, against δ = 0.05. The rate is the "
                "h2 -> ∞ limit law's (root cause). It breaks Lemma 4, and Lemma 5, Lemma 7 and Theorem 3, whose "
                "proofs start from it. Pins: h1 = 1 (shrunk) and h1 = 8 (no dead input on 255 of 256 seeds), on the "
                "grid and at the constant-1 width.")
register("kong.lemma_4.explicit_width", ref="Lemma 4, proof, eqs. (28)-(29)",
         statement="h2 >= 32n²/λ0² log(2n²/δ) ⇒ λmin(H(0)) >= ¾λ0 w.p. >= 1-δ", kind="probabilistic",
         assumptions=THEOREM + ("kong.delta_at_most_half", "kong.lemma_4_width"), status="erratum",
         severity="proof", impact="results", root_cause=FIRST_LAYER,
         reason="Erratum (proof): at the proof's own width, failure rate 0.65 at h1 = 1, δ = 1/4 (width "
                "32/λ0² log 8 ≈ 490, λ0 = 3/8) and ≈ 0.32 at h1 = 8, δ = 0.05 (width ≈ 4.9e3, λ0 = 0.156), 256 "
                "seeds. It is the proof's last line, so Lemma 4 has no proof; Lemma 4's false statement is counted "
                "once, as kong.lemma_4.")
register("kong.lemma_4.eq_23", ref="Lemma 4, proof, eq. (23)",
         statement="P(|Σ_q w_q B_qr| >= τ) <= Σ_q B_qr²/τ² <= 1/τ²", kind="probabilistic", assumptions=MODEL,
         status="erratum", severity="proof", impact="results", root_cause=COLUMN_SUMS,
         reason="Erratum (proof): P(|Σ_q w_q B_qr| >= 2) = 0.727 at h1 = 1, h2 = 8 (by hand) and ≈ 0.48 at h1 = 8, "
                "h2 = 64, against 1/τ² = 1/4. It breaks the proofs of Lemma 4 (the bound X_pr <= τ + 2 of (24)) "
                "and of Lemma 6's R'_A (through (46)).")
register("kong.lemma_4.eq_27", ref="Lemma 4, proof, eqs. (26)-(27)",
         statement="k = log(sqrt2/(sqrt2-sqrtδ))/log h2 turns (26) into sqrt((2/h2)(sqrt2/(sqrt2-sqrtδ)) log sqrt(2/δ)) "
                   "<= sqrt((2/h2) log(2/δ)) for δ <= 1/2", kind="symbolic")
register("kong.lemma_4.eq_28", ref="Lemma 4, proof, eq. (28)",
         statement="w.p. >= 1-δ, |H_ij(0) - H∞_ij| <= sqrt((2/h2) log(2n²/δ)) for all i, j",
         kind="probabilistic", assumptions=THEOREM + ("kong.delta_at_most_half",), status="erratum",
         severity="proof", impact="results", root_cause=FIRST_LAYER,
         reason="Erratum (proof): at h2 = 4096, δ = 0.05 the bound is 0.042, and 247 of 256 seeds exceed it at "
                "h1 = 1; at h1 = 8 the sd of H(0) is ≈ 0.076 ≈ 1.8x the bound. It breaks Lemma 4's proof. A "
                "deviation counts only beyond the bound plus the Monte Carlo error of H∞.")
register("kong.lemma_4.eq_29", ref="Lemma 4, proof, eq. (29)",
         statement="||H(0) - H∞||_2 <= n sqrt((2/h2) log(2n²/δ)) = O(h2^{-1/2}) at fixed h1", kind="rate",
         assumptions=THEOREM, status="erratum", severity="proof", impact="results", root_cause=FIRST_LAYER,
         reading="O(h2^{-1/2}) checked as the fitted exponent of E||H(0) - H∞||_2 over h2 in {64, ..., 4096}: "
                 "its (1 - 1e-6) CI must reach -1/2.",
         reason="Erratum (proof): the fitted exponent of E||H(0) - H∞||_2 is 0.04 (CI [-0.12, 0.20]) at h1 = 1 "
                "against -1/2, and ≈ 0 at h1 = 8; it breaks Lemma 4's proof. By Jensen E||H(0) - H∞|| >= E_A||E[H(0)|A] - H∞|| "
                "> 0 at every h2 (the floor, in closed form). Pins: h1 = 1 (slope 0.04, floor 0.37) and h1 = 8.")
register("kong.lemma_4.proof_width", ref="Lemma 4, proof, last step",
         statement="(2n²/h2) log(2n²/δ) <= (λ0/4)² ⟺ h2 >= 32n²/λ0² log(2n²/δ)", kind="symbolic")
register("kong.lemma_5", ref="Lemma 5",
         statement="||A_r(t)-A_r(0)|| <= R_A, ||B_p(t)-B_p(0)|| <= R_B ⇒ λmin(H(t)) >= λ0/2 w.p. >= 1-δ",
         kind="probabilistic", assumptions=THEOREM, status="erratum", severity="statement", impact="results",
         root_cause=FIRST_LAYER,
         reading="Checked at t = 0, where the radius hypotheses hold for every R_A, R_B >= 0 (so for every "
                 "constant c and every constant hidden in the O's).",
         reason="Erratum (statement): P(λmin(H(0)) < λ0/2) = 0.52 at h1 = 1 and ≈ 0.15 at h1 = 8 (h2 = 4096), "
                "against δ = 0.05. It breaks Lemma 5, and Lemma 7 and Theorem 3, whose cycle uses it.")
register("kong.lemma_5.eq_31", ref="Lemma 5, proof, eq. (31) (Lemma 3.2 of [6])",
         statement="P(1_i^(t){r} ≠ 1_i^(0){r}) <= P(|A_r(0)ᵀx_i| <= R_A) <= 2R_A/sqrt(2π)", kind="exact",
         status="erratum", severity="proof", impact="local", root_cause=SPHERE,
         reason="Erratum (proof): P(|A_rᵀx_i| <= R) = 0.079 at d = 100, R = 0.01 (Section V's dimension) against "
                "the printed 2R/sqrt(2π) = 0.008, and 0.5 > 0.399 at d = 3, R = 1/2 (exact law of A_rᵀx_i, "
                "scipy's beta CDF). Local: (32)-(35) and Lemma 5's radii R_A, R_B gain a factor 1/sqrt(d - 1), "
                "which the O(·) of Lemma 5 and the Ω(·) of Theorem 3 absorb at fixed d (their constants then grow "
                "with d).")
register("kong.lemma_6", ref="Lemma 6",
         statement="λmin(H(s)) >= λ0/2 on [0, t] ⇒ L(t) <= exp(-λ0 t) L(0)", kind="deterministic",
         assumptions=MODEL + ("kong.assumption_2", "kong.lemma_6_hypothesis"),
         reading="λ0 = λmin(H∞) as the paper defines it (Monte Carlo): a seed counts when its recorded "
                 "min_k λmin(H(t_k)) >= λ0_high/2, and the bound uses λ0_low, so a failure is one for the true λ0; "
                 "the conclusion is checked as the average rate log(L(0)/L(t))/t >= λ0 on (0, 2/λ0].",
         looseness="tight 0.81 (average rate 1.23 λ0) over the ci search (6 informative instances of 9), 0.77 "
                   "(rate 0.214 against λ0_low = 0.1649) on kong.eq_8's slide instance, where the 2x rate fails "
                   "(tests/meta/test_planted_errors.py).")
declare("kong.lemma_6", constant("rate", 1.0, stronger="larger"))  # the λ0 of exp(-λ0 t), as printed
register("kong.lemma_6.eq_45", ref="Lemma 6, proof, eq. (45)", statement="L'(t) = -(y - u)ᵀ H(t) (y - u)",
         kind="exact")
register("kong.lemma_6.radius_A", ref="Lemma 6, eqs. (46), (48)",
         statement="||A_r(t) - A_r(0)|| <= R'_A = (2/λ0) sqrt(2nL(0)/(h1 h2^{2/3}))", kind="probabilistic",
         assumptions=THEOREM, status="erratum", severity="statement", impact="results", root_cause=COLUMN_SUMS,
         reading="Lemma 6 states the bound outright; its proof (46) holds with probability >= 1 - h2^{-1/3}, and "
                 "the check allows that failure rate (more lenient than the statement). λ0 as in kong.lemma_6.",
         reason="Erratum (statement): on [0, 1/λ0], 9 of the 10 seeds meeting Lemma 6's hypothesis move beyond R'_A "
                "(up to 2.3 R'_A) at h1 = 1, h2 = 4096, against an allowed rate h2^{-1/3} = 0.0625, and 19 of 23 "
                "(up to 1.65 R'_A) at h1 = 8, h2 = 1024, against 0.099. The first layer moves ~ ||y - u||/(sqrt2 "
                "h1) per unit time whatever h2, while R'_A ∝ h2^{-1/3}. It breaks Lemma 6's R'_A, Lemma 7's R'_A "
                "conclusion and Theorem 3's proof (the cycle R'_A <= R_A). In the ci profile the generated search "
                "is skipped (a run costs minutes), so there the erratum rests on these two pins alone; the dev "
                "and nightly profiles search.")
register("kong.lemma_6.radius_B", ref="Lemma 6, eqs. (47), (49)",
         statement="||B_p(t) - B_p(0)|| <= R'_B = (2/λ0) sqrt(2nL(0)/h2)", kind="deterministic",
         assumptions=THEOREM,
         reading="λ0 as in kong.lemma_6; the flow runs to t = 6/λ0 (95% of the ∫_0^∞ that R'_B bounds).",
         looseness="constant plant: R'_B/2 fails on n = 1, d = 2, h1 = 1, h2 = 8, y = -1, seed 1 (tightness "
                   "0.55 over 64 seeds); the bound cannot be tight: ||σ(Ax)|| <= ||A||_F and H(s) >= λ0/2 pull "
                   "against each other (σ(aᵀx)² <= 2H).")
register("kong.lemma_6.eq_46", ref="Lemma 6, proof, before eq. (46)",
         statement="with τ = h2^{1/6} in (23): |Σ_q w_q B_qr| <= h2^{1/6} w.p. >= 1 - h2^{-1/3}",
         kind="probabilistic", assumptions=MODEL, status="erratum", severity="proof", impact="results",
         root_cause=COLUMN_SUMS,
         reason="Erratum (proof): P(|Σ_q w_q B_qr| >= h2^{1/6}) ≈ 0.90 at h1 = 1, h2 = 64 (against h2^{-1/3} = 1/4) "
                "and ≈ 0.72 at h1 = 8, h2 = 512 (against 1/8): eq. (23) at τ = h2^{1/6}, where sqrt(h2/h1) = 8 > "
                "h2^{1/6} = 2.8. It breaks the gradient bound (46), so Lemma 6's R'_A.")
register("kong.lemma_7", ref="Lemma 7",
         statement="h2 = Ω(n^{9/2}L(0)^{3/2}h1^{3/2}/(λ0⁶δ³)) ⇒ w.h.p. for all t: radii <= R'_A, R'_B and "
                   "L(t) <= exp(-λ0 t)L(0)", kind="probabilistic", assumptions=THEOREM, status="erratum",
         severity="statement", impact="results", root_cause=FIRST_LAYER,
         reading="'with high probability' read as Theorem 3's 1 - δ; the loss conclusion is checked on [0, 1/λ0].",
         reason="Erratum (statement): its loss conclusion fails as Theorem 3's does, on the same instances (most of "
                "64 seeds at h1 = 1, 44 of 256 at h1 = 8, h2 = 1024, against δ = 0.05); its R'_A conclusion also "
                "fails (kong.lemma_6.radius_A). It breaks Lemma 7 and Theorem 3, which Lemma 7 proves.")
register("kong.theorem_3", ref="Theorem 3",
         statement="h2 = Ω(n^{9/2}L(0)^{3/2}h1^{3/2}/(λ0⁶δ³)) ⇒ w.p. >= 1-δ, L(t) <= exp(-λ0 t) L(0)",
         kind="probabilistic", assumptions=THEOREM, status="erratum", severity="statement", impact="results",
         root_cause=FIRST_LAYER,
         reading="Ω hides a constant: the failure rate is shown at h2 = 1024 and its mechanism (the h2 -> ∞ limit "
                 "law of H(0), kong.first_layer_does_not_average) does not depend on h2; checked on [0, 1/λ0].",
         reason="Erratum (statement): L(t) > exp(-λ0 t)L(0) on [0, 1/λ0] for 44 of 256 seeds at h1 = 8, h2 = 1024 "
                "(no dead input) and for 48 of 64 at h1 = 1, h2 = 65536, against δ = 0.05. For n = 1 the rate at small t is "
                "2H(0), below λ0 whenever H(0) < λ0/2; with a dead input the flow is stationary (exact, "
                "test_dead_input_is_stationary). It breaks Theorem 3.")
register("kong.theorem_3.proof_condition", ref="Section IV-C",
         statement="R'_A <= R_A and R'_B <= R_B ⟺ h2^{2/3} = Ω(n³ L(0) h1 / (λ0³ δ²))", kind="symbolic",
         status="erratum", severity="typo", impact="none", root_cause=LAMBDA_POWER,
         reason="Erratum (typo): solving R'_A <= R_A gives λ0⁴, not the printed λ0³; Theorem 3's λ0⁶ = (λ0⁴)^{3/2} (kong.theorem_3.width_exponents), so no "
                "conclusion is affected.")
register("kong.theorem_3.width_exponents", ref="Theorem 3 and Section IV-C",
         statement="n^{9/2}L(0)^{3/2}h1^{3/2}/(λ0⁶δ³) = (n³L(0)h1/(λ0⁴δ²))^{3/2} up to constants", kind="symbolic")
register("kong.eq_12", ref="Section IV-C, eq. (12)", statement="E L(0) = ||y||² + n = Θ(n)",
         kind="probabilistic", assumptions=MODEL, status="erratum", severity="constant", impact="none",
         root_cause=INITIAL_LOSS,
         reason="Erratum (constant): E L(0) = 1/16 against the printed 1 at n = 1, d = 2, h1 = 1, y = 0, and "
                "0.5078 against 2 at h1 = 8, y = 1: the true value is ½||y||² + n/(8dh1). The paper uses it only for L(0) = O(n/δ) by "
                "Markov, which survives because the printed value is >= 2 E L(0). The corrected formula passes its "
                "own test.")
register("kong.section_5.lambda_min", ref="Section V-B",
         statement="on Section V's synthetic-50 (n = 50 unit points in R^100) with h1 = 5, 'the smallest eigenvalue "
                   "λmin(H(t)) remains stable' and the results 'are consistent with our theory', which keeps "
                   "λmin(H(t)) >= λ0/2 > 0 w.p. >= 1 - δ (Lemma 5, at t = 0 for every δ)",
         kind="probabilistic", assumptions=MODEL, status="erratum", severity="remark", impact="none",
         root_cause=FIRST_LAYER,
         reason="Erratum (remark): λmin(H(0)) = 0 exactly on 210 of 256 initializations at h2 = 100 and 198 of 256 at "
                "h2 = 1000, against δ = 1/2: an input on which all h1 = 5 first-layer units are off (a zero row of "
                "H(0)) has probability 2^-5 per input, so about 1 - (31/32)^50 = 0.80 per initialization (exact for orthonormal inputs; 50 random points of R^100 are nearly so), whatever h2. "
                "Section V's own setting therefore starts outside the theory on 80% of initializations (0 < λ0/2 "
                "for every λ0 > 0: no estimate of λ0 enters); the reduced table's mean λmin(H(0)) over 4 seeds is "
                "-4e-18 (all 4 dead) at h2 = 100 and 7e-6 (3 of 4) at h2 = 1000. No numbered result depends on "
                "Section V.")
register("kong.section_5", ref="Section V, Figs. 2-4",
         statement="log L(t) decreases at a bounded rate; λmin(H(t)) stays stable; weight change and pattern "
                   "change rate grow with t but stay low, lower for wider h2", kind="experiment",
         assumptions=MODEL, status="partial",
         reason="Partial: on the reduced grid L(t) decreases and both weight changes grow with t on every run "
                "(synthetic-50, digits 0 vs 1; h2 = 100, 1000; 4 seeds, 200 GD steps), the monotonicity that is "
                "checked. Not checked, measured on the same runs: 'lower for wider' holds for the first-layer "
                "pattern change on synthetic-50 (0.90% at h2 = 100, 0.40% at 1000) and is reversed on digits 0 vs 1 "
                "(16.6%, 20.0%; 4 seeds, not significant at ALPHA), and λmin(H(0)) = 0 on synthetic-50 is the "
                "erratum kong.section_5.lambda_min. The figures are not in the seed text, so only the qualitative "
                "statements can be compared. "
                "Reproduced on synthetic-50/100 (d = 100, labels in [0, 1]) and on scikit-learn's bundled digits "
                "(0 vs 1, 1 vs 7; MNIST cannot be downloaded here) with h1 = 5, GD at lr 2e-4; CI runs a reduced "
                "grid, the full grid is the nightly job (`python -m theorems experiment kong`).")
