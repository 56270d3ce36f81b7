// Scrolling shared by the list-like panes: which row is first on screen and
// which row the cursor is on, moved by arrows, pages and the wheel.

/// A movement asked of the focused pane (arrows, pages, the wheel).
enum Motion: Equatable {
    case up, down, left, right, pageUp, pageDown, home, end
    case wheelUp, wheelDown
}

/// A list longer than its window: which row is first on screen, and which
/// row the cursor is on. Every function clamps, so no count or height (zero
/// included) can make an index go out of range.
struct ListViewport: Equatable {
    var top = 0
    var cursor = 0

    /// Keeps the cursor inside the list and on screen.
    mutating func clamp(count: Int, height: Int) {
        cursor = min(max(0, cursor), max(0, count - 1))
        let visible = max(1, height)
        if cursor < top { top = cursor }
        if cursor >= top + visible { top = cursor - visible + 1 }
        top = min(max(0, top), max(0, count - visible))
    }

    /// Applies a motion; returns false when it is not a vertical one.
    @discardableResult
    mutating func apply(_ motion: Motion, count: Int, height: Int) -> Bool {
        let visible = max(1, height)
        let page = max(1, visible - 1)
        switch motion {
        case .up: cursor -= 1
        case .down: cursor += 1
        case .pageUp: cursor -= page; top -= page
        case .pageDown: cursor += page; top += page
        case .home: cursor = 0
        case .end: cursor = count - 1
        case .wheelUp, .wheelDown:
            // The wheel moves the window; the cursor is dragged along only
            // when it would leave it.
            top += motion == .wheelUp ? -3 : 3
            top = min(max(0, top), max(0, count - visible))
            cursor = min(max(cursor, top), top + visible - 1)
        case .left, .right: return false
        }
        clamp(count: count, height: height)
        return true
    }

    /// Puts `index` in the middle of the window unless it is already visible
    /// with `margin` rows around it.
    mutating func reveal(_ index: Int, count: Int, height: Int, margin: Int = 2) {
        let visible = max(1, height)
        let safeMargin = min(margin, (visible - 1) / 2)
        if index < top + safeMargin || index >= top + visible - safeMargin {
            top = index - visible / 2
        }
        top = min(max(0, top), max(0, count - visible))
    }
}
