"""shallow_sgd's census (METHOD §4): every numbered equation, numbered result and display of the text, covered by a
claim, excluded with a reason, or pending (a step that needs a claim of its own). Proofs of Proposition 2.1 (App. A),
Lemma 3.1 (App. B), Theorem 4.3 (App. C), Lemma 4.4 (App. D), Corollary 4.5 (App. E) and Theorem 5.6 (App. F) are
not in the text; their statements are covered below."""
from theorems.coverage import covered, excluded, pending

S = "shallow_sgd."

CENSUS = [
    # --- 1.2 informal statements
    covered("Theorem 1.1", S + "theorem_1_1", S + "corollary_4_5"),
    covered("Theorem 1.2", S + "theorem_1_2", S + "theorem_5_1"),
    covered("Theorem 1.3", S + "theorem_1_3"),
    # --- 2 preliminaries
    excluded("display after start", "definition"),  # Ŷ = φ(XW)V
    excluded("eq. (1)", "definition"),  # the DI Cauchy problem
    excluded("eq. (2)", "definition"),  # the chain rule
    excluded("eq. (3)", "definition"),  # (1) with f = L
    covered("Proposition 2.1", S + "proposition_2_1", S + "proposition_2_1.pointwise"),
    covered("display after (3)", S + "proposition_2_1", S + "proposition_2_1.pointwise"),
    # --- 3 dynamics of the DI
    covered("eq. (4)", S + "eq_4"),
    covered("Lemma 3.1", S + "lemma_3_1.eq_5", S + "lemma_3_1.eq_6"),
    covered("eq. (5)", S + "lemma_3_1.eq_5"),
    covered("eq. (6)", S + "lemma_3_1.eq_6"),
    covered("eq. (7)", S + "lemma_3_1.eq_6"),  # c1, c2, c are the constants (6) is checked with
    covered("Proposition 3.2", S + "proposition_3_2", S + "proposition_3_2.proof_bracket"),
    excluded("eq. (8)", "definition"),  # a, α
    covered("eq. (9)", S + "proposition_3_2", S + "lemma_3_3.printed_eq_9"),
    covered("display after (9)", S + "proposition_3_2.steps", S + "proposition_2_1"),
    # line 1 of the second display is the first's last line; line 2 is (6) integrated (x 2α); the end is the bracket
    covered("display after (9) #2", S + "proposition_3_2.steps", S + "lemma_3_1.eq_6", S + "proposition_3_2.proof_bracket"),
    covered("Lemma 3.3", S + "lemma_3_3", S + "lemma_3_3.printed_eq_9", S + "lemma_3_3.any_solution"),
    covered("eq. (10)", S + "lemma_3_3", S + "eq_10_11"),
    excluded("display after (10)", "definition"),  # t0
    pending("display after (10) #2",
            "Lemma 3.3's contradiction α²/2 = αg(y(t0)) <= α(2ac1/α² + 4a²c2/α⁴)exp(4ca²/α⁴), g = (c1y + c2y²)e^{cy²}: "
            "constants 2a/α², (2a/α²)², c(2a/α²)² and the direction, no claim evaluates it (lemma_3_3 checks only "
            "that αg(y) stays <= α²/2 on the maximal solution). Hand check: correct for y(t0) in [0, 2a/α²] and "
            "a, c, c1, c2 >= 0 (g increasing there); x 2/α² it is 1 <= 4(ac1/α³ + 2a²c2/α⁵)e^{4ca²/α⁴}, against (10). "
            "For y(t0) < 0 it fails (root cause shallow_sgd.lemma_3_3_signs)."),
    covered("Theorem 3.4", S + "theorem_3_4", S + "eq_10_11"),
    covered("eq. (11)", S + "eq_10_11", S + "theorem_3_4"),
    covered("eq. (12)", S + "theorem_3_4"),
    covered("eq. (13)", S + "theorem_3_4"),
    # --- 4 convergence of the DI trajectories
    covered("Assumption 4.1", S + "assumption_4_1"),
    covered("Remark 4.2", S + "remark_4_2"),
    covered("Theorem 4.3", S + "theorem_4_3"),
    covered("Lemma 4.4", S + "lemma_4_4.norms", S + "lemma_4_4.op_norm", S + "lemma_4_4.loss"),
    covered("display after (13)", S + "lemma_4_4.norms"),
    covered("display after (13) #2", S + "lemma_4_4.op_norm"),
    covered("display after (13) #3", S + "lemma_4_4.loss"),
    covered("Corollary 4.5", S + "corollary_4_5", S + "corollary_4_5.width", S + "corollary_4_5.exponent"),
    covered("display after (13) #4", S + "corollary_4_5.width", S + "corollary_4_5.exponent"),
    covered("display after (13) #5", S + "corollary_4_5"),
    # --- 5 SGD
    pending("eq. (14)",
            "The SGD step prints θ_{k+1} ∈ −η·∂f(θ_k, ξ_{k+1}), without θ_k: as printed θ_{k+1} is a scaled "
            "subgradient, not a step (typo). Hand check: f(θ, s) = θ²/2, θ_k = 1, η = 0.1: printed θ_{k+1} = −0.1, "
            "SGD θ_k − η f' = 0.9; (17) and Theorem 5.6's proof (θ̄^η(ηk) = θ_k) need θ_{k+1} ∈ θ_k − η∂f. The suite's "
            "SGD implements θ_k − ηg; no claim pins the printed form."),
    covered("Theorem 5.1", S + "theorem_5_1", S + "theorem_5_1.probability"),
    covered("eq. (15)", S + "theorem_5_1.eq_15", S + "remark_5_2"),
    covered("Remark 5.2", S + "remark_5_2"),
    covered("Remark 5.3", S + "remark_5_3"),
    covered("Remark 5.4", S + "remark_5_4"),
    covered("Theorem 5.5", S + "theorem_5_5"),
    excluded("eq. (16)", "definition"),  # the DI of E f; its well-posedness is Bianchi et al.'s
    covered("display after (16)", S + "theorem_5_5"),
    excluded("eq. (17)", "definition"),  # the interpolated process
    covered("Theorem 5.6", S + "theorem_5_6", S + "theorem_5_6.step_window", S + "minibatch_identity",
            S + "theorem_5_6.time_change", S + "theorem_5_6.time_change_printed"),
    excluded("eq. (18)", "definition"),  # the DI of L̃
    # Theorem 5.5's conclusion at ε̃ = min(ε/2L, 1), T = 1 + (N/b)T*, Q compact: what theorem_5_5 measures
    covered("display after (18)", S + "theorem_5_5"),
    pending("display after (18) #2",
            "Theorem 5.6's L̃(θ_k*) = L̃(θ̄^η(ηk*)) <= L̃(θ(ηk*)) + ε̃L <= ε: constant ε̃L <= ε/2 (ε̃ = min(ε/2L, 1)); "
            "no claim checks the chain (theorem_5_6 checks the end). Gap: L = sup ||v|| over ∂L(θ), θ in G "
            "(printed ∂L for ∂L̃), but θ̄^η(ηk*) lies within ε̃ <= 1 of θ(ηk*) in G, possibly outside G, and G need "
            "not be convex: the Lipschitz step needs L over the convex hull of the 1-neighbourhood of G (the "
            "min(·, 1) suggests that was meant). Strict '< ε' of the statement holds (sup < ε̃ strictly, L > 0). "
            "Appendix F (the modification outside G) is not in the text: unverified whether it repairs this."),
    pending("display after (18) #3",
            "Q(X̃) carries C, 1/8 and c(δ0); the proof's steps on it have no claim. (a) G(X̃) = B(Q, U), U = sup "
            "sqrt2 ||X̃|| ||θ|| u e^{sqrt2 ||X̃|| u}, u = 2sqrt(L)/α0²: Lemma 3.1's (5) bounds the displacement by "
            "sqrt2 ||X||(||W0|| + ||V0||) u e^{sqrt2 ||X|| u}, and ||W0|| + ||V0|| <= sqrt2 ||θ0|| only, so (5) gives "
            "2||X|| ||θ0|| u e^{..}, sqrt2 above U (Theorem 3.4's proof uses radius 2U): 'remains in G(X̃) in virtue "
            "of Lemma 3.1' does not follow. Hand check: ||W0|| = ||V0|| = 1, ||X|| = 1, u = 0.1: (5)'s bound 0.3257, "
            "U = 0.2304. (b) Q is defined with the strict F < 1/8, so it is closed (compact, as Theorem 5.6 and "
            "'U < ∞ by compactness' need) only where the other constraints already force F < 1/8: unverified. "
            "(c) Q's loss bound has the d2 that (15) drops (shallow_sgd.theorem_5_1.eq_15)."),
    # (a) the dropped 2 and (d) the F < 1/8 event for ρ in (0, 1/4) are the errata below; (b) 'multiplying both
    # sides by δ' (for 1 − δ) and (c) η0 chosen inside the probability are slips of the same proof, not yet claims
    covered("display after (18) #4", "shallow_sgd.theorem_5_1.proof_probability", "shallow_sgd.theorem_5_1.q_event"),
]
