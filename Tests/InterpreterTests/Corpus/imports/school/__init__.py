school_name = "Riverside"
