# obj.__dict__ and vars(obj) are the object's own namespace, live both ways.
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)      # a common "bag of attributes" idiom

    def __repr__(self):
        body = ', '.join('%s=%r' % kv for kv in self.__dict__.items())
        return 'Record(%s)' % body

r = Record(name='Ada', year=1815)
print(r, r.name)
d = vars(r)
print(d is r.__dict__, d is vars(r))
d['lang'] = 'notes'          # an item store is an attribute
r.year += 1                  # an attribute store shows in the dict
print(r.lang, d['year'], list(d))
del r.name
print('name' in d, d)
d.setdefault('name', 'Lovelace')
print(r.name)
d.pop('lang')
print(hasattr(r, 'lang'))
snapshot = dict(vars(r))
snapshot['extra'] = 1        # a copy is not live
print(hasattr(r, 'extra'))
r.__dict__ = {'only': 1}
print(vars(r), r.only)
vars(r).clear()
print(vars(r), hasattr(r, 'only'))

def tagged():
    pass
tagged.__dict__['tag'] = 'x'
tagged.count = 2
print(tagged.tag, tagged.__dict__)

class Stack(list):
    pass
s = Stack([1])
vars(s)['top'] = 1
print(s.top, s.__dict__)

class Slotted:
    __slots__ = ('a', '__dict__')
o = Slotted()
o.a, o.b = 1, 2
print(vars(o))
vars(o).clear()
print(o.a, hasattr(o, 'b'))
