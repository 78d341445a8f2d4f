"""Chen-Vanden-Eijnden-Bruna (seed 004): assumption checkers and the registry of claims."""
from __future__ import annotations

import math

import torch

from theorems.assumptions import assumption
from theorems.chen_veb import model
from theorems.chen_veb.instance import Instance
from theorems.registry import explain, register


@assumption("chen_veb.assumption_1", ref="Assumption 1", description="c_i = ±ĉ with ĉ > 0 (margin: ĉ)")
def _signs(inst: Instance) -> float:
    return inst.c_hat


@assumption("chen_veb.assumption_2", ref="Assumption 2",
            description="σ Lipschitz with K_σ' = inf_I |σ'| > 0 on a bounded interval I (margin: min(K_σ', 1/L_σ))")
def _activation(inst: Instance) -> float:
    return min(inst.k_prime, 1 / inst.activation.lipschitz)


@assumption("chen_veb.assumption_3", ref="Assumption 3", description="W⁰_ij ~ N(0, 1) (margin: -|w_scale - 1|)")
def _gaussian_init(inst: Instance) -> float:
    return -abs(inst.w_scale - 1)


@assumption("chen_veb.global_slope", ref="eq. (16)", description="|σ'| >= K > 0 on all of R (margin: K)")
def _global_slope(inst: Instance) -> float:
    return inst.activation.global_k if math.isfinite(inst.activation.lipschitz) else -1.0


@assumption("chen_veb.gram_pd", ref="Theorem 1", description="λ_min(G) > 0 (margin: λ_min(G) relative to ||G||)")
def _gram_pd(inst: Instance) -> float:
    G = model.gram(inst.features(1))[0]
    return float(torch.linalg.eigvalsh(G)[0] / G.abs().max()) - 1e-10


@assumption("chen_veb.sigma_zero", ref="Lemma 2, eq. (62)", description="σ(0) = 0 (margin: -|σ(0)|)")
def _sigma_zero(inst: Instance) -> float:
    return -abs(float(inst.activation.fn(torch.zeros(1, dtype=torch.float64))))


@assumption("chen_veb.non_parallel", ref="Assumption 4 (remark)",
            description="pairwise non-parallel inputs (margin: 1 - max |cos ∠(x_a, x_b)| - 1e-6)")
def _non_parallel(inst: Instance) -> float:
    if inst.n == 1:
        return 1.0
    X = inst.inputs()
    U = X / X.norm(dim=-1, keepdim=True)
    cos = (U @ U.T - torch.eye(inst.n, dtype=X.dtype)).abs().max()
    return 1 - float(cos) - 1e-6


A123 = ("chen_veb.assumption_1", "chen_veb.assumption_2", "chen_veb.assumption_3")
THEOREM_1 = A123 + ("chen_veb.gram_pd",)

# --- root causes (METHOD §4): each mechanism stated once, named by the errata it breaks ---------------------

explain(
    "chen_veb.cubic_slope_vanishes",
    title="The cubic activation has σ'(0) = 0, so no K > 0 bounds |σ'| below",
    explanation="Eq. (16) needs inf_R |σ'| = K_σ' > 0. For σ(u) = u³, σ'(u) = 3u² vanishes at u = 0, so inf |σ'| = 0 "
                "(the cubic is not globally Lipschitz either). At W = 0 every h_i = 0 and every v_ia = r_aσ'(0) = 0, "
                "so 𝓛̇ = 0 while 𝓛 = ½||y||² > 0: no PL inequality 𝓛̇ <= -2ĉ²λ_minK²𝓛 with K > 0 holds there.",
    scaling="Independent of m, n, d, D and ĉ: σ'(0) = 0 is a property of σ. Near W = 0 the PL ratio "
            "|𝓛̇|/𝓛 is O(max_i h_i⁴) and vanishes as W → 0.",
    hand_check="n = d = 1, x = 1, y = 1, m = 3, ĉ = 1, W = 0: h_i = 0, σ'(0) = 0, 𝓛̇ = 0, 𝓛 = ½; (16) asks "
               "0 <= -2·1·K²·½ = -K² < 0.")
explain(
    "chen_veb.kappa_width_inverted",
    title="Lemma 1's κ (and Theorem 2's K₁, eq. (77)) carries (I_r - I_l) in the numerator; the proof gives ξ^{-1}",
    explanation="The proof (46)-(54) bounds the fraction of neurons that moved by >= ξ by ξ^{-1}(1/m)Σ|Δh|, so κ "
                "carries ξ^{-1} = 3/(I_r - I_l). With C₁ = λ_maxλ_min^{-1/2}ξ^{-1} (47) and C₂ = 2^{-1/2}C₁λ_min^{-1/2}"
                "K_σ'^{-1} = λ_max/(√2 λ_min ξ K_σ') (51, by its definition), the chain gives "
                "η^{3/2} >= η̃⁰^{3/2} - 3C₂ĉ^{-1}(√𝓛⁰ - √𝓛^t) once (52) is corrected (chen_veb.chain_rule_loses_root_2), "
                "i.e. κ = 3C₂ = 9λ₂/(√2 λ₁K_σ'(I_r - I_l)). The printed κ = 9λ₂(I_r - I_l)/(2λ₁K_σ') is what one gets by "
                "writing ξ^{-1} = 3(I_r - I_l): it equals the corrected κ times (I_r - I_l)²/√2.",
    scaling="The printed κ is too small exactly when (I_r - I_l)² < √2 × (the κ an instance needs)/(3C₂); on the "
            "edge instance (h⁰ at the edge of I₀, m = n = 1) an instance needs 2/3 of 3C₂, so the printed (19) fails "
            "for every I narrower than (2√2/3)^{1/2} = 0.97, at any m, n, ĉ (κ is scale-free in them). With tanh's "
            "canonical I = (-1, 1) (width 2) the printed κ is 2.8x the corrected one and (19) holds.",
    hand_check="n = m = d = 1, x = 1, σ linear, I = (-¼, ¼), ĉ = 1, W⁰ = 0, y = 1: h^t = 1 - e^{-t}, √𝓛⁰ - √𝓛^t = "
               "(1 - e^{-t})/√2; h leaves I at t = ln(4/3) (then √𝓛⁰ - √𝓛^t = 1/(4√2)), so η^t = 0 while η̃⁰ = 1 and the "
               "printed κ = 9·½/2 = 9/4 gives the bound 1 - (9/4)/(4√2) = 0.602 > 0. The corrected κ = 9/(√2·½) = 12.7 "
               "gives 1 - 12.7/(4√2) = -1.25 <= 0.")
