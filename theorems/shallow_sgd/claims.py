"""shallow_sgd (seed 003): assumption checkers and the registry of claims."""
from __future__ import annotations

import math

from theorems.assumptions import assumption
from theorems.registry import explain, register

LABEL_CONSTANT = 10.0  # Assumption 4.1.5's O(·), read as ||Y_i|| <= 10 β_w β_v sqrt(d0 d1 d2)


def _instance_of(case):
    return getattr(case, "instance", case)


@assumption("shallow_sgd.assumption_4_1.inputs", ref="Assumption 4.1",
            description="item 1, its deterministic part: ||X_i.||_2 = sqrt(d0) for every row (margin 1e-9 minus "
                        "the largest relative deviation); the i.i.d. sub-Gaussian part is a property of the draw")
def _inputs(case) -> float:
    inst = _instance_of(case)
    return 1e-9 - max(abs(math.hypot(*row) / math.sqrt(inst.d0) - 1) for row in inst.X)


@assumption("shallow_sgd.assumption_4_1.init", ref="Assumption 4.1",
            description="items 2-4: W0, V0 independent with i.i.d. N(0, β_w²), N(0, β_v²) entries (margin 1 for the "
                        "Gaussian initialization, -1 for the aligned one)")
def _init(case) -> float:
    return 1.0 if _instance_of(case).init == "gaussian" else -1.0


@assumption("shallow_sgd.assumption_4_1.labels", ref="Assumption 4.1",
            description="item 5: ||Y_i.|| = O(β_w β_v sqrt(d0 d1 d2)), read with the constant 10")
def _labels(case) -> float:
    inst = _instance_of(case)
    cap = LABEL_CONSTANT * inst.beta_w * inst.beta_v * math.sqrt(inst.d0 * inst.d1 * inst.d2)
    return 1 - max(math.hypot(*row) for row in inst.Y) / cap


ASSUMPTION_4_1 = ("shallow_sgd.assumption_4_1.inputs", "shallow_sgd.assumption_4_1.init",
                  "shallow_sgd.assumption_4_1.labels")


def _flow_instance(case):
    return _instance_of(case)


@assumption("shallow_sgd.alpha_positive", ref="Theorem 3.4",
            description="α = α0(0) = σmin(Hᵀ(θ0)) > 0 (margin α0(0) minus eigvalsh's error)")
def _alpha_positive(case) -> float:
    from theorems.shallow_sgd import model

    inst = _instance_of(case)
    W0, _ = inst.weights(1)
    X = inst.inputs()
    return float(model.alpha_0(W0, X)[0]) - float(model.alpha_0_error(W0, X)[0]) ** 0.5


@assumption("shallow_sgd.eq_11", ref="Theorem 3.4, eq. (11)", description="F(θ(0), X, Y) < 1/8; margin 1/8 − F")
def _eq_11(case) -> float:
    from theorems.shallow_sgd.instance import theorem_3_4_quantities

    return 0.125 - theorem_3_4_quantities(_instance_of(case))["F"]


def _params_of(case):
    return getattr(case, "params", case)


@assumption("shallow_sgd.lemma_3_3.alpha", ref="Lemma 3.3", description="α > 0")
def _ode_alpha(case) -> float:
    return _params_of(case).alpha


@assumption("shallow_sgd.lemma_3_3.eq_10", ref="Lemma 3.3, eq. (10)",
            description="4(a c1/α³ + 2a² c2/α⁵) exp(4ca²/α⁴) < 1; margin 1 minus the left side")
def _ode_10(case) -> float:
    return 1.0 - _params_of(case).condition_10()


@assumption("shallow_sgd.lemma_3_3.signs", ref="Lemma 3.3, eqs. (7)-(8)",
            description="a, c, c1, c2 >= 0, as (7)-(8) make them (the lemma says 'arbitrary'); margin their minimum")
def _ode_signs(case) -> float:
    p = _params_of(case)
    return min(p.a, p.c, p.c1, p.c2)


@assumption("shallow_sgd.lemma_3_3.solves_9", ref="Lemma 3.3, eq. (9)",
            description="the path y solves (9): y' <= f(t, y) a.e.; margin min (f − y')/a over the path's grid")
def _solves_9(case) -> float:
    return case.solution_margin()


FLOW = ()  # Proposition 2.1, (4), Lemma 3.1, Proposition 3.2 hold for every θ0, X, Y
THEOREM_3_4 = ("shallow_sgd.alpha_positive", "shallow_sgd.eq_11")
LEMMA_3_3 = ("shallow_sgd.lemma_3_3.alpha", "shallow_sgd.lemma_3_3.eq_10", "shallow_sgd.lemma_3_3.signs")

SELECTION = ("The flow of the differential inclusion (3) is integrated by the core's RK4 with step doubling "
             "(theorems.core.flow.integrate) on the element of ∂L with gate 1{XW > 0} (σ'(0) = 0, the core's "
             "convention); pre-activations that reach 0 cross it (the recorded sign pattern changes, reported as "
             "pattern_changes) or, on a sliding kink, the fixed-step scheme chatters and approximates the Filippov "
             "solution, where the step-doubling estimate, which enters the tolerance, grows accordingly. Time "
             "integrals (L̄ = ∫√L, ∫α0², ∫|α0 − α0(0)|, ∫||X|| ||W − W0||) are states of the same integrator.")
THEOREM_REGIME = ("F < 1/8 is reached at CPU widths with labels near the initial output, Y = Ŷ(θ0) + sZ, "
                  "||Z||_F = 1, s solved for a target F in (0, 1/8) (instance.near_initial_output); natural ±1 "
                  "labels give F >= 1/8 at these widths (0.226 on the two-point pin, N = 2, d1 = 64; 22-2.8e7 at N = 4, d1 = 64, "
                  "ρ = 1, 8 seeds) and reach F < 1/8 only at widths of thousands (0.0012-0.034 at N = 4, d1 = 4096).")

register("shallow_sgd.proposition_2_1.pointwise", ref="Proposition 2.1",
         statement="for every θ and every v in ∂L(θ): ||v||² >= 2 α0² L(θ), α0 = σmin(Hᵀ(θ)) (the differential "
                   "form of L(t) <= L(0) exp(−2∫α0²): dL/dt = −||θ'||² along any solution)",
         kind="deterministic",
         reading="∂L(θ) at a point with k <= 3 pre-activations at 0 is taken as the convex hull of the 2^k one-sided "
                 "gradients (the core's clarke_vertices, by autograd); the check takes the least ||v||² over it (at "
                 "the vertices and at the minimum-norm point, the core's Filippov selection). The V-block of every "
                 "element is Hᵀ(Ŷ − Y), so ||v||² >= ||Hᵀ(Ŷ − Y)||² >= σmin(Hᵀ)² ||Ŷ − Y||² = 2α0²L.")
register("shallow_sgd.proposition_2_1", ref="Proposition 2.1",
         statement="a solution of (3) exists on some [0, T), extends until it leaves any bounded G, and "
                   "L(θ(t)) <= L(θ(0)) exp(−2 ∫_0^t α0²(s) ds)",
         kind="deterministic", status="partial",
         reason="Partial: the bound holds along every integrated flow, checked (as log(L(0)/L(t)) >= 2∫α0², ∫α0² a state of the "
                "integrator); the existence and extension parts are a theorem about differential inclusions "
                "(Appendix A, not in the seed text): a bounded numerical solution on the horizon is consistent with "
                "them but is no check of them.",
         reading=SELECTION)
