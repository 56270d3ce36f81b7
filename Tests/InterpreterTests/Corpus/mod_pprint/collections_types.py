import pprint
from collections import OrderedDict, defaultdict, Counter, deque
od = OrderedDict((k, list(range(k))) for k in range(8))
pprint.pprint(od, width=40)
dd = defaultdict(list)
for w in "the quick brown fox jumps over the lazy dog again and again".split():
    dd[w[0]].append(w)
pprint.pprint(dd, width=40)
c = Counter("abracadabra simsalabim hocus pocus")
pprint.pprint(c, width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=25), width=40)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()])
