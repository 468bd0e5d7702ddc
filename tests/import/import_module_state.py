import mod_counter_state
import mod_counter_state as again
from mod_counter_state import bump, count

print(mod_counter_state is again)
print(bump(), bump(), mod_counter_state.count, count)
mod_counter_state.count = 100
print(bump(), again.count)


def use_inside():
    import mod_counter_state as m

    return m.bump()


print(use_inside(), mod_counter_state.count)
print(sorted(n for n in dir(mod_counter_state) if not n.startswith("__")))
mod_counter_state.new_attr = "added"
import mod_counter_state as third  # noqa: E402

print(third.new_attr, getattr(third, "_hidden"))
print(__name__)
if __name__ == "__main__":
    print("main guard runs in the script")
