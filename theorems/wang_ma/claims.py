"""Wang-Ma (seed 000): assumption checkers and the registry of claims."""
from __future__ import annotations

import functools
import math

from theorems.assumptions import assumption
from theorems.registry import register
from theorems.wang_ma.instance import corollary_4_3_kappa, corollary_4_3_width, corollary_4_7_kappa

MARGIN_LOSSES = ("exp", "logistic", "alpha_exp")  # satisfy Assumption 4.4 with some constants (symbolic tests)


def _norms(inst):
    return [math.hypot(*row) for row in inst.X]


@assumption("wang_ma.bounded_inputs", ref="Section 3.2", description="||x_i|| <= 1 for every sample")
def _bounded_inputs(inst) -> float:
    return 1 + 1e-12 - max(_norms(inst))


@assumption("wang_ma.unit_inputs", ref="not in the paper (erratum E4)",
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

E4 = ("V of (7) does not scale with the data: its branch 2/n + (n-2)γ/n is >= 2/n whatever ||x_i||, while "
      "with a frozen (Σa_k² = 1) and exponential loss ||∇L(θ)|| <= max_i||x_i||·L(θ) for every θ, and one step "
      "η_t = c/L moves every margin by at most cε² (ε = max||x_i||), so L(t+1) >= e^{-cε²}L(t). Section 3.2's "
      "'without loss of generality ||x|| <= 1' is therefore not without loss: the Section 5 bounds need "
      "ε² >~ V. Shrunk counterexample (hand-verified): n = 4, d = 10, X = ε(e1, (e1+e2)/sqrt2, -e1, -(e1+e2)/sqrt2), "
      "y = (+,+,-,-), ε = 0.05, m = 2000, δ = 0.5, η_0 = 1/(2sqrt2): V = 0.0120 > ε² = 0.0025; the bound fails "
      "from t = 2. With ||x_i|| = 1 (wang_ma.unit_inputs) the same claims pass on every generated instance.")
NOT_IN_SEED = "the constants live in Appendix A, which is not in the seed text"

# --- Section 3 -------------------------------------------------------------------------------------
register("wang_ma.eq_3.unbiased", ref="eq. (3)",
         statement="E_γ[(1/B)Σ_b ∇ℓ(y_γb, f(x_γb))] = ∇L(θ) for γ_b i.i.d. uniform on [n] with replacement",
         kind="exact")
register("wang_ma.section_3_2.norm", ref="Section 3.2", statement="||x|| <= 1 without loss of generality",
         kind="deterministic", assumptions=SECTION_5, status="erratum",
         reason="Rescaling the data is not harmless for the Section 5 results: " + E4)

# --- Section 4.1 -----------------------------------------------------------------------------------
register("wang_ma.assumption_4_1.i", ref="Assumption 4.1(i)",
         statement="n even, y = +1 then -1; same-class x_iᵀx_j >= 0, cross-class <= 0", kind="exact",
         status="untestable",
         reason="An assumption on the data, not a claim: encoded as the checker wang_ma.assumption_4_1_i, which the "
                "Wang-Ma strategies satisfy (tests/meta) and which Section 4.1's image remark is checked against.")
register("wang_ma.assumption_4_1.ii", ref="Assumption 4.1(ii)",
         statement="μ0 = min_{i, v: vᵀx_i <= 0} max_{j: vᵀx_j > 0} y_iy_j x_iᵀx_j > 0", kind="exact",
         assumptions=("wang_ma.bounded_inputs", "wang_ma.assumption_4_1_i"), status="erratum",
         reason="As printed the min ranges over v = 0 (and any v ⊥ span X), where {j: vᵀx_j > 0} is empty and the "
                "max over it is -inf, so μ0 = -inf and the assumption holds for no data set. Shrunk counterexample: "
                "any data, v = 0 (n = 2, x = (e1, -e1)). What the proofs use is v in general position (Gaussian "
                "b_k): wang_ma.assumption_4_1_ii encodes that reading (an all-inactive pattern still gives -inf), "
                "positive on every generated data set.")
register("wang_ma.assumption_4_1.mu0_le_1", ref="Section 4.1", statement="the upper bound of μ0 is 1",
         kind="exact", assumptions=("wang_ma.bounded_inputs", "wang_ma.assumption_4_1_i"))
register("wang_ma.assumption_4_1.antipodal_remark", ref="Section 4.1",
         statement="if (x0, y0) and (-x0, -y0) are both in S, Assumption 4.1(ii) holds with μ0 = 1", kind="exact",
         assumptions=("wang_ma.bounded_inputs", "wang_ma.assumption_4_1_i"), status="erratum",
         reason="One antipodal pair does not force μ0 = 1. Shrunk counterexample (LP enumeration and by hand): "
                "d = 2, x = (e1, (1,1)/sqrt2 | -e1, -(0.8, 0.6)), y = (+,+,-,-): v = (1, -1.1) activates only x1, "
                "and x2ᵀx1 = 1/sqrt2, so μ0 = 0.7071 (closed and generic readings). With the literal '<=' even "
                "pairing every sample fails: x = (e1, e2 | -e1, -e2) has μ0 = 0 (v = e1, i = 2). True version, "
                "checked as a property: every sample paired with its antipode and ||x_i|| = 1 ⇒ generic μ0 = 1.")
register("wang_ma.assumption_4_1.image_flip", ref="Section 4.1",
         statement="flipping x -> -x in the second class of a nonnegative-pixel image data set gives Assumption 4.1(i)",
         kind="exact")
register("wang_ma.theorem_4_2", ref="Theorem 4.2",
         statement="square loss, GD, η <= 0.01, small κ, m = Ω(log(n/δ)): w.p. >= 1-δ-2me^{-2d}, "
                   "L drops Ω(1) within T = Θ(1/η) iterations", kind="rate", assumptions=THEOREM_4_2)
register("wang_ma.corollary_4_3", ref="Corollary 4.3",
         statement="η = 0.01, κ <= min{η/2000, ημ0/(3n)}, m >= max{144 log(2n²/δ), 4}: in T = 44 iterations "
                   "L(0) - L(44) >= 0.193(γ1 - γ2 sqrt(8 log(n²/δ)/m)) - 0.0111", kind="deterministic",
         assumptions=THEOREM_4_2, status="partial",
         reason="γ1, γ2 are defined in Appendix A (10), absent from the seed, so the bound cannot be evaluated. "
                "Checked: T = 44 = floor(asinh(1)/(2η)) (T_e reconstructed), the hitting time T >= 44 on every "
                "instance, L(0) - L(44) > 0, and the explicit width makes (7)'s factor >= 1/2 - sqrt2/6 (symbolic). "
                "The width uses log(2n²/δ) but the bound log(n²/δ), an inconsistency without effect.")
register("wang_ma.section_4_1.mildly_param", ref="Section 4.1",
         statement="the number of parameters may be smaller than n", kind="symbolic")

# --- Section 4.2 -----------------------------------------------------------------------------------
register("wang_ma.assumption_4_4", ref="Assumption 4.4",
         statement="ℓ̃ ∈ C²; ℓ̃ >= 0 non-increasing; g_min <= -ℓ̃' <= g_max, 0 <= ℓ̃'' <= h_max on [0, z0]",
         kind="symbolic", status="untestable",
         reason="A definition: encoded as symbolic.assumption_4_4, checked condition by condition on the paper's "
                "three examples (wang_ma.assumption_4_4.exp/.logistic/.hinge) and Corollary 4.7's constants.")
register("wang_ma.assumption_4_4.exp", ref="after Assumption 4.4",
         statement="exponential loss: z0 = 1, g_min = 1/e, g_max = 1, h_max = 1", kind="symbolic")
register("wang_ma.assumption_4_4.logistic", ref="after Assumption 4.4",
         statement="logistic loss: z0 = 1, g_min = 1/(e+1), g_max = 1/2, h_max = 1/4", kind="symbolic")
register("wang_ma.assumption_4_4.hinge", ref="after Assumption 4.4",
         statement="hinge loss: z0 = 1, g_min = g_max = 1, h_max = 0", kind="symbolic", status="erratum",
         reason="max(0, 1 - z) is not differentiable at z = 1 = z0 (one-sided derivatives -1 and 0, exact), so it "
                "violates 4.4(i) and ℓ̃'(z0) does not exist; (ii)-(iii) hold on [0, z0) only.")
register("wang_ma.assumption_4_5", ref="Assumption 4.5", statement="∃ s > -1: x_iᵀx_j >= s for all i, j",
         kind="exact", status="untestable",
         reason="An assumption, not a claim: the checker wang_ma.assumption_4_5, met by the one-hot strategies (tests/meta).")
register("wang_ma.assumption_4_5.shrink_remark", ref="after Assumption 4.5",
         statement="||x|| < 1 - ε for all x ⇒ Assumption 4.5", kind="symbolic")
register("wang_ma.assumption_4_5.images", ref="after Assumption 4.5",
         statement="image data (MNIST, CIFAR-10) normalized to ||x|| = 1 satisfy Assumption 4.5", kind="exact")
register("wang_ma.section_4_2.positive_bias", ref="Section 4.2",
         statement="with one-hot labels the network learns a positive bias: a_{k,c}(t) >= 1/sqrt m, z_i(t) >= 0",
         kind="deterministic", assumptions=("wang_ma.assumption_4_4",))
register("wang_ma.theorem_4_6", ref="Theorem 4.6",
         statement="model (6), SGD, Assumptions 4.4, 4.5, η <= 0.01, κ = O(η/B): L drops Ω(1) in Θ(1/η) iterations",
         kind="rate", assumptions=THEOREM_4_6)
register("wang_ma.corollary_4_7", ref="Corollary 4.7",
         statement="η = 0.01, κ <= min{η/10, η/(3B)}, m >= 6, z0 = 1, g_min = 1/2, g_max = 1, h_max = 1, s = 0: "
                   "w.p. >= 1-δ-4me^{-(d+1)/2}-m0.17^B, L(θ(0)) - L(θ(34)) >= 0.262533", kind="deterministic",
         assumptions=COROLLARY_4_7, status="erratum",
         reason="False under its own constants, for every data set with ||x|| <= 1, every m, B, C and batch "
                "sequence. Hand proof: by wang_ma.section_4_2.positive_bias z_i(t) >= 0, so |ℓ̃'| <= G = -ℓ̃'(0); per "
                "neuron p = sqrt(m) max|a_k|, q = sqrt(m)||(b_k, c_k)|| grow as p' <= p + λq, q' <= q + λp with "
                "λ = sqrt2 ηG, so z_i(34) <= sqrt2 p q <= 0.358 and the descent is <= G·0.358 <= 0.1808 < 0.262533. "
                "Shrunk counterexample: ℓ̃(z) = e^{-α(z-1)}/(2α), α = 0.01 (meets every condition, sympy), "
                "n = 1, d = 1, x = 1, C = 1, m = 6, B = 1, seed 0: descent 0.0899 (hand bound 0.1814, which holds on every instance).")
register("wang_ma.corollary_4_7.probability_term", ref="Theorem 4.6, Corollary 4.7",
         statement="the corollary's 4me^{-(d+1)/2} is an instance of the theorem's O(me^{-d})", kind="symbolic",
         status="erratum",
         reason="4me^{-(d+1)/2} / (me^{-d}) = 4e^{(d-1)/2} -> ∞ as d -> ∞ (exact limit), so the corollary's term is "
                "not O(me^{-d}): the theorem states a stronger probability than its explicit version proves.")

# --- Section 5 -------------------------------------------------------------------------------------
register("wang_ma.assumption_5_1", ref="Assumption 5.1",
         statement="ℓ̃ ∈ C², > 0, non-increasing; -ℓ̃'/ℓ̃ <= g_b, 0 <= ℓ̃''/ℓ̃ <= h on R; -ℓ̃'/ℓ̃ >= g_a on z >= 0",
         kind="symbolic", status="untestable",
         reason="A definition: encoded as symbolic.assumption_5_1, checked on the paper's two examples.")
register("wang_ma.assumption_5_1.exp", ref="after Assumption 5.1",
         statement="exponential loss: g_a = g_b = h = 1", kind="symbolic")
register("wang_ma.assumption_5_1.logistic", ref="after Assumption 5.1",
         statement="logistic loss: g_a = 1/2, g_b = 1, h = 1", kind="symbolic")
register("wang_ma.eq_7", ref="eq. (7)", statement="V > 0 iff m > 32 log(n²/δ)", kind="symbolic")
register("wang_ma.theorem_5_2.phase1", ref="Theorem 5.2",
         statement="η_t = c/(tL(θ(t))) for 1 <= t < T0: L(θ(t)) <= L(θ(1))/t^{Vc/2}", kind="deterministic",
         assumptions=SECTION_5, status="erratum", reason=E4)
register("wang_ma.theorem_5_2.phase2", ref="Theorem 5.2",
         statement="η_t = c/L(θ(t))^{1-1/(2r)} for t >= T0: L(θ(t)) = O(t^{-r})", kind="rate",
         assumptions=SECTION_5_UNIT, status="partial",
         reason="T0 = ⌈(n log 2)^{2/c'}⌉ with c' 'sufficiently small' and unspecified, and the O-constant is absent; "
                "checked: the schedule of phase 2 started at t = 1 on unit-norm data gives a fitted exponent of "
                "L(t) in t whose CI lies below -r (about -2r, as the continuous-time heuristic predicts).")
register("wang_ma.theorem_5_3", ref="Theorem 5.3",
         statement="only b trained, η_t = c/L(θ(t)), c <= 1/2: L(θ(t)) <= (1 - Vc/2)^{t-1} L(θ(1))",
         kind="deterministic", assumptions=SECTION_5, status="erratum", reason=E4)
register("wang_ma.main_theorem_2", ref="Main Theorem 2",
         statement="exponential-type loss, Assumption 4.1: GD drives L to 0 at exponential or polynomial rate",
         kind="deterministic", assumptions=SECTION_5, status="erratum",
         reason="The informal form of Theorems 5.2 and 5.3, inheriting their erratum (the explicit rates fail on "
                "small-norm data): " + E4)
register("wang_ma.section_5.balance", ref="Section 5 (related work)",
         statement="Σ_k a_k² - Σ_k ||b_k||² ≡ 0 for gradient flow", kind="exact", status="erratum",
         reason="Gradient flow conserves Σa_k² - Σ||b_k||² (checked with theorems.core.flow), but its value is the "
                "initial one, 1 - Σ||b_k(0)||² ≈ 1 - κ² under (5), not 0: ≡ 0 needs a balanced initialization. "
                "Shrunk counterexample: any draw of (5), e.g. n = 2, m = 1.")
register("wang_ma.section_5.balance.flow", ref="Section 5 (related work)",
         statement="Σ_k a_k² - Σ_k ||b_k||² is conserved by gradient flow", kind="exact")
register("wang_ma.section_5.balance.gd", ref="Section 5 (related work)",
         statement="GD does not conserve it: Δ(a_k² - ||b_k||²) = η²((∂L/∂a_k)² - ||∇_{b_k}L||²)", kind="exact")
register("wang_ma.section_5.global_from_any_init", ref="Section 4.3",
         statement="global convergence of GD 'starting from any initialization'", kind="deterministic",
         assumptions=SECTION_5_UNIT, status="erratum",
         reason="Theorems 5.2-5.3 assume init (5); from b(0) = 0 (any a) every pre-activation is 0, σ'(0) = 0 and "
                "σ(0) = 0 make ∇L = 0, so GD never moves and L(t) = L(0) = 1 (exponential loss). Shrunk "
                "counterexample: n = 2, x = (e1, -e1), m = 1.")

# --- Section 6 -------------------------------------------------------------------------------------
EARLY = THEOREM_4_2
register("wang_ma.section_6_1.T", ref="Section 6.1",
         statement="T = sup{t: max_i|f(x_i; θ(s))| <= 1 and a_k(s)a_k(0) > 0 for all k, s <= t+1}",
         kind="deterministic", status="untestable",
         reason="A definition, implemented as model.hitting_time and cross-checked against a direct scan (tests/meta).")
register("wang_ma.section_6_1_2.T_e", ref="Section 6.1.2",
         statement="T_e = sup{t: (1+2η)^{2(t+1)} - (1-2η)^{2(t+1)} ≲ 1; (1+2η)^{t+1} ≲ 1}", kind="symbolic",
         status="partial",
         reason="C1, C2 ('order 10⁰') are in Appendix A (12), absent. The continuum reading e^{2ηt} <= 2 reproduces "
                "Table 1's row 34, 69, 173, 346 exactly and sinh(2ηt) <= 1 Corollary 4.3's 44; the discrete "
                "(1+2η)^{t+1} <= 2 gives 34, 68, 172, 345 and does not match.")
register("wang_ma.lemma_a_1", ref="Lemma A.1", statement="[m] = TL_i(t) ⊔ TD_i(t) ⊔ FL_i(t) ⊔ FD_i(t), t <= T",
         kind="exact", assumptions=EARLY)
register("wang_ma.lemma_6_1", ref="Lemma 6.1",
         statement="same class i, j: card(TL_i(0) ∩ TL_j(0)) ≈ m(π - arccos x_iᵀx_j)/(4π)", kind="probabilistic",
         assumptions=DATA_4_1 + ("wang_ma.corollary_4_3_width",), status="erratum",
         reason="arccos(x_iᵀx_j) is the angle only for unit vectors, which Section 3.2 does not assume: the overlap "
                "probability is (π - θ_ij)/(4π) with θ_ij the angle. Shrunk counterexample: x_1 = x_2 = 0.5e1 "
                "(class +), -0.5e1 twice (class -): the formula gives (π - arccos 0.25)/(4π) = 0.145, the exact mean "
                "is 1/4, far outside the Hoeffding width at m = 599. With the angle (or ||x|| = 1) it holds.")
for s_id, text in (("s1", "TL_i(t) ⊂ TL_i(t+1) for t <= T"), ("s2", "FD_i(t) ⊂ FD_i(t+1) for t <= T"),
                   ("s3", "TD_i(0) ⊂ TL_i(1)"), ("s4", "FL_i(0) ⊂ FD_i(1)"),
                   ("s5", "sgn(bᵀx_i) = sgn(b_k(1)ᵀx_i) ≠ 0 on every segment [b_k(t), b_k(t+1)], 1 <= t <= T")):
    register(f"wang_ma.lemma_6_2.{s_id}", ref=f"Lemma 6.2 ({s_id.upper()})", statement=text, kind="deterministic",
             assumptions=EARLY)
register("wang_ma.lemma_6_3.p1", ref="Lemma 6.3 (P1)",
         statement="k ∈ TL_i(t): a_k(t)sgn(a_k(0)) non-decreasing; |a_k|, ||b_k|| exponentially bounded, t <= T_e",
         kind="deterministic", assumptions=EARLY, status="erratum",
         reason="Fails at t = 0: a neuron in TL_i(0) ∩ FL_j(0) (alive on samples of both classes, which init (5) "
                "allows) has Δa_k·sgn a_k ∝ Σ_{TL} σ(b_kᵀx) - Σ_{FL} σ(b_kᵀx) < 0 when the wrong class dominates. "
                "Shrunk counterexample: the generated instance pinned in the test (about 500 such neurons per 8 "
                "seeds, decrease ~1e-9). For 1 <= t <= min(T, T_e) (after S3/S4) monotonicity holds on every "
                "instance, and the derived growth sqrt(m)(|a_k| + ||b_k||) <= (1+2η)^t(...)(0) holds for t <= T.")
register("wang_ma.lemma_6_3.p2", ref="Lemma 6.3 (P2)", statement="a_k(t) has an exponential lower bound, t <= T_e",
         kind="rate", assumptions=EARLY, status="partial",
         reason=NOT_IN_SEED + "; checked: sgn a_k(t) = sgn a_k(0) and |a_k(t)| >= (1-2η)^t|a_k(0)| for t <= T.")
register("wang_ma.lemma_6_3.p3", ref="Lemma 6.3 (P3, P4)",
         statement="|f(x_i; θ(t))| exponentially bounded; T >= T_e >= T* = Θ(1/η)", kind="rate", assumptions=EARLY)
register("wang_ma.lemma_6_6.descent", ref="Lemma 6.6",
         statement="L(θ(t+1)) <= L(θ(t)) + <∇L, Δθ> + ½H||Δθ||², 1 <= t <= T*-1", kind="deterministic",
         assumptions=EARLY)
register("wang_ma.lemma_6_6.hessian", ref="Lemma 6.6", statement="H = O(1) along the early trajectory",
         kind="rate", assumptions=EARLY)
register("wang_ma.section_6_1_3.grad_gram", ref="Section 6.1.3", statement="||∇L(θ(t))||² = Σ_ij e_i G_ij e_j",
         kind="exact", status="erratum",
         reason="L = (1/n)Σ ½e_i², so ∇L = (1/n)Σ e_i ∇f_i and ||∇L||² = (1/n²)Σ_ij e_iG_ije_j: the printed form "
                "misses 1/n². Shrunk counterexample: n = 2 (any θ), where the printed value is 4x autograd's; the "
                "corrected identity holds to rounding.")
register("wang_ma.lemma_6_4.block", ref="Lemma 6.4",
         statement="G(t) = diag(G+(t), G-(t)) for 1 <= t <= T (cross-class entries 0)", kind="exact", assumptions=EARLY)
register("wang_ma.lemma_6_4.entry_lb", ref="Lemma 6.4",
         statement="G±_ij ≳ x_iᵀx_j((π - arccos x_iᵀx_j)/(4π) - O(sqrt(log(n/δ)/n))) > 0", kind="probabilistic",
         assumptions=EARLY, status="partial",
         reason=NOT_IN_SEED + " ('≳' and O(·)); /n is almost surely a typo for /m (concentration over neurons). "
                "Checked with constant 1 and the Hoeffding width sqrt(log(2n²/δ)/(2m)) of Lemma 6.1.")
register("wang_ma.lemma_6_5", ref="Lemma 6.5", statement="||∇L(θ(t))|| = Ω(1 - (1+2η)^{2t}), 1 <= t <= T*",
         kind="symbolic", status="erratum",
         reason="1 - (1+2η)^{2t} < 0 for every t >= 1, η > 0 (exact: -0.0404 at η = 0.01, t = 1), so the bound is "
                "vacuous as printed; the intended form (Lemma A.10) is absent. Checked instead: ||∇L(θ(t))|| stays "
                "bounded away from 0 on 1 <= t <= 0.44/η.")
register("wang_ma.lemma_6_7", ref="Lemma 6.7", statement="Theorem 5.3's setting, t >= 1: ||∇L(θ(t))|| >= sqrt(V) L(θ(t))",
         kind="deterministic", assumptions=SECTION_5, status="erratum", reason=E4)
register("wang_ma.section_6_3.lemma_6_2_all_t", ref="Section 6.3 (Lemmas C.5, C.6)",
         statement="under Theorems 5.2-5.3, S1, S2, S5 of Lemma 6.2 hold for all t >= 1", kind="deterministic",
         assumptions=SECTION_5_UNIT)
register("wang_ma.section_6_3.lemma_6_4_all_t", ref="Section 6.3 (Lemma C.9)",
         statement="under Theorems 5.2-5.3, G(t) is block diagonal for all t >= 1", kind="exact",
         assumptions=SECTION_5_UNIT)
register("wang_ma.section_6_3.hessian_bound", ref="Section 6.3",
         statement="Theorem 5.2: ||∇²L(θ(t))|| <= C t L(θ(t)), t >= 1", kind="rate", assumptions=SECTION_5_UNIT,
         status="partial",
         reason="C is not given; a finite run cannot refute '∃C'. Checked with C its value at t = 1: the ratio "
                "||∇²L||/(tL) (power iteration on Hessian-vector products) never exceeds it.")
register("wang_ma.section_4_3.eta_le_001", ref="Sections 4.1-4.3",
         statement="η <= 0.01 in both theorems; the corollaries' κ bounds: η/2000 binding iff μ0/n >= 3/2000, "
                   "η/(3B) binding iff B >= 4", kind="symbolic")
register("wang_ma.main_theorem_1", ref="Main Theorem 1",
         statement="η <= 0.01: in the first Θ(1/η) iterations the loss descends Ω(1)", kind="rate",
         assumptions=THEOREM_4_2)

# --- Section 7 -------------------------------------------------------------------------------------
register("wang_ma.table_1", ref="Table 1 (Section 7)",
         statement="hitting iteration 34 (η = 0.01); realistic descents 0.35-0.65 on MNIST/CIFAR-10; bound 0.263",
         kind="experiment", status="erratum",
         reason="(a) The bound row is Corollary 4.7's 0.262533, but the logistic loss used has -ℓ̃' < 1/2 for z > 0 "
                "(g_min = 1/(e+1)), outside Corollary 4.7. (b) Under model (6)'s stated init every loss with "
                "-ℓ̃'(0) <= 1/2 descends <= 0.177 in 34 steps (hand bound of corollary_4_7), so the 'realistic' "
                "descents >= 0.345 cannot come from it; on digits the paper's init gives 0.125 at every m, the authors' "
                "notebook init (a_k ∈ {±1}^C, b ~ N(0, κ²I), c = κ = 1e-6) 0.34-0.66, growing with m. (c) CIFAR "
                "m = 200, η = 0.01 is 0.534 in one half and 0.489 in the other (not seed noise). MNIST/CIFAR-10 "
                "cannot be downloaded here: scikit-learn's bundled digits stand in.")
register("wang_ma.table_1.hitting_row", ref="Table 1", statement="hitting iterations 34, 69, 173, 346 for "
         "η = 0.01, 0.005, 0.002, 0.001", kind="symbolic", status="partial",
         reason="T_e's constants are absent; the row equals floor(ln 2/(2η)) exactly (a reconstruction).")
register("wang_ma.section_7.tight_claim", ref="Section 7",
         statement="the descent bound is relatively tight (same order as the realistic descent) and dataset-independent",
         kind="experiment", status="erratum",
         reason="Dataset independence is trivial (a constant). Under model (6)'s own init the logistic descent on "
                "digits is 0.125 < 0.263: the 'lower bound' is violated, not tight; the agreement in Table 1 comes "
                "from a different initialization (see wang_ma.table_1).")
