import errno
print(errno.ENOENT, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK)
print(errno.EEXIST, errno.EINVAL, errno.EPERM, errno.ENOTDIR, errno.EISDIR)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], len(errno.errorcode))
print(errno.errorcode.get(99999, 'unknown'), errno.EEXIST in errno.errorcode)