register("shallow_sgd.eq_4", ref="eq. (4)",
         statement="for any W, W′: |α0(W) − α0(W′)| <= ||H − H′||_F <= ||X(W − W′)||_F <= ||X||_op ||W − W′||_F",
         kind="deterministic",
         reading="Each link is one piece of evidence; W is θ0's first layer and W′ a Gaussian perturbation or a "
                 "dilation (1 + s)W (on which, for N = 1 and the aligned W, all three links are equalities).")
register("shallow_sgd.lemma_3_1.eq_5", ref="Lemma 3.1, eq. (5)",
         statement="||θ(t) − θ(0)|| <= sqrt2 ||X||_op (||W(0)||_F + ||V(0)||_F) L̄(t) exp(sqrt2 ||X||_op L̄(t)), "
                   "L̄(t) = ∫_0^t sqrt(L(θ(s))) ds", kind="deterministic", reading=SELECTION)
register("shallow_sgd.lemma_3_1.eq_6", ref="Lemma 3.1, eqs. (6)-(7)",
         statement="||X||_op ||W(t) − W(0)||_F <= ½(c1 L̄ + c2 L̄²) exp(c L̄²), c1 = 2sqrt2 ||X||²_op ||V(0)||_F, "
                   "c2 = 2||X||³_op ||W(0)||_F, c = ||X||²_op", kind="deterministic", reading=SELECTION)

explain("shallow_sgd.bracket_of_9", title="(9)'s right side is printed with its bracket misplaced",
        explanation="The proof of Proposition 3.2 derives sqrt(L(t)) <= a exp(−tα² + α∫_0^t (c1 L̄ + c2 L̄²) e^{cL̄²} ds) "
                    "<= a exp(−α²t + αt(c1 y + c2 y²) e^{cy²}) at y = L̄(t), using L̄(s) <= L̄(t). (9) prints "
                    "a exp(αt(c1 y + c2 y²)) e^{cy²} − α²t: the factor e^{cy²} and the term −α²t have left the "
                    "exponent. The printed right side is not even homogeneous (a carries the units of Y, α²t is a "
                    "number) and is negative once α²t > a e^{αt(c1y + c2y²) + cy²}, while the left side sqrt(L) stays "
                    "> 0: Proposition 3.2 as printed fails along every flow with L > 0 that lasts past t ~ a/α² with "
                    "a small. Lemma 3.3 read with the printed (9) fails too: as c, c1, c2 -> 0 (10) holds and the "
                    "maximal solution is y = at − α²t²/2, whose peak a²/(2α²) exceeds 2a/α² once a > 4. Lemma 3.3's "
                    "own proof (its t0, and y' <= a e^{−α²t/2} for t < t0) uses the proof's bracket; with it "
                    "Proposition 3.2 and Lemma 3.3 hold (shallow_sgd.proposition_3_2.proof_bracket, "
                    "shallow_sgd.lemma_3_3) and Theorem 3.4 is unaffected.",
        scaling="Does not vanish with the width: as d1 grows F -> 0, the exponential factors -> 1 and the printed "
                "right side -> a − α²t, negative for t > a/α² whatever d1; it fails at every width once L(0) is "
                "small (labels near the initial output).",
        hand_check="Pin 'near-init': N = 2, d1 = 64, β_w = 1/sqrt2, β_v = 1/8, F = 0.05: a = 0.3579, α = 3.584, "
                   "at t = 3/α² = 0.2335 the printed right side is a e^{small} − 3 = −2.59 while sqrt(L) = 0.0138. "
                   "Lemma 3.3 pin: a = 5, α = 1, c = c1 = c2 = 1e-4, (10) = 0.022: the maximal solution of the "
                   "printed (9) passes y = 5t − t²/2 (c's = 0) from below and peaks at 13.85 > 2a/α² = 10 (12.5 at "
                   "c's = 0).")
explain("shallow_sgd.lemma_3_3_signs", title="Lemma 3.3 is stated for arbitrary parameters and any solution; its "
        "proof needs a, c, c1, c2 >= 0 and y >= 0",
        explanation="The proof's contradiction uses that g(y) = (c1 y + c2 y²) e^{cy²} is increasing and y(t0) in "
                    "[0, 2a/α²]. For a solution that dips below 0 (allowed: (9) only bounds y' from above) g can "
                    "reach α/2 at a negative y, after which (9) allows y' far above a e^{−α²t/2}: the derivative "
                    "conclusion fails (the upper bound 2a/α² survives for a, c, c1, c2 >= 0: the maximal solution "
                    "bounds every solution by the comparison lemma, and crossing [0, 2a/α²] from below needs more "
                    "than ∫a e^{−α²s/2} ds allows). With a < 0 already y(0) = 0 > 2a/α². In its application "
                    "(Theorem 3.4) a = sqrt(L(0)) >= 0, c, c1, c2 >= 0 by (7), and y = L̄ >= 0 is non-decreasing, so "
                    "nothing downstream is affected; the lemma needs these hypotheses stated.",
        scaling="Not a numerical effect: any c2 > 0 admits such a solution (dip to −M with c2 M²/4 > α², then rise).",
        hand_check="a = α = 1, c = c1 = 0, c2 = 1/16: (10) = 4·2·(1/16) = 0.5 < 1. y = −20t on [0, 1], then slope 1 up to "
                   "−10 at t = 11, then constant. On the rise y <= −10 so f >= exp(t(−1 + 100/16)) >= e^{5.25} > 1 = y'; "
                   "elsewhere y' <= 0 < f: y solves (9). At t = 1+, y' = 1 > e^{−1/2} = 0.607: the derivative bound "
                   "fails by 1.65x, and by e^{5.5} = 245x at t = 11 (measured 244.7).")

register("shallow_sgd.proposition_3_2", ref="Proposition 3.2, eq. (9)",
         statement="L̄(t) = ∫_0^t sqrt(L(θ(s))) ds solves y(0) = 0, y'(t) <= a exp(αt(c1 y + c2 y²)) e^{cy²} − α²t "
                   "(a = sqrt(L(θ(0))), α = σmin(Hᵀ(θ(0))), c, c1, c2 of (7)), as printed",
         kind="deterministic", status="erratum", severity="typo", impact="none", root_cause="shallow_sgd.bracket_of_9",
         reason="Erratum (typo): as printed, (9)'s right side is −2.59 while sqrt(L) = 0.0138 at t = 3/α² on the "
                "near-initial flow (and −1.08 against 0.042 with ±1 labels). Impact none: Lemma 3.3's and Theorem "
                "3.4's proofs use the bracket the proof derives, which holds (shallow_sgd.proposition_3_2.proof_bracket).",
         reading=SELECTION)
register("shallow_sgd.proposition_3_2.proof_bracket", ref="Proposition 3.2, proof",
         statement="sqrt(L(θ(t))) = L̄'(t) <= a exp(−α²t + αt(c1 L̄(t) + c2 L̄(t)²) e^{cL̄(t)²}) along any solution of (3)",
         kind="deterministic", reading="(9) with the bracket its proof derives (root cause shallow_sgd.bracket_of_9). "
                                       + SELECTION)
register("shallow_sgd.proposition_3_2.steps", ref="Proposition 3.2, proof",
         statement="sqrt(L(t)) <= a exp(−tα² + 2α∫_0^t |α0(s) − α0(0)| ds) <= a exp(−tα² + 2α∫_0^t ||X||_op "
                   "||W(s) − W(0)||_F ds)", kind="deterministic", reading=SELECTION)
