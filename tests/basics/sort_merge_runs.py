# Sorting through runs of 16 and merges: stability (also reversed), every length around a run
# boundary, an error raised by __lt__ mid-sort, deleting extended slices, sorted names.
_x = [5]
def rnd(n):
    _x[0] = (_x[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return (_x[0] >> 8) % n
for n in [0,1,2,3,15,16,17,31,32,33,100,1000]:
    l=[rnd(50) for _ in range(n)]
    assert sorted(l)==sorted(l,key=lambda x:x)
    pairs=[(rnd(5),i) for i in range(n)]
    s=sorted(pairs,key=lambda p:p[0]); print(n, s[:5], s==sorted(pairs))
    r=sorted(pairs,key=lambda p:p[0],reverse=True); print(r[:5])
class K:
    def __init__(s,v): s.v=v
    def __lt__(s,o):
        if s.v==13: raise ValueError("boom")
        return s.v<o.v
try: sorted([K(i) for i in range(40,0,-1)])
except ValueError as e: print("err", e)
print([k.v for k in sorted([K(i) for i in (5,3,9,1)])])
l=list(range(20)); del l[::3]; print(l)
l=list(range(20)); del l[::-3]; print(l)
l=list(range(20)); del l[15:2:-4]; print(l)
l=list(range(30000)); del l[::2]; print(len(l), l[:3])
x=["b","a","é","A",""]; x.sort(); print(x)