explain(
    "chen_veb.chain_rule_loses_root_2",
    title="Eq. (52)'s last step: C₂ĉ^{-1}𝓛̇(𝓛)^{-1/2} >= C₂ĉ^{-1} d/dt(2𝓛)^{1/2} is false (the chain rule loses √2)",
    explanation="d/dt(2𝓛)^{1/2} = 𝓛̇/(2𝓛)^{1/2} = 2^{-1/2}𝓛̇𝓛^{-1/2}. Since 𝓛̇ <= 0, 𝓛̇𝓛^{-1/2} = √2·d/dt(2𝓛)^{1/2} "
                "<= d/dt(2𝓛)^{1/2}, with equality only where 𝓛̇ = 0: the inequality runs the wrong way. The true step is "
                "an equality, 𝓛̇𝓛^{-1/2} = 2 d/dt 𝓛^{1/2}; carried through (53)-(54) it gives κ = 3C₂, √2 times the "
                "(3/√2)C₂ that (54) states, and (57)-(58) need 2C₂ and ĉ >= 6C₂||y||/K^{3/2} (not √2C₂, 3√2C₂).",
    scaling="A fixed factor √2 at every t with 𝓛̇ < 0, independent of every size.",
    hand_check="On Lemma 1's shrunk pin 𝓛 = ½e^{-2t}: 𝓛̇𝓛^{-1/2} = -√2e^{-t} and d/dt(2𝓛)^{1/2} = -e^{-t}; "
               "-1.414 >= -1 is false at every t.")
explain(
    "chen_veb.c2_square_root",
    title="Eq. (51)'s closed form of C₂ puts λ_min and ξ under one square root",
    explanation="C₂ := 2^{-1/2}C₁λ_min^{-1/2}K_σ'^{-1} with C₁ = λ_maxλ_min^{-1/2}ξ^{-1} is λ_max/(√2 λ_min ξ K_σ'); "
                "(51) prints λ_max/√(2ξK_σ'λ_min), which differs unless λ_minξK_σ' = 1. The proof uses C₂ by its "
                "definition afterwards, so no conclusion depends on the closed form (nor on the bound nG_max/√(...) "
                "printed after it).",
    scaling="The ratio closed form/definition is √(λ_minξK_σ'): the printed form is too small when λ_minξK_σ' < 1.",
    hand_check="λ_max = 1, λ_min = 4, ξ = K = 1: definition 1/(4√2) = 0.177, closed form 1/√8 = 0.354.")
explain(
    "chen_veb.square_cross_terms_dropped",
    title="A square of a sum (or difference) is bounded by the sum of squares, cross terms dropped",
    explanation="|Σ_b u_b|² = Σ_b u_b² + Σ_{b≠b'} u_bu_b' <= Σ_b u_b² only when the cross terms sum to <= 0; in general "
                "Cauchy-Schwarz gives n Σ_b u_b². (43), line 3 drops the cross terms of |Σ_b v_bG_ab|²; (66) drops the "
                "cross term -fᵀy of ½||f - y||² (true: ½||f - y||² <= ||f||² + ||y||²). In both places the conclusion "
                "survives another way: (43)'s line 4 follows from line 2 since |(Gv)_a| <= ||Gv|| <= λ_max||v||; "
                "Lemma 2's conclusion needs the event ||f⁰|| <= (√2 - 1)||y|| instead of ||f⁰|| <= ||y|| (a constant in m).",
    scaling="(43): the ratio |Σu|²/Σu² reaches n (all u_b equal), so the gap grows with n; (66): the ratio "
            "½||f - y||²/(½||f||² + ½||y||²) reaches 2 (f = -y), at every n.",
    hand_check="(43): G = [[1, .9], [.9, 1]], v = (1, 1): (1.9)² = 3.61 > 1 + 0.81 = 1.81. (66): n = 1, f = -1, y = 1: "
               "½·4 = 2 > ½ + ½ = 1.")
explain(
    "chen_veb.psi2_needs_sigma_zero",
    title="Eq. (62) bounds ||σ(h)||_ψ2 by L_σG_aa^{1/2}M_SG, which needs σ(0) = 0",
    explanation="For h ~ N(0, G_aa), σ(h) = σ(0) + (σ(h) - σ(0)) and only the second part is bounded by L_σ|h|; "
                "||σ(0)||_ψ2 = |σ(0)|/√(ln 2) does not shrink with G_aa. So f⁰(x_a) = (1/m)Σ_ic_iσ(h_i(x_a)) has "
                "standard deviation about ĉ(σ(0)² + L_σ²G_aa)^{1/2}/√m, and the event 𝓛⁰ <= ||y||² needs "
                "m >~ ĉ²(σ(0)² + L_σ²G_max)log(n/δ)/||y||²; Lemma 2's condition, proportional to G_max, is met by "
                "every m as G_max → 0 while P(𝓛⁰ > ||y||²) stays bounded away from 0.",
    scaling="For σ(0) ≠ 0 (sigmoid: ½) the failure does not vanish as G_max → 0 or as m grows at fixed m/ĉ²: "
            "P(𝓛⁰ > ||y||²) -> P(|ĉσ(0)Z/√m - y| > √2||y||) with Z ~ N(0, 1); the constant C that Lemma 2 would "
            "need grows as σ(0)²/(L_σ²G_max). For σ(0) = 0 (tanh, ReLU) this mechanism is absent.",
    hand_check="Sigmoid, n = d = 1, x = 10^{-4} (G = 10^{-8}), ĉ = 10, y = 1, m = 100, δ = 0.1: f⁰ ≈ 5·S, S the mean "
               "of 100 signs (sd 0.1), so f⁰ ≈ N(0, 0.5²); 𝓛⁰ <= 1 iff f⁰ ∈ [1 - √2, 1 + √2], probability "
               "Φ(2.83) - Φ(-0.83) = 0.80 < 0.9; the condition m >= Cĉ²log(1/δ)G/||y||² holds for every C <= 4.3·10^7.")
explain(
    "chen_veb.norm_event_union",
    title="Eq. (64): Σ_a f_a² >= ||y||² does not imply |f_a| >= ||y|| for some a; the union bound loses a factor n",
    explanation="Σ_a f_a² >= ||y||² only forces max_a|f_a| >= ||y||/√n, so the union bound (64) must use "
                "P(|f⁰(x_a)| >= ||y||/√n), and Hoeffding (63) then needs m >~ nĉ²L_σ²G_max log(n/δ)/||y||². The "
                "lost factor n is real, not an artefact of the proof: E Σ_a f⁰(x_a)² ≈ nĉ²E[σ(h)²]/m, so with labels "
                "of fixed norm 𝓛⁰ <= ||y||² fails with probability bounded below unless m grows like n. Lemma 2's "
                "claim that its constant is independent of n (Theorem 1's C, 'not on n') is false.",
    scaling="The constant C that Lemma 2 needs at size n grows like n/log(n/δ) (at fixed ||y||, G_max, ĉ). With G = I "
            "and m = cn, 𝓛⁰ -> ½(1 + E[tanh(W)²]/c) = ½(1 + 0.394/c) as n grows, so for c < 0.394 the failure rate "
            "tends to 1: measured at m = n/4, 0.755, 0.933, 0.998 at n = 16, 64, 256, while C* = m/log(n/δ) = 0.79, "
            "2.48, 8.16. Where ||y||² grows like n (labels of unit size) the factor n cancels.",
    hand_check="tanh, G = I (x_a = √n e_a, d = n, so h_i(x_a) = W_ia), ĉ = 1, y = e₁, m = n/4: the f⁰(x_a) = "
               "(1/m)Σ_ic_i tanh(W_ia) are i.i.d. over a with variance s² = 0.394/m; 𝓛⁰ = ½((f₁ - 1)² + Σ_{a>=2}f_a²) "
               "has mean ½(1 + (n - 1)s² + s²) ≈ 1.29 and, at n = 64 (s = 0.157), sd ≈ ½((2ns⁴)^{1/2} + 2s) = 0.21, so "
               "P(𝓛⁰ > 1) ≈ Φ(0.29/0.21) = 0.92 > δ = 0.1 (measured 0.933).")
