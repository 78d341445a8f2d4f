"""Wang-Ma (seed 000): assumption checkers and the registry of claims."""
from __future__ import annotations

import functools
import math

from theorems.assumptions import assumption
from theorems.registry import explain, register
from theorems.wang_ma.instance import corollary_4_3_kappa, corollary_4_3_width, corollary_4_7_kappa

MARGIN_LOSSES = ("exp", "logistic", "alpha_exp")  # satisfy Assumption 4.4 with some constants (symbolic tests)


def _norms(inst):
    return [math.hypot(*row) for row in inst.X]


@assumption("wang_ma.bounded_inputs", ref="Section 3.2", description="||x_i|| <= 1 for every sample")
def _bounded_inputs(inst) -> float:
    return 1 + 1e-12 - max(_norms(inst))


@assumption("wang_ma.unit_inputs", ref="not in the paper (root cause wang_ma.unit_norm_in_V)",
            description="||x_i|| = 1: what Section 5 needs, although Section 3.2 allows ||x_i|| <= 1")
def _unit_inputs(inst) -> float:
    return 1e-9 - max(abs(v - 1) for v in _norms(inst))


@assumption("wang_ma.assumption_4_1_i", ref="Assumption 4.1(i)",
            description="n even, y = +1 on the first n/2 samples and -1 after; y_iy_j x_iᵀx_j >= 0 for all i, j")
def _assumption_4_1_i(inst) -> float:
    half = inst.n // 2
    if inst.n % 2 or inst.y != (1.0,) * half + (-1.0,) * half:
        return -1.0
    return min(yi * yj * sum(p * q for p, q in zip(xi, xj))
               for xi, yi in zip(inst.X, inst.y) for xj, yj in zip(inst.X, inst.y))


@assumption("wang_ma.assumption_4_1_ii", ref="Assumption 4.1(ii)",
            description="μ0 > 0, μ0 over v in general position (a.s. for Gaussian b_k); an all-inactive "
                        "pattern counts as -inf; margin: μ0 (exact, LP enumeration), -1 for -inf")
def _assumption_4_1_ii(inst) -> float:
    value = inst.mu0("generic")
    return value if math.isfinite(value) else -1.0


@assumption("wang_ma.corollary_4_3_init", ref="Theorem 4.2, Corollary 4.3",
            description="κ <= min{η/2000, ημ0/(3n)}; margin 1 - κ/κ_max")
def _corollary_4_3_init(inst) -> float:
    mu = inst.mu0("generic")
    if not (math.isfinite(mu) and mu > 0):
        return -1.0
    return 1 - inst.kappa / corollary_4_3_kappa(inst.eta, mu, inst.n)


@assumption("wang_ma.corollary_4_3_width", ref="Corollary 4.3", description="m >= max{144 log(2n²/δ), 4}")
def _corollary_4_3_width(inst) -> float:
    return float(inst.m - corollary_4_3_width(inst.n, inst.delta))


@assumption("wang_ma.step_size", ref="Theorems 4.2, 4.6", description="η <= 0.01")
def _step_size(inst) -> float:
    return 0.01 - inst.eta


@assumption("wang_ma.section_5_schedule", ref="Theorems 5.2, 5.3",
            description="η_0 <= 1/(2sqrt2); c <= 1/2 (Thm 5.3) or c <= 1/(6(1+2η_0)²+2) (Thm 5.2); margin the smaller gap")
def _section_5_schedule(inst) -> float:
    c_max = 0.5 if inst.schedule == "theorem_5_3" else 1 / (6 * (1 + 2 * inst.eta) ** 2 + 2)
    return min(1 / (2 * math.sqrt(2)) - inst.eta, c_max - inst.c)


@assumption("wang_ma.eq_7_width", ref="eq. (7)", description="V > 0, i.e. m > 32 log(n²/δ)")
def _eq_7_width(inst) -> float:
    return inst.m - 32 * math.log(inst.n**2 / inst.delta)


@assumption("wang_ma.assumption_5_1", ref="Assumption 5.1", description="exponential-type loss (exp or logistic)")
def _assumption_5_1(inst) -> float:
    return 1.0 if inst.loss in ("exp", "logistic") else -1.0


@assumption("wang_ma.assumption_4_4", ref="Assumption 4.4",
            description="a margin loss meeting Assumption 4.4 with some constants (exp, logistic, alpha_exp)")
def _assumption_4_4(inst) -> float:
    return 1.0 if inst.loss in MARGIN_LOSSES else -1.0


@functools.lru_cache(maxsize=8)
def _corollary_loss_margin(loss: str) -> float:
    from theorems.wang_ma import symbolic

    return symbolic.assumption_4_4(loss, symbolic.COROLLARY_4_7).measured


@assumption("wang_ma.corollary_4_7_loss", ref="Corollary 4.7",
            description="z0 = 1, g_min = 1/2, g_max = 1, h_max = 1; margin: the smallest exact margin of 4.4(i)-(iii)")
def _corollary_4_7_loss(inst) -> float:
    return _corollary_loss_margin(inst.loss)


@assumption("wang_ma.assumption_4_5", ref="Assumption 4.5", description="x_iᵀx_j >= s > -1; margin 1 + min x_iᵀx_j")
def _assumption_4_5(inst) -> float:
    return 1 + min(sum(p * q for p, q in zip(xi, xj)) for xi in inst.X for xj in inst.X) - 1e-9


@assumption("wang_ma.corollary_4_7_setting", ref="Corollary 4.7",
            description="η = 0.01, κ <= min{η/10, η/(3B)}, m >= 6; margin the smallest relative gap")
def _corollary_4_7_setting(inst) -> float:
    B = inst.B if inst.B is not None else inst.n
    eta_gap = 0.0 if inst.eta == 0.01 else -1.0
    return min(eta_gap, 1 - inst.kappa / corollary_4_7_kappa(inst.eta, B), inst.m - 6.0)


DATA_4_1 = ("wang_ma.bounded_inputs", "wang_ma.assumption_4_1_i", "wang_ma.assumption_4_1_ii")
THEOREM_4_2 = DATA_4_1 + ("wang_ma.step_size", "wang_ma.corollary_4_3_init", "wang_ma.corollary_4_3_width")
THEOREM_4_6 = ("wang_ma.bounded_inputs", "wang_ma.assumption_4_4", "wang_ma.assumption_4_5", "wang_ma.step_size")
COROLLARY_4_7 = ("wang_ma.bounded_inputs", "wang_ma.corollary_4_7_loss", "wang_ma.assumption_4_5",
                 "wang_ma.corollary_4_7_setting")