register("shallow_sgd.lemma_3_3", ref="Lemma 3.3, eqs. (9)-(10)",
         statement="α > 0 and 4(a c1/α³ + 2a² c2/α⁵) exp(4ca²/α⁴) < 1 ⇒ every solution of (9) on [0, T] is <= 2a/α² "
                   "and has y'(t) <= a e^{−α²t/2}",
         kind="deterministic", assumptions=LEMMA_3_3,
         reading="(9) with the proof's bracket (shallow_sgd.bracket_of_9); a, c, c1, c2 >= 0 (as (7)-(8) make them; "
                 "shallow_sgd.lemma_3_3_signs). Checked on the maximal solution y' = f(t, y) by solve_ivp (DOP853, "
                 "rtol 1e-9 and 1e-12, their difference x4 the tolerance; a terminal blow-up event) to T = 40/α², "
                 "which bounds every solution by the comparison lemma; the derivative bound, on the maximal "
                 "solution, as its exponent α g(y(t)) <= α²/2 (g = (c1y + c2y²)e^{cy²}), which also bounds y' of "
                 "every solution with 0 <= y <= the maximal one. Parameters drawn over the whole region (10), up "
                 "to its boundary, in the scale-free coordinates p = ac1/α³, q = a²c2/α⁵, r = ca²/α⁴.")
register("shallow_sgd.lemma_3_3.printed_eq_9", ref="Lemma 3.3, eq. (9)",
         statement="Lemma 3.3 for (9) as printed (y' <= a exp(αt(c1y + c2y²)) e^{cy²} − α²t)",
         kind="deterministic", assumptions=LEMMA_3_3, status="erratum", severity="typo", impact="none",
         root_cause="shallow_sgd.bracket_of_9",
         reason="Erratum (typo): with the printed bracket the maximal solution of (9) peaks at 13.85 > 2a/α² = 10 "
                "(a = 5, α = 1, c = c1 = c2 = 1e-4, (10) = 0.022). Impact none: the lemma's proof uses the proof's "
                "bracket, under which it holds (shallow_sgd.lemma_3_3).")
register("shallow_sgd.lemma_3_3.any_solution", ref="Lemma 3.3",
         statement="'any solution y: [0, T] -> R' of (9) has y'(t) <= a e^{−α²t/2} (parameters 'arbitrary')",
         kind="deterministic", assumptions=LEMMA_3_3 + ("shallow_sgd.lemma_3_3.solves_9",), status="erratum",
         severity="statement", impact="none", root_cause="shallow_sgd.lemma_3_3_signs",
         reason="Erratum (statement): a solution of (9) (the proof's bracket) that dips to −20 and rises at slope 1 "
                "breaks the derivative bound by 1.65x at t = 1+ and by e^{5.5} = 245x at t = 11 (a = α = 1, c = c1 = 0, "
                "c2 = 1/16, (10) = 0.5). Impact none: Theorem 3.4 applies the lemma to y = L̄ >= 0 with a, c, c1, c2 >= 0.")
register("shallow_sgd.eq_10_11", ref="Theorem 3.4, eqs. (10)-(11)",
         statement="F < 1/8 (11) implies (10): 8F − 4(ac1/α³ + 2a²c2/α⁵)exp(4ca²/α⁴) = 4(ac1/α³)exp(4ca²/α⁴) >= 0",
         kind="symbolic",
         reading="The proof of Theorem 3.4 applies Lemma 3.3 under (11); this is the implication it needs, with "
                 "equality at c1 = 0 (1/8 is the best constant of the implication).")
register("shallow_sgd.theorem_3_4", ref="Theorem 3.4, eqs. (12)-(13)",
         statement="α > 0 and F < 1/8 ⇒ every solution of (3) extends to R+, L(θ(t)) <= L(θ(0)) exp(−t α0(0)²) (12) "
                   "and ||θ(t) − θ(0)|| <= u ||θ(0)|| e^u, u = 4||X||_op sqrt(L(θ(0)))/α0(0)² (13)",
         kind="deterministic", assumptions=THEOREM_3_4, status="partial",
         reason="Partial: (12), (13) and the proof's L̄ <= 2a/α² and θ(t) in G = B(θ0, 2U(2a/α²)) hold along every "
                "integrated flow on [0, 3/α²] (the (12) rate loose by 2, (13) by >= 4.3); extension to R+ is seen "
                "only as a finite, bounded solution on that horizon.",
         reading=SELECTION + " Which selection the checked trajectory follows is recorded with (12)'s evidence (selection), "
                 "from the sign changes of XW over every step of the integrator's finer run (properties."
                 "selection_on_steps), not the records: on the planted near-initial instance the pre-activations "
                 "change sign at most once each (transversal crossings), where every Filippov solution, the minimum-norm one included, coincides with the "
                 "integrated one; L̄ = ∫√L is a state of the integrator and every tolerance is its step-doubling "
                 "estimate. " + THEOREM_REGIME,
         looseness="(12): on every reached instance the decay exponent log(L(0)/L(t))/t is >= 2.0 α0(0)² (the "
                   "tightness bound/measured is at most 0.4998, on the aligned N = 1 family as t -> 0): a rate "
                   "α0(0)² is loose by a factor 2, since Proposition 2.1 gives 2α0² and α0 moves little when "
                   "F < 1/8. (13): ||θ(t) − θ(0)|| stays below 0.23 u ||θ0|| e^u (loose by >= 4.3): the proof "
                   "bounds L̄ by 2a/α² (measured L̄ <= 0.47 of it) and e^{u/sqrt2} by e^u.")
register("shallow_sgd.minibatch_identity", ref="Theorem 5.6, proof",
         statement="E L^b(θ, A_b) = (b/N) L(θ) for A_b ~ Unif([N]^(b)) (and the same for the gradients)",
         kind="exact",
         reading="The expectation is computed exactly by enumerating all C(N, b) subsets; the gradient identity "
                 "uses the gate 1{XW > 0} on both sides (the identity holds selection by selection).")
register("shallow_sgd.theorem_5_6.step_window", ref="Theorem 5.6, proof",
         statement="k* = floor(1 + (N/(ηb)) T*) satisfies (N/b) T* <= η k* <= T = 1 + (N/b) T* for every η in (0, 1)",
         kind="exact", reading="Exact rational arithmetic over a grid of N, b, T*, η.")
register("shallow_sgd.figure_1", ref="Figure 1, eq. (9)",
         statement="solutions of (9) for a = c1 = c2 = c = 1, α in [2.042, 2.045] either remain bounded or explode, "
                   "as (10)'s quantity says; empirically below the bound 2a/α²",
         kind="experiment", status="partial",
         reason="Partial: read with a = c1 = c2 = c = 1, every maximal solution of (9) (proof's bracket) stays "
                "bounded on the caption's window, its supremum 0.574 of 2a/α², and (10)'s quantity is 0.869-0.875 < 1 "
                "there; the figure itself is not in the seed text, only its caption, and no solution explodes in the "
                "window. Explosion starts "
                "only below α ≈ 1.729 (bisection), against (10)'s threshold α ≈ 1.984: (10) is sufficient, not "
                "necessary.",
         reading="'fixed a, c1, c2, c = 1' read as all four equal to 1; (9) with the proof's bracket.")


# --- Section 4 ---------------------------------------------------------------------------------------------------


@assumption("shallow_sgd.assumption_4_1.law", ref="Assumption 4.1",
            description="items 1-4, their distributional parts, for a configuration (section4.Draw) whose every draw "
                        "has rows i.i.d. uniform on the sphere of radius sqrt(d0) and independent N(0, β²) weights by "
                        "construction (margin 1; the generator's law is tested by shallow_sgd.assumption_4_1); any "
                        "other case is not a random draw (margin -1)")
def _law(case) -> float:
    from theorems.shallow_sgd.section4 import Draw

    return 1.0 if isinstance(getattr(case, "draw", case), Draw) else -1.0