explain(
    "chen_veb.gaussian_density_slips",
    title="Eq. (71): the Gaussian density is written e^{-u²/G}, its infimum e^{-M/G_min²}, and 1/√(2πG_max) becomes "
          "1/G_max in K",
    explanation="π(I₀; G) = (2πG)^{-1/2}∫_{I₀}e^{-u²/(2G)}du >= (I_r - I_l)/(3√(2πG_max))·e^{-M²/(2G_min)}, "
                "M = max(|I_l|, |I_r|). (71) drops the 2 in the exponent, bounds inf_{I₀}e^{-u²/G} by e^{-M/G_min²} "
                "(wrong powers of M and G_min: it exceeds the true e^{-M²/(2G_min)} when MG_min > 2), and "
                "(72) turns (3√(2πG_max))^{-1} into (3√(2π)G_max)^{-1}. The printed K can then exceed π(I₀; G_aa) and "
                "even π(I; G_aa), so η⁰ > K fails with probability -> 1 as m grows. The corrected "
                "K* = (I_r - I_l)/(6√(2πG_max))e^{-M²/(2G_min)} <= ½min_aπ(I₀; G_aa) makes the proof's Hoeffding step valid.",
    scaling="The printed K exceeds the active mass when I lies far from 0 (MG_min > 2: the printed "
            "exponent -M/G_min² decays like M, the true one like M²), or when G_max < 1 (1/G_max > 1/√G_max). Once "
            "K > π(I; G_aa), P(η⁰ > K) -> 0 as m -> ∞, so a larger m (the lemma's remedy) makes it worse.",
    hand_check="n = 1, G = 1, I = (4, 5), δ = 0.1: printed K = e^{-5}/(6√(2π)) = 4.48·10^{-4}, while π(I; 1) = "
               "Φ(-4) - Φ(-5) = 3.14·10^{-5} < K; at m = ⌈log(10)/(2K²)⌉ = 5 736 050, mη⁰ ~ Bin(m, 3.14·10^{-5}) has mean "
               "180 and mK = 2 570, so P(η⁰ > K) ≈ 0.")
explain(
    "chen_veb.bernstein_linear_term_dropped",
    title="Lemma 4's condition keeps only the u^{-2} term of Bernstein's inequality; its own (89)-(90) keep the u^{-1} one",
    explanation="The G_ab^(1) - Ḡ_ab^(1) are means of D sub-exponential variables, and Bernstein (88) gives "
                "2exp(-K min(u²D/ψ₁², uD/ψ₁)): for u > ψ₁ the linear term governs, and it is sharp: a sub-exponential "
                "mean has tails e^{-cDu}, not e^{-cDu²}. (89)-(90) carry both terms, D >= max(n²A log(2n²/δ)/u², "
                "nB log(2n²/δ)/u); (84)'s D >= Ω(n²u^{-2}log(n/δ)) drops the second. At n = d = 1, x = 1, ReLU, "
                "z ~ N(0, 1): G = (1/D)Σ_j relu(z_j)², Ḡ = ½, and at D = 1, P(|G - Ḡ| > u) = P(z > √(u + ½)) = "
                "Φ̄(√(u + ½)) ≈ e^{-u/2} for u >= ½, while the lemma at the smallest δ its condition allows, "
                "δ = e^{-u²/C}, promises e^{-u²/C}: for every C it fails once u is larger than about C/2.",
    scaling="The largest C a failing instance refutes, C* = Du²/(n²log(n/δ)), grows like 2u at D = 1 (C* = 12.3, 29.8, "
            "86.7, 185 at u = 10, 20, 50, 100 with δ = P/2), and like D u²/(Du/2) = 2u at any D as u grows; at bounded "
            "u (u <= U) the u^{-1} term is at most U/(nψ₁) times the u^{-2} one, so a C depending on U restores the "
            "lemma there. Theorem 3 applies it at u = ½λ_min(Ḡ^(1)) <= ½Ḡ_max^(1), where its C₂ (which may depend on "
            "Ḡ_max^(1) and the sub-Gaussian norm) absorbs the missing term.",
    hand_check="D = 1, u = 100, δ = 10^{-24}: the condition D >= Cu^{-2}log(1/δ) holds for every C <= 10^4/55.3 = 181, "
               "and P(|G - ½| > 100) = Φ̄(√100.5) = Φ̄(10.02) = 5.9·10^{-24} > δ.")
explain(
    "chen_veb.xavier_variance_halved",
    title="Appendix B's 'Xavier initialization' variances are half of Glorot's 2/(fan_in + fan_out)",
    explanation="Xavier (Glorot-Bengio 2010, normalized initialization; torch.nn.init.xavier_normal_ [56]) draws a "
                "weight with fan_in, fan_out at variance 2/(fan_in + fan_out): 2/(m + d), 1/m and 2/(m + 1) for the three "
                "layers of (25)-(26). Appendix B states 1/(m + d), 1/(2m) and 1/(m + 1). Nothing downstream depends on "
                "the factor: Appendix B's conclusion is only that c_i, W_ij, z_jk are i.i.d. of order O(1) (variances "
                "m/(m + d), ½, m/(m + 1) as stated, or 2m/(m + d), 1, 2m/(m + 1) with Glorot's), which holds either way "
                "(chen_veb.appendix_b.init_variances).",
    scaling="A factor 2 in every variance, at every width.",
    hand_check="m = 4, d = 2: stated 1/6, 1/8, 1/5; Glorot 1/3, 1/4, 2/5.")

# --- claims ---------------------------------------------------------------------------------------------------

register("chen_veb.eq_1", ref="eq. (1), Section 2", statement="(2)-(3) with φ = id, D = d is the shallow net f = (1/m)Σc_iσ(W_i·x/√d)",
         kind="exact")
register("chen_veb.eq_7", ref="eq. (7)", statement="∂f/∂W_ij(x) = c_iσ'(h_i(x))φ_j(x)/(m√D)", kind="exact")
register("chen_veb.eq_8", ref="eq. (8)", statement="∂𝓛/∂W_ij = (m√D)^{-1} c_i Σ_a r_a σ'(h_i(x_a)) φ_j(x_a)",
         kind="exact")
register("chen_veb.eq_9", ref="eq. (9)", statement="GD: W ← W - mδ∂𝓛/∂W = W - (δ/√D) c_i Σ_a r_aσ'(h_ia)φ_j(x_a)",
         kind="exact")
