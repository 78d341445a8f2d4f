"""Chen-Vanden-Eijnden-Bruna (seed 004): assumption checkers and the registry of claims."""
from __future__ import annotations

import math

import torch

from theorems.assumptions import assumption
from theorems.chen_veb import model
from theorems.chen_veb.instance import Instance
from theorems.registry import register


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

register("chen_veb.eq_1", ref="eq. (1), Section 2", statement="(2)-(3) with φ = id, D = d is the shallow net f = (1/m)Σc_iσ(W_i·x/√d)",
         kind="exact")
register("chen_veb.eq_7", ref="eq. (7)", statement="∂f/∂W_ij(x) = c_iσ'(h_i(x))φ_j(x)/(m√D)", kind="exact")
register("chen_veb.eq_8", ref="eq. (8)", statement="∂𝓛/∂W_ij = (m√D)^{-1} c_i Σ_a r_a σ'(h_i(x_a)) φ_j(x_a)",
         kind="exact")
register("chen_veb.eq_9", ref="eq. (9)", statement="GD: W ← W - mδ∂𝓛/∂W = W - (δ/√D) c_i Σ_a r_aσ'(h_ia)φ_j(x_a)",
         kind="exact")
register("chen_veb.eq_10", ref="eq. (10)", statement="GF Ẇ = -m∇𝓛 is the δ → 0 limit of GD (9): error O(δ) at fixed T",
         kind="rate")
register("chen_veb.eq_11", ref="eq. (11)", statement="ḣ_i(x) = -c_i Σ_a 𝒢(x, x_a) r_a σ'(h_i(x_a))", kind="exact")
register("chen_veb.eq_12", ref="eq. (12)", statement="G = Φ_matΦ_matᵀ/D is symmetric PSD", kind="exact")
register("chen_veb.eq_13", ref="eq. (13)", statement="ḟ(x) = -(ĉ²/m)Σ_iσ'(h_i(x))Σ_a𝒢(x,x_a)r_aσ'(h_i(x_a))",
         kind="exact", assumptions=("chen_veb.assumption_1",))
register("chen_veb.eq_14", ref="eq. (14)", statement="𝓛̇ = -(ĉ²/m)Σ_i v_iᵀGv_i, v_ia = r_aσ'(h_ia)", kind="exact",
         assumptions=("chen_veb.assumption_1",))
register("chen_veb.eq_14.bound", ref="eq. (14), Section 2.2",
         statement="𝓛̇ <= -(ĉ²λ_min(G)/m)Σ_iΣ_a r_a²σ'(h_ia)² <= 0 (the loss is non-increasing)", kind="deterministic",
         assumptions=("chen_veb.assumption_1",))
register("chen_veb.eq_15", ref="Section 2.2, eq. (15)",
         statement="|f¹(x) - f²(x)| <= (L_σĉ/m)Σ_i|h¹_i(x) - h²_i(x)| for all W¹, W², so feature movement >= |Δf|/(ĉL_σ)",
         kind="deterministic", assumptions=("chen_veb.assumption_1",))
register("chen_veb.eq_16", ref="eq. (16)",
         statement="|σ'| >= K everywhere (linear, smoothed leaky ReLU) ⇒ 𝓛̇ <= -2ĉ²λ_min(G)K²𝓛", kind="deterministic",
         assumptions=("chen_veb.assumption_1", "chen_veb.global_slope"))
register("chen_veb.eq_16.activations", ref="eq. (16), text",
         statement="'σ being linear, cubic or (smoothed) Leaky ReLU' satisfies |σ'| >= K > 0", kind="deterministic",
         assumptions=("chen_veb.assumption_1",), status="erratum",
         reason="The cubic σ(u) = u³ has σ'(0) = 0 (and is not Lipschitz): at W = 0 every h_i = 0, so 𝓛̇ = 0 while "
                "𝓛 = ½||y||² > 0 and (16) fails for every K > 0. Shrunk counterexample: cubic, n = d = 1, x = 1, "
                "y = 1, m = 3, ĉ = 1, W⁰ = 0: 𝓛̇ = 0 > -2λ_min K² · 0.5 for any K > 0 (by hand: σ'(0)=0 zeroes every v_i).")
