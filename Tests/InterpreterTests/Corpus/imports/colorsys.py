# corpus: module
# A student's module that happens to share its name with a library module.
HUE = "my own colours"
