// `e` / `step-expr` in `scopewalk debug`: one small step, shown compactly
// (the rewritten line and what happened); at the end of the line the
// ordinary view follows.

extension ScriptedDebugger {
    func expressionStep() -> String {
        if case .finished = debugger.snapshot.state {
            return "The program has finished; use 'restart', 'back' or 'goto N'.\n"
        }
        let outputBefore = debugger.snapshot.output.count
        debugger.start(.stepExpression)
        let view = finishCommand()
        guard let x = debugger.snapshot.expressionStop else { return view }
        let output = debugger.snapshot.output
        let new = output.count > outputBefore ? "new output:\n" + indent(String(output.dropFirst(outputBefore))) : ""
        return ScriptedDebugger.expressionView(x, step: debugger.snapshot.step) + new
    }

    static func expressionView(_ x: ExpressionStop, step: Int) -> String {
        "-- step \(step) · line \(x.line) · \(x.phase.rawValue)\n" + "expr: \(x.bracketed.trimmingCharacters(in: " \t"))\n" + "what happened: \(x.narration)\n"
    }
}
