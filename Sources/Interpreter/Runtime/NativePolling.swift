// Long native operations (sum over a huge range, sort, join, repr of big
// containers, materialising an iterable) poll for a pause request, so Ctrl-C
// pauses them and `q` quits them as fast as a Python loop; the debugger's and
// the tracer's reprs run under a time budget and give up with
// `<repr timed out>` instead of hanging on a `__repr__` that never returns.

import Foundation

/// Thrown when a time budget (VM.withTimeBudget) runs out: not a Python
/// exception, so no `except` in the program can catch it.
public struct ReprTimedOut: AbandonsRun {
    public init() {}
}

extension VM {
    /// Called by native loops every few thousand steps; costs one load when
    /// nothing is asked.
    @inline(__always)
    public func pollNative() throws {
        if pauseRequested { try pauseInNative() }
    }

    /// A pause asked for while native code runs: a time budget that ran out
    /// abandons the operation; otherwise the debugger stops at the current
    /// line (the operation resumes on continue, or unwinds on quit).
    func pauseInNative() throws {
        if timeBudgetExpired { throw ReprTimedOut() }
        guard let h = hook, let frame = currentFrame else { return }
        let saved = hookActive
        hookActive = false
        defer { hookActive = saved }
        try h.nativePauseCheck(frame: frame, vm: self)
    }

    /// Runs `body` for at most about `seconds`: past it, the next backward
    /// jump or native poll throws ReprTimedOut. Budgets do not nest (an inner
    /// one runs under the outer one's). Arming a budget is two stores: one
    /// watchdog timer per VM checks the deadline ten times a second, so the
    /// views can afford a budget for every repr they show.
    public func withTimeBudget<T>(_ seconds: Double, _ body: () throws -> T) throws -> T {
        if inTimeBudget { return try body() }
        startBudgetWatchdog()
        budgetDeadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(seconds * 1e9)
        timeBudgetExpired = false
        inTimeBudget = true
        defer {
            inTimeBudget = false
            if timeBudgetExpired {
                timeBudgetExpired = false
                pauseRequested = false
            }
        }
        return try body()
    }

    private func startBudgetWatchdog() {
        guard budgetWatchdog == nil else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now() + 0.1, repeating: 0.1, leeway: .milliseconds(20))
        timer.setEventHandler { [weak self] in
            guard let self, self.inTimeBudget, !self.timeBudgetExpired,
                  DispatchTime.now().uptimeNanoseconds > self.budgetDeadline else { return }
            self.timeBudgetExpired = true
            self.pauseRequested = true
        }
        timer.resume()
        budgetWatchdog = timer
    }
}

extension VM {
    /// repr(v) for the debugger's and tracer's views, under the time budget:
    /// nil when it timed out (now or before, for v's class).
    public func reprWithinBudget(_ v: Value, _ body: () throws -> String) throws -> String? {
        // Values whose repr runs no Python code need no budget.
        switch v {
        case .int, .float, .bool, .none: return try body()
        case .object(let o) where o.kind == .str || o.kind == .bigInt: return try body()
        default: break
        }
        var userType: ObjectIdentifier?
        if case .object(let o) = v, o.kind == .instance || o.hasUserClass { userType = ObjectIdentifier(o.pyType) }
        if let t = userType, reprTimedOutTypes.contains(t) { return nil }
        do {
            return try withTimeBudget(VM.reprSeconds, body)
        } catch is ReprTimedOut {
            if let t = userType { reprTimedOutTypes.insert(t) }
            return nil
        }
    }
}

extension TraceHook {
    /// Hooks that cannot stop (trace, export) ignore a pause in native code.
    public func nativePauseCheck(frame: Frame, vm: VM) throws {}
}