register("chen_veb.assumption_1", ref="Assumption 1", statement="c_i i.i.d. uniform on {-ĉ, ĉ}", kind="probabilistic")
register("chen_veb.assumption_2", ref="Assumption 2",
         statement="σ is L_σ-Lipschitz and ∃ interval I with inf_I|σ'| = K_σ' > 0 (per activation: tanh, sigmoid, "
                   "ReLU, leaky ReLU, smoothed leaky ReLU, linear)", kind="exact")
register("chen_veb.assumption_3", ref="Assumption 3", statement="W⁰_ij i.i.d. N(0, 1)", kind="probabilistic")
register("chen_veb.eq_20", ref="eq. (20), Section 3.1.1",
         statement="G^(0) = XXᵀ/d ≻ 0 iff x_1..x_n are linearly independent (so n <= d)", kind="exact")
register("chen_veb.sec3_1.lambda_max", ref="Section 3.1", statement="λ_max(G) <= n G_max", kind="deterministic")
register("chen_veb.lemma_1", ref="Lemma 1, eqs. (18)-(19)",
         statement="(η^t)^{3/2} >= (η̃⁰)^{3/2} - κ(λ_min, λ_max)((𝓛⁰)^{1/2} - (𝓛^t)^{1/2})/ĉ, κ = 9λ₂(I_r-I_l)/(2λ₁K_σ')",
         kind="deterministic", assumptions=("chen_veb.assumption_1", "chen_veb.assumption_2", "chen_veb.gram_pd"),
         status="erratum",
         reason="The proof (46), (51), (54) gives κ = (3/√2)C₂ = 9λ₂/(2λ₁K_σ'(I_r - I_l)): the width belongs in the "
                "denominator; the printed κ is the proof's times (I_r - I_l)², too small when I_r - I_l < 1. Shrunk "
                "counterexample: n = m = d = D = 1, x = 1, σ linear, I = (-¼, ¼), ĉ = 1, W⁰ = 0, y = 1: h(t) = ±(1 - e^{-t}) "
                "leaves I at t = ln(4/3), so η^t = 0, while η̃⁰ = 1 and the printed κ = 9/4 give the bound "
                "1 - (9/4)(1 - ¾)/√2 = 0.602 > 0 (by hand). With the proof's κ = 9 the bound is negative and Lemma 1 "
                "holds on every generated instance (the corrected test).")
register("chen_veb.appendix_d.eq_38_39", ref="Appendix D, eqs. (38)-(39)",
         statement="1{h^t ∈ I} >= 1{h⁰ ∈ I₀} - 1{|h^t - h⁰| >= ξ}", kind="exact")
register("chen_veb.appendix_d.eq_43", ref="Appendix D, eq. (43)",
         statement="|Σ_b v_bG_ab|² <= Σ_b|v_bG_ab|² (line 3), hence (1/m)Σ_i|ḣ_i(x_a)| <= λ_maxλ_min^{-1/2}|𝓛̇|^{1/2}",
         kind="deterministic", status="erratum",
         reason="Line 3 is false: G = [[1, .9], [.9, 1]], v = (1, 1) gives |Σ_b v_bG_1b|² = 3.61 > 1.81 (by hand). The "
                "conclusion survives (|(Gv)_a| <= ||Gv|| <= λ_max||v|| from line 2), which the corrected test checks, and "
                "the integrated form (44)-(47) is checked along gradient flow (chen_veb.appendix_d.eq_44_47).")
register("chen_veb.appendix_d.eq_44_47", ref="Appendix D, eqs. (44)-(47)",
         statement="(1/m)Σ_i|h_i^t(x_a) - h_i^0(x_a)| <= λ_maxλ_min^{-1/2}∫_0^t|𝓛̇^s|^{1/2}ds", kind="deterministic",
         assumptions=("chen_veb.assumption_1", "chen_veb.gram_pd"))
