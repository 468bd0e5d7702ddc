from pkg_app import *  # noqa: F401,F403

print(VERSION, greet("x"))  # noqa: F405
print("helper_value" in globals(), "_internal" in globals())
from pkg_app.util import shout, clamp  # noqa: E402

print(shout("bob"), clamp(15, 0, 10), clamp(-3, 0, 10))
import pkg_app.util as u  # noqa: E402

print(hasattr(u, "not_exported"), hasattr(u, "clamp"), hasattr(u, "text"), hasattr(u, "nums"))
import pkg_app  # noqa: E402

print(pkg_app.util.text.shout("al"), pkg_app._internal())
print(sorted(k for k in dir(pkg_app.util.nums) if not k.startswith("__")))
