# A cooperative task scheduler: generator tasks, a hand-written binary heap keyed on
# (wake time, sequence), sleeping, message passing, and task failure handling.


class Heap:
    def __init__(self):
        self.a = []

    def __len__(self):
        return len(self.a)

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                m = i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Recv:
    pass


class Scheduler:
    def __init__(self):
        self.now = 0
        self.seq = 0
        self.ready = Heap()
        self.tasks = {}
        self.inbox = {}
        self.waiting = {}
        self.log = []

    def spawn(self, name, gen):
        self.tasks[name] = gen
        self.inbox[name] = []
        self._schedule(name, 0, None)

    def _schedule(self, name, delay, value):
        self.seq += 1
        self.ready.push((self.now + delay, self.seq, name, value))

    def send(self, name, msg):
        self.inbox[name].append(msg)
        if name in self.waiting:
            del self.waiting[name]
            self._schedule(name, 0, self.inbox[name].pop(0))

    def run(self, limit=1000):
        while len(self.ready) and limit:
            limit -= 1
            t, _, name, value = self.ready.pop()
            self.now = t
            gen = self.tasks[name]
            try:
                req = gen.send(value)
            except StopIteration as e:
                self.log.append((t, name, "done", e.value))
                del self.tasks[name]
                continue
            except Exception as e:
                self.log.append((t, name, "crashed", type(e).__name__))
                del self.tasks[name]
                continue
            if isinstance(req, Sleep):
                self._schedule(name, req.ticks, None)
            elif isinstance(req, Recv):
                if self.inbox[name]:
                    self._schedule(name, 0, self.inbox[name].pop(0))
                else:
                    self.waiting[name] = True
            else:
                self._schedule(name, 0, None)


sched = Scheduler()


def ticker(name, period, count):
    for i in range(count):
        print("t=%d %s tick %d" % (sched.now, name, i))
        yield Sleep(period)
    return "%s ticked %d" % (name, count)


def producer(n):
    for i in range(n):
        yield Sleep(3)
        print("t=%d produce %d" % (sched.now, i))
        sched.send("consumer", i * i)
    sched.send("consumer", None)
    return "produced"


def consumer():
    total = 0
    while True:
        msg = yield Recv()
        if msg is None:
            break
        total += msg
        print("t=%d consume %d total %d" % (sched.now, msg, total))
    return total


def faulty():
    yield Sleep(4)
    print("t=%d faulty about to fail" % sched.now)
    yield Sleep(1)
    raise ValueError("boom")


sched.spawn("fast", ticker("fast", 2, 4))
sched.spawn("slow", ticker("slow", 5, 2))
sched.spawn("consumer", consumer())
sched.spawn("producer", producer(3))
sched.spawn("faulty", faulty())
sched.run()
for entry in sched.log:
    print(entry)
print("left:", sorted(sched.tasks), "time", sched.now)

h = Heap()
for v in [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