@assumption("shallow_sgd.assumption_4_1.d0_range", ref="Theorem 4.3",
            description="d0 in [N^δ0, N] for some δ0 in (0, 1): margin min(N − d0, d0 − 2) (d0 >= 2 gives δ0 > 0)")
def _d0_range(case) -> float:
    return float(min(case.N - case.d0, case.d0 - 2))


@assumption("shallow_sgd.theorem_5_1.scaling", ref="Theorem 5.1",
            description="β_v² = d1^{-ρ} with ρ > 0 and Corollary 4.5's width d1 >= max(N, C(δ0) [d2 N^2.5/(d0 β_w²)]"
                        "^{1/(1+ρ)} log² N), C(δ0) read as 1: margin min(ρ, d1/width − 1)")
def _theorem_5_1_scaling(case) -> float:
    from theorems.shallow_sgd.section4 import cor_width

    rho = round(-2 * math.log(case.beta_v) / math.log(case.d1), 12)
    return min(rho, case.d1 / cor_width(case.N, case.d0, rho, case.beta_w, case.d2) - 1)


DRAW = ("shallow_sgd.assumption_4_1.law",)
GENERATOR_READING = ("Assumption 4.1's deterministic parts are margins on an instance (||X_i.|| = sqrt(d0): "
                     "shallow_sgd.assumption_4_1.inputs; item 5's O(·) read with the constant 10: .labels). Its "
                     "distributional parts are properties of how X and θ0 are drawn, not of one draw: a Section 4 "
                     "configuration (section4.Draw) draws rows uniform on the sphere of radius sqrt(d0) (core.data."
                     "sphere; a uniform point of sqrt(d0) S^{d0-1} is sub-Gaussian with ||·||_ψ2 <= an absolute "
                     "constant, item 1), W0 then V0 from one Gaussian stream (items 2-4); the claim tests that law: "
                     "Kolmogorov-Smirnov of W0/β_w and V0/β_v against N(0, 1), of x_1²/d0 against Beta(1/2, "
                     "(d0 − 1)/2) (a coordinate of a uniform point of the sphere), Pearson's zero-correlation test of "
                     "paired W0, V0 entries (independence, item 4), each at the suite's false-alarm rate ALPHA.")
register("shallow_sgd.assumption_4_1", ref="Assumption 4.1",
         statement="X_i. i.i.d. sub-Gaussian with ||X_i.||_2 = sqrt(d0), ||X_i.||_ψ2 = O(1); (W0)_ij ~ N(0, β_w²), "
                   "(V0)_ij ~ N(0, β_v²), W0 and V0 independent; ||Y_i.||_2 = O(β_w β_v sqrt(d0 d1 d2))",
         kind="machinery", reading=GENERATOR_READING)
register("shallow_sgd.remark_4_2", ref="Remark 4.2",
         statement="under LeCun initialization ||Y_i.|| = O(sqrt(d2)), and ||Ŷ||_F is WHP of the order of ||Y||_F at "
                   "initialization", kind="probabilistic", assumptions=DRAW,
         reading="The first part is the identity β_w β_v sqrt(d0 d1 d2) = sqrt(d2) at β_w² = 1/d0, β_v² = 1/d1 "
                 "(checked exactly). The second as the exact second moment E||Ŷ0||²_F = ½ N d0 d1 d2 β_w² β_v² "
                 "(E φ(g)² = ½ Var g for g = <x, w> ~ N(0, d0 β_w²)), whose CLT interval at ALPHA over the seeds must "
                 "contain ½: ||Ŷ0||_F ≈ β_w β_v sqrt(N d0 d1 d2)/sqrt2, the order of ||Y||_F allowed by item 5.")
register("shallow_sgd.theorem_4_3", ref="Theorem 4.3",
         statement="under Assumption 4.1, d0 in [N^δ0, N], d1 >= max(N, C(δ0) d0^{-1} N Ψ(N) log² N): α0(0) >= "
                   "sqrt(c(δ0) d0 d1) β_w with probability >= 1 − exp(−Ψ(N)) − O(N²) exp(−Ω(N^{δ0/2}))",
         kind="rate", assumptions=DRAW + ("shallow_sgd.assumption_4_1.d0_range",), status="partial",
         reason="Partial: the d1-exponent of α0(0)² is >= 1 on every example (its CI's upper end at ALPHA); c(δ0) is "
                "not given, so its magnitude is only reported (min α0(0)²/(d0 d1 β_w²) = 0.026 at N = d0 = 16, "
                "d1 = 64..512, 8 seeds), and the probability is not checked beyond every seed of the batch.",
         reading="c(δ0), C(δ0), Ψ are not given: checked as a rate over a ladder of widths d1 >= 4N (C(δ0) Ψ read "
                 "as 4N d0/(N log² N)), seeds batched (LeCun β_w); the measured c(δ0) = min over widths and seeds "
                 "of α0(0)²/(d0 d1 β_w²) rides in the exponent's evidence.")
register("shallow_sgd.lemma_4_4.norms", ref="Lemma 4.4",
         statement="||W0||_F = Θ(sqrt(d0 d1) β_w) and ||V0||_F = Θ(sqrt(d1 d2) β_v) with probability 1 − 2exp(−Ω(d0 "
                   "d1)) − 2exp(−Ω(d1 d2))", kind="rate", assumptions=DRAW,
         reading="Θ(·) as a rate: the fitted exponent of ||W0||_F/β_w against d0 d1 (of ||V0||_F/β_v against d1 d2) "
                 "has a CI (ALPHA) containing 1/2; the band of the ratios is reported.")
register("shallow_sgd.lemma_4_4.op_norm", ref="Lemma 4.4",
         statement="||X||_op = O(sqrt(max{N, d0})) with probability 1 − exp(−Ω(max{N, d0}))", kind="rate",
         assumptions=DRAW,
         reading="O(·) as a rate: the fitted exponent of ||X||_op against max(N, d0) is <= 1/2 (the CI's lower "
                 "end) and the measured constant K = max ||X||_op/sqrt(max(N, d0)) is reported (>= 1 exactly).")
register("shallow_sgd.lemma_4_4.loss", ref="Lemma 4.4",
         statement="L(θ0) = O(||Y||²_F + β_v² d2 ||W0||²_F ||X||²_op log N) with probability 1 − exp(−Ω(d2 log N))",
         kind="rate", assumptions=DRAW,
         reading="O(·) as a rate in N (d0 = ceil(sqrt N), LeCun): the ratio's fitted N-exponent is <= 0 (CI's lower "
                 "end) and its maximum is reported against 1.",
         looseness="The ratio L(θ0)/(||Y||² + β_v² d2 ||W0||² ||X||² log N) stays <= 0.25 on the grid (N = 8..64, "
                   "loose by >= 4) and decays (fitted N-exponent −0.27): E L(θ0) = ½||Y||² + ¼ N d0 d1 d2 β_w² β_v² "
                   "while β_v² d2 ||W0||² ||X||² >= N d0 d1 d2 β_w² β_v²: the log N is not needed for the mean (it "
                   "buys the tail probability).")

