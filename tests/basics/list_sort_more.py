import_list = [('x', 3), ('y', 1), ('z', 2)]
import_list.sort(key=lambda t: t[1])
print(import_list)
nums = list(range(20, 0, -3))
nums.sort()
print(nums)
strs = ['B', 'a', 'C', 'b']
strs.sort(key=lambda s: s.lower(), reverse=True)
print(strs)
big = [(i * 7919) % 101 for i in range(101)]
print(sorted(big) == list(range(101)))
l = [3, 1, 2]
print(l.sort(), l)
