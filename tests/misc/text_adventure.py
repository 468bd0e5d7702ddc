# A text-adventure state machine driven by a scripted command list.

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "rows of books", "exits": {"south": "hall", "up": "attic"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "attic": {"desc": "a dark attic", "exits": {"down": "library"}, "items": ["chest"], "dark": True},
    "cellar": {"desc": "a damp cellar", "exits": {"up": "kitchen"}, "items": [], "locked": True},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in rooms.items()}
        self.where = "hall"
        self.inventory = []
        self.state = "playing"
        self.moves = 0
        self.score = 0
        self.handlers = {
            "look": self.look,
            "go": self.go,
            "take": self.take,
            "drop": self.drop,
            "inv": self.inv,
            "unlock": self.unlock,
            "open": self.open,
            "eat": self.eat,
        }

    def room(self):
        return self.rooms[self.where]

    def look(self):
        r = self.room()
        if r.get("dark") and "lamp" not in self.inventory:
            return "It is pitch black."
        items = ", ".join(r["items"]) or "nothing"
        exits = " ".join(sorted(r["exits"]))
        return "You are in %s. You see %s. Exits: %s." % (r["desc"], items, exits)

    def go(self, direction=None):
        if direction is None:
            return "Go where?"
        dest = self.room()["exits"].get(direction)
        if dest is None:
            return "You can't go %s." % direction
        if self.rooms[dest].get("locked"):
            return "The way %s is locked." % direction
        self.where = dest
        return self.look()

    def take(self, item=None):
        r = self.room()
        if r.get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        if item not in r["items"]:
            return "There is no %s here." % item
        if item == "chest":
            return "The chest is too heavy."
        r["items"].remove(item)
        self.inventory.append(item)
        self.score += 5
        return "Taken %s." % item

    def drop(self, item=None):
        if item not in self.inventory:
            return "You don't have %s." % item
        self.inventory.remove(item)
        self.room()["items"].append(item)
        return "Dropped."

    def inv(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

    def unlock(self, direction=None):
        dest = self.room()["exits"].get(direction)
        if not dest or not self.rooms[dest].get("locked"):
            return "Nothing to unlock."
        if "key" not in self.inventory:
            return "You need a key."
        self.rooms[dest]["locked"] = False
        self.score += 10
        return "Unlocked."

    def open(self, what=None):
        if what != "chest" or "chest" not in self.room()["items"]:
            return "You can't open that."
        if "lamp" not in self.inventory:
            return "Too dark to find the latch."
        self.state = "won"
        self.score += 50
        return "The chest holds treasure!"

    def eat(self, what=None):
        if what not in self.inventory:
            return "You have no %s." % what
        if what == "book":
            self.state = "dead"
            return "You choke on the pages."
        self.inventory.remove(what)
        return "Delicious."

    def command(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        h = self.handlers.get(verb)
        if h is None:
            return "I don't know how to %r." % verb
        self.moves += 1
        try:
            return h(*args)
        except TypeError:
            return "Too many words for %s." % verb


script = [
    "look", "go west", "take lamp", "go north", "take key", "take sword", "",
    "dance", "go up", "take chest", "drop key", "inv", "go down", "take key",
    "go south", "go east", "unlock down", "go down", "look", "go up", "take bread",
    "eat bread", "eat bread", "go west", "go north", "go up", "open chest", "go now please",
]
g = Game(ROOMS)
for cmd in script:
    if g.state != "playing":
        print("(game over: %s)" % g.state)
        break
    print("> " + cmd)
    print(g.command(cmd))
print("state=%s moves=%d score=%d room=%s" % (g.state, g.moves, g.score, g.where))
print(sorted(ROOMS["library"]["items"]), sorted(g.rooms["attic"]["items"]))