explain("shallow_sgd.cor_4_5_first_term", title="Corollary 4.5's width makes F's second term small, not its first",
        explanation="F = (ac1/α³ + a²c2/α⁵) e^{4ca²/α⁴}. Under Assumption 4.1 (Lemma 4.4, Theorem 4.3, Remark 4.2) "
                    "a ≍ sqrt(N d0 d1 d2) β_w β_v, c1 = 2sqrt2 ||X||²_op ||V0||_F ≍ N sqrt(d1 d2) β_v (||X||²_op >= N "
                    "exactly), c2 ≍ N^{3/2} sqrt(d0 d1) β_w, α ≍ sqrt(d0 d1) β_w (α0² <= tr(HHᵀ)/N exactly), so "
                    "a²c2/α⁵ ≍ N^{5/2} d2 β_v²/(d0 β_w² d1) and ac1/α³ ≍ N^{3/2} d2 β_v²/(d0 β_w² d1^{1/2}). With "
                    "β_v² = d1^{-ρ} the corollary's width d1 ~ [d2 N^{5/2}/(d0 β_w²)]^{1/(1+ρ)} is what the second "
                    "term needs; the first needs d1^{1/2+ρ} >> N^{3/2} d2/(d0 β_w²). Under LeCun (d0 β_w² = 1), along "
                    "the corollary's width the first term grows like N^{(1/4 − ρ)/(1+ρ)}/(log N)^{1+2ρ}: F -> ∞ for "
                    "every ρ < 1/4 and any C(δ0), so Theorem 3.4's F < 1/8 fails WHP and the proof ('it suffices to "
                    "verify F = o(1)') breaks; the convergence may still hold. The headline N^1.25 (LeCun, ρ = 1) is "
                    "unaffected (the first term needs d1 >> N d2^{2/3} there, less than sqrt(d2) N^1.25 unless "
                    "d2 > N^{3/2}). A sufficient width is max(N, [d2 N^{5/2}/(d0β_w²)]^{1/(1+ρ)}, [d2 N^{3/2}/"
                    "(d0β_w²)]^{1/(1/2+ρ)}) up to logs.",
        scaling="Grows with N for ρ < 1/4 (LeCun): N^{1/4}/log N at ρ = 0, N^{1/9}/(log N)^{5/4} at ρ = 1/8; vanishes for "
                "ρ >= 1/4. Measured: the d1-exponent of ac1/α³ at fixed N is −(1/2 + ρ) (N = 16: −0.519 [−0.637, "
                "−0.401] at ρ = 0), against the −(1 + ρ) that the threshold exponent 1/(1 + ρ) presumes.",
        hand_check="ρ = 0, LeCun (β_w² = 1/d0), β_v = 1, d2 = 1, d0 = N, Y_ij = ±1, d1 = C N^{5/2} log² N: "
                   "||Ŷ0||² ≈ ½ N d1, so a ≈ ½ sqrt(N d1); ||X||²_op ≈ (sqrt N + sqrt d0)² = 4N, ||V0||_F ≈ sqrt(d1), "
                   "c1 ≈ 2sqrt2 · 4N · sqrt(d1); α² ≈ 0.07 d1 (measured median 0.057-0.083 d1 at d0 = N = 4..32). T1 = "
                   "ac1/α³ ≈ ½ sqrt(N d1) · 8sqrt2 N sqrt(d1)/(0.07 d1)^{3/2} ≈ 305 N^{3/2}/sqrt(d1) = 305 N^{1/4}/"
                   "(sqrt(C) log N) -> ∞ (slowly: it exceeds any level "
                   "once N^{1/4}/log N does). Measured at N = 16, d1 = 512..8192: T1 fits d1^{−0.519}, T2 d1^{−1.02}.")
register("shallow_sgd.corollary_4_5.exponent", ref="Corollary 4.5",
         statement="(the scaling that Corollary 4.5's proof needs) F's terms at initialization: T1 = ac1/α³ ≍ "
                   "d1^{−(1/2+ρ)}, T2 = a²c2/α⁵ ≍ d1^{−(1+ρ)} for β_v² = d1^{−ρ} (derived by hand from Lemma 4.4, "
                   "Theorem 4.3 and Remark 4.2)", kind="rate", assumptions=DRAW,
         reading="Fitted d1-exponents (N = 16, d1 = 512..8192, 8 seeds batched, each seed's X fixed across widths "
                 "and its values normalized by their geometric mean) with CIs at ALPHA, both ends against the derived "
                 "exponent; at 8 seeds and 5 widths T1's CI excludes T2's −(1+ρ) and T2's excludes T1's −(1/2+ρ) "
                 "(ρ = 0: T1 −0.519 [−0.637, −0.401], T2 −1.021 [−1.249, −0.793]). ρ enters only as the factor "
                 "β_v² = d1^{−ρ} of both terms (a and c1 scale with β_v, the 'signs' labels too), so the fit at ρ is "
                 "the fit at 0 shifted by −ρ: the test runs at ρ = 0, one draw per seed. The F-versus-d1 exponent is T1's (F = (T1 + T2) e^{T3}, T3 -> 0); the corollary's "
                 "threshold [d2 N^2.5/(d0β_w²)]^{1/(1+ρ)} presumes −(1+ρ) for all of F: the 'stated' plant.")
register("shallow_sgd.corollary_4_5.width", ref="Corollary 4.5",
         statement="(the proof sketch) for every ρ >= 0, F(θ(0), X, Y) = o(1) WHP once d1 >= max(N, C(δ0) [d2 N^2.5/"
                   "(d0 β_w²)]^{1/(1+ρ)} log² N)", kind="rate", status="erratum", severity="proof", impact="results",
         root_cause="shallow_sgd.cor_4_5_first_term",
         reason="Erratum (proof): for ρ < 1/4 (LeCun β_w) F's first term ac1/α³ grows along the corollary's width, "
                "as N^{1/4}/log N at ρ = 0 (sympy limit ∞; its measured d1-exponent is −0.519 [−0.637, −0.401] at "
                "N = 16 against the −1 the width presumes). Impact: the proofs of Corollary 4.5 for ρ < 1/4 and of "
                "Theorem 5.1 for ρ in (0, 1/4) (shallow_sgd.theorem_5_1.q_event) break; the headline N^1.25 (ρ = 1) "
                "does not.",
         reading="The order of T1 = ac1/α³ (a lower bound on F) along the width, N -> ∞, by sympy, with the orders "
                 "of shallow_sgd.corollary_4_5.exponent; the claim needs the limit 0. The full proof (Appendix E) is "
                 "not in the seed text: this is the proof sketch's step, with F as Theorem 3.4 defines it.")
register("shallow_sgd.corollary_4_5", ref="Corollary 4.5",
         statement="under Assumption 4.1, β_v² = d1^{-ρ}, d0 in [N^δ0, N] and the width condition, every solution of "
                   "(3) extends to R+ and L(θ(t)) <= L(θ(0)) exp(−t c(δ0) d0 d1 β_w²) WHP",
         kind="deterministic", assumptions=DRAW, status="partial",
         reason="Partial: what holds here is Theorem 3.4's (12) on Theorem 4.3's event, not the corollary's own "
                "step: the draws (sphere inputs, Gaussian θ0, β_v² = d1^{-ρ}) are filtered to α0(0)² >= 0.05 d0 d1 "
                "β_w² (c(δ0) read as 0.05) and their labels engineered to F < 1/8, so the rate c(δ0) d0 d1 β_w² "
                "follows from (12)'s α0(0)². That the width gives F < 1/8 WHP is shallow_sgd.corollary_4_5.width "
                "(an erratum for ρ < 1/4) and .exponent; the probability and the extension to R+ are not checked. With "
                "natural ±1 labels (N = d0 = 4, d1 = 4096, ρ = 1, LeCun, seeds 0-3) F = 0.0078 and 0.0092 on the two "
                "draws inside Theorem 4.3's event and the rate held on both (log(L(0)/L(t)) 7.3 and 10.4 against "
                "1.5 and 1.0 at t = 3/α²), at 48-53 s a flow: not in the ci test.",
         reading=SELECTION,
         looseness="The decay exponent log(L(0)/L(t)) stays >= 5x the bound's c d0 d1 β_w² t on the reached draws: "
                   "c(δ0) = 0.05 is a floor (α0(0)²/(d0 d1 β_w²) has median 0.057-0.083 at d0 = N = 4..32, d1 = 256 "
                   "and 1024, 16 seeds) and the flow's rate is >= 2α0(0)² (Proposition 2.1).")