SECTION_5 = DATA_4_1 + ("wang_ma.assumption_5_1", "wang_ma.section_5_schedule", "wang_ma.eq_7_width")
SECTION_5_UNIT = SECTION_5 + ("wang_ma.unit_inputs",)

NOT_IN_SEED = "the constants live in Appendix A, which is not in the seed text"

# --- root causes (METHOD §4), each stated once -------------------------------------------------------
explain("wang_ma.unit_norm_in_V", title="V of (7) presumes ||x_i|| = 1, which Section 3.2 does not assume",
        explanation="V's branch 2/n + (n-2)γ/n is >= 2/n whatever the data's scale (its 2/n is the diagonal "
                    "x_iᵀx_i = 1 of unit inputs), but with a frozen (Σa_k² = 1) and the exponential loss "
                    "||∇_b L(θ)||² = Σ_k a_k² ||(1/n)Σ_i ℓ_i y_i 1{b_kᵀx_i > 0} x_i||² <= ε² L(θ)² for every θ "
                    "(ε = max_i ||x_i||), and one step η_t = c/L moves every margin y_if(x_i) by at most "
                    "ε·η_t||∇L|| <= cε², so L(t+1) >= e^{-cε²} L(t). Theorem 5.3's (1 - Vc/2) and Lemma 6.7's "
                    "sqrt(V) therefore fail once ε² < V/2 (resp. ε² < V); Section 3.2 allows any ||x|| <= 1.",
        scaling="Fails iff max_i||x_i||² is below about V/2 ~ (1/16)(1/2 - sqrt(8log(n²/δ)/m))(2/n): the failure "
                "is confined to small-norm data and vanishes when ||x_i|| = 1 (every generated unit-norm instance "
                "passes); it does not vanish with m (V grows to its limit as m grows).",
        hand_check="Pin n = 4, d = 10, ε = 0.05, m = 2000, δ = 0.5: V = 0.0120 (branch 2/n), cε² = 0.00125, "
                   "e^{-cε²} = 0.99875 > 1 - Vc/2 = 0.9970: Theorem 5.3's bound fails from t = 2; ||∇L||/L <= ε = "
                   "0.05 < sqrt(V) = 0.110 (Lemma 6.7).")
explain("wang_ma.arccos_of_inner_product", title="arccos(x_iᵀx_j) is the angle only for unit vectors",
        explanation="card(TL_i(0) ∩ TL_j(0))/m concentrates at P(y_ia_k > 0)P(b_kᵀx_i > 0, b_kᵀx_j > 0) = "
                    "(1/2)(π - θ_ij)/(2π), θ_ij the angle between x_i and x_j (rotation invariance of N(0, I)); "
                    "arccos(x_iᵀx_j) equals θ_ij only when ||x_i|| = ||x_j|| = 1.",
        scaling="The error is (arccos(x_iᵀx_j) - θ_ij)/(4π), fixed in m: it exceeds the Hoeffding width "
                "sqrt(log(2n²/δ)/(2m)) for every m past a few hundred on any data with ||x_i|| < 1 (the diagonal "
                "i = j alone gives (arccos||x_i||² - 0)/(4π)); it vanishes for unit inputs.",
        hand_check="x_1 = x_2 = 0.5e1: formula (π - arccos 0.25)/(4π) = 0.145, exact mean 1/4; width at m = 599 "
                   "is 0.059 < 0.105.")
explain("wang_ma.mu0_empty_max", title="Assumption 4.1(ii)'s min ranges over v = 0, where the max is over an empty set",
        explanation="v = 0 (and any v ⊥ span X) satisfies vᵀx_i <= 0 for every i, and {j: vᵀx_j > 0} is empty, "
                    "so the max is -inf and no data set meets (ii) as printed. The proofs use v = b_k(t), which is "
                    "in general position almost surely: the obviously intended reading excludes v with no active "
                    "sample.",
        scaling="Independent of every size: the literal assumption fails on every data set; the intended reading "
                "holds with μ0 > 0 on every generated data set.")
explain("wang_ma.one_antipodal_pair", title="one antipodal pair covers only the directions that separate it",
        explanation="μ0 = 1 needs, for every i and every v with vᵀx_i <= 0, an active x_j with y_iy_jx_iᵀx_j = 1, "
                    "i.e. x_j = ±x_i. One pair (x0, -x0) supplies that only for i in the pair; another sample x_i "
                    "killed by a v that activates only samples at an angle to x_i has max_j y_iy_jx_iᵀx_j < 1. "
                    "The remark holds when every sample has its antipode in S (and ||x_i|| = 1).",
        scaling="Independent of n, d: one pair and one more sample per class (n = 4, d = 2) suffice.")
explain("wang_ma.hinge_kink", title="the hinge loss is not differentiable at z = 1 = z0",
        explanation="max(0, 1 - z) has one-sided derivatives -1 and 0 at z = 1, so it is not twice differentiable "
                    "on R (Assumption 4.4(i)) and ℓ̃'(z0) does not exist; (ii)-(iii) hold on [0, 1).",
        scaling="None: a property of one function.")
explain("wang_ma.corollary_4_7_descent_cap", title="model (6)'s init cannot move the margins far enough in 34 steps",
        explanation="Along SGD (3) from model (6)'s init the margins stay >= 0 (positive bias), so with ℓ̃ convex "
                    "|ℓ̃'(z_i)| <= G = -ℓ̃'(0) and the descent is <= G·max_i z_i(T). Per neuron p = sqrt(m)max_c|a_kc|, "
                    "q = sqrt(m)||(b_k, c_k)|| obey p' <= p + λq, q' <= q + λp (λ = sqrt2 ηG, ||(x, 1)|| <= sqrt2), "
                    "a monotone linear comparison: pq <= [(1+λ)^{2T}(1+q0)² - (1-λ)^{2T}(1-q0)²]/4 with p0 = 1, "
                    "q0 = O(κ), and z_i(T) <= sqrt2·pq. At η = 0.01, T = 34 this is < 0.262533 for every loss with "
                    "G <= 0.603 (G = 1/2: <= 0.177; the cap reaches 0.262533 at G = 0.604); losses meeting the "
                    "corollary's constants with G up to 1 are not excluded by this bound (at G = 1 it is 0.79).",
        scaling="Independent of n, d, C, m, B and the data (||x|| <= 1): the bound depends only on ηT, G and "
                "q0 = O(κ); so the corollary fails for such losses on every instance, informative ones included "
                "(large d and B make its probability bound close to 1 - δ).",
        hand_check="G = 1/2, λ = 0.00707, (1+λ)^68 = 1.615, (1-λ)^68 = 0.617, q0 ~ 0.001: pq <= 0.251, z <= 0.354, "
                   "descent <= 0.177; the α-exponential loss e^{-α(z-1)}/(2α), α = 0.01, has G = 0.505 and meets "
                   "z0 = 1, g_min = 1/2, g_max = 1, h_max = 1 (sympy).")
