// SPDX-License-Identifier: GPL-3.0-or-later
// A fault injector loaded with LD_PRELOAD into a program under test: it counts the calls that
// change what is on disk (writes, syncs, truncations, renames, removals, file creations; not
// those on standard input, output and error) and, when ATLAS_KILL_AT=N is set, kills the
// process with SIGKILL just before the N-th of them. A process killed between two such calls
// leaves the disk as it is just before the next one, so killing before each of them reaches
// every state a crash can leave (short of a torn write, which SIGKILL cannot make).
// With ATLAS_KILL_COUNT=FILE it writes how many there were to FILE at exit, so that a test
// can pick moments across the whole run.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long g_calls = 0;
static long g_killAt = -1;

__attribute__((constructor)) static void start(void)
{
    const char* at = getenv("ATLAS_KILL_AT");
    g_killAt = at ? atol(at) : -1;
}

__attribute__((destructor)) static void finish(void)
{
    const char* path = getenv("ATLAS_KILL_COUNT");
    if (!path)
        return;
    const long calls = __atomic_load_n(&g_calls, __ATOMIC_SEQ_CST);
    FILE* out = fopen(path, "w");
    if (out) {
        fprintf(out, "%ld\n", calls);
        fclose(out);
    }
}

static void counted(void)
{
    // The writer may run on a thread of its own: counted atomically, in the order they come.
    if (__atomic_add_fetch(&g_calls, 1, __ATOMIC_SEQ_CST) == g_killAt)
        kill(getpid(), SIGKILL);
}

static void countedFd(int fd)
{
    if (fd > 2)
        counted();
}

// The real function, looked up once.
#define NEXT(name)                                                                                 \
    ({                                                                                             \
        static __typeof__(&name) real;                                                             \
        if (!real)                                                                                 \
            real = (__typeof__(&name))dlsym(RTLD_NEXT, #name);                                     \
        real;                                                                                      \
    })

ssize_t write(int fd, const void* buffer, size_t size)
{
    countedFd(fd);
    return NEXT(write)(fd, buffer, size);
}

ssize_t writev(int fd, const struct iovec* vector, int count)
{
    countedFd(fd);
    return NEXT(writev)(fd, vector, count);
}

ssize_t pwrite(int fd, const void* buffer, size_t size, off_t offset)
{
    countedFd(fd);
    return NEXT(pwrite)(fd, buffer, size, offset);
}

ssize_t pwrite64(int fd, const void* buffer, size_t size, off64_t offset)
{
    countedFd(fd);
    return NEXT(pwrite64)(fd, buffer, size, offset);
}

int fsync(int fd)
{
    countedFd(fd);
    return NEXT(fsync)(fd);
}

int fdatasync(int fd)
{
    countedFd(fd);
    return NEXT(fdatasync)(fd);
}

int ftruncate(int fd, off_t length)
{
    countedFd(fd);
    return NEXT(ftruncate)(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    countedFd(fd);
    return NEXT(ftruncate64)(fd, length);
}

int rename(const char* from, const char* to)
{
    counted();
    return NEXT(rename)(from, to);
}

int renameat(int fromDir, const char* from, int toDir, const char* to)
{
    counted();
    return NEXT(renameat)(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char* from, int toDir, const char* to, unsigned int flags)
{
    counted();
    return NEXT(renameat2)(fromDir, from, toDir, to, flags);
}

int unlink(const char* path)
{
    counted();
    return NEXT(unlink)(path);
}

int unlinkat(int dir, const char* path, int flags)
{
    counted();
    return NEXT(unlinkat)(dir, path, flags);
}

int link(const char* from, const char* to)
{
    counted();
    return NEXT(link)(from, to);
}

int linkat(int fromDir, const char* from, int toDir, const char* to, int flags)
{
    counted();
    return NEXT(linkat)(fromDir, from, toDir, to, flags);
}

// Opening with O_CREAT may make a file (a journal, a WAL, a temporary export).
static mode_t modeOf(int flags, va_list args)
{
#ifdef O_TMPFILE
    const int withMode = O_CREAT | O_TMPFILE;
#else
    const int withMode = O_CREAT;
#endif
    return (flags & withMode) ? (mode_t)va_arg(args, int) : 0;
}

// The four ways to open: counted when they may create the file.
#define COUNTED_OPEN(name, parameters, arguments)                                                  \
    int name parameters                                                                            \
    {                                                                                              \
        va_list list;                                                                              \
        va_start(list, flags);                                                                     \
        const mode_t mode = modeOf(flags, list);                                                   \
        va_end(list);                                                                              \
        if (flags & O_CREAT)                                                                       \
            counted();                                                                             \
        return NEXT(name) arguments;                                                               \
    }

COUNTED_OPEN(open, (const char* path, int flags, ...), (path, flags, mode))
COUNTED_OPEN(open64, (const char* path, int flags, ...), (path, flags, mode))
COUNTED_OPEN(openat, (int dir, const char* path, int flags, ...), (dir, path, flags, mode))
COUNTED_OPEN(openat64, (int dir, const char* path, int flags, ...), (dir, path, flags, mode))
