// Questions the panes ask of a snapshot, answered without trapping on an
// empty stack or an out-of-range selection.
import Interpreter

extension DebugSnapshot {
    /// The frame whose scopes and line the screen shows.
    var selectedFrameInfo: FrameInfo? {
        stack.indices.contains(selectedFrame) ? stack[selectedFrame] : stack.last
    }

    /// The line the source pane marks for the selected frame.
    var selectedLine: Int { selectedFrameInfo?.line ?? line }

    var isInnermostSelected: Bool { selectedFrame >= stack.count - 1 }

    var isStopped: Bool {
        switch state {
        case .paused, .exception: return true
        default: return false
        }
    }
}