explain("wang_ma.relu_zero_stationary", title="b = 0 is a stationary point of model (4)",
        explanation="With every b_k = 0 all pre-activations vanish; σ(0) = 0 and σ'(0) = 0 make ∇_a L = ∇_b L = 0, "
                    "so GD never moves and L stays at ℓ̃(0) (= 1 for the exponential loss). 'Any initialization' "
                    "must exclude such points; Theorems 5.2-5.3 assume the random init (5), which avoids them a.s.",
        scaling="A measure-zero set of initializations, at every size.")
explain("wang_ma.gram_identity_scale", title="||∇L||² = Σ e_iG_ije_j drops the 1/n² of L = (1/n)Σ½e_i²",
        explanation="∇L = (1/n)Σ_i e_i∇f_i, so ||∇L||² = (1/n²)Σ_ij e_iG_ije_j; the printed identity is n² too "
                    "large. The sentence uses it qualitatively ('bigger gradient leads to faster descent').",
        scaling="A factor n² at every size (4 at n = 2).")
explain("wang_ma.lemma_6_5_sign", title="Lemma 6.5's Ω(1 - (1+2η)^{2t}) is negative for every t >= 1",
        explanation="(1+2η)^{2t} > 1 for η > 0, t >= 1, so the printed lower bound is a negative number and the "
                    "lemma holds trivially and says nothing; the intended form (Lemma A.10) is absent. A sign or "
                    "base slip (e.g. 1 - (1-2η)^{2t}).",
        scaling="For every η > 0 and t >= 1 (-0.0404 at η = 0.01, t = 1).")
explain("wang_ma.first_step_false_living", title="a neuron living on both classes at t = 0 loses output weight in step 0",
        explanation="At t = 0, e_j ≈ -y_j, so Δa_k·sgn a_k(0) ≈ (η/n)(Σ_{j true-living} σ(b_kᵀx_j) - Σ_{j false-living} "
                    "σ(b_kᵀx_j)); init (5) allows k ∈ TL_i(0) ∩ FL_j(0) (cross-class x_i, x_j at an angle < π can both "
                    "be active), and the difference is < 0 when the false side dominates. From t = 1 on, S4 has "
                    "killed FL(0) and the monotonicity holds.",
        scaling="Only at t = 0, and small: |Δa_k| ~ ηκ/(n sqrt(md)) (-2.3e-10 to -3.8e-10 on the pin, relative "
                "to |a_k(0)| about 1e-8); a positive fraction of neurons at every m (about 1/8 of the neurons for "
                "two active cross-class samples).")
explain("wang_ma.table_1_other_init", title="Table 1's descents cannot come from model (6)'s stated initialization",
        explanation="By the cap of wang_ma.corollary_4_7_descent_cap, any loss with -ℓ̃'(0) <= 1/2 (the logistic "
                    "loss used) descends at most 0.177 in 34 steps at η = 0.01 (the same for every ηT = 0.34) under "
                    "model (6)'s init, on any data with ||x|| <= 1, any m: Table 1's 0.345-0.653 are impossible "
                    "there. The authors' notebook initializes differently (a_k ∈ {±1}^C, b ~ N(0, κ²I), c = κ).",
        scaling="Independent of m, n, d, dataset: the cap depends on ηT and -ℓ̃'(0) only.",
        hand_check="Logistic G = 1/2: cap 0.177 (hand_descent_bound, rows m = 100..1000 and η = 0.01..0.001) "
                   "against the printed 0.345 (the smallest realistic descent).")

# --- Section 3 -------------------------------------------------------------------------------------
register("wang_ma.eq_3.unbiased", ref="eq. (3)",
         statement="E_γ[(1/B)Σ_b ∇ℓ(y_γb, f(x_γb))] = ∇L(θ) for γ_b i.i.d. uniform on [n] with replacement",
         kind="exact")
register("wang_ma.section_3_2.norm", ref="Section 3.2", statement="||x|| <= 1 without loss of generality",
         kind="deterministic", assumptions=DATA_4_1, status="untestable",
         reason="Untestable apart, not counted as an erratum: a convention whose one failing consequence, V of (7) "
                "on rescaled data, is the erratum wang_ma.theorem_5_3 (root cause wang_ma.unit_norm_in_V, also "
                "Theorem 5.2 phase 1 and Lemma 6.7). Checked: rescaling X by ε keeps Assumption 4.1 (signs of "
                "y_iy_jx_iᵀx_j) and scales μ0 by ε².")

# --- Section 4.1 -----------------------------------------------------------------------------------
register("wang_ma.assumption_4_1.i", ref="Assumption 4.1(i)",
         statement="n even, y = +1 then -1; same-class x_iᵀx_j >= 0, cross-class <= 0", kind="machinery",
         status="untestable",
         reason="Untestable: an assumption on the data, encoded as the checker wang_ma.assumption_4_1_i; its test "
                "checks the strategies' promise to meet it.")
register("wang_ma.assumption_4_1.ii", ref="Assumption 4.1(ii)",
         statement="μ0 = min_{i, v: vᵀx_i <= 0} max_{j: vᵀx_j > 0} y_iy_j x_iᵀx_j > 0", kind="exact",
         assumptions=("wang_ma.bounded_inputs", "wang_ma.assumption_4_1_i"), status="erratum", severity="typo",
         root_cause="wang_ma.mu0_empty_max", impact="none",
         reading="The companion checks read v in general position (wang_ma.assumption_4_1_ii).",
         reason="Erratum (typo): as printed μ0 = -inf on every data set (shrunk: n = 2, x = (e1, -e1), v = 0). "
                "No result is affected: the proofs take v = b_k(t), in general position a.s., where μ0 > 0 on "
                "every generated data set.")