register("chen_veb.eq_10", ref="eq. (10)", statement="GF Ẇ = -m∇𝓛 is the δ → 0 limit of GD (9)", kind="rate",
         reading="'limit' is checked with Euler's order: the GD-GF gap at a fixed T is O(δ) (fitted exponent 1).")
register("chen_veb.eq_11", ref="eq. (11)", statement="ḣ_i(x) = -c_i Σ_a 𝒢(x, x_a) r_a σ'(h_i(x_a))", kind="exact")
register("chen_veb.eq_12", ref="eq. (12)", statement="G = Φ_matΦ_matᵀ/D is symmetric PSD", kind="exact")
register("chen_veb.eq_13", ref="eq. (13)", statement="ḟ(x) = -(ĉ²/m)Σ_iσ'(h_i(x))Σ_a𝒢(x,x_a)r_aσ'(h_i(x_a))",
         kind="exact", assumptions=("chen_veb.assumption_1",),
         reading="(13) prints f^t(x) on its left side; the text's 'the output function f^t satisfies' and the right "
                 "side (the chain rule of (11)) make it ḟ^t(x).")
register("chen_veb.eq_14", ref="eq. (14)", statement="𝓛̇ = -(ĉ²/m)Σ_i v_iᵀGv_i, v_ia = r_aσ'(h_ia)", kind="exact",
         assumptions=("chen_veb.assumption_1",))
register("chen_veb.eq_14.bound", ref="eq. (14), Section 2.2",
         statement="𝓛̇ <= -(ĉ²λ_min(G)/m)Σ_iΣ_a r_a²σ'(h_ia)² <= 0 (the loss is non-increasing)", kind="deterministic",
         assumptions=("chen_veb.assumption_1",))
register("chen_veb.eq_15", ref="Section 2.2, eq. (15)",
         statement="|f¹(x) - f²(x)| <= (L_σĉ/m)Σ_i|h¹_i(x) - h²_i(x)| for all W¹, W², so feature movement >= |Δf|/(ĉL_σ)",
         kind="deterministic", assumptions=("chen_veb.assumption_1",))
register("chen_veb.eq_16", ref="eq. (16)",
         statement="|σ'| >= K_σ' > 0 everywhere ⇒ 𝓛̇ <= -2ĉ²λ_min(G)K_σ'²𝓛", kind="deterministic",
         assumptions=("chen_veb.assumption_1", "chen_veb.global_slope"))
register("chen_veb.eq_16.activations", ref="eq. (16), text",
         statement="'linear, cubic or (smoothed) Leaky ReLU' activations have |σ'| uniformly bounded below by K_σ' > 0",
         kind="deterministic", assumptions=("chen_veb.assumption_1",), status="erratum", severity="remark",
         impact="none", root_cause="chen_veb.cubic_slope_vanishes",
         reason="Erratum for the cubic only: at W⁰ = 0 its 𝓛̇ = 0 against (16)'s -2ĉ²λ_minK²𝓛 < 0 for every K > 0 "
                "(linear, leaky and smoothed leaky ReLU have K_σ' = 1, 0.1, 0.1). No result uses it: Theorems 1-3 "
                "rest on Assumption 2's interval I, not on a global K_σ'.")
register("chen_veb.assumption_1", ref="Assumption 1", statement="c_i i.i.d. uniform on {-ĉ, ĉ}", kind="machinery",
         reading="A check of the suite's sampler of c (Instance.weights), not of the paper.")
register("chen_veb.assumption_2", ref="Assumption 2",
         statement="σ is L_σ-Lipschitz and ∃ interval I with inf_I|σ'| = K_σ' > 0 (per activation: tanh, sigmoid, "
                   "ReLU, leaky ReLU, smoothed leaky ReLU, linear)", kind="machinery",
         reading="A check of the suite's activations (model.activation), not of the paper: L_σ = sup|σ'| and "
                 "K_σ'(I) = inf_I|σ'| in closed form against a grid.")
register("chen_veb.assumption_3", ref="Assumption 3", statement="W⁰_ij i.i.d. N(0, 1)", kind="machinery",
         reading="A check of the suite's sampler of W⁰ (Instance.weights), not of the paper.")
register("chen_veb.eq_20", ref="eq. (20), Section 3.1.1",
         statement="G^(0) = XXᵀ/d ≻ 0 iff x_1..x_n are linearly independent (so n <= d)", kind="exact")
register("chen_veb.sec3_1.lambda_max", ref="Section 3.1", statement="λ_max(G) <= n G_max", kind="deterministic",
         reading="Stated in (51) (C₂ <= nG_max/...): λ_max <= tr G <= nG_max for PSD G.")
register("chen_veb.lemma_1", ref="Lemma 1, eqs. (18)-(19)",
         statement="(η^t)^{3/2} >= (η̃⁰)^{3/2} - κ(λ_min, λ_max)((𝓛⁰)^{1/2} - (𝓛^t)^{1/2})/ĉ, κ = 9λ₂(I_r-I_l)/(2λ₁K_σ')",
         kind="deterministic", assumptions=("chen_veb.assumption_1", "chen_veb.assumption_2", "chen_veb.gram_pd"),
         status="erratum", severity="constant", impact="results", root_cause="chen_veb.kappa_width_inverted",
         reading="Lemma 1 holds for any W⁰ (no Assumption 3): the shrunk pin starts at W⁰ = 0. The corrected "
                 "statement checked on generated instances uses κ = 3C₂ = 9λ₂/(√2λ₁K_σ'(I_r - I_l)).",
         reason="Erratum: the printed κ fails for narrow I, by 2.34x on the shrunk pin (I = (-¼, ¼)) and 1.74x on "
                "the tanh pin. It breaks Lemma 1 (19) as printed and Theorem 2's proof steps (77)-(80), which use its form "
                "of K₁; Theorems 1-3 survive, their ĉ₀ being existential. With κ = 3C₂ (the proof's, once (51)'s "
                "closed form and (52) are corrected) Lemma 1 holds on every generated instance, and the edge pin "
                "needs 0.66 of it (a 2x smaller κ fails there).")
register("chen_veb.appendix_d.eq_38_39", ref="Appendix D, eqs. (38)-(39)",
         statement="1{h^t ∈ I} >= 1{h⁰ ∈ I₀} - 1{|h^t - h⁰| >= ξ}", kind="exact")
register("chen_veb.appendix_d.eq_43", ref="Appendix D, eq. (43)",
         statement="|Σ_b v_bG_ab|² <= Σ_b|v_bG_ab|² (line 3), hence (1/m)Σ_i|ḣ_i(x_a)| <= λ_maxλ_min^{-1/2}|𝓛̇|^{1/2}",
         kind="deterministic", status="erratum", severity="proof", impact="none",
         root_cause="chen_veb.square_cross_terms_dropped",
         reason="Erratum in line 3 only: 3.61 > 1.81 at G = [[1, .9], [.9, 1]], v = (1, 1). The conclusion (line 4) "
                "follows from line 2 (|(Gv)_a| <= λ_max||v||) and holds on every generated instance, so nothing "
                "downstream changes.")
