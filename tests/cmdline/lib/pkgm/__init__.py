print('pkgm init')