register("chen_veb.appendix_d.eq_51", ref="Appendix D, eq. (51)",
         statement="C₂ = 2^{-1/2}C₁λ_min^{-1/2}K_σ'^{-1} = λ_max/√(2ξK_σ'λ_min)", kind="symbolic", status="erratum",
         reason="With C₁ = λ_maxλ_min^{-1/2}ξ^{-1} the product is λ_max/(√2 ξ K_σ' λ_min), not λ_max/√(2ξK_σ'λ_min). "
                "Shrunk counterexample: λ_max = 1, λ_min = 4, ξ = K = 1: 1/(4√2) = 0.177 vs 1/√8 = 0.354 (by hand). "
                "The proof uses the definition, so only the closed form (and the bound after it) is wrong.")
register("chen_veb.theorem_1", ref="Theorem 1, eq. (17); Appendix E (57)-(61)",
         statement="A1-3, λ_min(G) > 0: ĉ >= ĉ₀λ_max/λ_min, m >= C(1+ĉ²)log(n/δ) ⇒ w.p. >= 1-δ, "
                   "𝓛_t <= 𝓛_0 exp(-rĉ²λ_min(G)t)", kind="probabilistic", assumptions=THEOREM_1, status="partial",
         reason="Checked as the proof's deterministic chain given its events: with the paired initialization (f⁰ = 0, so "
                "Lemma 2's event 𝓛⁰ <= ||y||² holds), on seeds where Lemma 3's event η̃⁰ > K holds, with ĉ at (58) using "
                "the corrected C₂ and K* (the printed κ/C₂/K are errata), η^t >= 2^{-2/3}K and (61) hold along gradient "
                "flow. The probabilistic layer rests on Lemma 3 (corrected: verified) and Lemma 2 (erratum, constant "
                "unspecified), so the theorem as a whole cannot be verified; finite horizons only.")
register("chen_veb.appendix_e.eq_57_61", ref="Appendix E, eqs. (57)-(61)",
         statement="(58) ⇒ (2/3)K^{3/2} - √2C₂ĉ^{-1}||y|| >= (1/3)K^{3/2} ⇒ η^t >= 2^{-2/3}K; 2·2^{-2/3} = 2^{1/3}",
         kind="symbolic")
register("chen_veb.lemma_2", ref="Lemma 2, eq. (55); proof (62)-(66)",
         statement="m >= Cĉ²log(1/δ)G_max/||y||² ⇒ P(𝓛⁰ <= ||y||²) >= 1 - δ, C independent of n", kind="probabilistic",
         assumptions=A123, status="erratum",
         reason="(62) needs σ(0) = 0: for the sigmoid, f⁰ ≈ (ĉ/m)Σ_i c_i/(2ĉ) does not shrink with G_max. Shrunk "
                "counterexample: sigmoid, n = d = 1, x = 10^{-3} (G = 10^{-6}), ĉ = 10, y = 1, m = 100, δ = 0.1: "
                "P(𝓛⁰ <= 1) ≈ 0.80 < 0.9 (by hand: f⁰ ≈ 5·(mean of 100 signs), need f⁰ ∈ [1-√2, 1+√2]), while the "
                "condition holds for every C <= 4·10^5 (and any C as G → 0). The proof's (64) and (66) are also false "
                "(chen_veb.appendix_e.eq_64, eq_66), so the claimed n-independence is unproven.")
register("chen_veb.appendix_e.eq_64", ref="Appendix E, eq. (64)",
         statement="P(Σ_a f_a² >= ||y||²) <= Σ_a P(|f_a| >= ||y||)", kind="exact", status="erratum",
         reason="Σ_a f_a² >= ||y||² only forces some |f_a| >= ||y||/√n. Shrunk counterexample: f = (0.8, 0.8), "
                "||y|| = 1: Σf² = 1.28 >= 1 while max|f_a| = 0.8 < 1, so the event inclusion fails (by hand).")
