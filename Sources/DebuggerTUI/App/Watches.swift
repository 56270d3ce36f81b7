// Watched expressions: evaluated in the selected frame at every stop (and
// when another frame is selected), and marked when the value differs from
// the one shown at the previous stop.

struct Watch: Equatable {
    var expression: String
    var value: String = ""
    /// The value differs from the previous evaluation.
    var changed = false
}

struct WatchList: Equatable {
    private(set) var watches: [Watch] = []
    /// The last `p EXPR` (or bare EXPR) and its result, shown above the watches.
    var lastResult: Watch?

    mutating func add(_ expression: String) { watches.append(Watch(expression: expression)) }

    /// Removes watch number `number` (1-based, as the pane lists them).
    mutating func remove(number: Int) -> Bool {
        guard watches.indices.contains(number - 1) else { return false }
        watches.remove(at: number - 1)
        return true
    }

    /// Re-evaluates every watch; `markChanges` is false when the frame, not
    /// the program, moved (a different frame is not a change).
    mutating func refresh(markChanges: Bool, evaluate: (String) -> String) {
        for index in watches.indices {
            let value = evaluate(watches[index].expression)
            let old = watches[index].value
            watches[index].changed = markChanges && !old.isEmpty && old != value
            watches[index].value = value
        }
    }
}
