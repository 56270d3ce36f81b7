// The App talks to the terminal through this protocol, so its event loop can
// be tested with a scripted key source and an in-memory canvas.

protocol TerminalDevice: AnyObject {
    /// The screen to draw the next frame on; its size is the terminal's.
    var canvas: Canvas { get }
    var glyphs: Glyphs { get }
    /// The next key, waiting at most `timeoutMilliseconds` (nil: as long as
    /// it takes). nil when the wait ran out or, when waiting without a
    /// timeout, when input has ended.
    func readKey(timeoutMilliseconds: Int?) -> Key?
    /// Re-reads the terminal's size after `.resize`.
    func updateSize()
    /// Makes the next present repaint every cell (Ctrl-L, after another
    /// program scribbled on the terminal).
    func invalidate()
    /// Shows what was drawn on the canvas, all at once, with the text cursor
    /// at `cursor` or hidden.
    func present(cursor: (row: Int, column: Int)?)
    /// Takes a theme's colours and symbols (the T key switches themes).
    func apply(_ theme: Theme)
}

extension TerminalDevice {
    /// An in-memory terminal draws roles, not colours: nothing to set up.
    func apply(_ theme: Theme) {}
}