register("chen_veb.appendix_e.eq_66", ref="Appendix E, eq. (66)", statement="½||f - y||² <= ½||f||² + ½||y||²",
         kind="exact", status="erratum",
         reason="False whenever fᵀy < 0. Shrunk counterexample: n = 1, y = 1, f = -1: 2 > 1 (by hand). The true "
                "bound is ||f||² + ||y||².")
register("chen_veb.lemma_3", ref="Lemma 3, eq. (56); proof (67)-(72)",
         statement="m >= log(n/δ)/(2K²), K = (I_r-I_l)/(6√(2π)λ₂)exp(-max(|I_l|,|I_r|)/λ₁²) ⇒ P(η̃⁰ > K) >= 1-δ",
         kind="probabilistic", status="erratum",
         reason="(71)'s last lines are wrong: inf e^{-u²/G} >= e^{-M²/G_min}, not e^{-M/G_min²}, and the prefactor "
                "is 1/√(2πG_max), not 1/λ₂. Shrunk counterexample: n = 1, G = 1, I = (4, 5), δ = 0.1: K = e^{-5}/(6√(2π)) "
                "= 4.48·10^{-4} exceeds π(I₀; 1) = 5.8·10^{-6}, so at m = ⌈log(1/δ)/(2K²)⌉ = 5 736 050, "
                "P(η̃⁰ > K) ≈ 0 (exact binomial tail). The corrected K* = (I_r-I_l)/(6√(2πλ₂))exp(-M²/(2λ₁)) passes "
                "(the corrected test).")
register("chen_veb.corollary_1", ref="Corollary 1, Section 3.1.1",
         statement="A1-3, linearly independent data (n <= d): GF loss → 0 at a linear rate for large ĉ, m",
         kind="rate", assumptions=A123, status="partial",
         reason="The constants are not explicit; checked as: on shallow tanh nets with n <= d and ĉ = 1 (the "
                "experiments' choice) the fitted slope of log 𝓛_t on [T/4, T] is negative. The log-loss is not exactly "
                "linear at these sizes (R² ~ 0.9), so no CI on the rate is asserted. Finite horizon, small m in CI.")
register("chen_veb.condition_1", ref="Condition 1, Section 3.2",
         statement="G concentrates around a deterministic Ḡ ≻ 0: P(||G - Ḡ||₂ <= u) >= 1-δ for D >= D_min(δ, u)",
         kind="probabilistic", status="untestable",
         reason="A definition, not a claim. Its instances are tested: chen_veb.lemma_4 (P-3L, ReLU) and "
                "chen_veb.appendix_h.condition_1 (deeper nets).")
register("chen_veb.lemma_4", ref="Lemma 4, eq. (84); Appendix G",
         statement="D >= Ω(n²u^{-2}log(n/δ)) ⇒ ||G^(1) - Ḡ^(1)||₂ <= u w.p. >= 1-δ, i.e. ||G^(1) - Ḡ^(1)||₂ = O(D^{-1/2})",
         kind="rate", assumptions=("chen_veb.non_parallel",))
register("chen_veb.assumption_4", ref="Assumption 4 and its remark",
         statement="Ḡ^(1) ≻ 0 (holds for Gaussian z, pairwise non-parallel data, σ ReLU)", kind="deterministic",
         assumptions=("chen_veb.non_parallel",))
register("chen_veb.theorem_2", ref="Theorem 2, eq. (21); Appendix F (73)-(83)",
         statement="A1-3 + Condition 1: ĉ >= ĉ₀λ_max(Ḡ)/λ_min(Ḡ), D >= D_min ⇒ w.p. >= 1-δ 𝓛_t <= 𝓛_0 "
                   "exp(-rĉ²λ_min(Ḡ)t)", kind="probabilistic", assumptions=A123, status="partial",
         reason="As chen_veb.theorem_1: the deterministic chain (79)-(83) given the events, on P-3L ReLU nets with "
                "the closed-form Ḡ^(1), on seeds with ||G - Ḡ||₂ <= ½λ_min(Ḡ) and η̃⁰ > K̄, with the corrected K₁ and "
                "K*; the probabilistic layer inherits Lemma 2's erratum.")