# --- Section 5 ---------------------------------------------------------------------------------------------------

explain("shallow_sgd.time_change_Nb", title="The time change in the proof of Theorem 5.6 is printed θ(tNb); it is "
        "θ(tN/b)",
        explanation="E L^b(·, A_b) = (b/N) L, so a solution of θ' ∈ −∂E L^b = −(b/N)∂L gives ψ(s) = θ(sN/b) with "
                    "ψ'(s) = (N/b)θ'(sN/b) ∈ −∂L(ψ(s)): ψ solves (18). θ(tNb) solves θ' ∈ −b²∂L instead. The next "
                    "sentences use N/b (L ≤ ε/2 for t ≥ (N/b)T*, and k* = 1 + (N/(ηb))T*): the slip has no effect "
                    "on Theorem 5.6.",
        scaling="Exact whenever b ≠ 1 (N b = N/b iff b = 1); independent of sizes.",
        hand_check="N = 4, b = 2: θ(tNb) = θ(8t) against the right θ(2t); integrated (RK4, 64 steps, the mean-field "
                   "flow on [0, 8T] against (18)'s on [0, T]): the rescaled run matches (18) to rounding (gap 0), the "
                   "printed one is off by ||Δθ|| = 3.9 at t = T/4 on the pinned instance.")
explain("shallow_sgd.eq_15_d2", title="(15) drops the d2 of Q's loss bound, and with it Theorem 5.1's conclusion "
        "fails once d2 >> log N",
        explanation="The proof of Theorem 5.1 applies Theorem 5.6 with γ = inf_Q α0² >= c(δ0) d0 d1 β_w² and sup_Q L "
                    "<= C d0 d1 d2 β_w² β_v² N log N (the definition of Q), giving log(2C N log N d0 d1 d2 β_w² β_v²/ε) "
                    "in k*. (15) prints log(C N log N d0 d1 β_w² β_v²/ε): d2 is gone, and C is 'some absolute "
                    "constant', so it cannot absorb it. The printed statement is then false, not only unproven: at "
                    "ε = C N log N d0 d1 β_w² β_v² the log is 0 and (15) gives k* <= 1, so the theorem asserts L(θ0) < ε "
                    "or L(θ1) < ε for a.e. small η. But E L(θ0) = ½||Y||²_F + ¼ N d0 d1 d2 β_w² β_v² (Remark 4.2's "
                    "second moment), concentrated over N d2 entries, and L(θ1) -> L(θ0) as η -> 0 (θ1 = θ0 − η∇L^b): "
                    "with ±1 labels under LeCun L(θ0) ≈ ¾ N d2 against ε = C N log N, false once d2 > (4/3) C log N, "
                    "whatever the width (L(θ0) does not depend on d1 under LeCun) and with probability -> 1 while the "
                    "theorem's tends to 1. With d2 restored in the log (the proof's k*) the counterexample is gone.",
        scaling="The ratio L(θ0)/ε ≈ 3d2/(4C log N) (±1 labels, LeCun; d2/(4C log N) for Y = 0): grows with d2, falls "
                "with N only logarithmically; no absolute C absorbs it.",
        hand_check="N = 8, d0 = 4, d2 = 64, ρ = 1, LeCun, C = 1, Corollary 4.5's width with C(δ0) = 1 (d1 = 466), ±1 "
                   "labels: ε = 8 log 8 = 16.64; E L(θ0) ≈ ¾ · 8 · 64 = 384, measured 368.6 (Y = 0 would give ¼ · 512 "
                   "= 128); ||Ŷ(θ1) − Ŷ(θ0)||_F <= r(||X||_op(||V0||_F + r) + ||H0||_op) at r = η||∇L||, so L(θ1) >= "
                   "135.5 > ε for every η <= 2.9e-4. The formulas alone: N = 100, b = 1, η = 1/1000, C_Q = 1 (C = 2), "
                   "d0 = 10, d1 = 100, c = 1/10, ε = 1/100, d2 = 4: (15) = 114307 < the proof's 128170 (sympy).")
explain("shallow_sgd.probability_factor_2", title="Theorem 5.1's proof gives 1 − 2P(θ0 ∉ Q(X)); the statement prints "
        "1 − P(θ0 ∉ Q(X))'s bound",
        explanation="The proof ends 'at least 1 − 2P(θ0 ∉ Q(X))' (from (1 − δ)² >= 1 − 2δ), with P(θ0 ∉ Q(X)) <= A + B + "
                    "D, A = exp(−(d0/N)[N^2.5/(d0β_w²)]^{1/(ρ+1)}) explicit, B = O(N²)exp(−Ω(N^{δ0/2})), D = "
                    "exp(−Ω(d2 log N)). The statement prints 1 − A − B − D. 2B and 2D are absorbed by their O and Ω as "
                    "N -> ∞, and so is 2A wherever A = o(B + D) (under LeCun A = exp(−d0 N^{1/4}) is). But β_w > 0 is "
                    "free: at β_w² = N^{1.5}/(8 log² 2) (ρ = 1, d0 = N/8) A = 1/2 exactly, the proof gives 1 − 1 − o(1) "
                    "and the statement claims 1/2 − o(1). The statement may still hold; its proof does not reach it.",
        scaling="Does not vanish with N where A stays bounded away from 0; vanishes wherever A = o(B + D), e.g. under "
                "LeCun.",
        hand_check="ρ = 1, d0 = N/8, β_w² = N^{3/2}/(8 log² 2): (d0/N)[N^2.5/(d0β_w²)]^{1/2} = (1/8) sqrt(8 N^{1.5} · 8 "
                   "log² 2/N^{1.5}) = log 2, A = 1/2 (sympy); limits 1 − 2A = 0 < 1 − A = 1/2.")
register("shallow_sgd.theorem_5_6.time_change", ref="Theorem 5.6, proof",
         statement="E L^b(·, A_b) = (b/N) L, whence if θ solves θ' ∈ −∂E L^b(θ, A_b), then t ↦ θ(tN/b) solves (18)",
         kind="exact",
         reading="The printed θ(tNb) read as θ(tN/b) (shallow_sgd.time_change_Nb). Checked on the flow with the gate "
                 "1{XW > 0}: the mean-field flow integrated on [0, (N/b)T] against (18)'s on [0, T], each with the "
                 "same number of RK4 steps, agree to rounding (RK4 commutes with rescaling time).")
register("shallow_sgd.theorem_5_6.time_change_printed", ref="Theorem 5.6, proof",
         statement="if θ solves θ' ∈ −∂E L^b(θ, A_b), then θ(tNb) solves (18)", kind="exact", status="erratum",
         severity="typo", impact="none", root_cause="shallow_sgd.time_change_Nb",
         reason="Erratum (typo): θ(tNb) is off (18)'s flow by 3.9 at N = 4, b = 2 (it holds only for b = 1). Impact "
                "none: the proof's next steps use N/b (shallow_sgd.theorem_5_6.time_change).")
