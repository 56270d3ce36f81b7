// Time travel at the granularity of small steps (expression stepping): `rs`
// from a stop inside a line goes back one small step, not one event. Small
// steps are not events, so the way back is a replay: to the stop where the
// small steps began, then the same number of small steps less one, all
// deterministic like any replay.

extension Debugger {
    /// Goes back one small step from the `trail.count`-th small step after
    /// the stop at event `trail.base`; returns the note for the front end.
    func reverseSmallStep(_ trail: (base: Int, count: Int)) -> String? {
        jump(to: trail.base)
        for _ in 0..<(trail.count - 1) {
            start(.stepExpression)
            while resume(budget: replayBudget) == .stillRunning {}
            if snapshot.expressionStop == nil { break }
        }
        if trail.count <= 1 { expressionTrail = nil }
        return nil
    }
}
