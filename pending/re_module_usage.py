import re

m = re.match(r"(\d+)-(\d+)", "12-345x")
print(m.group(0), m.group(1), m.group(2))
print(re.search(r"[a-z]+", "123abc456").group(0))
print(re.sub(r"\s+", " ", "a  b\t\nc"))
print(re.sub(r"\d", lambda m: str(int(m.group(0)) * 2), "a1b2c3"))
print(re.match("x", "abc"))
print(re.compile(r"^(\w+)@(\w+)\.com$").match("bob@site.com").group(1))
print(re.match(r"[\d.]+", "3.14abc").group(0))
