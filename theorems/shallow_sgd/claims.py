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
                  "labels give F >> 1/8 at these widths (uninformative there).")

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
         reason="The bound is checked along integrated flows (as log(L(0)/L(t)) >= 2∫α0², ∫α0² a state of the "
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
         kind="deterministic", status="erratum", severity="typo", root_cause="shallow_sgd.bracket_of_9",
         reason="As printed the right side turns negative while sqrt(L) > 0; pinned on two flows (near-initial and "
                "±1 labels). The proof's bracket is checked as shallow_sgd.proposition_3_2.proof_bracket.",
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
         kind="deterministic", assumptions=LEMMA_3_3, status="erratum", severity="typo",
         root_cause="shallow_sgd.bracket_of_9",
         reason="With the printed bracket the maximal solution exceeds 2a/α² when a > 4 and c, c1, c2 are small "
                "(where (10) holds easily); pinned at a = 5, α = 1, c = c1 = c2 = 1e-4.")
register("shallow_sgd.lemma_3_3.any_solution", ref="Lemma 3.3",
         statement="'any solution y: [0, T] -> R' of (9) has y'(t) <= a e^{−α²t/2} (parameters 'arbitrary')",
         kind="deterministic", assumptions=LEMMA_3_3 + ("shallow_sgd.lemma_3_3.solves_9",), status="erratum",
         severity="statement", root_cause="shallow_sgd.lemma_3_3_signs",
         reason="A solution of (9) (the proof's bracket) that dips to −20 and rises at slope 1 breaks the derivative "
                "bound by 1.65x at t = 1+ and by e^{5.5} = 245x at t = 11, with a = α = 1, c = c1 = 0, c2 = 1/16 ((10) = 0.5). No effect on Theorem 3.4, where "
                "y = L̄ >= 0.")
register("shallow_sgd.eq_10_11", ref="Theorem 3.4, eqs. (10)-(11)",
         statement="F < 1/8 (11) implies (10): 8F − 4(ac1/α³ + 2a²c2/α⁵)exp(4ca²/α⁴) = 4(ac1/α³)exp(4ca²/α⁴) >= 0",
         kind="symbolic",
         reading="The proof of Theorem 3.4 applies Lemma 3.3 under (11); this is the implication it needs, with "
                 "equality at c1 = 0 (1/8 is the best constant of the implication).")
register("shallow_sgd.theorem_3_4", ref="Theorem 3.4, eqs. (12)-(13)",
         statement="α > 0 and F < 1/8 ⇒ every solution of (3) extends to R+, L(θ(t)) <= L(θ(0)) exp(−t α0(0)²) (12) "
                   "and ||θ(t) − θ(0)|| <= u ||θ(0)|| e^u, u = 4||X||_op sqrt(L(θ(0)))/α0(0)² (13)",
         kind="deterministic", assumptions=THEOREM_3_4, status="partial",
         reason="(12), (13) and the proof's L̄ <= 2a/α² and θ(t) in G = B(θ0, 2U(2a/α²)) are checked along integrated "
                "flows on [0, 3/α²]; extension to R+ is seen only as a finite, bounded solution on that horizon.",
         reading=SELECTION + " " + THEOREM_REGIME,
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
         reason="The figure itself is not in the seed text, only its caption. Read with a = c1 = c2 = c = 1: (10)'s "
                "quantity is 0.869-0.875 < 1 on the whole window and every maximal solution of (9) (proof's bracket) "
                "stays bounded, its supremum 0.574 of 2a/α²; no solution explodes in the window. Explosion starts "
                "only below α ≈ 1.729 (bisection), against (10)'s threshold α ≈ 1.984: (10) is sufficient, not "
                "necessary.",
         reading="'fixed a, c1, c2, c = 1' read as all four equal to 1; (9) with the proof's bracket.")

from theorems.shallow_sgd import pins  # noqa: E402,F401  (pins the errata registered above)
