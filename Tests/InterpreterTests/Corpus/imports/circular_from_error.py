# from-import of a name not yet defined in a partially initialised module.
try:
    import circ_bad_a
except ImportError as e:
    print(type(e).__name__)
    print("circular" in str(e))
import circ_bad_a
