from __future__ import annotations, generators
from __future__ import division
print(1)