register("chen_veb.appendix_f.eq_73_78", ref="Appendix F, eqs. (73)-(78)",
         statement="||G - Ḡ||₂ <= ½λ_min(Ḡ) ⇒ λ_min(G) >= ½λ_min(Ḡ), λ_max(G) <= 2λ_max(Ḡ), G_min >= ½Ḡ_min, "
                   "G_max <= 2Ḡ_max, K(I,G_min,G_max) >= K(I,½Ḡ_min,2Ḡ_max), K₁(G) <= 4K₁(Ḡ)", kind="deterministic")
register("chen_veb.appendix_f.eq_82_83", ref="Appendix F, eqs. (82)-(83)",
         statement="rate 2·½λ_min(Ḡ)·2^{-2/3}K̄ĉ²K_σ'² = 2^{-2/3}ĉ²λ_min(Ḡ)K_σ'²K̄", kind="symbolic")
register("chen_veb.theorem_3", ref="Theorem 3, eq. (24)",
         statement="A1-4: ĉ >= ĉ₀λ_max(Ḡ^(1))/λ_min(Ḡ^(1)), m >= C₁(1+ĉ²)log(n/δ), D >= C₂n²log(n/δ)/λ_min(Ḡ^(1))² "
                   "⇒ w.p. >= 1-δ, 𝓛_t <= 𝓛_0 exp(-rĉ²λ_min(Ḡ^(1))t)", kind="probabilistic",
         assumptions=A123 + ("chen_veb.non_parallel",), status="partial",
         reason="Theorem 2 with Lemma 4: both parts are tested (the chain on P-3L ReLU nets given the events; Lemma 4's "
                "D^{-1/2} rate), and the log-loss slope of P-3L ReLU nets under GF is negative with n > d. The "
                "constants C₁, C₂, ĉ₀ are not explicit and Lemma 2 is an erratum, so only partial.")
register("chen_veb.appendix_b.eq_25_30", ref="Appendix B, eqs. (25)-(30)",
         statement="Xavier-parameterized 3-layer net with z = √mθ⁽¹⁾, W = √mθ⁽²⁾, c = √mθ⁽³⁾ equals (4)-(5) (D = m, σ "
                   "positively homogeneous); ∂𝓛/∂W = m^{-1/2}∂𝓛/∂θ⁽²⁾ and one GD step on θ⁽²⁾ is (9)", kind="exact")
register("chen_veb.appendix_b.init_variances", ref="Appendix B",
         statement="Xavier θ⁽²⁾ ~ N(0, 1/(2m)) gives W = √mθ⁽²⁾ ~ N(0, 1) as Assumption 3 needs", kind="symbolic",
         status="erratum",
         reason="The stated variances 1/(m+d), 1/(2m), 1/(m+1) are half of Glorot's 2/(fan_in + fan_out); with them "
                "Var W = m/(2m) = ½, not 1 (by hand). With Glorot's, W ~ N(0, 1) but z and c have variance ≈ 2 and c "
                "is Gaussian, not ±ĉ: the equivalence holds up to O(1) factors.")
register("chen_veb.appendix_c.eq_31_36", ref="Appendix C, eqs. (31)-(36)",
         statement="ours is μP shifted by θ = ½ under (35); r (36) = TP4's r, invariant under (35); r(ours) = 0 and "
                   "the stability conditions hold (feature learning)", kind="symbolic")
register("chen_veb.appendix_h.model", ref="Appendix H",
         statement="the L-layer partially trained net is (4)-(5) with φ_j = σ(h_j^(L-2))", kind="exact")
