print('pkgm.sub as', __name__)