register("wang_ma.assumption_4_1.mu0_le_1", ref="Section 4.1", statement="the upper bound of μ0 is 1",
         kind="exact", assumptions=("wang_ma.bounded_inputs", "wang_ma.assumption_4_1_i"))
register("wang_ma.assumption_4_1.antipodal_remark", ref="Section 4.1",
         statement="if (x0, y0) and (-x0, -y0) are both in S, Assumption 4.1(ii) holds with μ0 = 1", kind="exact",
         assumptions=("wang_ma.bounded_inputs", "wang_ma.assumption_4_1_i"), status="erratum", severity="remark",
         root_cause="wang_ma.one_antipodal_pair", impact="none",
         reading="μ0 evaluated exactly (LP enumeration of activation patterns), closed and generic readings of v.",
         reason="Erratum (remark): μ0 = 0.7071, not 1, on d = 2, x = (e1, (1,1)/sqrt2 | -e1, -(0.8, 0.6)), where "
                "v = (1, -1.1) activates only x1. No result uses μ0 = 1. True version (checked): every sample "
                "paired with its antipode and ||x_i|| = 1 ⇒ generic μ0 = 1.")
register("wang_ma.assumption_4_1.image_flip", ref="Section 4.1",
         statement="flipping x -> -x in the second class of a nonnegative-pixel image data set gives Assumption 4.1(i)",
         kind="exact")
register("wang_ma.theorem_4_2", ref="Theorem 4.2",
         statement="square loss, GD, η <= 0.01, small κ, m = Ω(log(n/δ)): w.p. >= 1-δ-2me^{-2d}, "
                   "L drops Ω(1) within T = Θ(1/η) iterations", kind="rate", assumptions=THEOREM_4_2,
         reading="Ω(1) read as L(0) - L(⌊0.44/η⌋) >= EARLY_DESCENT_FLOOR = 0.0125 on every seed, uniformly over "
                 "η ∈ {0.01, 0.005, 0.0025} (κ at Corollary 4.3's bound), for data with norms in [0.5, 1] (the floor "
                 "depends on the data, like γ1, γ2); the fitted exponent of the descent in η must not be positive, "
                 "and ηT >= 0.44.")
register("wang_ma.corollary_4_3", ref="Corollary 4.3",
         statement="η = 0.01, κ <= min{η/2000, ημ0/(3n)}, m >= max{144 log(2n²/δ), 4}: in T = 44 iterations "
                   "L(0) - L(44) >= 0.193(γ1 - γ2 sqrt(8 log(n²/δ)/m)) - 0.0111", kind="deterministic",
         assumptions=THEOREM_4_2, status="partial",
         reading="T = 44 read as the hitting time's lower bound (T >= 44) with the descent over the first 44 steps.",
         looseness="T >= 44 holds, loose by >= 2.25, a censored lower bound: T = 99 = ⌈1/η⌉ - 1 (the horizon) "
                   "on every instance at η = 0.01; at a horizon of 1600 steps the antipodal-pair data (d = 2, m = 599) hit at "
                   "T = 1294-1320 (4 seeds), about 30x 44.",
         reason="Partial: the bound 0.193(γ1 - γ2 sqrt(8 log(n²/δ)/m)) - 0.0111 cannot be evaluated (γ1, γ2 are "
                "in Appendix A (10), absent). Checked: T >= 44, L(0) - L(44) > 0, and (7)'s factor >= "
                "1/2 - sqrt2/6 (symbolic). T is censored at the horizon ⌈1/η⌉ (T = 99 on every instance), so its "
                "looseness is a lower bound only. The width uses log(2n²/δ) but the bound log(n²/δ), an "
                "inconsistency without effect.")
register("wang_ma.section_4_1.mildly_param", ref="Section 4.1",
         statement="the number of parameters may be smaller than n", kind="symbolic")

# --- Section 4.2 -----------------------------------------------------------------------------------
register("wang_ma.assumption_4_4", ref="Assumption 4.4",
         statement="ℓ̃ ∈ C²; ℓ̃ >= 0 non-increasing; g_min <= -ℓ̃' <= g_max, 0 <= ℓ̃'' <= h_max on [0, z0]",
         kind="symbolic", status="untestable",
         reason="Untestable: a definition, encoded as symbolic.assumption_4_4 and checked condition by condition "
                "on the paper's three examples (wang_ma.assumption_4_4.exp/.logistic/.hinge) and Corollary 4.7's "
                "constants.")
register("wang_ma.assumption_4_4.exp", ref="after Assumption 4.4",
         statement="exponential loss: z0 = 1, g_min = 1/e, g_max = 1, h_max = 1", kind="symbolic")
register("wang_ma.assumption_4_4.logistic", ref="after Assumption 4.4",
         statement="logistic loss: z0 = 1, g_min = 1/(e+1), g_max = 1/2, h_max = 1/4", kind="symbolic")
register("wang_ma.assumption_4_4.hinge", ref="after Assumption 4.4",
         statement="hinge loss: z0 = 1, g_min = g_max = 1, h_max = 0", kind="symbolic", status="erratum",
         severity="remark", root_cause="wang_ma.hinge_kink", impact="none",
         reason="Erratum (remark): the hinge loss is not C² (ℓ̃' jumps by 1 at z = 1 = z0); it meets (ii)-(iii) on "
                "[0, 1) only. No theorem is affected (they assume 4.4).")
register("wang_ma.assumption_4_5", ref="Assumption 4.5", statement="∃ s > -1: x_iᵀx_j >= s for all i, j",
         kind="machinery", status="untestable",
         reason="Untestable: an assumption, encoded as the checker wang_ma.assumption_4_5; its test checks the "
                "one-hot strategies' promise to meet it.")
register("wang_ma.assumption_4_5.shrink_remark", ref="after Assumption 4.5",
         statement="||x|| < 1 - ε for all x ⇒ Assumption 4.5", kind="symbolic")
register("wang_ma.assumption_4_5.images", ref="after Assumption 4.5",
         statement="image data (MNIST, CIFAR-10) normalized to ||x|| = 1 satisfy Assumption 4.5", kind="exact")
