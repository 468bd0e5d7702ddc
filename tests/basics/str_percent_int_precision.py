for fmt in ("%.3d", "%+.3d", "%5.3d", "%-6.3d|", "%.0d", "%.2x", "%#.4x", "%.3o", "%08.3d", "%.5i"):
    for v in (7, -7, 0, 12345):
        try:
            print(fmt, v, repr(fmt % v))
        except Exception as e:
            print(fmt, v, type(e).__name__)