register("chen_veb.appendix_d.eq_44_47", ref="Appendix D, eqs. (44)-(47)",
         statement="(1/m)Σ_i|h_i^t(x_a) - h_i^0(x_a)| <= λ_maxλ_min^{-1/2}∫_0^t|𝓛̇^s|^{1/2}ds", kind="deterministic",
         assumptions=("chen_veb.assumption_1", "chen_veb.gram_pd"))
register("chen_veb.appendix_d.eq_51", ref="Appendix D, eq. (51)",
         statement="C₂ = 2^{-1/2}C₁λ_min^{-1/2}K_σ'^{-1} = λ_max/√(2ξK_σ'λ_min)", kind="symbolic", status="erratum",
         severity="typo", impact="none", root_cause="chen_veb.c2_square_root",
         reason="Erratum in the closed form only: 0.354 against the definition's 0.177 at λ_max = 1, λ_min = 4, "
                "ξ = K = 1 (sympy: they differ unless λ_minξK_σ' = 1). (52)-(58) use C₂ by its definition.")
register("chen_veb.appendix_d.eq_37", ref="Appendix D, eqs. (37) and (50)",
         statement="𝓛̇^t <= -2ĉ²λ_min(G)K_σ'²𝓛^tη^t (the PL inequality with the active fraction that (50)-(51) use)",
         kind="deterministic", assumptions=("chen_veb.assumption_1", "chen_veb.assumption_2", "chen_veb.gram_pd"))
register("chen_veb.appendix_d.eq_52", ref="Appendix D, eq. (52)",
         statement="C₂ĉ^{-1}𝓛̇^t(𝓛^t)^{-1/2} >= C₂ĉ^{-1} d/dt (2𝓛^t)^{1/2} (last step of (52))", kind="deterministic",
         assumptions=("chen_veb.assumption_1", "chen_veb.gram_pd"), status="erratum", severity="proof",
         impact="local", root_cause="chen_veb.chain_rule_loses_root_2",
         reason="Erratum: the two sides differ by the factor √2 = 1.414 at every time with 𝓛̇ < 0, on every "
                "gradient flow that moves. (54) must carry 3C₂ for (3/√2)C₂ and (57)-(58) 2C₂ for √2C₂; no numbered "
                "result changes (Lemma 1's printed κ is wrong for another reason, chen_veb.kappa_width_inverted, and "
                "Theorems 1-3 have an existential ĉ₀).")
register("chen_veb.appendix_d.eq_54", ref="Appendix D, eqs. (53)-(54) and (19)",
         statement="(54) ⇒ (19) with κ = (3/√2)C₂; with (52) corrected, κ = 3C₂ = 9λ₂/(√2λ₁K_σ'(I_r - I_l))",
         kind="symbolic",
         reading="The algebra from (51)-(54) to Lemma 1's κ, exact in sympy: (3/√2)C₂ as (54) is printed, 3C₂ with "
                 "(52) corrected; both differ from the printed κ (chen_veb.lemma_1).")
register("chen_veb.theorem_1", ref="Theorem 1, eq. (17); Appendix E (57)-(61)",
         statement="A1-3, λ_min(G) > 0: ĉ >= ĉ₀λ_max/λ_min, m >= C(1+ĉ²)log(n/δ) ⇒ w.p. >= 1-δ, "
                   "𝓛_t <= 𝓛_0 exp(-rĉ²λ_min(G)t)", kind="probabilistic", assumptions=THEOREM_1, status="partial",
         reading="ĉ₀, r, C are existential; the check uses the proof's: ĉ at (58) with 2C₂ for √2C₂ (52 corrected), "
                 "C₂ by definition, Lemma 3's corrected K*, and r = 2^{1/3}K_σ'²K* (61); on seeds where Lemma 3's event "
                 "η̃⁰ > K* holds and with the paired initialization f⁰ = 0 (Lemma 2's event). Measured as exponents: "
                 "the decay exponent -log(𝓛_t/𝓛_0)/t against rĉ²λ_min, and min_t η^t against 2^{-2/3}K*.",
         reason="Partial: the proof's chain holds, with η^t >= 5.37 · 2^{-2/3}K* at the least on the ci profile's 6 "
                "examples, but the probabilistic layer rests on Lemma 2, an erratum whose corrected m grows like n "
                "(chen_veb.lemma_2.n_independence), and on Lemma 3 (verified with K*); finite horizons only.",
         looseness="holds, loose by >= 11.6 in the decay exponent (-log(𝓛_t/𝓛_0)/t >= 11.6 rĉ²λ_min on the tightest "
                   "instance; η^t >= 3.0 · 2^{-2/3}K*), measured over a 500 s random search (n <= 3, n <= d <= 6, "
                   "m <= 64, tanh and ReLU, G_aa = 1); tightest: ReLU, n = 1, d = 5, m = 34. The proof's r = "
                   "2^{1/3}K_σ'²K* is small because K* <= ½π(I₀) counts only the neurons of I₀. The paired "
                   "initialization gives 𝓛⁰ = ½||y||², so (58)'s √𝓛⁰ <= ||y|| leaves √2 of slack built in; with the "
                   "labels √2 larger (ĉ = 6C₂√𝓛⁰/K*^{3/2}, no slack) the ci profile's 6 examples give the same "
                   "η^t >= 5.37 · 2^{-2/3}K* and a decay exponent >= 13.1 × the rate: the √2 is immaterial beside K*")
register("chen_veb.appendix_e.eq_57_61", ref="Appendix E, eqs. (57)-(61)",
         statement="(58) ⇒ (2/3)K^{3/2} - √2C₂ĉ^{-1}||y|| >= (1/3)K^{3/2} ⇒ η^t >= 2^{-2/3}K; 2·2^{-2/3} = 2^{1/3}",
         kind="symbolic",
         reading="The algebra only; with (52) corrected the same algebra holds with 2C₂ and ĉ >= 6C₂||y||/K^{3/2} "
                 "(both checked). (57)'s 'with probability at least δ' is read as 1 - δ (a typo).")
register("chen_veb.lemma_2", ref="Lemma 2, eq. (55); proof (62)-(66)",
         statement="m >= Ω(ĉ²log(nδ^{-1})G_max/||y||²) ⇒ P(𝓛⁰ <= ||y||²) >= 1 - δ", kind="probabilistic",
         assumptions=A123, status="erratum", severity="statement", impact="results",
         root_cause="chen_veb.psi2_needs_sigma_zero",
         reading="The Ω's constant C may depend on σ (L_σ, K_σ'), not on the data: a pin refutes every C up to the "
                 "value it states (the condition holds for each such C).",
         reason="Erratum: for σ(0) ≠ 0 (sigmoid) with inputs of small norm, 18.6% (n = 1) and 18.5% (n = 3) of "
                "1000 seeds have 𝓛⁰ > ||y||² against δ = 0.1, at every C <= 3.5·10^7. It breaks Lemma 2; Theorem 1's "
                "proof needs m >~ ĉ²(σ(0)² + L_σ²G_max)log(n/δ)/||y||², which its C may absorb (C depends on σ and "
                "G_max). The lemma fails for σ(0) = 0 too, at large n (chen_veb.lemma_2.n_independence).")