register("wang_ma.section_4_2.positive_bias", ref="Section 4.2",
         statement="with one-hot labels the network learns a positive bias: a_{k,c}(t) >= 1/sqrt m, z_i(t) >= 0",
         kind="exact", assumptions=("wang_ma.assumption_4_4",),
         reading="The remark 'neural networks can quickly learn a positive bias' read as its mechanism: every "
                 "a_{k,c}(t) stays >= a_{k,c}(0) = 1/sqrt m and every margin z_i(t) >= 0 along SGD (3) (exact signs).")
register("wang_ma.theorem_4_6", ref="Theorem 4.6",
         statement="model (6), SGD, Assumptions 4.4, 4.5, η <= 0.01, κ = O(η/B): L drops Ω(1) in Θ(1/η) iterations",
         kind="rate", assumptions=THEOREM_4_6,
         reading="Ω(1) read as L(0) - L(⌊ln2/(2η)⌋) >= ONEHOT_DESCENT_FLOOR = 0.05 on every seed, uniformly over "
                 "η ∈ {0.01, 0.005, 0.0025} (κ at Corollary 4.7's bound); and the fitted exponent of the descent "
                 "in η must not be positive.")
register("wang_ma.corollary_4_7", ref="Corollary 4.7",
         statement="η = 0.01, κ <= min{η/10, η/(3B)}, m >= 6, z0 = 1, g_min = 1/2, g_max = 1, h_max = 1, s = 0: "
                   "w.p. >= 1-δ-4me^{-(d+1)/2}-m0.17^B, L(θ(0)) - L(θ(34)) >= 0.262533", kind="probabilistic",
         assumptions=COROLLARY_4_7, status="erratum", severity="statement",
         root_cause="wang_ma.corollary_4_7_descent_cap", impact="results",
         reading="δ (free in the statement) fixed at 0.1; an instance is informative only where "
                 "1 - δ - 4me^{-(d+1)/2} - m0.17^B > 0; the probability is tested as a one-sided binomial test "
                 "over seeds at ALPHA.",
         reason="Erratum (statement): descent <= 0.164 against 0.262533 on 16 of 16 seeds for the α-exponential "
                "loss (-ℓ̃'(0) = 0.505) at d = 20, B = 4 (probability bound 0.89); it breaks Corollary 4.7 and "
                "Table 1's bound row. The companion check confirms the hand cap on every generated instance.")
register("wang_ma.corollary_4_7.probability_term", ref="Theorem 4.6, Corollary 4.7",
         statement="the theorem's O(me^{-d}) and the corollary's 4me^{-(d+1)/2} are compatible", kind="symbolic",
         reading="The paper does not relate the two terms. Checked: the χ²_d Chernoff bound "
                 "P(χ²_d >= td) <= (te^{1-t})^{d/2} is <= e^{-d} once t - 1 - ln t >= 2 (t >= 4.505), so a larger "
                 "threshold on ||b_k(0)||², paid for by the constant hidden in κ = O(η/B), gives the theorem's "
                 "O(me^{-d}); the corollary's threshold gives e^{-(d+1)/2}. No contradiction: hidden constants "
                 "trade against the exponent.")

# --- Section 5 -------------------------------------------------------------------------------------
register("wang_ma.assumption_5_1", ref="Assumption 5.1",
         statement="ℓ̃ ∈ C², > 0, non-increasing; -ℓ̃'/ℓ̃ <= g_b, 0 <= ℓ̃''/ℓ̃ <= h on R; -ℓ̃'/ℓ̃ >= g_a on z >= 0",
         kind="symbolic", status="untestable",
         reason="Untestable: a definition, encoded as symbolic.assumption_5_1 and checked on the paper's two "
                "examples.")
register("wang_ma.assumption_5_1.exp", ref="after Assumption 5.1",
         statement="exponential loss: g_a = g_b = h = 1", kind="symbolic")
register("wang_ma.assumption_5_1.logistic", ref="after Assumption 5.1",
         statement="logistic loss: g_a = 1/2, g_b = 1, h = 1", kind="symbolic")
register("wang_ma.eq_7", ref="eq. (7)", statement="V > 0 iff m > 32 log(n²/δ)", kind="symbolic")
register("wang_ma.theorem_5_2.phase1", ref="Theorem 5.2",
         statement="η_t = c/(tL(θ(t))) for 1 <= t < T0: L(θ(t)) <= L(θ(1))/t^{Vc/2}", kind="deterministic",
         assumptions=SECTION_5, status="erratum", severity="statement", root_cause="wang_ma.unit_norm_in_V",
         impact="results",
         reason="Erratum (statement): fails on data with ||x_i|| = 0.05, allowed by Section 3.2 (pins at m = 2000, "
                "d = 10 and m = 300, d = 2, V = 0.0120 and 0.0061 > ε²); it breaks Theorem 5.2. Passes on every "
                "generated unit-norm instance (a missing hypothesis ||x_i|| = 1).")
register("wang_ma.theorem_5_2.phase2", ref="Theorem 5.2",
         statement="η_t = c/L(θ(t))^{1-1/(2r)} for t >= T0: L(θ(t)) = O(t^{-r})", kind="rate",
         assumptions=SECTION_5_UNIT, status="partial",
         reading="T0 = 1 (phase 2's schedule from t = 1); O(t^{-r}) read as the fitted exponent's CI lying at or "
                 "below -r.",
         looseness="holds, loose by >= 2.9 in the exponent (fitted exponent's CI upper end -2.92 against -r = -1 "
                   "on generated unit-norm data, 400 steps; the continuous-time heuristic gives about -2r to -3r).",
         reason="Partial: the fitted exponent's CI upper end -2.92 lies below -r = -1, but T0 = ⌈(n log 2)^{2/c'}⌉ "
                "has c' 'sufficiently small' and unspecified, and the O-constant is absent.")
register("wang_ma.theorem_5_3", ref="Theorem 5.3",
         statement="only b trained, η_t = c/L(θ(t)), c <= 1/2: L(θ(t)) <= (1 - Vc/2)^{t-1} L(θ(1))",
         kind="deterministic", assumptions=SECTION_5, status="erratum", severity="statement",
         root_cause="wang_ma.unit_norm_in_V", impact="results",
         reason="Erratum (statement): L(t+1)/L(t) = 0.99973 against 1 - Vc/2 = 0.9970 on data with ||x_i|| = 0.05, "
                "allowed by Section 3.2 (pins at m = 2000, d = 10 and m = 300, d = 2); it breaks Theorem 5.3 and "
                "Main Theorem 2's explicit rate. Passes on every generated unit-norm instance (a missing "
                "hypothesis ||x_i|| = 1).")
