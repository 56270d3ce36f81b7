# __name__ is "__main__" for the program, the module name for an import.
import greet
print("program's __name__:", __name__)
if __name__ == "__main__":
    print("running as a script")
