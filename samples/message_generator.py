# Seed 004 (Python Closures), "Why Are Closures Needed?": the closure keeps
# message alive after message_generator() has returned.
def message_generator():
    message = "Hello, I'm a variable in message_generator()."

    def message_printer():
        print(message)

    return message_printer


my_function = message_generator()
my_function()