register("wang_ma.main_theorem_2", ref="Main Theorem 2",
         statement="exponential-type loss, Assumption 4.1: GD drives L to 0 at exponential or polynomial rate",
         kind="rate", assumptions=SECTION_5,
         reading="Informal (no constant): checked as what it says on its exponential arm (Theorem 5.3's schedule, "
                 "exponential loss): every per-step ratio L(t+1)/L(t), 1 <= t < 200, is <= a measured ρ < 1 and the "
                 "mean log-rate over the second half of the run is >= 1/2 of that over the first half (a polynomial "
                 "decay fails this). Holds on the small-norm data that break Theorem 5.3's explicit rate.",
         looseness="no constant to plant (informal); measured ρ = 0.896 (unit X4, m = 300) to 0.99973 (the same "
                   "data shrunk to ε = 0.05), late/early rate ratio 1.00; Theorem 5.2's polynomial schedule planted "
                   "in its place fails the check.")
register("wang_ma.section_5.balance", ref="Section 5 (related work)",
         statement="Σ_k a_k² - Σ_k ||b_k||² ≡ 0 for gradient flow", kind="exact",
         reading="The sentence describes Phuong and Lampert's gradient flow from a balanced initialization "
                 "(|a_k(0)| = ||b_k(0)||): read so, Q ≡ 0 follows from the conservation of Q, checked from a balanced "
                 "rescaling of init (5). From the paper's own init (5) '≡ 0' is false: Q(0) = 1 - Σ||b_k(0)||² ≈ "
                 "1 - κ² (measured 0.99999999997 at κ = 5e-6, m = 599; -1.04 to 0.30 at κ = 1, m = 8, 4 seeds), "
                 "and GF conserves that value (wang_ma.section_5.balance.flow). Section 5 cites the identity as "
                 "related work, and no result of the paper uses it.")
register("wang_ma.section_5.balance.flow", ref="Section 5 (related work)",
         statement="Σ_k a_k² - Σ_k ||b_k||² is conserved by gradient flow", kind="exact")
register("wang_ma.section_5.balance.gd", ref="Section 5 (related work)",
         statement="GD does not conserve it: Δ(a_k² - ||b_k||²) = η²((∂L/∂a_k)² - ||∇_{b_k}L||²)", kind="exact")
register("wang_ma.section_5.global_from_any_init", ref="Section 5",
         statement="global convergence of GD, i.e. 'starting from any initialization, the GD descends the loss to 0'",
         kind="deterministic", assumptions=SECTION_5_UNIT, status="erratum", severity="remark",
         root_cause="wang_ma.relu_zero_stationary", impact="none",
         reading="'descends the loss to 0' read as L <= 1e-3 after 50 steps of Theorem 5.3's schedule.",
         reason="Erratum (remark): from b(0) = 0 (n = 2, x = (e1, -e1), m = 100, eq. (7)'s width met) L stays 1 "
                "against <= 1e-3. Section 5's opening gloss; its theorems assume init (5), so no result is affected.")

# --- Section 6 -------------------------------------------------------------------------------------
EARLY = THEOREM_4_2
register("wang_ma.section_6_1.T", ref="Section 6.1",
         statement="T = sup{t: max_i|f(x_i; θ(s))| <= 1 and a_k(s)a_k(0) > 0 for all k, s <= t+1}",
         kind="machinery", status="untestable",
         reason="Untestable: a definition, implemented as model.hitting_time; its test checks that implementation "
                "against a direct scan of the definition.")
register("wang_ma.section_6_1_2.T_e", ref="Section 6.1.2",
         statement="T_e = sup{t: (1+2η)^{2(t+1)} - (1-2η)^{2(t+1)} ≲ 1; (1+2η)^{t+1} ≲ 1}", kind="symbolic",
         status="partial",
         reason="Partial: the continuum reading e^{2ηt} <= 2 reproduces Table 1's row 34, 69, 173, 346 exactly "
                "and sinh(2ηt) <= 1 Corollary 4.3's 44, but C1, C2 ('order 10⁰') are in Appendix A (12), absent. "
                "The discrete (1+2η)^{t+1} <= 2 gives 34, 68, 172, 345 and does not match.")
register("wang_ma.lemma_a_1", ref="Lemma A.1", statement="[m] = TL_i(t) ⊔ TD_i(t) ⊔ FL_i(t) ⊔ FD_i(t), t <= T",
         kind="exact", assumptions=EARLY)
register("wang_ma.lemma_6_1", ref="Lemma 6.1",
         statement="same class i, j: card(TL_i(0) ∩ TL_j(0)) ≈ m(π - arccos x_iᵀx_j)/(4π)", kind="probabilistic",
         assumptions=DATA_4_1 + ("wang_ma.corollary_4_3_width",), status="erratum", severity="proof",
         root_cause="wang_ma.arccos_of_inner_product", impact="none",
         reading="'≈' read as within the Hoeffding width sqrt(log(2n²/δ)/(2m)) for all same-class pairs (i = j "
                 "included), w.p. >= 1 - δ, tested over 64 seeds at ALPHA.",
         reason="Erratum (proof): off the diagonal the overlap of inputs of norms 0.5 and 0.6, 10° apart, is "
                "0.087 above the formula against the width 0.0589 (61 of 64 seeds beyond it, 64 of 64 with the "
                "diagonal); a missing hypothesis "
                "||x_i|| = 1. The error is conservative: for a same-class pair x_iᵀx_j = ||x_i|| ||x_j|| cos θ_ij "
                "<= cos θ_ij, so arccos x_iᵀx_j >= θ_ij and the formula is below the true mean; Lemma 6.4 uses it "
                "as a lower bound, which stays true, so no result is affected. With the angle in place of "
                "arccos x_iᵀx_j it holds.")