register("shallow_sgd.theorem_5_6", ref="Theorem 5.6",
         statement="if every solution of (18) from Q stays in G and has L(θ(t)) <= L(θ(0)) e^{−γt}, then for a.e. "
                   "small η, P(L(θ_k*) < ε | θ0 in Q) >= 1 − δ for some k* <= floor(1 + (N/(ηb)) max(0, "
                   "γ^{-1} log(2ε^{-1} sup_Q L)))", kind="probabilistic", status="partial",
         assumptions=("shallow_sgd.alpha_positive", "shallow_sgd.eq_11"),
         reason="Partial: SGD reached ε by 0.15 k* on every instance (loose by >= 6), at one η; 'there exists η0' "
                "cannot be refuted at one η: checked at η = 0.25/λ (λ the flow's stiffness bound at "
                "θ0) on instances meeting Theorem 3.4's hypotheses (γ = α0(0)², its (12)), with Q read as {θ0}: every "
                "sampler seed's SGD (the paper's L^b, a sum over uniform b-subsets) has min_{k <= k*} L(θ_k) < ε.",
         reading="Q = {θ0} (so sup_Q L = L(θ0)); γ = α0(0)² of Theorem 3.4's (12); ε = 0.1 L(θ0).",
         looseness="SGD reaches ε by 0.15 k* on every reached instance (loose by >= 6): the flow decays at >= 2α0² "
                   "(Proposition 2.1) rather than γ = α0², and log(2L/ε) counts a factor 2 the interpolation error "
                   "did not need at small η; a γ doubled still holds.")
register("shallow_sgd.theorem_5_5", ref="Theorem 5.5",
         statement="(Bianchi et al.) for f satisfying 1-4, the piecewise-interpolated SGD process tends to a solution "
                   "of θ' ∈ −∂E f(θ, ξ) uniformly on [0, T] in probability as η -> 0 (η off a null set)",
         kind="rate", status="partial",
         reason="Partial: sup_t ||θ̄^η − θ|| decreases as η -> 0 on every instance (η-exponents 0.5 for b < N, 1.09 "
                "for b = N); an external theorem, its conditions 1-4 for f = L^b (local Lipschitz constants, C² off the kinks) "
                "are not checked. Its conclusion is checked on the shallow net: sup over [0, T] of ||θ̄^η − θ|| "
                "(θ from θ0 by RK4 on θ' = −(b/N)∇L, gate 1{XW > 0}) decreases as η -> 0 (fitted η-exponent > 0 "
                "with its CI, seeds batched).",
         looseness="No rate is stated; measured η-exponents 0.5 (b < N, the sampling noise) and 1.09 (b = N, the "
                   "Euler error): any positive exponent is the claim.")
register("shallow_sgd.theorem_5_1.eq_15", ref="Theorem 5.1, eq. (15)",
         statement="under Theorem 5.1's hypotheses, for a.e. small η, L(θ_k*) < ε for some k* <= floor(1 + N/(ηb) "
                   "max(0, log(C N log(N) d0 d1 β_w² β_v²/ε)/(c(δ0) d0 d1 β_w²))), C some absolute constant, WHP",
         kind="probabilistic", assumptions=DRAW + ("shallow_sgd.assumption_4_1.d0_range", "shallow_sgd.theorem_5_1.scaling"),
         status="erratum", severity="statement", impact="results", root_cause="shallow_sgd.eq_15_d2",
         reason="Erratum (statement): at ε = C N log N d0 d1 β_w² β_v², where (15) gives k* <= 1, L(θ0) = 368.6 and "
                "L(θ1) >= 135.5 for every η <= 2.9e-4 exceed ε = 16.6 (N = 8, d2 = 64, C = 1, Corollary 4.5's width, "
                "LeCun, ±1 labels); (15) lacks the d2 of Q's loss bound. Impact: Theorem 5.1's (15) fails whenever "
                "d2 > (4/3) C log N; Remark 5.2's log(1/ε) form and the widths of Remark 5.4 and Theorem 1.2 are "
                "unaffected.",
         reading="b = N (full-batch, allowed by b in [N]); C(δ0) of the width read as 1 (L(θ0) does not depend on d1 "
                 "under LeCun, so any C(δ0) fails alike); the draw's 'signs' labels are ±β_wβ_v sqrt(d0 d1), "
                 "||Y_i.|| = β_wβ_v sqrt(d0 d1 d2) (Assumption 4.1.5 with constant 1). L(θ1) for every small η by a "
                 "certified bound: ||Ŷ(θ1) − Ŷ(θ0)||_F <= r(||X||_op(||V0||_F + r) + ||H0||_op), r = η||∇L(θ0)||.")
register("shallow_sgd.theorem_5_1.q_event", ref="Theorem 5.1, proof",
         statement="(the proof's Q(X)) P(θ0 in Q(X)) >= 1 − exp(−(d0/N)[N^2.5/(d0β_w²)]^{1/(ρ+1)}) − ..., in virtue of "
                   "Theorem 4.3 and Lemma 4.4 'cf. Proof of Corollary 4.5': F(θ0) < 1/8 WHP at Corollary 4.5's width "
                   "for every ρ > 0", kind="rate", status="erratum", severity="proof", impact="results",
         root_cause="shallow_sgd.cor_4_5_first_term",
         reason="Erratum (proof): for ρ in (0, 1/4) (LeCun β_w) F's first term ac1/α³ grows along the width, as "
                "N^{1/9}/(log N)^{5/4} at ρ = 1/8 (sympy limit ∞), so Q's condition F < 1/8 fails WHP. Impact: the "
                "proof of Theorem 5.1 for ρ in (0, 1/4); ρ >= 1/4, the LeCun ρ = 1 included, is unaffected.",
         reading="As shallow_sgd.corollary_4_5.width (Q's F < 1/8 is the corollary's step), restricted to Theorem "
                 "5.1's ρ > 0.")
register("shallow_sgd.theorem_5_1.proof_probability", ref="Theorem 5.1, proof",
         statement="the proof's conclusion, P >= 1 − 2P(θ0 ∉ Q(X)), gives the statement's probability 1 − exp(−(d0/N)"
                   "[N^2.5/(d0β_w²)]^{1/(ρ+1)}) − O(N²)exp(−Ω(N^{δ0/2})) − exp(−Ω(d2 log N))", kind="symbolic",
         status="erratum", severity="proof", impact="results", root_cause="shallow_sgd.probability_factor_2",
         reason="Erratum (proof): at ρ = 1, d0 = N/8, β_w² = N^{1.5}/(8 log² 2) the explicit term is 1/2 and the proof's "
                "bound tends to 0 against the statement's 1/2 (sympy). Impact: Theorem 5.1's probability needs "
                "2exp(−(d0/N)[...]) where that term is not o(the others); its WHP reading, and Theorem 1.2's, are "
                "unaffected (2A -> 0 iff A -> 0).",
         reading="The O(·) and Ω(·) terms are taken to their limit 0 as N -> ∞ (they tend to 0 for d0 = N/8 >= N^δ0 and "
                 "any d2); the explicit term has no hidden constant.")
register("shallow_sgd.theorem_5_1", ref="Theorem 5.1",
         statement="under Assumption 4.1 with β_v² = d1^{-ρ}, ρ > 0, and Corollary 4.5's width: for a.e. small η, "
                   "L(θ_k*) < ε for some k* bounded as in (15), WHP", kind="probabilistic", status="partial",
         assumptions=DRAW,
         reason="Partial: SGD reached ε by k* on every random draw (sphere inputs, Gaussian θ0, β_v² = d1^{-ρ}, "
                "labels near the initial output so that F < 1/8 at CPU widths; loose by >= 6) at one η, with (15) "
                "read with d2 restored (shallow_sgd.eq_15_d2: as printed it fails, shallow_sgd.theorem_5_1.eq_15) and "
                "C, c(δ0) read on the draw (Q = {θ0}), i.e. Theorem 5.6's k* with γ = α0(0)²; the width condition, "
                "C, c(δ0) and the probability are not checked.",
         reading="Q = {θ0}; γ = α0(0)²; ε = 0.1 L(θ0); η = 0.25/λ.",
         looseness="As shallow_sgd.theorem_5_6 (loose by >= 6).")