register("chen_veb.appendix_h.condition_1", ref="Appendix H",
         statement="for deeper nets G concentrates (Condition 1) with Ḡ ≻ 0, so 'similar global convergence results hold'",
         kind="rate", assumptions=A123, status="partial",
         reason="Ḡ (a recursive NNGP kernel) has no closed form here; checked: two independent draws of G at width D "
                "differ by O(D^{-1/2}) (fitted exponent, CI containing -½) and G ≻ 0 for L = 4, and the GF log-loss "
                "slope of L = 4 tanh nets with n > d is negative. Not the sequential limit the appendix takes.")
register("chen_veb.appendix_i.eq_93_97", ref="Appendix I, eqs. (93)-(97)",
         statement="Experiment 3's data: (x₁, x₂) uniform on {(±1,0), (0,±1)}, y = 1 iff x₂ = 0, x₃..x_d ~ U[-1,1]",
         kind="exact")
register("chen_veb.table_1", ref="Table 1, Section 4.3",
         statement="ours (1/m, 1/√D, lr m), NTK (1/√m, 1/√D, lr 1), MF (1/m, 1/D, lr m²): h⁰ = Θ(1), Θ(1), Θ(m^{-1/2}); "
                   "per-step Δh = Θ(1), Θ(m^{-1/2}), Θ(1)", kind="symbolic")
register("chen_veb.table_1.feature_movement", ref="Table 1, Section 4.3, Fig. 4 row 2",
         statement="after a GD step the mean |Δh_i| scales as m^0 (ours), m^{-1/2} (NTK), m^0 (MF)", kind="experiment",
         status="partial",
         reason="Reproduced on Experiment 3's data at reduced widths (CI: m up to 1024); the fitted exponents' CIs "
                "contain the predicted orders. The figures themselves are not in the seed text.")
register("chen_veb.experiment_1", ref="Section 4.1, Figs. 1 and 5",
         statement="shallow tanh net, d = 20, random data: training loss decays near-linearly for n = 20, 40; the rate "
                   "decreases as n grows; m = 4096 and 8192 agree", kind="experiment", status="partial",
         reason="Reduced scale (CI: m <= 512, a few hundred GD steps with δ = 1): the table reports the log-loss "
                "slope per n and m; asserted: slopes negative, |slope| decreasing in n, and the two widths' final "
                "log-losses within 10%. The paper's figures are not in the seed text.")
register("chen_veb.experiment_2", ref="Section 4.2, Figs. 2 and 6",
         statement="with a quadratic-embedding teacher, the quadratic-embedding model has lower test error than the "
                   "plain shallow net at every n; m = 2048 vs 8192 differ negligibly", kind="experiment",
         status="partial",
         reason="Reduced scale (d = 8, m <= 512, hundreds of GD steps, x ~ N(0, I) assumed: the law is unstated); "
                "asserted: the embedded model's mean test error is below the shallow net's at each n in the grid.")
register("chen_veb.experiment_3", ref="Section 4.3, Figs. 3, 4, 7, 8",
         statement="P-3L ReLU nets on (93)-(97) data: under our scaling the training loss decays linearly and features "
                   "move; under NTK scaling features barely move; MF's h⁰ concentrate near 0", kind="experiment",
         status="partial",
         reason="Reduced scale (n = 64, m = D <= 1024, 200 GD steps); asserted: the log-loss slope is negative for ours "
                "at every m, the relative feature movement under NTK is several times smaller than ours at the largest m, "
                "and MF's initial |h| is smaller than ours by ~√m. Test-error orderings (Fig. 3) are reported, not "
                "asserted: at this scale they are not stable.")
register("chen_veb.sec3_2_1.ntk_remark", ref="Section 3.2.1, after Theorem 3",
         statement="'our analysis assumes the same level of over-parameterization' as the NTK result [18]",
         kind="experiment", status="untestable",
         reason="A comparison with another paper's theorem whose statement is not in the seed text; nothing to run.")