for s_id, text in (("s1", "TL_i(t) ⊂ TL_i(t+1) for t <= T"), ("s2", "FD_i(t) ⊂ FD_i(t+1) for t <= T"),
                   ("s3", "TD_i(0) ⊂ TL_i(1)"), ("s4", "FL_i(0) ⊂ FD_i(1)"),
                   ("s5", "sgn(bᵀx_i) = sgn(b_k(1)ᵀx_i) ≠ 0 on every segment [b_k(t), b_k(t+1)], 1 <= t <= T")):
    register(f"wang_ma.lemma_6_2.{s_id}", ref=f"Lemma 6.2 ({s_id.upper()})", statement=text, kind="exact",
             assumptions=EARLY)
register("wang_ma.lemma_6_3.p1", ref="Lemma 6.3 (P1)",
         statement="k ∈ TL_i(t): a_k(t)sgn(a_k(0)) non-decreasing; |a_k|, ||b_k|| exponentially bounded, t <= T_e",
         kind="deterministic", assumptions=EARLY, status="erratum", severity="typo",
         root_cause="wang_ma.first_step_false_living", impact="none",
         reading="T_e reconstructed as floor(ln2/(2η)); 'exponentially bounded' checked in the derived form "
                 "sqrt(m)(|a_k(t)| + ||b_k(t)||) <= (1+2η)^t(...)(0) for t <= T.",
         reason="Erratum (typo): at t = 0 only, a_k sgn a_k(0) decreases by 2.3e-10 to 3.8e-10 (relative about "
                "1e-8) for a neuron of TL_i(0) ∩ FL_j(0), on 20 of 20 instance seeds (pin d = 10, m = 599, "
                "probability bound 0.5). The range should start "
                "at t = 1: for 1 <= t <= min(T, T_e) the monotonicity and the growth bound hold on every instance, "
                "and P2's lower bound, which the later steps use, holds from t = 0.")
register("wang_ma.lemma_6_3.p2", ref="Lemma 6.3 (P2)", statement="a_k(t) has an exponential lower bound, t <= T_e",
         kind="rate", assumptions=EARLY, status="partial",
         reading="Derived form: a_k(t)sgn(a_k(0)) >= (1-2η)^t|a_k(0)| for t <= T.",
         looseness="holds; tight only at t = 0 (equality); for 1 <= t <= T the measured a_k(t)sgn a_k(0)/|a_k(0)| "
                   ">= 1 - 5.4e-8 (antipodal-pair pin, T = 99), against (1-2η)^t = 0.135 at t = 99: loose by >= 7 "
                   "at t = T.",
         reason="Partial: the derived bound |a_k(t)| >= (1-2η)^t|a_k(0)| with sgn a_k(t) = sgn a_k(0) holds for "
                "t <= T, loose by >= 7 at t = T; " + NOT_IN_SEED + ".")
register("wang_ma.lemma_6_3.p3", ref="Lemma 6.3 (P3, P4)",
         statement="|f(x_i; θ(t))| exponentially bounded; T >= T_e >= T* = Θ(1/η)", kind="rate", assumptions=EARLY,
         status="partial",
         reading="T_e reconstructed as floor(ln2/(2η)) (Table 1's row): checked ηT >= ln2/2 - η.",
         looseness="P4 holds, loose by >= 2.9, a censored lower bound: ηT = 0.99 is the horizon ⌈1/η⌉ - 1 on every "
                   "instance; at a horizon of 1600 steps the antipodal-pair data (d = 2, m = 599) hit at T = 1294-1320 (4 seeds, "
                   "η = 0.01), ηT about 13 against ln2/2 - η = 0.337.",
         reason="Partial: only P4's T >= T_e is checked (it holds, censored at the horizon ⌈1/η⌉); P3's exponential "
                "bound on |f| is not checked: " + NOT_IN_SEED + ".")
register("wang_ma.lemma_6_6.descent", ref="Lemma 6.6",
         statement="L(θ(t+1)) <= L(θ(t)) + <∇L, Δθ> + ½H||Δθ||², 1 <= t <= T*-1", kind="deterministic",
         assumptions=EARLY, status="partial",
         reading="H taken as the largest directional curvature of L on the GD segment [θ(t), θ(t+1)] (9 points), "
                 "on the first 40 segments.",
         reason="Partial: holds on every instance, tight 1 by construction: with H the curvature on each segment "
                "and S5 (no activation changes on the segment, so L is smooth there) the inequality is Taylor's "
                "theorem with the mean-value remainder. What the lemma adds, H = O(1), is "
                "wang_ma.lemma_6_6.hessian's check.")
register("wang_ma.lemma_6_6.hessian", ref="Lemma 6.6", statement="H = O(1) along the early trajectory",
         kind="rate", assumptions=EARLY,
         reading="O(1) read as ||∇²L(θ(t))|| <= HESSIAN_EARLY = 1 (spectral norm, power iteration on autograd "
                 "Hessian-vector products) at t ∈ {0, 1, T/2, T}, uniformly over η and η/2 (measured sup 0.714 on unit "
                 "data, at t = 0).")
register("wang_ma.section_6_1_3.grad_gram", ref="Section 6.1.3", statement="||∇L(θ(t))||² = Σ_ij e_i G_ij e_j",
         kind="exact", status="erratum", severity="typo", root_cause="wang_ma.gram_identity_scale", impact="none",
         reason="Erratum (typo): at n = 2 (any θ) the printed Σe_iG_ije_j is 4x autograd's ||∇L||²; the identity "
                "with 1/n² holds to rounding on every instance. The sentence uses it qualitatively.")
register("wang_ma.lemma_6_4.block", ref="Lemma 6.4",
         statement="G(t) = diag(G+(t), G-(t)) for 1 <= t <= T (cross-class entries 0)", kind="exact", assumptions=EARLY)
register("wang_ma.lemma_6_4.entry_lb", ref="Lemma 6.4",
         statement="G±_ij ≳ x_iᵀx_j((π - arccos x_iᵀx_j)/(4π) - O(sqrt(log(n/δ)/n))) > 0", kind="probabilistic",
         assumptions=EARLY, status="partial",
         reading="'≳' with constant 1 and the O(·) as the Hoeffding width sqrt(log(2n²/δ)/(2m)) of Lemma 6.1 (/n read "
                 "as /m: concentration is over neurons).",
         looseness="holds, loose by >= 5.3 (measured min G_ij over the bound on generated instances).",
         reason="Partial: holds, loose by >= 5.3, under a reading of '≳' and O(·): " + NOT_IN_SEED + ".")
