// sys.set_int_max_str_digits: CPython's limit on decimal int<->str
// conversions (and on int literals in source), 4300 by default, 0 for none.

public enum IntStrDigits {
    public static let defaultLimit = 4300
    /// CPython's sys.int_info.str_digits_check_threshold: the smallest limit besides 0.
    public static let threshold = 640
    /// The current limit. One program runs per process; a VM resets it.
    nonisolated(unsafe) public static var limit = defaultLimit
}
