"""Chen-Vanden-Eijnden-Bruna (seed 004): the census of the text's items (METHOD §4, ``theorems.coverage``).

Each numbered equation, numbered result and unnumbered display of the text is covered by the claims that check it,
excluded with a reason, or pending with what it carries. A claim covers an item only where its check checks that
item: a claim for a conclusion does not cover the proof steps before it.
"""
from __future__ import annotations

from theorems.coverage import covered, excluded, pending

CENSUS = [
    # --- Section 2: the model, GD and GF (1)-(16) -------------------------------------------------------------
    covered("eq. (1)", "chen_veb.eq_1"),
    excluded("eq. (2)", "definition", "the general model's output"),
    excluded("eq. (3)", "definition", "the feature maps h_i"),
    excluded("eq. (4)", "definition", "the P-3L model's output"),
    excluded("eq. (5)", "definition", "the P-3L feature maps"),
    excluded("eq. (6)", "definition", "the empirical squared loss"),
    excluded("Assumption 1", "definition",
             "a hypothesis on π_c; chen_veb.assumption_1 tests the suite's sampler of it, not the paper"),
    covered("eq. (7)", "chen_veb.eq_7"),
    covered("eq. (8)", "chen_veb.eq_8"),
    covered("eq. (9)", "chen_veb.eq_9"),
    covered("eq. (10)", "chen_veb.eq_10"),
    covered("eq. (11)", "chen_veb.eq_11"),
    covered("eq. (12)", "chen_veb.eq_12"),
    covered("eq. (13)", "chen_veb.eq_13"),
    covered("eq. (14)", "chen_veb.eq_14", "chen_veb.eq_14.bound"),
    covered("eq. (15)", "chen_veb.eq_15"),
    covered("eq. (16)", "chen_veb.eq_16", "chen_veb.eq_16.activations"),
    # --- Section 3: results ------------------------------------------------------------------------------------
    excluded("Assumption 2", "definition",
             "a hypothesis on σ; chen_veb.assumption_2 checks the suite's activation constants (machinery)"),
    excluded("Assumption 3", "definition",
             "a hypothesis on π_w; chen_veb.assumption_3 tests the suite's sampler of it, not the paper"),
    covered("Theorem 1", "chen_veb.theorem_1"),
    covered("eq. (17)", "chen_veb.theorem_1"),
    covered("Lemma 1", "chen_veb.lemma_1"),
    excluded("eq. (18)", "definition", "η^t and η̃⁰"),
    covered("eq. (19)", "chen_veb.lemma_1"),
    covered("eq. (20)", "chen_veb.eq_20"),
    pending("Corollary 1",
            "STATEMENT FALSE as printed: it drops Theorem 1's ĉ >= ĉ₀λ_max/λ_min, m >= C(1+ĉ²)log(n/δ) and 'with "
            "probability at least 1 - δ', and claims convergence for every ĉ > 0 and m, surely. Hand check: tanh "
            "(A2 with I = (-1, 1)), n = d = 1, x = 1 (independent), y = 1, ĉ = ½, any m: |f^t(x)| <= ĉ = ½, so "
            "𝓛^t >= ½(1 - ½)² = 1/8 for all t. (Also ReLU, m = 1: a dead neuron at init, probability ½, freezes "
            "the loss.) chen_veb.corollary_1 checks a measured rate floor at ĉ = 1, not this statement."),
    excluded("Condition 1", "definition",
             "a hypothesis on G (chen_veb.condition_1 is registered untestable, 'a definition, not a claim')"),
    covered("Theorem 2", "chen_veb.theorem_2"),
    covered("eq. (21)", "chen_veb.theorem_2"),
    excluded("eq. (22)", "definition", "the P-3L Gram matrix G^(1)"),
    excluded("eq. (23)", "definition", "the limiting Gram matrix Ḡ^(1)"),
    covered("Assumption 4", "chen_veb.assumption_4"),
    covered("Theorem 3", "chen_veb.theorem_3"),
    covered("eq. (24)", "chen_veb.theorem_3"),
    # --- Appendix B: Xavier initialization (25)-(30) -----------------------------------------------------------
    excluded("eq. (25)", "definition", "the Xavier-parameterized three-layer net's output"),
    excluded("eq. (26)", "definition", "its feature maps"),
    covered("eq. (27)", "chen_veb.appendix_b.eq_25_30"),
    covered("eq. (28)", "chen_veb.appendix_b.eq_25_30"),
    excluded("eq. (29)", "definition", "GD on θ⁽²⁾ with step δ"),
    covered("eq. (30)", "chen_veb.appendix_b.eq_25_30"),
    # --- Appendix C: abc-parameterization (31)-(36) ------------------------------------------------------------
    covered("display after (30)", "chen_veb.appendix_c.eq_31_36"),
    covered("eq. (31)", "chen_veb.appendix_c.eq_31_36"),
    covered("eq. (32)", "chen_veb.appendix_c.eq_31_36"),
    covered("eq. (33)", "chen_veb.appendix_c.eq_31_36"),
    covered("eq. (34)", "chen_veb.appendix_c.eq_31_36"),
    covered("eq. (35)", "chen_veb.appendix_c.eq_31_36"),
    covered("eq. (36)", "chen_veb.appendix_c.eq_31_36"),
    # --- Appendix D: proof of Lemma 1 (37)-(54) ----------------------------------------------------------------
    covered("eq. (37)", "chen_veb.appendix_d.eq_37"),
    covered("eq. (38)", "chen_veb.appendix_d.eq_38_39"),
    covered("eq. (39)", "chen_veb.appendix_d.eq_38_39"),
    pending("eq. (40)",
            "direction: min_a(A_a - B_a) >= min_a A_a - max_a B_a, averaged from (39); holds by hand. Unchecked: "
            "appendix_d.eq_38_39 checks (39) for one neuron only. A flow check of η^t >= η̃^t (48) would cover "
            "(40), (46), (47) and (49) together."),
    pending("eq. (41)",
            "direction: (40) into (37)'s last line (𝓛^t >= 0, coefficient -2ĉ²λ_minK_σ'² <= 0); holds by hand. "
            "Unchecked: appendix_d.eq_37 checks (37) with η^t, not with (40)'s lower bound."),
    covered("eq. (42)", "chen_veb.eq_11"),
    covered("eq. (43)", "chen_veb.appendix_d.eq_43"),
    covered("eq. (44)", "chen_veb.appendix_d.eq_44_47"),
    pending("eq. (45)",
            "direction: ξ·1{|Δh| >= ξ} <= |Δh| for every real ξ; holds by hand (ξ <= 0: left side <= 0; ξ > 0: "
            "Markov). Unchecked (appendix_d.eq_44_47 checks (44) only); an exact check is cheap."),
    pending("eq. (46)",
            "constant C₁ = λ_maxλ_min^{-1/2}ξ^{-1}: the fraction of neurons moved by >= ξ is <= C₁∫|𝓛̇|^{1/2}. "
            "Holds by hand from (44)-(45) (ξ > 0). Unchecked: appendix_d.eq_44_47's check is (44), the movement "
            "itself, not the moved fraction. The ξ^{-1} here is what Lemma 1's printed κ inverts "
            "(chen_veb.kappa_width_inverted): a check of (46) sees that root cause directly."),
    pending("eq. (47)",
            "constant C₁ as in (46), maximized over a; holds by hand. Unchecked (see (46))."),
    excluded("eq. (48)", "definition", "η̃^t (at t = 0 it is (18)'s η̃⁰)"),
    pending("eq. (49)",
            "direction: η^t >= η̃^t from (40) and (47); holds by hand. Unchecked: no claim compares η^t with η̃^t "
            "along a flow."),
    covered("eq. (50)", "chen_veb.appendix_d.eq_37"),
    pending("eq. (51)",
            "constants C₁, C₂ and directions; only the closed form after 'where we set' is checked "
            "(appendix_d.eq_51, erratum: λ_max/√(2ξK_σ'λ_min) should be λ_max/(√2λ_minξK_σ')). Lines 1-4 are "
            "unchecked, and line 3 divides by (η̃^t)^{1/2}, so it needs η̃^t > 0; (52) states the condition as "
            "'when η^t > 0', which η^t >= η̃^t does not give. Integrating (52) into (53) needs η̃^s > 0 on [0, t], "
            "not shown; a continuation argument rescues (54) and (19) (at the first zero τ of η̃, (53) makes their "
            "right sides <= 0 from τ on), so the slip is in the proof only. Unverified numerically."),
    covered("eq. (52)", "chen_veb.appendix_d.eq_52"),
    covered("eq. (53)", "chen_veb.appendix_d.eq_54"),
    covered("eq. (54)", "chen_veb.appendix_d.eq_54"),
    # --- Appendix E: proof of Theorem 1 (55)-(72) --------------------------------------------------------------
    covered("Lemma 2", "chen_veb.lemma_2", "chen_veb.lemma_2.n_independence"),
    covered("eq. (55)", "chen_veb.lemma_2", "chen_veb.lemma_2.n_independence"),
    covered("Lemma 3", "chen_veb.lemma_3"),
    covered("eq. (56)", "chen_veb.lemma_3"),
    pending("eq. (57)",
            "probability and constant: prints 'with probability at least δ' (a typo for 1 - δ, recorded only in "
            "appendix_e.eq_57_61's reading); Lemmas 2 and 3 each at δ give 1 - 2δ (Ω absorbs it if each is taken "
            "at δ/2: log(2n/δ) <= 2log(n/δ) for n/δ >= 2); the constant √2C₂ is (54)'s with 𝓛⁰ <= ||y||², and "
            "2C₂ once (52) is corrected. No claim checks (57) from (54)-(56): appendix_e.eq_57_61 takes it as "
            "the premise of (58)-(59)."),
    covered("eq. (58)", "chen_veb.appendix_e.eq_57_61"),
    covered("eq. (59)", "chen_veb.appendix_e.eq_57_61", "chen_veb.theorem_1"),
    covered("eq. (60)", "chen_veb.appendix_e.eq_57_61", "chen_veb.theorem_1"),
    covered("eq. (61)", "chen_veb.theorem_1"),
    pending("eq. (62)",
            "ERROR (σ(0) = 0 slip), constant M_SG: ||σ(h)||_ψ2 <= L_σ||h||_ψ2 needs σ(0) = 0. Hand check: sigmoid, "
            "G_aa -> 0: σ(h) -> ½, ||½||_ψ2 = ½/√ln 2 = 0.601, while L_σG_aa^{1/2}M_SG -> 0. Root cause "
            "chen_veb.psi2_needs_sigma_zero is registered and seen through Lemma 2's conclusion (chen_veb.lemma_2), "
            "but no claim checks (62) itself. Also writes h_i^t for h_i^0."),
    pending("eq. (63)",
            "probability, absolute constant K: Hoeffding for the centred sub-Gaussian c_iσ(h_i⁰) (Vershynin "
            "Thm 2.6.2, t = mu gives Ku²m/||·||²_ψ2); correct given (62), inherits its slip. The text says "
            "'∀r > 0' and uses u; h^t for h^0. Unchecked."),
    covered("eq. (64)", "chen_veb.appendix_e.eq_64"),
    covered("eq. (65)", "chen_veb.lemma_2", "chen_veb.lemma_2.n_independence"),
    covered("eq. (66)", "chen_veb.appendix_e.eq_66"),
    pending("eq. (67)",
            "probability (a law): for fixed a, h_i⁰(x_a) are i.i.d. N(0, G_aa) over i (Assumption 3), so the count "
            "outside I₀ is Binomial(m, 1 - π(I₀; G_aa)); correct by hand. chen_veb.lemma_3 assumes it (exact "
            "binomial tails), so nothing checks it; π(I₀; G) is defined only implicitly, in (71)."),
    pending("eq. (68)",
            "probability exp(-2mr²): one-sided Hoeffding for [0, 1]-valued indicators; correct by hand. Unchecked "
            "(chen_veb.lemma_3 checks the lemma's conclusion by exact tails, not this bound)."),
    pending("eq. (69)",
            "probability exp(-½m(π(I₀; G_aa))²): (68) at r = ½π (2m(π/2)² = ½mπ²), then min over b; correct by "
            "hand. Unchecked."),
    pending("eq. (70)",
            "probability, union bound n·exp(-½m min_bπ²). Slip: the first '=' turns P(η̃⁰ <= ½min π) into "
            "P(min_a ... < ½min π), false for a discrete mean. Hand check: Bin(4, ½) (π = ½, ½π = ¼): P(mean <= ¼) "
            "= 5/16 = 0.3125, P(mean < ¼) = 1/16. Harmless: (69) bounds the <= event, so the chain holds with <= "
            "throughout (here 0.3125 <= e^{-1/2} = 0.607). Unchecked."),
    pending("eq. (71)",
            "ERRORS (two of root cause chen_veb.gaussian_density_slips's three slips; the third is (72)'s. Registered "
            "through chen_veb.lemma_3's printed K, but no claim checks (71)'s lines): line 1's density e^{-u²/G} lacks the 2 (so its '=' is "
            "false); line 3 bounds inf_{I₀}e^{-u²/G} by e^{-M/G_min²} (should be e^{-M²/(2G_min)}). Hand check: "
            "I = (4, 5), G = 1: π(I₀; 1) = Φ(-4.333) - Φ(-4.667) = 5.81e-6, line 1 as printed gives 3.0e-10, and "
            "the last line's bound is e^{-5}/(3√(2π)) = 8.96e-4 > π(I₀; 1), 154 times too large."),
    pending("eq. (72)",
            "ERROR, probability n·exp(-2mK²): the first '<=' needs K <= ½min_bπ(I₀; G_bb), but K has 1/G_max where "
            "½·(71)'s last line has 1/√G_max, so the step fails whenever G_max < 1 even where (71) holds. Hand "
            "check: I = (-0.01, 0.01), G = 0.1: K = 4.89e-3 > ½π(I₀; 0.1) = 4.21e-3 (½·(71)'s last line = "
            "1.55e-3, which (71) gets right here). The second '<=' (½m(2K)² = 2mK²) is correct. Unchecked; "
            "chen_veb.lemma_3 sees only the conclusion."),
    # --- Appendix F: proof of Theorem 2 (73)-(83) --------------------------------------------------------------
    covered("eq. (73)", "chen_veb.appendix_f.eq_73_78"),
    excluded("eq. (74)", "restatement", "of Condition 1's event at u = ½λ_min(Ḡ)"),
    excluded("eq. (75)", "restatement", "of (73)"),
    excluded("eq. (76)", "restatement", "of (55) (Lemma 2)"),
    excluded("eq. (77)", "restatement", "of (19) (Lemma 1) for G, with κ written K₁"),
    covered("eq. (78)", "chen_veb.appendix_f.eq_73_78"),
    pending("eq. (79)",
            "constant 4K₁ and direction: (78) into (77) (needs √𝓛⁰ - √𝓛^t >= 0), then (75) and √𝓛⁰ - √𝓛^t <= "
            "√𝓛⁰ <= ||y|| from (76); holds by hand. K₁ is the printed κ (wrong: chen_veb.kappa_width_inverted). "
            "Unchecked: chen_veb.theorem_2 checks (81) and (83), not (79)."),
    covered("eq. (80)", "chen_veb.theorem_2"),
    covered("eq. (81)", "chen_veb.theorem_2"),
    covered("eq. (82)", "chen_veb.appendix_f.eq_82_83", "chen_veb.theorem_2"),
    covered("eq. (83)", "chen_veb.appendix_f.eq_82_83", "chen_veb.theorem_2"),
    # --- Appendix G: proof of Theorem 3 (Lemma 4, (84)-(92)) ---------------------------------------------------
    # the dropped linear term is the erratum lemma_4.linear_term; '∀δ >= 0' (δ = 0 makes log(n/δ) infinite) is a slip
    covered("Lemma 4", "chen_veb.lemma_4", "chen_veb.lemma_4.linear_term"),
    covered("eq. (84)", "chen_veb.lemma_4"),
    excluded("eq. (85)", "definition", "the sub-Gaussian norm of Z"),
    pending("eq. (86)",
            "ERROR, constant L_σ: repeats (62)'s σ(0) = 0 slip and drops (22)'s 1/√d and ||x_a||: by (85) "
            "||x_aᵀZ||_ψ2 <= ||x_a||·||Z||_ψ2, so the bound is ||σ(x_aᵀZ/√d)||_ψ2 <= |σ(0)|/√ln 2 + "
            "L_σ||x_a||·||Z||_ψ2/√d. Hand checks (Z ~ N(0, 1), ||Z||_ψ2 = √(8/3) = 1.633): σ linear, d = 1, x_a = 2: "
            "||x_aZ||_ψ2 = 3.27 > L_σ||Z||_ψ2 = 1.63; sigmoid (L_σ = ¼), x_a -> 0: 0.601 > ¼·1.633 = 0.408. The "
            "text of G.1 also writes Ḡ_ab = E[σ(x_aᵀZ)σ(x_bᵀZ)] without (23)'s 1/√d. Unchecked."),
    pending("eq. (87)",
            "constant (L_σ)²||Z||²_ψ2: ||XY||_ψ1 <= ||X||_ψ2||Y||_ψ2 (Vershynin Lemma 2.7.7) is correct; the "
            "second step inherits (86)'s slip. Unchecked."),
    pending("eq. (88)",
            "probability: Bernstein (Vershynin Thm 2.8.1) with the min of the quadratic and linear terms; correct "
            "given centring (||X - EX||_ψ1 <= C||X||_ψ1, absorbed in K); inherits (86). Unchecked."),
    pending("eq. (89)",
            "constant and direction: the inversion of (88) is correct algebra, but the sentence after it states "
            "'|G_ab - Ḡ_ab| >= u with probability at least 1 - δ': should be '< u' and '1 - δ′'. Unchecked."),
    pending("eq. (90)",
            "constants n² and n: (89) at u = u'/n, δ' = δ/n², correct; its second term "
            "n(L_σ)²||Z||²_ψ2log(2n²/δ)/(Ku') is what Lemma 4's statement drops (see Lemma 4). Unchecked."),
    pending("eq. (91)",
            "probability: union bound over the n² entries (||E||_F >= u' forces some |E_ab| >= u'/n); correct by "
            "hand. Unchecked."),
    pending("eq. (92)",
            "direction: ||·||₂ <= ||·||_F, with (91)'s probability 1 - δ; correct by hand. Unchecked: "
            "chen_veb.lemma_4 fits the exponent of ||G - Ḡ||₂ only."),
    # --- Appendices H, I ---------------------------------------------------------------------------------------
    covered("display after (92)", "chen_veb.appendix_h.model"),
    covered("eq. (93)", "chen_veb.appendix_i.eq_93_97"),
    covered("eq. (94)", "chen_veb.appendix_i.eq_93_97"),
    covered("eq. (95)", "chen_veb.appendix_i.eq_93_97"),
    covered("eq. (96)", "chen_veb.appendix_i.eq_93_97"),
    excluded("eq. (97)", "notation", "an empty display: the text's $$\\tag{97}$$ holds no formula"),
]
