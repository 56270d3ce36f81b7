"""HTML character entity references."""

# The tables are built from the strings in _entity_table (generated from the
# WHATWG list by scripts/gen-html-entities.py).

from ._entity_table import HTML5 as _HTML5, HTML4 as _HTML4

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

# 'amp;' -> '&': every named reference HTML5 knows (legacy ones without ';')
html5 = {}
for _row in _HTML5.splitlines():
    _name, _points = _row.split(' ')
    html5[_name] = ''.join(chr(int(p, 16)) for p in _points.split('+'))

# HTML 4.01's entities: 'amp' -> 0x26
name2codepoint = {_name: ord(html5[_name + ';']) for _name in _HTML4.split()}
codepoint2name = {}
entitydefs = {}
for _name, _cp in name2codepoint.items():
    codepoint2name[_cp] = _name
    entitydefs[_name] = chr(_cp)

del _row, _name, _points, _cp
