// The run's side of expression stepping: arming the current line when the
// user asks for a small step, and turning traps into stops.

extension ProgramRun: InstructionTrapHandler {
    /// On the front end's thread, the program parked: a small step arms the
    /// stopped frame's line (unless it is armed already); any other command
    /// puts the instructions back.
    func prepareExpressionStepping(_ newMode: StepMode) {
        guard case .expressionStep(let f) = newMode else {
            expressionStepper.finish()
            return
        }
        if expressionStepper.isArmed(for: f) { return }
        let atLine = debugger.map { $0.snapshot.event == "line" || $0.snapshot.expressionStop != nil } ?? false
        let line = atLine ? f.lastLine : 0
        let text = f.code.filename == filename && line > 0 && line <= sourceLines.count ? sourceLines[line - 1] : ""
        expressionStepper.arm(f, line: text.isEmpty ? 0 : line, text: text)
    }

    func instructionTrap(frame: Frame, index: Int, vm: VM, stepping: Bool) throws {
        let stepper = expressionStepper
        if stepping, case .expressionStep(let f) = mode, frame === f, let ins = stepper.traps.original(at: index) {
            recorder?.pause()
            let insp = inspector
            let stops = stepper.stops(before: ins, at: index, frame: frame) { insp.shown($0, limit: 60) }
            recorder?.unpause()
            for s in stops {
                guard case .expressionStep(let g) = mode, g === f else { break }
                try parkExpressionStop(s, frame: frame)
            }
        }
        stepper.traps.release(index)
    }

    /// A stop inside the line: the line stop's view, with the rewritten line.
    private func parkExpressionStop(_ stop: ExpressionStop, frame: Frame) throws {
        var snap = makeSnapshot(kind: .line, line: stop.line, eventFrame: frame, returnValue: nil, exception: nil, excObject: nil, state: .paused)
        snap.expressionStop = stop
        snap.effects.narration = stop.narration
        snap.effects.accesses = []
        try park(snap)
    }
}