register("chen_veb.lemma_2.n_independence", ref="Lemma 2, eq. (55); proof (63)-(65)",
         statement="for σ(0) = 0: m >= Cĉ²log(nδ^{-1})G_max/||y||² with C independent of n ⇒ P(𝓛⁰ <= ||y||²) >= 1 - δ",
         kind="probabilistic", assumptions=A123 + ("chen_veb.sigma_zero",), status="erratum", severity="statement",
         impact="results", root_cause="chen_veb.norm_event_union",
         reading="σ(0) = 0 added (tanh), so that the failure is not chen_veb.lemma_2's; a pin at size n refutes every "
                 "C <= C*(n) = m||y||²/(ĉ²log(n/δ)G_max), and C*(n) grows without bound (two pins, in Theorem 1's "
                 "setting G = I).",
         reason="Erratum: with G = I (n = d), y = e₁ and m = n/4, 93.3% (n = 64) and 99.8% (n = 256) of 1000 seeds "
                "have 𝓛⁰ > ||y||² against δ = 0.1, while the C refuted grows from C*(64) = 2.48 to C*(256) = 8.16. "
                "It breaks Lemma 2's n-free constant, and with it the proof of Theorems 1-3's m >= C(1 + ĉ²)log(n/δ) "
                "with C 'not on n' (the proof gives C growing like n at fixed ||y||); their statements are not "
                "refuted here.")
register("chen_veb.appendix_e.eq_64", ref="Appendix E, eq. (64)",
         statement="P(Σ_a f_a² >= ||y||²) <= Σ_a P(|f_a| >= ||y||)", kind="exact", status="erratum", severity="proof",
         impact="results", root_cause="chen_veb.norm_event_union",
         reason="Erratum: the event inclusion behind the union bound fails, Σf² = 1.28 >= 1 with max|f_a| = 0.8 < 1 at "
                "f = (0.8, 0.8), ||y|| = 1. It is the step that loses Lemma 2's factor n "
                "(chen_veb.lemma_2.n_independence), so it breaks Lemma 2.")
register("chen_veb.appendix_e.eq_66", ref="Appendix E, eq. (66)", statement="½||f - y||² <= ½||f||² + ½||y||²",
         kind="exact", status="erratum", severity="proof", impact="local",
         root_cause="chen_veb.square_cross_terms_dropped",
         reason="Erratum whenever fᵀy < 0: 2 > 1 at f = -1, y = 1. (65)'s event must become ||f⁰|| <= (√2 - 1)||y||, "
                "a constant factor in Lemma 2's m that its Ω absorbs.")
register("chen_veb.lemma_3", ref="Lemma 3, eq. (56); proof (67)-(72)",
         statement="m >= log(nδ^{-1})/(2K²), K = (I_r-I_l)/(6√(2π)λ₂)exp(-max(|I_l|,|I_r|)/λ₁²) ⇒ P(η⁰ > K) >= 1-δ",
         kind="probabilistic", status="erratum", severity="constant", impact="results",
         root_cause="chen_veb.gaussian_density_slips",
         reading="(56) prints η⁰; the proof and Theorem 1 need η̃⁰ (the mass in I₀ ⊂ I, so η̃⁰ <= η⁰). The printed "
                 "lemma is checked with the weaker η⁰ (so its failure is the statement's); the corrected one, "
                 "K* = (I_r - I_l)/(6√(2πλ₂))e^{-M²/(2λ₁)}, with η̃⁰. Failure probabilities are exact binomial tails "
                 "per a (bounds for n > 1: max_a below, Σ_a above; an instance between them is uninformative).",
         reason="Erratum: the printed K exceeds the active mass for I far from 0, K = 4.48·10^{-4} > π(I; 1) = "
                "3.14·10^{-5} at I = (4, 5), so P(η⁰ > K) ≈ 0 against 0.9 (n = 1 and n = 4 pins). It breaks Lemma 3 as "
                "printed; Theorems 1-3 survive with K* in (57)-(61), their ĉ₀ and r being existential. With K* the "
                "lemma holds, and a K* made 2x larger fails (narrow I near 0, where K* is half the mass of I₀).")
register("chen_veb.corollary_1", ref="Corollary 1, Section 3.1.1",
         statement="A1-3, linearly independent data (n <= d): GF loss → 0 at a linear rate", kind="rate",
         assumptions=A123, status="partial",
         reading="'Linear rate' is read as Theorem 1's form 𝓛_t <= 𝓛_0e^{-rĉ²λ_min(G)t} with r not depending on λ_min, "
                 "m, n, d: the decay exponent over [T/4, T] divided by ĉ²λ_min(G) is bounded below, uniformly over the "
                 "instances, by a measured constant R_LINEAR (tanh, ĉ = 1, G_aa = 1, horizon T = 8).",
         reason="Partial: the decay exponent over ĉ²λ_min(G) stays above the floor R_LINEAR = 0.15 by >= 3.08x on the ci "
                "profile's 6 examples (n <= 3, m <= 64, T = 8). The constants are not explicit, ĉ = 1 does not meet "
                "Theorem 1's ĉ₀λ_max/λ_min, and the horizon is finite.")
register("chen_veb.condition_1", ref="Condition 1, Section 3.2",
         statement="G concentrates around a deterministic Ḡ ≻ 0: P(||G - Ḡ||₂ > u) < δ for D >= D_min(δ, u)",
         kind="probabilistic", status="untestable",
         reason="Untestable: a definition, not a claim (no instance of it can fail). Its instances are tested: "
                "chen_veb.lemma_4 (P-3L, ReLU) and chen_veb.appendix_h.condition_1 (deeper nets).")
register("chen_veb.lemma_4", ref="Lemma 4, eq. (84); Appendix G",
         statement="D >= Ω(n²u^{-2}log(n/δ)) ⇒ ||G^(1) - Ḡ^(1)||₂ <= u w.p. >= 1-δ, i.e. ||G^(1) - Ḡ^(1)||₂ = O(D^{-1/2})",
         kind="rate", assumptions=("chen_veb.non_parallel",), status="partial",
         reading="Checked as the exponent in D at fixed n (ReLU, Gaussian z, closed-form Ḡ^(1)).",
         reason="Partial: only the D^{-1/2} exponent at fixed n is checked, fitted -0.47 to -0.52 (CI half-widths "
                "0.07-0.26) on the ci profile's 6 examples (n <= 4, d <= 4, D = 64 to 16384, 32 draws each). The n², "
                "u and δ dependence is not checked here, and the statement's u-dependence is false "
                "(chen_veb.lemma_4.linear_term).")