register("shallow_sgd.theorem_5_1.probability", ref="Theorem 5.1",
         statement="Theorem 5.1's failure probability exp(−(d0/N)[N^2.5/(d0β_w²)]^{1/(ρ+1)}) + ... is >= Corollary "
                   "4.5's exp(−(d0/N)[d2 N^2.5/(d0β_w²)]^{1/(ρ+1)}) + ... (its 'd0, d1, d2 as in Corollary 4.5' "
                   "bound follows from Corollary 4.5's)", kind="symbolic",
         reading="The d2 missing from Theorem 5.1's probability only weakens it (d2 >= 1): checked exactly; no "
                 "erratum. Its proof's P(θ0 in Q(X)) is printed without d2 as well.")
register("shallow_sgd.remark_5_2", ref="Remark 5.2",
         statement="k* of Theorem 5.1 depends on ε via log(1/ε): SGD converges at a linear rate", kind="symbolic",
         status="partial",
         reason="Partial: (15)'s bracket is affine in log(1/ε) with slope N/(ηb c(δ0) d0 d1 β_w²) (sympy), which "
                "restates (15)'s form; SGD's linear rate itself is checked only through Theorem 5.6's k* at one ε "
                "(shallow_sgd.theorem_5_6), and (15) as printed fails when d2 >> log N (shallow_sgd.theorem_5_1.eq_15).",
         reading="(15)'s bracket before the floor is affine in u = log(1/ε) (second derivative 0) with slope "
                 "N/(ηb c(δ0) d0 d1 β_w²) (sympy).")
register("shallow_sgd.remark_5_3", ref="Remark 5.3",
         statement="||X_{:,i}|| = 1 and β_w = 1 (Oymak & Soltanolkotabi) corresponds exactly to ||X_{:,i}|| = sqrt(d0) "
                   "and β_w = 1/sqrt(d0)", kind="exact",
         reading="X_{:,i} with i in [N] read as the rows X_i. (Section 2's A_{·i} is a column; the remark means the "
                 "samples). Checked as X'W' = XW for X' = X/sqrt(d0), W' = sqrt(d0)W (Ŷ and L equal to rounding), "
                 "W' having N(0, d0 β_w²) entries: β_w = 1/sqrt(d0) ↔ 1.")
register("shallow_sgd.remark_5_4", ref="Remark 5.4",
         statement="under LeCun (β_w² = 1/d0, β_v² = 1/d1) Theorem 5.1 gives d1 = Ω̃(N^1.25), which improves on "
                   "N^4/d0³ for δ0 <= 2.75/3 ≈ .92", kind="symbolic",
         reading="'Corollary 5.1' read as Theorem 5.1 (there is no Corollary 5.1). The width [d2 N^2.5/(d0 β_w²)]^"
                 "{1/(1+ρ)} at ρ = 1, LeCun, is sqrt(d2) N^1.25 exactly; N^1.25 = N^4/d0³ at δ0 = 2.75/3 (sympy). "
                 "'For any d2': F's first term needs d1 >> N d2^{2/3} as well (shallow_sgd.cor_4_5_first_term), "
                 "binding only for d2 > N^{3/2}. Appendix G's N^5/d0^4 is not in the text.")

register("shallow_sgd.theorem_1_1", ref="Theorem 1.1",
         statement="(informal Corollary 4.5) for d1 = Ω̃(N^1.25), any solution of the DI from θ0 satisfies "
                   "L(θ(t)) <= L(θ(0)) exp(−c t d1) for all t >= 0 WHP", kind="symbolic",
         reading="Checked as its consistency with Corollary 4.5 under LeCun (ρ = 1, β_w² = 1/d0, β_v² = 1/d1, the "
                 "initialization of Remark 5.4, the only one under which N^1.25 follows): the N-exponent of the "
                 "corollary's width is 5/4 (d2 and δ0 fixed, as Ω̃ and 'informal' allow) and its rate "
                 "c d0 d1 β_w² t is c t d1 (sympy). The conclusion itself is Corollary 4.5's (shallow_sgd.corollary_4_5); "
                 "at ρ = 1 the corollary's proof erratum (ρ < 1/4) does not apply.")
register("shallow_sgd.theorem_1_2", ref="Theorem 1.2",
         statement="(informal Theorem 5.1) for d1 = Ω̃(N^1.25), any error ε > 0 and any mini-batch size, mini-batch "
                   "SGD with small enough step size reaches loss below ε at a linear rate WHP", kind="symbolic",
         reading="Checked as its consistency with Theorem 5.1 under LeCun: the N-exponent of Theorem 5.1's width "
                 "[N^2.5/(d0 β_w²)]^{1/(1+ρ)} at ρ = 1 is 5/4 (sympy); 'linear rate' is Remark 5.2 "
                 "(shallow_sgd.remark_5_2), the conclusion Theorem 5.1's (shallow_sgd.theorem_5_1).")
register("shallow_sgd.theorem_1_3", ref="Theorem 1.3",
         statement="(informal Theorem 5.6) if every solution of the DI from a compact Q stays in a compact G and decays "
                   "as e^{−γt}, SGD from Q with small enough step reaches loss below ε at a linear rate WHP",
         kind="probabilistic", status="partial", assumptions=("shallow_sgd.alpha_positive", "shallow_sgd.eq_11"),
         reason="Partial: SGD reached ε by k* on the one instance (loose by >= 6); qualitative (no constant, no rate "
                "beyond Theorem 5.6's k*), checked as Theorem 5.6 on one instance "
                "meeting Theorem 3.4's hypotheses (Q = {θ0}, b = 2 of N = 4, 4 sampler seeds); the generated search "
                "is shallow_sgd.theorem_5_6's.",
         looseness="As shallow_sgd.theorem_5_6 (loose by >= 6).")

# --- Section 6 ---------------------------------------------------------------------------------------------------

register("shallow_sgd.section_6", ref="Section 6",
         statement="(6.1-6.2) N = 200 inputs on the unit sphere, ±1 labels; (W, V) training (W ~ N(0,1), V ~ N(0, 1/d1), "
                   "lr 0.002) and W-only training (V = ±1/sqrt(d1) fixed, lr 0.15), full-batch SGD with momentum 0.9: "
                   "no difference in convergence probability between setups (criterion ||ŷ − y||/||y|| < 2.5e-3); at "
                   "convergence a positive number of numerical zeros (|XW| < 1e-8) of the pre-activations, an order "
                   "of magnitude more with W-only training", kind="experiment", status="partial",
         reason="Partial: on the reduced grid (N = 40, d0 in {5, 20}, d1 in {10, 40, 160}, 4 runs, 2000 iterations) "
                "W-only training converged on 0.50 of the runs against 0.17 for (W, V), where the paper reports no "
                "difference (at 50k iterations; (W, V)'s lr 0.002 leaves 5 of its 6 cells unconverged at 2000), and "
                "ended with 21.4 numerical zeros against 0.71 (the paper's order of magnitude). The test checks only "
                "that training runs (every cell's median error decreases); Figures 2 and 3 are not in the seed text, "
                "and the paper's grid (--full: N = 200, 10 runs, 50k iterations) is not run by the tests.",
         reading="The loss of the PyTorch setup read as nn.MSELoss (the mean); 'd0, d1 grid 2 spaced' read as powers "
                 "of 2; float64 (the paper's float32 would count more |XW| < 1e-8).")

from theorems.shallow_sgd import pins  # noqa: E402,F401  (pins the errata registered above)