register("wang_ma.lemma_6_5", ref="Lemma 6.5", statement="||∇L(θ(t))|| = Ω(1 - (1+2η)^{2t}), 1 <= t <= T*",
         kind="symbolic", status="erratum", severity="typo", root_cause="wang_ma.lemma_6_5_sign", impact="local",
         reading="The companion check reads the intended content as ||∇L(θ(t))|| >= 0.1||∇L(θ(1))|| on 1 <= t <= 0.44/η.",
         reason="Erratum (typo): the printed lower bound 1 - (1+2η)^{2t} is -0.0404 at η = 0.01, t = 1 (negative "
                "for every t >= 1), so the lemma is vacuous, not false. The proof of Theorem 4.2 needs the intended "
                "form (Lemma A.10, absent); under the reading above it holds.")
register("wang_ma.lemma_6_7", ref="Lemma 6.7", statement="Theorem 5.3's setting, t >= 1: ||∇L(θ(t))|| >= sqrt(V) L(θ(t))",
         kind="deterministic", assumptions=SECTION_5, status="erratum", severity="statement",
         root_cause="wang_ma.unit_norm_in_V", impact="results",
         reason="Erratum (statement): ||∇L||/L <= max||x_i|| = 0.05 against sqrt(V) = 0.110 on data allowed by "
                "Section 3.2 (pins as Theorem 5.3's); it breaks Lemma 6.7 and the proof of Theorem 5.3. Passes on "
                "every generated unit-norm instance.")
register("wang_ma.section_6_3.lemma_6_2_all_t", ref="Section 6.3 (Lemmas C.5, C.6)",
         statement="under Theorems 5.2-5.3, S1, S2, S5 of Lemma 6.2 hold for all t >= 1", kind="exact",
         assumptions=SECTION_5_UNIT)
register("wang_ma.section_6_3.lemma_6_4_all_t", ref="Section 6.3 (Lemma C.9)",
         statement="under Theorems 5.2-5.3, G(t) is block diagonal for all t >= 1", kind="exact",
         assumptions=SECTION_5_UNIT)
register("wang_ma.section_6_3.hessian_bound", ref="Section 6.3",
         statement="Theorem 5.2: ||∇²L(θ(t))|| <= C t L(θ(t)), t >= 1", kind="rate", assumptions=SECTION_5_UNIT,
         status="partial",
         reading="C taken as its value at t = 1: the ratio ||∇²L||/(tL) (power iteration on Hessian-vector products) "
                 "at t = 2, 5, 20, 100 must not exceed it.",
         looseness="holds, loose by >= 2.0 (measured max ratio at t >= 2 over its t = 1 value: 0.50, generated "
                   "unit-norm data).",
         reason="Partial: holds, loose by >= 2.0 with C read at t = 1; C is not given and a finite run cannot "
                "refute '∃C'.")
register("wang_ma.section_6_3.hessian_by_loss", ref="Section 6.3",
         statement="exponential-type loss: the Hessian is controlled by the loss value; for Theorem 5.3 (only b "
                   "trained, exponential loss) ||∇²_b L(θ)|| <= max_i||x_i||² Σ_k a_k² L(θ)", kind="deterministic",
         assumptions=SECTION_5,
         reading="The explicit constant is derived (the step Theorem 5.3's proof needs): ∇²_b L = (1/n)Σ_i ℓ_i ∇_bz_i "
                 "∇_bz_iᵀ a.e. (σ'' = 0), ||∇_bz_i||² <= ||x_i||² Σ_k a_k²; checked along the run at t = 0, 1, 10, "
                 "100, 200 on any data with ||x|| <= 1.",
         looseness="holds, loose by >= 3.7 (measured ratio 0.22-0.27 on X4 at m = 300, unit and shrunk to "
                   "ε = 0.05, and on generated data: each class's rank-one terms load about half the neurons).")
register("wang_ma.section_4_3.eta_le_001", ref="Sections 4.1-4.3",
         statement="η <= 0.01 in both theorems; the corollaries' κ bounds: η/2000 binding iff μ0/n >= 3/2000, "
                   "η/(3B) binding iff B >= 4", kind="symbolic")
register("wang_ma.main_theorem_1", ref="Main Theorem 1",
         statement="η <= 0.01: in the first Θ(1/η) iterations the loss descends Ω(1)", kind="rate",
         assumptions=THEOREM_4_2)

# --- Section 7 -------------------------------------------------------------------------------------
register("wang_ma.table_1", ref="Table 1 (Section 7)",
         statement="hitting iteration 34 (η = 0.01); realistic descents 0.35-0.65 on MNIST/CIFAR-10; bound 0.263",
         kind="experiment", status="erratum", severity="statement", root_cause="wang_ma.table_1_other_init",
         impact="results",
         reason="Erratum (statement): the printed descent 0.345 exceeds the cap 0.177 of any descent in 34 steps "
                "under the stated setting (model (6), its init, logistic loss); it breaks Table 1 and Section 7's "
                "tightness claim. Also the "
                "bound row is Corollary 4.7's 0.262533 although the logistic loss (g_min = 1/(e+1)) is outside it, "
                "and CIFAR m = 200, η = 0.01 is 0.534 in one half and 0.489 in the other. On digits the paper's init "
                "gives 0.125; the authors' notebook init 0.34-0.66. MNIST/CIFAR-10 cannot be downloaded here.")
register("wang_ma.table_1.hitting_row", ref="Table 1", statement="hitting iterations 34, 69, 173, 346 for "
         "η = 0.01, 0.005, 0.002, 0.001", kind="symbolic", status="partial",
         reason="Partial: the row equals floor(ln 2/(2η)) exactly (a reconstruction); T_e's constants are absent.")
register("wang_ma.section_7.tight_claim", ref="Section 7",
         statement="the descent bound is relatively tight (same order as the realistic descent) and dataset-independent",
         kind="experiment", status="partial",
         reading="'Same order' read as the printed realistic descents within 10x of the printed bound 0.263.",
         reason="Partial: true of the printed numbers (0.263 against 0.345-0.653: within 2.5x) and trivially dataset-"
                "independent (a constant). That the printed descents do not come from model (6)'s stated init is "
                "wang_ma.table_1's erratum, not counted again; under that init the descent (0.125 on digits) is "
                "below the 'bound'.")
