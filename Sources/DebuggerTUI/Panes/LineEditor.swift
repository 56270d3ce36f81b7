// The line typed for the program's input(): insert at a cursor, delete,
// move. Kept apart from curses so it is tested on its own.

struct LineEditor: Equatable {
    private(set) var characters: [Character] = []
    private(set) var cursor = 0

    var text: String { String(characters) }

    mutating func insert(_ character: Character) {
        characters.insert(character, at: cursor)
        cursor += 1
    }

    mutating func backspace() {
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
    }

    mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    mutating func moveHome() { cursor = 0 }
    mutating func moveEnd() { cursor = characters.count }

    /// The part of the text to show in `columns` columns so that the cursor
    /// is visible, and the cursor's column within it.
    func visibleWindow(columns: Int) -> (text: String, cursorColumn: Int) {
        let room = max(1, columns)
        // Walk back from the cursor while it fits (keeping a column for the cursor)...
        var start = cursor
        var used = 0
        while start > 0 {
            let width = TextWidth.columns(of: characters[start - 1])
            if used + width > room - 1 { break }
            used += width
            start -= 1
        }
        let cursorColumn = used
        // ...then forward from it to fill the rest.
        var end = cursor
        while end < characters.count {
            let width = TextWidth.columns(of: characters[end])
            if used + width > room { break }
            used += width
            end += 1
        }
        return (String(characters[start..<end]), cursorColumn)
    }
}