register("chen_veb.lemma_4.linear_term", ref="Lemma 4, eq. (84); proof (88)-(90)",
         statement="∀δ, u > 0: D >= Cn²u^{-2}log(n/δ) with C independent of u and δ ⇒ P(||G^(1) - Ḡ^(1)||₂ > u) <= δ",
         kind="probabilistic", status="erratum", severity="statement", impact="results",
         root_cause="chen_veb.bernstein_linear_term_dropped",
         reading="At n = d = 1, x = 1 (trivially non-parallel), ReLU, z ~ N(0, 1) (Assumption 4: sub-Gaussian, "
                 "Ḡ = ½ > 0), where the tail is exact; C may depend on σ and π_z: an instance (D, u, δ) refutes every "
                 "C <= C* = Du²/log(1/δ).",
         reason="Erratum: at D = 1, u = 100, δ = 10^{-24} (every C <= 181) the failure probability is 5.9·10^{-24} > δ, "
                "and at D = 64, u = 16, δ = 10^{-193} (every C <= 36.9) it is 5.3·10^{-193}; for every C some u "
                "fails. It breaks Lemma 4 and the D_min(δ, u) that Appendix G gives Condition 1 at large u; "
                "Theorem 3 uses it at u = ½λ_min(Ḡ^(1)), bounded, where its C₂ absorbs the missing term.")
register("chen_veb.assumption_4", ref="Assumption 4 and its remark",
         statement="Ḡ^(1) ≻ 0 (holds for Gaussian z, pairwise non-parallel data, σ ReLU)", kind="deterministic",
         assumptions=("chen_veb.non_parallel",),
         looseness="qualitative: λ_min(Ḡ^(1)) > 0 has no constant to make 2x stronger; the check asks λ_min above the "
                   "eigvalsh error 64n·eps·||Ḡ||")
register("chen_veb.theorem_2", ref="Theorem 2, eq. (21); Appendix F (73)-(83)",
         statement="A1-3 + Condition 1: ĉ >= ĉ₀λ_max(Ḡ)/λ_min(Ḡ), D >= D_min ⇒ w.p. >= 1-δ 𝓛_t <= 𝓛_0 "
                   "exp(-rĉ²λ_min(Ḡ)t)", kind="probabilistic", assumptions=A123, status="partial",
         reading="As chen_veb.theorem_1, with the proof's (79)-(83): P-3L ReLU nets, the closed-form Ḡ^(1), seeds with "
                 "||G - Ḡ||₂ <= ½λ_min(Ḡ) and η̃⁰ > K̄ = K*(I, ½Ḡ_min, 2Ḡ_max), ĉ at (80) with K₁ = 3C₂ (corrected κ), "
                 "r = 2^{-2/3}K_σ'²K̄ (83, whose exponent lacks the t: a typo).",
         reason="Partial: the proof's chain holds, with η^t >= 32.7 · 2^{-2/3}K̄ at the least on the ci profile's 6 "
                "examples, but the probabilistic layer inherits Lemma 2's errata.",
         looseness="holds, loose by >= 26 in the decay exponent (η^t >= 12.6 · 2^{-2/3}K̄), measured over a 400 s "
                   "random search (P-3L ReLU, n <= 3, d <= 4, D = 256 or 1024, m <= 64); tightest: n = 1, d = 2, "
                   "m = 28, D = 256. The paired initialization (𝓛⁰ = ½||y||²) builds √2 of slack into (80); with the "
                   "labels √2 larger (no slack) the ci profile's 6 examples give the same η^t >= 32.7 · 2^{-2/3}K̄ "
                   "(decay exponent >= 112.8 × the rate) as without")
register("chen_veb.appendix_f.eq_73_78", ref="Appendix F, eqs. (73)-(78)",
         statement="||G - Ḡ||₂ <= ½λ_min(Ḡ) ⇒ λ_min(G) >= ½λ_min(Ḡ), λ_max(G) <= 2λ_max(Ḡ), G_min >= ½Ḡ_min, "
                   "G_max <= 2Ḡ_max, K(I,G_min,G_max) >= K(I,½Ḡ_min,2Ḡ_max), K₁(G) <= 4K₁(Ḡ)", kind="deterministic",
         reading="Checked for both K's (printed and K*) and for K₁ ∝ λ₂/λ₁ (its form, printed or corrected).",
         looseness="holds, loose by 4/3 in K₁'s factor 4 (derived): with ||G - Ḡ||₂ <= ½λ_min(Ḡ) Weyl gives "
                   "K₁(G)/K₁(Ḡ) <= (1 + λ_min(Ḡ)/(2λ_max(Ḡ)))·2 = 2 + λ_min(Ḡ)/λ_max(Ḡ) <= 3, attained at "
                   "E = ½λ_min(Ḡ)(u_maxu_maxᵀ - u_minu_minᵀ) (measured 3.000 at Ḡ = I₂, 2.139 on the planted "
                   "test's n = 3 instance); the factor 2 that the 4 becomes when planted 2x fails there")
register("chen_veb.appendix_f.eq_82_83", ref="Appendix F, eqs. (82)-(83)",
         statement="rate 2·½λ_min(Ḡ)·2^{-2/3}K̄ĉ²K_σ'² = 2^{-2/3}ĉ²λ_min(Ḡ)K_σ'²K̄", kind="symbolic",
         reading="(83)'s exponent lacks the factor t (a typo); the rate is checked.")
register("chen_veb.theorem_3", ref="Theorem 3, eq. (24)",
         statement="A1-4: ĉ >= ĉ₀λ_max(Ḡ^(1))/λ_min(Ḡ^(1)), m >= C₁(1+ĉ²)log(n/δ), D >= C₂n²log(n/δ)/λ_min(Ḡ^(1))² "
                   "⇒ w.p. >= 1-δ, 𝓛_t <= 𝓛_0 exp(-rĉ²λ_min(Ḡ^(1))t)", kind="probabilistic",
         assumptions=A123 + ("chen_veb.non_parallel",), status="partial",
         reading="Two checks: Theorem 2's chain on P-3L ReLU nets (as chen_veb.theorem_2), and the decay exponent of "
                 "P-3L ReLU nets with n > d divided by ĉ²λ_min(Ḡ^(1)) bounded below by a measured R_LINEAR (ĉ = 1).",
         reason="Partial: C₁, C₂, ĉ₀ are not explicit and Lemmas 2 and 4 are errata; the proof's chain holds with "
                "η^t >= 27.9 · 2^{-2/3}K̄ at the least (ci profile), finite horizons only.",
         looseness="holds, loose by >= 27.9 in the chain: on the ci profile's 6 examples of test_theorem_2_chain "
                   "(P-3L ReLU, n <= 3, D = 256 or 1024) η^t >= 27.9 · 2^{-2/3}K̄ (the tighter part) and the decay "
                   "exponent >= 77.2 × the rate (83), the same with the labels √2 larger (no slack from the paired "
                   "initialization's 𝓛⁰ = ½||y||²); the rate check's floor R_LINEAR = 0.14 is met with >= 1.83x")
register("chen_veb.appendix_b.eq_25_30", ref="Appendix B, eqs. (25)-(30)",
         statement="Xavier-parameterized 3-layer net with z = √mθ⁽¹⁾, W = √mθ⁽²⁾, c = √mθ⁽³⁾ equals (4)-(5) (D = m, σ "
                   "positively homogeneous); ∂𝓛/∂W = m^{-1/2}∂𝓛/∂θ⁽²⁾ and one GD step on θ⁽²⁾ is (9)", kind="exact",
         reading="(27)-(28)'s h is m^{-1/2} times (5)'s h; f (27) equals (4) exactly, which is what is checked.")
register("chen_veb.appendix_b.init_variances", ref="Appendix B",
         statement="with θ⁽¹⁾ ~ N(0, 1/(m+d)), θ⁽²⁾ ~ N(0, 1/(2m)), θ⁽³⁾ ~ N(0, 1/(m+1)), the rescaled c_i, W_ij, z_jk "
                   "are initialized i.i.d. of order O(1)", kind="symbolic",
         reading="'Of order O(1)' is checked as: the variances m/(m+d), ½, m/(m+1) lie in [½, 1] for m >= d (exact).")
register("chen_veb.appendix_b.xavier_definition", ref="Appendix B",
         statement="Xavier initialization means θ⁽¹⁾ ~ N(0, 1/(m+d)), θ⁽²⁾ ~ N(0, 1/(2m)), θ⁽³⁾ ~ N(0, 1/(m+1))",
         kind="symbolic", status="erratum", severity="typo", impact="none", root_cause="chen_veb.xavier_variance_halved",
         reading="Xavier is read as Glorot-Bengio's normalized initialization, variance 2/(fan_in + fan_out), as "
                 "PyTorch's xavier_normal_ (the paper's [56]) implements it.",
         reason="Erratum: all three stated variances are half of Glorot's (1/(m + d) against 2/(m + d), and likewise). "
                "Appendix B's conclusion (i.i.d. O(1) weights) holds either way.")
register("chen_veb.appendix_c.eq_31_36", ref="Appendix C, eqs. (31)-(36)",
         statement="ours is μP shifted by θ = ½ under (35); r (36) = TP4's r, invariant under (35); r(ours) = 0 and "
                   "the stability conditions hold (feature learning)", kind="symbolic")
register("chen_veb.appendix_h.model", ref="Appendix H",
         statement="the L-layer partially trained net is (4)-(5) with φ_j = σ(h_j^(L-2))", kind="exact")
register("chen_veb.appendix_h.condition_1", ref="Appendix H",
         statement="for deeper nets G concentrates (Condition 1) with Ḡ ≻ 0, so 'similar global convergence results hold'",
         kind="rate", assumptions=A123, status="partial",
         reading="Ḡ (a recursive NNGP kernel) has no closed form here: two independent draws of G at width D differ by "
                 "O(D^{-1/2}) (fitted exponent -½), and the GF decay exponent of L = 4 tanh nets with n > d divided by "
                 "ĉ²λ_min(G) is bounded below by a measured R_LINEAR.",
         reason="Partial: on the ci profile's 6 examples the fitted exponent of the gap between two draws of the "
                "depth-4 G is -0.34 to -0.73 against -½, with CI half-widths up to 1.6 (a 2x-wrong exponent is not "
                "always rejected), and the rate floor R_LINEAR = 0.48 is met with >= 1.74x. Not the sequential limit "
                "the appendix takes; the 'similar results' have no constants.")
register("chen_veb.appendix_i.eq_93_97", ref="Appendix I, eqs. (93)-(97)",
         statement="Experiment 3's data: (x₁, x₂) uniform on {(±1,0), (0,±1)}, y = 1 iff x₂ = 0, x₃..x_d ~ U[-1,1]",
         kind="exact")
register("chen_veb.table_1", ref="Table 1, Section 4.3",
         statement="ours (1/m, 1/√D, lr m), NTK (1/√m, 1/√D, lr 1), MF (1/m, 1/D, lr m²): h⁰ = Θ(1), Θ(1), Θ(m^{-1/2}); "
                   "per-step Δh = Θ(1), Θ(m^{-1/2}), Θ(1)", kind="symbolic",
         reading="The orders are not printed in Table 1; they are derived from its scalings with D = m (Section 4.3).")
register("chen_veb.table_1.feature_movement", ref="Table 1, Section 4.3, Fig. 4 row 2",
         statement="after a GD step the mean |Δh_i| scales as m^0 (ours), m^{-1/2} (NTK), m^0 (MF)", kind="experiment",
         status="partial",
         reason="Partial: the fitted exponents of mean|Δh| in m are -0.028, -0.559, -0.025 (ours, NTK, MF; 99.9% CIs "
                "contain 0, -½, 0) at m = 64, 256, 1024 on Experiment 3's data. The orders compared are this project's "
                "derivation from Table 1's scalings (chen_veb.table_1), and the figures are not in the seed text.")
register("chen_veb.experiment_1", ref="Section 4.1, Figs. 1 and 5",
         statement="shallow tanh net, d = 20, random data: training loss decays near-linearly for n = 20, 40; the rate "
                   "decreases as n grows; m = 4096 and 8192 agree", kind="experiment", status="partial",
         reason="Partial: at reduced scale (ci: m = 128, 256, 200 GD steps with δ = 1) the log-loss slopes are -0.117, "
                "-0.104, -0.024 per step at n = 10, 20, 40 (means over m), and the two widths' final log-losses "
                "agree within 7.1%. Asserted: slopes negative, |slope| decreasing in n, final log-losses within 10%. "
                "The paper's figures are not in the seed text.")
register("chen_veb.experiment_2", ref="Section 4.2, Figs. 2 and 6",
         statement="with a quadratic-embedding teacher, the quadratic-embedding model has lower test error than the "
                   "plain shallow net at every n; m = 2048 vs 8192 differ negligibly", kind="experiment",
         status="partial",
         reading="x ~ N(0, I) (the law is unstated).",
         reason="Partial: the embedded model's test MSE is below the shallow net's at every n, 0.037, 0.028, 0.014 "
                "against 0.053, 0.057, 0.028 at n = 32, 64, 128 (ci: m = 128, 150 GD steps). The run departs from "
                "Section 4.2, as its printed table says: d = 8, not 30, and δ = 1/λ_max(G), not 1 (which diverges "
                "here for n >= 64).")
register("chen_veb.experiment_3", ref="Section 4.3, Figs. 3, 4, 7, 8",
         statement="P-3L ReLU nets on (93)-(97) data: under our scaling the training loss decays linearly and features "
                   "move; under NTK scaling features barely move; MF's h⁰ concentrate near 0", kind="experiment",
         status="partial",
         reason="Partial: at reduced scale (ci: n = 64, m = D = 128, 512, 100 GD steps; W⁰, c i.i.d., only NTK "
                "symmetrized, as Appendix I) the relative feature movement under NTK is 14x smaller than ours at "
                "m = 512 (0.224 against 3.19), MF's mean |h⁰| 23x smaller (0.0147 against 0.333, √512 = 22.6), and "
                "ours' log-loss slope is negative at every m. Test-error orderings (Fig. 3) are reported, not "
                "asserted: at this scale they are not stable.")
register("chen_veb.sec3_2_1.ntk_remark", ref="Section 3.2.1, after Theorem 3",
         statement="'our analysis assumes the same level of over-parameterization' as the NTK result [18]",
         kind="experiment", status="untestable",
         reason="Untestable: a comparison with another paper's theorem whose statement is not in the seed text; "
                "nothing to run.")
